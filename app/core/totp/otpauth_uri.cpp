#include "totp/otpauth_uri.h"

#include <charconv>
#include <optional>

#include "i18n/translator.h"

namespace vigie::totp {
namespace {

constexpr int kMaxPeriodSeconds = 3600;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = lower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Appends the decoded text to `out` (a SecureString or std::string); false on a bad escape.
template <class Out>
bool percentDecode(std::string_view text, bool plusIsSpace, Out& out) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '+' && plusIsSpace) {
            out.push_back(' ');
        } else if (c != '%') {
            out.push_back(c);
        } else {
            if (i + 2 >= text.size()) return false;
            int high = hexValue(text[i + 1]), low = hexValue(text[i + 2]);
            if (high < 0 || low < 0) return false;
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        }
    }
    return true;
}

struct RawParameters {
    std::optional<std::string_view> secret, issuer, algorithm, digits, period;
};

void collect(std::string_view query, RawParameters& raw) {
    while (!query.empty()) {
        std::size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
        std::size_t eq = pair.find('=');
        std::string_view key = pair.substr(0, eq);
        std::string_view value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        for (auto [name, slot] : {std::pair{"secret", &raw.secret},
                                  {"issuer", &raw.issuer},
                                  {"algorithm", &raw.algorithm},
                                  {"digits", &raw.digits},
                                  {"period", &raw.period}}) {
            if (equalsIgnoringCase(key, name) && !*slot) *slot = value;
        }
    }
}

std::optional<int> parseInt(std::string_view text) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<HashAlgorithm> parseAlgorithm(std::string_view text) {
    if (equalsIgnoringCase(text, "SHA1")) return HashAlgorithm::Sha1;
    if (equalsIgnoringCase(text, "SHA256")) return HashAlgorithm::Sha256;
    if (equalsIgnoringCase(text, "SHA512")) return HashAlgorithm::Sha512;
    return std::nullopt;
}

// "Issuer:account" or "account"; the issuer parameter, when present, is the authority.
UriError readLabel(std::string_view encoded, TotpParameters& parameters) {
    std::string label;
    if (!percentDecode(encoded, false, label)) return UriError::BadEncoding;
    std::size_t colon = label.find(':');
    if (colon != std::string::npos) {
        parameters.issuer = label.substr(0, colon);
        label.erase(0, colon + 1);
    }
    std::size_t start = label.find_first_not_of(' ');
    parameters.account = start == std::string::npos ? std::string() : label.substr(start);
    return UriError::None;
}

UriError readSecret(std::optional<std::string_view> encoded, UriParseResult& result) {
    if (!encoded || encoded->empty()) return UriError::MissingSecret;
    SecureString secret;
    if (!percentDecode(*encoded, false, secret)) return UriError::BadEncoding;
    Base32Result decoded = decodeBase32(secret.view());
    if (!decoded.ok()) {
        result.secretError = std::move(decoded);
        return UriError::BadSecret;
    }
    result.parameters.key = std::move(decoded.bytes);
    return UriError::None;
}

UriError readOptions(const RawParameters& raw, TotpParameters& parameters) {
    if (raw.issuer) {
        std::string issuer;
        if (!percentDecode(*raw.issuer, true, issuer)) return UriError::BadEncoding;
        if (!issuer.empty()) parameters.issuer = issuer;
    }
    if (raw.algorithm) {
        auto algorithm = parseAlgorithm(*raw.algorithm);
        if (!algorithm) return UriError::BadAlgorithm;
        parameters.algorithm = *algorithm;
    }
    if (raw.digits) {
        auto digits = parseInt(*raw.digits);
        if (!digits || (*digits != 6 && *digits != 8)) return UriError::BadDigits;
        parameters.digits = *digits;
    }
    if (raw.period) {
        auto period = parseInt(*raw.period);
        if (!period || *period < 1 || *period > kMaxPeriodSeconds) return UriError::BadPeriod;
        parameters.period = *period;
    }
    return UriError::None;
}

UriParseResult failure(UriError error) {
    UriParseResult result;
    result.error = error;
    return result;
}

}  // namespace

UriParseResult parseOtpauthUri(std::string_view uri) {
    constexpr std::string_view kScheme = "otpauth://";
    while (!uri.empty() && (uri.front() == ' ' || uri.front() == '\n')) uri.remove_prefix(1);
    while (!uri.empty() && (uri.back() == ' ' || uri.back() == '\n' || uri.back() == '\r')) uri.remove_suffix(1);
    if (!equalsIgnoringCase(uri.substr(0, kScheme.size()), kScheme)) return failure(UriError::WrongScheme);
    uri.remove_prefix(kScheme.size());
    std::size_t slash = uri.find('/');
    std::string_view type = uri.substr(0, slash);
    if (equalsIgnoringCase(type, "hotp")) return failure(UriError::HotpNotSupported);
    if (!equalsIgnoringCase(type, "totp") || slash == std::string_view::npos) return failure(UriError::UnknownType);
    std::string_view rest = uri.substr(slash + 1);
    std::size_t question = rest.find('?');
    RawParameters raw;
    if (question != std::string_view::npos) collect(rest.substr(question + 1), raw);

    UriParseResult result;
    UriError error = readLabel(rest.substr(0, question), result.parameters);
    if (error == UriError::None) error = readSecret(raw.secret, result);
    if (error == UriError::None) error = readOptions(raw, result.parameters);
    if (error != UriError::None) {
        result.parameters.key.wipe();
        result.error = error;
    }
    return result;
}

std::string describe(const UriParseResult& result, const Translator& tr) {
    switch (result.error) {
        case UriError::None:
            return {};
        case UriError::WrongScheme:
            return tr(N_("This is not an authenticator link: it should start with otpauth://."));
        case UriError::HotpNotSupported:
            return tr(
                N_("This link is for counter-based codes (HOTP), which Vigie does not check; OVHcloud uses "
                   "time-based codes (TOTP)."));
        case UriError::UnknownType:
            return tr(N_("This link is neither otpauth://totp/ nor otpauth://hotp/."));
        case UriError::BadEncoding:
            return tr(
                N_("The link has a malformed escape sequence (a percent sign not followed by two hexadecimal "
                   "digits)."));
        case UriError::MissingSecret:
            return tr(N_("The link has no secret= parameter."));
        case UriError::BadSecret:
            return describe(result.secretError, tr);
        case UriError::BadAlgorithm:
            return tr(N_("The link's algorithm must be SHA1, SHA256 or SHA512."));
        case UriError::BadDigits:
            return tr(N_("The link's digits must be 6 or 8."));
        case UriError::BadPeriod:
            break;
    }
    return tr(N_("The link's period must be a whole number of seconds between 1 and 3600."));
}

}  // namespace vigie::totp
