#include "password/breach_check.h"

#include <algorithm>
#include <charconv>

#include <openssl/sha.h>

#include "i18n/translator.h"
#include "password/number_format.h"
#include "platform/curl_library.h"
#include "platform/http_transfer.h"
#include "platform/version.h"

namespace vigie::password {
namespace {

constexpr std::size_t kPrefixLength = 5;
constexpr std::size_t kSuffixLength = 35;
// A padded response holds 800 to 1,000 lines of 40 bytes; anything far larger is not one.
constexpr std::size_t kMaxBodyBytes = 1 << 20;

}  // namespace

BreachStatus breachStatusForTransferError(int curlCode) {
    switch (static_cast<CURLcode>(curlCode)) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            return BreachStatus::HostNotFound;
        case CURLE_OPERATION_TIMEDOUT:
            return BreachStatus::Timeout;
        case CURLE_ABORTED_BY_CALLBACK:
            return BreachStatus::Cancelled;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_SSL_SHUTDOWN_FAILED:
        case CURLE_USE_SSL_FAILED:
        case CURLE_SSL_ENGINE_INITFAILED:
            return BreachStatus::TlsFailure;
        case CURLE_WRITE_ERROR:
        case CURLE_BAD_CONTENT_ENCODING:
        case CURLE_WEIRD_SERVER_REPLY:
            return BreachStatus::BadResponse;
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT:
            return BreachStatus::BadConfiguration;
        default:
            return BreachStatus::ConnectionFailed;  // refused, unreachable, reset, empty reply
    }
}

namespace {

struct CurlHandle {
    explicit CurlHandle(const CurlLibrary& library) : lib(library), curl(library.easyInit()) {}
    ~CurlHandle() {
        lib.slistFreeAll(headers);
        lib.easyCleanup(curl);
    }
    CurlHandle(const CurlHandle&) = delete;
    CurlHandle& operator=(const CurlHandle&) = delete;
    const CurlLibrary& lib;
    CURL* curl;
    curl_slist* headers = nullptr;
};

bool isHex(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    });
}

bool sameHex(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return (x >= 'a' ? x - 32 : x) == (y >= 'a' ? y - 32 : y); });
}

// "SUFFIX:COUNT" -> the count, or nullopt when the line is not one.
std::optional<std::uint64_t> parseLine(std::string_view line, std::string_view& suffix) {
    if (line.size() < kSuffixLength + 2 || line[kSuffixLength] != ':') return std::nullopt;
    suffix = line.substr(0, kSuffixLength);
    std::string_view digits = line.substr(kSuffixLength + 1);
    std::uint64_t count = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (error != std::errc() || end != digits.data() + digits.size() || !isHex(suffix)) return std::nullopt;
    return count;
}

}  // namespace

std::string breachCheckUserAgent() { return "Vigie/" + vigieVersion() + " (password breach check)"; }

SecureString sha1Hex(std::string_view password) {
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(password.data()), password.size(), digest);
    static const char hex[] = "0123456789ABCDEF";
    SecureString out;
    out.reserve(2 * SHA_DIGEST_LENGTH);
    for (unsigned char byte : digest) {
        out.push_back(hex[byte >> 4]);
        out.push_back(hex[byte & 0xF]);
    }
    OPENSSL_cleanse(digest, sizeof digest);
    return out;
}

std::optional<std::uint64_t> countInRangeResponse(std::string_view body, std::string_view suffix) {
    std::uint64_t found = 0;
    bool anyLine = false;
    while (!body.empty()) {
        std::size_t end = body.find('\n');
        std::string_view line = body.substr(0, end);
        body.remove_prefix(end == std::string_view::npos ? body.size() : end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        if (line.empty()) continue;
        std::string_view lineSuffix;
        auto count = parseLine(line, lineSuffix);
        if (!count) return std::nullopt;
        anyLine = true;
        if (*count > 0 && sameHex(lineSuffix, suffix)) found = *count;  // count 0: padding
    }
    if (!anyLine) return std::nullopt;  // a real range always lists hundreds of suffixes
    return found;
}

BreachCheckResult checkPasswordBreach(std::string_view password, const BreachCheckOptions& options) {
    SecureString hash = sha1Hex(password);
    std::string url = options.baseUrl + std::string(hash.view().substr(0, kPrefixLength));
    const char* protocol = http::allowedProtocol(url);
    if (!protocol) return {BreachStatus::BadConfiguration};
    const CurlLibrary* curl = curlLibrary();
    if (!curl) return {BreachStatus::ConnectionFailed};
    CurlHandle handle(*curl);
    if (!handle.curl) return {BreachStatus::ConnectionFailed};
    handle.headers = curl->slistAppend(handle.headers, "Add-Padding: true");
    http::TransferOptions transfer;
    transfer.protocol = protocol;
    transfer.headers = handle.headers;
    transfer.userAgent = breachCheckUserAgent();
    transfer.connectTimeout = options.connectTimeout;
    transfer.timeout = options.timeout;
    http::Reception reception;
    reception.maxBytes = kMaxBodyBytes;
    reception.cancel = options.cancel;
    http::configureTransfer(*curl, handle.curl, url, transfer, reception);
    CURLcode code = curl->easyPerform(handle.curl);
    if (code != CURLE_OK) return {breachStatusForTransferError(code)};
    long httpStatus = 0;
    curl->easyGetinfo(handle.curl, CURLINFO_RESPONSE_CODE, &httpStatus);
    if (httpStatus != 200) return {BreachStatus::HttpError, 0, httpStatus};
    auto count = countInRangeResponse(reception.body, hash.view().substr(kPrefixLength));
    if (!count) return {BreachStatus::BadResponse};
    if (*count == 0) return {BreachStatus::NotFound};
    return {BreachStatus::Found, *count};
}

std::string describe(const BreachCheckResult& result, const Translator& tr) {
    switch (result.status) {
        case BreachStatus::Found:
            return format(tr.plural("This password appears {} time in known data breaches: do not use it.",
                                    "This password appears {} times in known data breaches: do not use it.",
                                    static_cast<unsigned long>(result.count)),
                          {formatCount(result.count, tr.language())});
        case BreachStatus::NotFound:
            return tr(N_("This password does not appear in known data breaches. That alone does not make it strong."));
        case BreachStatus::HostNotFound:
            return tr(N_("The breach check service could not be found: check your internet connection."));
        case BreachStatus::ConnectionFailed:
            return tr(N_("Could not reach the breach check service: check your internet connection or proxy."));
        case BreachStatus::Timeout:
            return tr(N_("The breach check service did not answer in time. Try again later."));
        case BreachStatus::TlsFailure:
            return tr(
                N_("The secure connection to the breach check service failed: its certificate could not be "
                   "verified. A proxy or captive portal may be intercepting the connection."));
        case BreachStatus::HttpError:
            if (result.httpStatus >= 500 && result.httpStatus < 600) {
                return format(tr(N_("The breach check service is having trouble (HTTP error {}). Try again later.")),
                              {std::to_string(result.httpStatus)});
            }
            return format(tr(N_("The breach check service gave an unexpected answer (HTTP status {}).")),
                          {std::to_string(result.httpStatus)});
        case BreachStatus::BadResponse:
            return tr(
                N_("The breach check service sent an answer Vigie cannot read. A captive portal or proxy may "
                   "be in the way."));
        case BreachStatus::Cancelled:
            return tr(N_("The breach check was cancelled."));
        case BreachStatus::BadConfiguration:
            break;
    }
    return tr(N_("The breach check address is not valid: it must start with https://."));
}

}  // namespace vigie::password
