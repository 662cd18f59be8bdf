// What can go wrong when talking to the OVHcloud API, kept as data (status, the API's errorCode,
// the X-Ovh-QueryID that OVHcloud support asks for) and turned into one translated sentence by
// describeApiError. Never holds a key: the client scrubs the API's own message before keeping it.
#pragma once

#include <string>

#include "platform/errors.h"

namespace vigie::ovh {

enum class ApiErrorKind {
    None,
    ReadOnlyRefused,  // the request would change something: refused before it left the machine
    BadEndpoint,
    Cancelled,
    HostNotFound,
    ConnectionFailed,  // refused, reset, cut off
    Timeout,
    TlsFailure,
    Http,  // an HTTP error status; httpStatus, errorCode and queryId say more
    MalformedBody,  // 2xx but not the JSON the route returns
};

struct ApiError {
    ApiErrorKind kind = ApiErrorKind::None;
    std::string method;  // "GET"
    std::string path;  // the route, as asked ("/me/debtAccount")
    long httpStatus = 0;
    std::string errorCode;  // "INVALID_SIGNATURE", "NOT_GRANTED_CALL", ...
    std::string apiMessage;  // the API's own (English) message, scrubbed of keys
    std::string queryId;  // X-Ovh-QueryID
    long retryAfterSeconds = -1;  // from the last 429/503, when the server said

    explicit operator bool() const { return kind != ApiErrorKind::None; }
};

// The key itself is the problem (unknown application, consumer key not validated or revoked,
// bad signature): every other route would fail the same way, so a run stops.
bool isCredentialFailure(const ApiError& error);
// The route is not there or not allowed for this key: the data is unknown, the run goes on.
bool isRouteUnavailable(const ApiError& error);

// One sentence for the user, translated at the edge, ending with the technical details
// (HTTP status, errorCode, X-Ovh-QueryID) that OVHcloud support needs.
UserMessage describeApiError(const ApiError& error);

}  // namespace vigie::ovh
