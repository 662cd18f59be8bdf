// Checking an authenticator app's set-up, as every view offers it: the user gives what they
// pasted (the secret key shown under the QR code, or the otpauth:// link the QR code holds) and
// the code the app shows; the verdict says whether they match, match with the phone's clock
// off, do not match, or what is wrong with what was given.
//
// A bare key means SHA-1 and 30-second codes, as OVHcloud and nearly every site use; its number
// of digits is the caller's (`vigie totp-check --digits`) or read from the code typed (8 when 8
// digits are typed, else 6). A link says all three. The pasted text is a secret: it is read from
// a wiped buffer, and no message repeats any of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "totp/totp.h"

namespace vigie {
class Translator;
}

namespace vigie::totp {

// What was pasted, read: the parameters, or why they could not be read.
struct PastedSecret {
    TotpParameters parameters;
    std::string problem;  // translated; empty when the text was read
    bool ok() const { return problem.empty(); }
};

// `digitsForBareKey`: 6 or 8 for a bare key (a link says its own).
PastedSecret readPastedSecret(std::string_view pasted, int digitsForBareKey, const Translator& tr);

// 8 when `typedCode` holds 8 digits, else 6.
int digitsForCode(std::string_view typedCode);

enum class CheckVerdict { Match, ClockOffset, NoMatch, BadInput };

struct AuthenticatorCheck {
    CheckVerdict verdict = CheckVerdict::BadInput;
    std::string text;  // translated: the verdict and what to do
    bool matches() const { return verdict == CheckVerdict::Match || verdict == CheckVerdict::ClockOffset; }
};

// `digits` overrides digitsForCode() for a bare key. `now`: seconds since 1970.
AuthenticatorCheck checkAuthenticator(std::string_view pasted, std::string_view typedCode, std::int64_t now,
                                      const Translator& tr, std::optional<int> digits = std::nullopt);

// Seconds since 1970, from the system clock.
std::int64_t unixNow();

}  // namespace vigie::totp
