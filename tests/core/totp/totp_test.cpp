#define BOOST_TEST_MODULE totp
#include <boost/test/unit_test.hpp>

#include "i18n/translator.h"
#include "totp/totp.h"

using namespace vigie;
using namespace vigie::totp;

namespace {

// RFC 6238 appendix B: the seeds are ASCII digits repeated to the hash's block of 20, 32, 64 bytes.
TotpParameters rfcParameters(HashAlgorithm algorithm) {
    TotpParameters p;
    p.algorithm = algorithm;
    p.digits = 8;
    switch (algorithm) {
        case HashAlgorithm::Sha1:
            p.key = SecureString("12345678901234567890");
            break;
        case HashAlgorithm::Sha256:
            p.key = SecureString("12345678901234567890123456789012");
            break;
        case HashAlgorithm::Sha512:
            p.key = SecureString("1234567890123456789012345678901234567890123456789012345678901234");
            break;
    }
    return p;
}

TotpParameters sixDigits() {
    TotpParameters p;
    p.key = SecureString("12345678901234567890");
    return p;
}

constexpr std::int64_t kNow = 1700000000;

}  // namespace

BOOST_AUTO_TEST_CASE(rfc6238_appendix_b) {
    struct Vector {
        std::int64_t time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };
    const Vector vectors[] = {
        {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Vector& v : vectors) {
        BOOST_TEST_CONTEXT("T = " << v.time) {
            BOOST_TEST(totpCode(rfcParameters(HashAlgorithm::Sha1), v.time) == v.sha1);
            BOOST_TEST(totpCode(rfcParameters(HashAlgorithm::Sha256), v.time) == v.sha256);
            BOOST_TEST(totpCode(rfcParameters(HashAlgorithm::Sha512), v.time) == v.sha512);
        }
    }
}

// RFC 4226 appendix D: the HOTP values underneath, six digits.
BOOST_AUTO_TEST_CASE(rfc4226_appendix_d) {
    const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                              "254676", "287922", "162583", "399871", "520489"};
    for (std::uint64_t counter = 0; counter < 10; ++counter) {
        BOOST_TEST(hotpCode("12345678901234567890", counter, HashAlgorithm::Sha1, 6) == expected[counter]);
    }
}

BOOST_AUTO_TEST_CASE(steps_are_thirty_seconds) {
    BOOST_TEST(timeStep(59, 30) == 1u);
    BOOST_TEST(timeStep(60, 30) == 2u);
    BOOST_TEST(timeStep(-5, 30) == 0u);
}

BOOST_AUTO_TEST_CASE(code_of_now_matches_now) {
    TotpParameters p = sixDigits();
    VerifyResult result = verify(p, totpCode(p, kNow), kNow);
    BOOST_TEST((result.outcome == VerifyOutcome::MatchesNow));
    BOOST_TEST(result.offsetSteps == 0);
}

BOOST_AUTO_TEST_CASE(phone_ahead_is_reported_in_steps_and_seconds) {
    TotpParameters p = sixDigits();
    VerifyResult result = verify(p, totpCode(p, kNow + 2 * 30), kNow);
    BOOST_TEST((result.outcome == VerifyOutcome::MatchesWithClockOffset));
    BOOST_TEST(result.offsetSteps == 2);
    BOOST_TEST(result.offsetSeconds == 60);
    std::string message = describe(result, p, Translator(Language::English));
    BOOST_TEST(message.find("60 seconds ahead") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(phone_behind_is_reported_too) {
    TotpParameters p = sixDigits();
    VerifyResult result = verify(p, totpCode(p, kNow - 7 * 30), kNow);
    BOOST_TEST((result.outcome == VerifyOutcome::MatchesWithClockOffset));
    BOOST_TEST(result.offsetSteps == -7);
    BOOST_TEST(describe(result, p, Translator(Language::English)).find("210 seconds behind") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(beyond_the_window_is_no_match) {
    TotpParameters p = sixDigits();
    BOOST_TEST((verify(p, totpCode(p, kNow + 11 * 30), kNow).outcome == VerifyOutcome::NoMatch));
    BOOST_TEST((verify(p, totpCode(p, kNow + 10 * 30), kNow).outcome == VerifyOutcome::MatchesWithClockOffset));
}

BOOST_AUTO_TEST_CASE(another_secret_is_no_match) {
    TotpParameters p = sixDigits();
    TotpParameters other = sixDigits();
    other.key = SecureString("another secret entirely");
    VerifyResult result = verify(p, totpCode(other, kNow), kNow);
    BOOST_TEST((result.outcome == VerifyOutcome::NoMatch));
    BOOST_TEST(describe(result, p, Translator(Language::English)).find("does not match") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(typed_code_may_have_a_space) {
    TotpParameters p = sixDigits();
    std::string code = totpCode(p, kNow);
    BOOST_TEST((verify(p, code.substr(0, 3) + " " + code.substr(3), kNow).outcome == VerifyOutcome::MatchesNow));
}

BOOST_AUTO_TEST_CASE(malformed_codes_are_told_apart) {
    TotpParameters p = sixDigits();
    for (const char* typed : {"", "12345", "1234567", "12a456", "12-456"}) {
        BOOST_TEST_CONTEXT(typed) { BOOST_TEST((verify(p, typed, kNow).outcome == VerifyOutcome::MalformedCode)); }
    }
    BOOST_TEST(describe(verify(p, "12", kNow), p, Translator(Language::English)).find("6-digit") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(eight_digit_sha512_codes_verify) {
    TotpParameters p = rfcParameters(HashAlgorithm::Sha512);
    BOOST_TEST((verify(p, "47863826", 20000000000).outcome == VerifyOutcome::MatchesNow));
    BOOST_TEST((verify(p, "47863826", 20000000000 - 30).outcome == VerifyOutcome::MatchesWithClockOffset));
}
