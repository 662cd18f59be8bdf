#include "totp/totp.h"

#include <cstdlib>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "i18n/translator.h"

namespace vigie::totp {
namespace {

const EVP_MD* digestOf(HashAlgorithm algorithm) {
    switch (algorithm) {
        case HashAlgorithm::Sha256:
            return EVP_sha256();
        case HashAlgorithm::Sha512:
            return EVP_sha512();
        case HashAlgorithm::Sha1:
            break;
    }
    return EVP_sha1();
}

std::uint32_t powerOfTen(int digits) {
    std::uint32_t value = 1;
    for (int i = 0; i < digits; ++i) value *= 10;
    return value;
}

// "123 456" -> "123456"; empty when anything but digits and spaces is typed.
std::string digitsOnly(std::string_view typed) {
    std::string digits;
    for (char c : typed) {
        if (c == ' ') continue;
        if (c < '0' || c > '9') return {};
        digits += c;
    }
    return digits;
}

bool sameCode(const std::string& a, const std::string& b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

std::string hotpCode(std::string_view key, std::uint64_t counter, HashAlgorithm algorithm, int digits) {
    unsigned char message[8];
    for (int i = 7; i >= 0; --i, counter >>= 8) message[i] = static_cast<unsigned char>(counter & 0xFF);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    static const unsigned char noKey = 0;
    const void* keyBytes = key.empty() ? &noKey : static_cast<const void*>(key.data());
    HMAC(digestOf(algorithm), keyBytes, static_cast<int>(key.size()), message, sizeof message, mac, &macLength);
    // RFC 4226 section 5.3: 31 bits read at the offset given by the last nibble.
    unsigned offset = mac[macLength - 1] & 0x0F;
    std::uint32_t binary = (mac[offset] & 0x7Fu) << 24 | mac[offset + 1] << 16 | mac[offset + 2] << 8 | mac[offset + 3];
    OPENSSL_cleanse(mac, sizeof mac);
    std::string code = std::to_string(binary % powerOfTen(digits));
    return std::string(static_cast<std::size_t>(digits) - code.size(), '0') + code;
}

std::uint64_t timeStep(std::int64_t unixTime, int period) {
    return unixTime <= 0 || period <= 0 ? 0 : static_cast<std::uint64_t>(unixTime / period);
}

std::string totpCode(const TotpParameters& parameters, std::int64_t unixTime) {
    return hotpCode(parameters.key.view(), timeStep(unixTime, parameters.period), parameters.algorithm,
                    parameters.digits);
}

// Nearest steps first (0, +1, -1, +2, -2...), so the smallest plausible clock error is reported.
VerifyResult verify(const TotpParameters& parameters, std::string_view typedCode, std::int64_t now, int window) {
    std::string typed = digitsOnly(typedCode);
    if (typed.size() != static_cast<std::size_t>(parameters.digits)) return {VerifyOutcome::MalformedCode};
    std::uint64_t current = timeStep(now, parameters.period);
    for (int distance = 0; distance <= window; ++distance) {
        for (int offset : {distance, -distance}) {
            if (offset < 0 && current < static_cast<std::uint64_t>(-offset)) continue;
            std::uint64_t step = current + static_cast<std::uint64_t>(static_cast<std::int64_t>(offset));
            if (!sameCode(typed, hotpCode(parameters.key.view(), step, parameters.algorithm, parameters.digits)))
                continue;
            if (offset == 0) return {VerifyOutcome::MatchesNow};
            return {VerifyOutcome::MatchesWithClockOffset, offset, std::int64_t{offset} * parameters.period};
        }
    }
    return {VerifyOutcome::NoMatch};
}

std::string describe(const VerifyResult& result, const TotpParameters& parameters, const Translator& tr) {
    auto seconds = static_cast<unsigned long>(std::llabs(result.offsetSeconds));
    switch (result.outcome) {
        case VerifyOutcome::MatchesNow:
            return tr(N_("The code is right: the app is set up correctly."));
        case VerifyOutcome::MatchesWithClockOffset:
            if (result.offsetSteps > 0) {
                return format(tr.plural("The code is right, but the phone's clock is about {} second ahead of this "
                                        "computer's. Set both to the network time, or codes may be refused.",
                                        "The code is right, but the phone's clock is about {} seconds ahead of this "
                                        "computer's. Set both to the network time, or codes may be refused.",
                                        seconds),
                              {std::to_string(seconds)});
            }
            return format(tr.plural("The code is right, but the phone's clock is about {} second behind this "
                                    "computer's. Set both to the network time, or codes may be refused.",
                                    "The code is right, but the phone's clock is about {} seconds behind this "
                                    "computer's. Set both to the network time, or codes may be refused.",
                                    seconds),
                          {std::to_string(seconds)});
        case VerifyOutcome::NoMatch:
            return tr(
                N_("The code does not match. Check that the secret is the one for this account and that you "
                   "read the code of the right entry in the app."));
        case VerifyOutcome::MalformedCode:
            break;
    }
    return format(tr(N_("Type the {}-digit code shown in the app.")), {std::to_string(parameters.digits)});
}

}  // namespace vigie::totp
