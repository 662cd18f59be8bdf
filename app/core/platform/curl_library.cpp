#include "platform/curl_library.h"

#include <dlfcn.h>

namespace vigie {
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
    const bool complete =
        resolve(library, "curl_global_init", globalInit) && resolve(library, "curl_easy_init", curl.easyInit) &&
        resolve(library, "curl_easy_setopt", curl.easySetopt) &&
        resolve(library, "curl_easy_perform", curl.easyPerform) &&
        resolve(library, "curl_easy_getinfo", curl.easyGetinfo) &&
        resolve(library, "curl_easy_reset", curl.easyReset) &&
        resolve(library, "curl_easy_cleanup", curl.easyCleanup) &&
        resolve(library, "curl_slist_append", curl.slistAppend) &&
        resolve(library, "curl_slist_free_all", curl.slistFreeAll) &&
        resolve(library, "curl_multi_init", curl.multiInit) &&
        resolve(library, "curl_multi_setopt", curl.multiSetopt) &&
        resolve(library, "curl_multi_add_handle", curl.multiAddHandle) &&
        resolve(library, "curl_multi_remove_handle", curl.multiRemoveHandle) &&
        resolve(library, "curl_multi_perform", curl.multiPerform) &&
        resolve(library, "curl_multi_info_read", curl.multiInfoRead) &&
        resolve(library, "curl_multi_poll", curl.multiPoll) &&
        resolve(library, "curl_multi_cleanup", curl.multiCleanup) && resolve(library, "curl_getdate", curl.getdate);
    if (!complete || globalInit(CURL_GLOBAL_DEFAULT) != CURLE_OK) return nullptr;
    return &curl;
}

}  // namespace

const CurlLibrary* curlLibrary() {
    static const CurlLibrary* const loaded = load();  // thread-safe, once
    return loaded;
}

}  // namespace vigie
