// libcurl, loaded the first time a request is made rather than when Vigie starts. libcurl pulls
// in about twenty libraries (GnuTLS and p11-kit through librtmp, Kerberos, LDAP, SSH...) whose
// loading and constructors cost every start about 5 MiB and 15 ms (tests/bench/bench_startup),
// for a breach check the user may never ask for. The types and constants still come from
// <curl/curl.h>; only the calls go through this table.
#pragma once

#include <curl/curl.h>

namespace vigie::password {

struct CurlLibrary {
    CURL* (*easyInit)();
    CURLcode (*easySetopt)(CURL*, CURLoption, ...);
    CURLcode (*easyPerform)(CURL*);
    CURLcode (*easyGetinfo)(CURL*, CURLINFO, ...);
    void (*easyCleanup)(CURL*);
    curl_slist* (*slistAppend)(curl_slist*, const char*);
    void (*slistFreeAll)(curl_slist*);
};

// Loaded and initialised (curl_global_init) once, thread-safely; nullptr when libcurl.so.4 is
// missing or incomplete (the caller reports a failed connection).
const CurlLibrary* curlLibrary();

}  // namespace vigie::password
