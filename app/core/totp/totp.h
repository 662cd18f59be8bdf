// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), to check that an authenticator
// app was set up with the right secret before the user relies on it for two-factor sign-in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "secret/secure_string.h"

namespace vigie {
class Translator;
}

namespace vigie::totp {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

struct TotpParameters {
    SecureString key;  // the decoded secret
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 6;  // 6 or 8
    int period = 30;  // seconds per step
    std::string issuer;  // from an otpauth URI, for display
    std::string account;
};

// RFC 4226 with dynamic truncation; `digits` characters, zero-padded.
std::string hotpCode(std::string_view key, std::uint64_t counter, HashAlgorithm algorithm, int digits);
// floor(unixTime / period); times before 1970 count as step 0.
std::uint64_t timeStep(std::int64_t unixTime, int period);
std::string totpCode(const TotpParameters& parameters, std::int64_t unixTime);

// How far from "now" verify() looks: 10 steps either way, 5 minutes at 30 seconds a step, which
// covers a phone whose clock was never synchronised without accepting stale codes forever.
constexpr int kDefaultVerifyWindow = 10;

enum class VerifyOutcome {
    MatchesNow,
    MatchesWithClockOffset,  // right secret, but the phone's clock is off by offsetSteps
    NoMatch,  // wrong secret, or the code of another account in the app
    MalformedCode,  // not `digits` digits (spaces are allowed)
};

struct VerifyResult {
    VerifyOutcome outcome = VerifyOutcome::NoMatch;
    int offsetSteps = 0;  // positive: the phone is ahead of this computer
    std::int64_t offsetSeconds = 0;  // offsetSteps x period
};

VerifyResult verify(const TotpParameters& parameters, std::string_view typedCode, std::int64_t now,
                    int window = kDefaultVerifyWindow);

std::string describe(const VerifyResult& result, const TotpParameters& parameters, const Translator& translator);

}  // namespace vigie::totp
