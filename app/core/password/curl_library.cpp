#include "password/curl_library.h"

#include <dlfcn.h>

namespace vigie::password {
namespace {

template <class Function>
bool resolve(void* library, const char* name, Function& out) {
    out = reinterpret_cast<Function>(dlsym(library, name));
    return out != nullptr;
}

// Never unloaded: libcurl's global state lives until the process ends.
const CurlLibrary* load() {
    void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) return nullptr;
    static CurlLibrary curl;
    CURLcode (*globalInit)(long) = nullptr;
    const bool complete = resolve(library, "curl_global_init", globalInit) &&
                          resolve(library, "curl_easy_init", curl.easyInit) &&
                          resolve(library, "curl_easy_setopt", curl.easySetopt) &&
                          resolve(library, "curl_easy_perform", curl.easyPerform) &&
                          resolve(library, "curl_easy_getinfo", curl.easyGetinfo) &&
                          resolve(library, "curl_easy_cleanup", curl.easyCleanup) &&
                          resolve(library, "curl_slist_append", curl.slistAppend) &&
                          resolve(library, "curl_slist_free_all", curl.slistFreeAll);
    if (!complete || globalInit(CURL_GLOBAL_DEFAULT) != CURLE_OK) return nullptr;
    return &curl;
}

}  // namespace

const CurlLibrary* curlLibrary() {
    static const CurlLibrary* const loaded = load();  // thread-safe, once
    return loaded;
}

}  // namespace vigie::password
