#include "totp/authenticator_check.h"

#include <algorithm>
#include <chrono>

#include "totp/base32.h"
#include "totp/otpauth_uri.h"

namespace vigie::totp {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

// Anything with a scheme is read as a link, so "https://..." gets "not an authenticator link"
// rather than a complaint about the character at position 6.
bool looksLikeLink(std::string_view text) { return text.find("://") != std::string_view::npos; }

CheckVerdict verdictOf(VerifyOutcome outcome) {
    switch (outcome) {
        case VerifyOutcome::MatchesNow:
            return CheckVerdict::Match;
        case VerifyOutcome::MatchesWithClockOffset:
            return CheckVerdict::ClockOffset;
        case VerifyOutcome::NoMatch:
            return CheckVerdict::NoMatch;
        case VerifyOutcome::MalformedCode:
            break;
    }
    return CheckVerdict::BadInput;
}

}  // namespace

int digitsForCode(std::string_view typedCode) {
    return std::count_if(typedCode.begin(), typedCode.end(), [](char c) { return c >= '0' && c <= '9'; }) == 8 ? 8 : 6;
}

PastedSecret readPastedSecret(std::string_view pasted, int digitsForBareKey, const Translator& tr) {
    PastedSecret result;
    const std::string_view text = trimmed(pasted);
    if (looksLikeLink(text)) {
        UriParseResult parsed = parseOtpauthUri(text);
        if (!parsed.ok()) {
            result.problem = describe(parsed, tr);
            return result;
        }
        result.parameters = std::move(parsed.parameters);
        return result;
    }
    Base32Result decoded = decodeBase32(text);
    if (!decoded.ok()) {
        result.problem = describe(decoded, tr);
        return result;
    }
    result.parameters.key = std::move(decoded.bytes);
    result.parameters.digits = digitsForBareKey;
    return result;
}

AuthenticatorCheck checkAuthenticator(std::string_view pasted, std::string_view typedCode, std::int64_t now,
                                      const Translator& tr, std::optional<int> digits) {
    PastedSecret secret = readPastedSecret(pasted, digits.value_or(digitsForCode(typedCode)), tr);
    if (!secret.ok()) return {CheckVerdict::BadInput, secret.problem};
    const VerifyResult result = verify(secret.parameters, typedCode, now);
    return {verdictOf(result.outcome), describe(result, secret.parameters, tr)};
}

std::int64_t unixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace vigie::totp
