#include "ovh/api_error.h"

namespace vigie::ovh {
namespace {

// Language-neutral: header names and codes are what support asks for, in any language.
std::string details(const ApiError& error) {
    std::string text;
    if (error.httpStatus > 0) text += "HTTP " + std::to_string(error.httpStatus);
    if (!error.errorCode.empty()) text += (text.empty() ? "" : ", ") + std::string("errorCode ") + error.errorCode;
    if (!error.queryId.empty()) text += (text.empty() ? "" : ", ") + std::string("X-Ovh-QueryID ") + error.queryId;
    if (text.empty()) text = error.method + " " + error.path;
    return text;
}

UserMessage describeHttp(const ApiError& error) {
    const std::string& code = error.errorCode;
    std::string route = error.method + " " + error.path;
    if (code == "INVALID_SIGNATURE")
        return {N_("The OVHcloud API rejected the signature of {}: check the application secret and the consumer key, "
                   "and that your computer's clock is right ({})."),
                {route, details(error)}};
    if (code == "INVALID_KEY")
        return {N_("The OVHcloud API does not know this application key: check it, and the region it was created "
                   "in ({})."),
                {details(error)}};
    if (code == "INVALID_CREDENTIAL" || code == "NOT_CREDENTIAL")
        return {N_("The consumer key is not valid (not validated yet, expired or revoked): run \"vigie connect\" "
                   "to get a new one ({})."),
                {details(error)}};
    if (error.httpStatus == 401) return {N_("The OVHcloud API refused the keys for {} ({})."), {route, details(error)}};
    if (error.httpStatus == 403)
        return {N_("This API key does not allow {}: the data it gives stays unknown ({})."), {route, details(error)}};
    if (error.httpStatus == 404)
        return {N_("The OVHcloud API has nothing at {}: the data it gives stays unknown ({})."),
                {route, details(error)}};
    if (error.httpStatus == 429)
        return {N_("The OVHcloud API kept asking Vigie to slow down on {}. Try again in a few minutes ({})."),
                {route, details(error)}};
    if (error.httpStatus >= 500)
        return {N_("The OVHcloud API is having trouble answering {}. Try again later ({})."), {route, details(error)}};
    if (!error.apiMessage.empty())
        return {N_("The OVHcloud API refused {}: \u201C{}\u201D ({})."), {route, error.apiMessage, details(error)}};
    return {N_("The OVHcloud API refused {} ({})."), {route, details(error)}};
}

}  // namespace

bool isCredentialFailure(const ApiError& error) {
    if (error.kind != ApiErrorKind::Http) return false;
    const std::string& code = error.errorCode;
    return code == "INVALID_SIGNATURE" || code == "INVALID_KEY" || code == "INVALID_CREDENTIAL" ||
           code == "NOT_CREDENTIAL" || error.httpStatus == 401;
}

bool isRouteUnavailable(const ApiError& error) {
    return error.kind == ApiErrorKind::Http && !isCredentialFailure(error) &&
           (error.httpStatus == 403 || error.httpStatus == 404 || error.httpStatus == 460);
}

UserMessage describeApiError(const ApiError& error) {
    std::string route = error.method + " " + error.path;
    switch (error.kind) {
        case ApiErrorKind::None:
            break;
        case ApiErrorKind::ReadOnlyRefused:
            return {N_("Vigie refused to send {}: it only reads from the OVHcloud API and never changes the "
                       "account."),
                    {route}};
        case ApiErrorKind::BadEndpoint:
            return {N_("The API address \"{}\" is not valid: give a region (ovh-eu, ovh-ca, ovh-us, kimsufi-eu, "
                       "kimsufi-ca, soyoustart-eu, soyoustart-ca) or an address starting with https://."),
                    {error.path}};
        case ApiErrorKind::Cancelled:
            return {N_("Reading the account was cancelled."), {}};
        case ApiErrorKind::HostNotFound:
            return {N_("The OVHcloud API server could not be found: check your internet connection."), {}};
        case ApiErrorKind::ConnectionFailed:
            return {N_("The connection to the OVHcloud API failed or was cut off during {}: check your internet "
                       "connection or proxy."),
                    {route}};
        case ApiErrorKind::Timeout:
            return {N_("The OVHcloud API did not answer {} in time. Try again later."), {route}};
        case ApiErrorKind::TlsFailure:
            return {N_("The secure connection to the OVHcloud API failed: its certificate could not be verified. "
                       "A proxy may be intercepting the connection."),
                    {}};
        case ApiErrorKind::Http:
            return describeHttp(error);
        case ApiErrorKind::MalformedBody:
            return {N_("The OVHcloud API sent an answer to {} that Vigie cannot read ({})."), {route, details(error)}};
    }
    return {};
}

}  // namespace vigie::ovh
