// libcurl, loaded the first time a request is made rather than when Vigie starts. libcurl pulls
// in about twenty libraries (GnuTLS and p11-kit through librtmp, Kerberos, LDAP, SSH...) whose
// loading, relocations and constructors cost every start about 5 MiB and several milliseconds
// (tests/bench/bench_startup), for a breach check or an account check the user may never ask
// for. The types and constants still come from <curl/curl.h>; only the calls go through this
// table, and nothing in Vigie links libcurl (tests/gui/startup_test.cpp checks that a started
// window has not loaded it).
#pragma once

#include <curl/curl.h>

namespace vigie {

struct CurlLibrary {
    CURL* (*easyInit)();
    CURLcode (*easySetopt)(CURL*, CURLoption, ...);
    CURLcode (*easyPerform)(CURL*);
    CURLcode (*easyGetinfo)(CURL*, CURLINFO, ...);
    void (*easyReset)(CURL*);
    void (*easyCleanup)(CURL*);
    curl_slist* (*slistAppend)(curl_slist*, const char*);
    void (*slistFreeAll)(curl_slist*);
    CURLM* (*multiInit)();
    CURLMcode (*multiSetopt)(CURLM*, CURLMoption, ...);
    CURLMcode (*multiAddHandle)(CURLM*, CURL*);
    CURLMcode (*multiRemoveHandle)(CURLM*, CURL*);
    CURLMcode (*multiPerform)(CURLM*, int*);
    CURLMsg* (*multiInfoRead)(CURLM*, int*);
    CURLMcode (*multiPoll)(CURLM*, curl_waitfd[], unsigned int, int, int*);
    CURLMcode (*multiCleanup)(CURLM*);
    time_t (*getdate)(const char*, const time_t*);
};

// Loaded and initialised (curl_global_init) once, thread-safely; nullptr when libcurl.so.4 is
// missing or incomplete (the caller reports a failed connection).
const CurlLibrary* curlLibrary();

}  // namespace vigie
