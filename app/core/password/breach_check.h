// Optional check against Have I Been Pwned's Pwned Passwords (range API, k-anonymity): only the
// first 5 hex digits of the password's SHA-1 leave the machine, the server answers with every
// known hash suffix under that prefix, and the comparison happens here. The request asks for
// padding (Add-Padding: true) so the response size does not hint at the prefix either; padded
// entries have a count of 0 and are ignored.
//
// Blocking: the GUI runs it on a worker thread and cancels it through `cancel`. TLS verification
// is always on; plain http:// is accepted only for loopback addresses, for tests.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "secret/secure_string.h"

namespace vigie {
class Translator;
}

namespace vigie::password {

constexpr const char* kPwnedPasswordsRangeUrl = "https://api.pwnedpasswords.com/range/";

struct BreachCheckOptions {
    std::string baseUrl = kPwnedPasswordsRangeUrl;  // the prefix is appended
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds timeout{20000};  // the whole exchange
    const std::atomic<bool>* cancel = nullptr;  // set to true to abandon the request
};

enum class BreachStatus {
    Found,  // seen `count` times in breaches
    NotFound,
    HostNotFound,  // DNS failed: usually offline
    ConnectionFailed,  // refused, unreachable, or cut off
    Timeout,
    TlsFailure,  // the certificate or TLS handshake failed: possibly an intercepting proxy
    HttpError,  // any status but 200; `httpStatus` says which
    BadResponse,  // 200 but not a range list (captive portal, proxy page, truncated body)
    Cancelled,
    BadConfiguration,  // the base URL is not https (outside loopback) or malformed
};

struct BreachCheckResult {
    BreachStatus status = BreachStatus::BadResponse;
    std::uint64_t count = 0;  // for Found
    long httpStatus = 0;  // for HttpError
};

BreachCheckResult checkPasswordBreach(std::string_view password, const BreachCheckOptions& options = {});

// "Vigie/<version> (password breach check)": HIBP asks clients to identify themselves.
std::string breachCheckUserAgent();

// Upper-case hex SHA-1, in a wiped buffer (it is as good as the password to an offline
// attacker); the first 5 characters are what the request carries.
SecureString sha1Hex(std::string_view password);

// Looks `suffix` (35 hex characters) up in a range response body. nullopt when the body is not
// a range list; 0 when the suffix is absent or only present as padding.
std::optional<std::uint64_t> countInRangeResponse(std::string_view body, std::string_view suffix);

// The status for a libcurl error code (CURLcode). Public so that the mapping can be tested for
// failures a test cannot provoke without a network (DNS).
BreachStatus breachStatusForTransferError(int curlCode);

// A sentence for the user, translated, with the count or status filled in.
std::string describe(const BreachCheckResult& result, const Translator& translator);

}  // namespace vigie::password
