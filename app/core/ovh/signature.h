// Request signing exactly as OVHcloud's official clients do it (python-ovh raw_call, go-ovh
// NewRequest, php-ovh rawCall, node-ovh signRequest):
//   "$1$" + hex(SHA1(AS + "+" + CK + "+" + METHOD + "+" + FULL_URL + "+" + BODY + "+" + TS))
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vigie::ovh {

// `url` is the full URL with its query string, exactly as sent; `body` the exact bytes sent
// ("" without a body); `timestamp` Unix seconds already corrected by the server time delta.
// The result is not secret (it is sent in a header), but its inputs are; they are not copied
// anywhere but a buffer that is wiped before returning.
std::string signRequest(std::string_view applicationSecret, std::string_view consumerKey, std::string_view method,
                        std::string_view url, std::string_view body, std::int64_t timestamp);

}  // namespace vigie::ovh
