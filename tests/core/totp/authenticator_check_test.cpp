#define BOOST_TEST_MODULE authenticator_check
#include <boost/test/unit_test.hpp>

#include "i18n/translator.h"
#include "totp/authenticator_check.h"
#include "totp/base32.h"

using namespace vigie;
using namespace vigie::totp;

namespace {

constexpr std::int64_t kNow = 1700000000;
const char* kSecret = "JBSWY3DPEHPK3PXP";

std::string codeAt(std::int64_t time, int digits = 6) {
    TotpParameters p;
    p.key = decodeBase32(kSecret).bytes;
    p.digits = digits;
    return totpCode(p, time);
}

const Translator& english() {
    static const Translator tr(Language::English);
    return tr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_bare_key_and_the_right_code_match) {
    AuthenticatorCheck check = checkAuthenticator("  jbsw y3dp ehpk 3pxp\n", codeAt(kNow), kNow, english());
    BOOST_TEST((check.verdict == CheckVerdict::Match));
    BOOST_TEST(check.matches());
    BOOST_TEST(check.text == "The code is right: the app is set up correctly.");
}

BOOST_AUTO_TEST_CASE(a_phone_clock_ahead_is_a_match_with_advice) {
    AuthenticatorCheck check = checkAuthenticator(kSecret, codeAt(kNow + 60), kNow, english());
    BOOST_TEST((check.verdict == CheckVerdict::ClockOffset));
    BOOST_TEST(check.matches());
    BOOST_TEST(check.text.find("60 seconds ahead") != std::string::npos, check.text);
}

BOOST_AUTO_TEST_CASE(a_wrong_code_does_not_match) {
    std::string wrong = codeAt(kNow);
    wrong[0] = wrong[0] == '9' ? '0' : static_cast<char>(wrong[0] + 1);
    AuthenticatorCheck check = checkAuthenticator(kSecret, wrong, kNow, english());
    BOOST_TEST((check.verdict == CheckVerdict::NoMatch));
    BOOST_TEST(!check.matches());
}

BOOST_AUTO_TEST_CASE(eight_typed_digits_mean_an_eight_digit_key) {
    BOOST_TEST(digitsForCode("1234 5678") == 8);
    BOOST_TEST(digitsForCode("123 456") == 6);
    BOOST_TEST((checkAuthenticator(kSecret, codeAt(kNow, 8), kNow, english()).verdict == CheckVerdict::Match));
    BOOST_TEST((checkAuthenticator(kSecret, codeAt(kNow, 8), kNow, english(), 6).verdict == CheckVerdict::BadInput),
               "--digits 6 wins over the typed code");
}

BOOST_AUTO_TEST_CASE(a_link_says_its_own_parameters) {
    const std::string link =
        std::string("otpauth://totp/OVHcloud:ab12345-ovh?secret=") + kSecret + "&digits=8&issuer=OVHcloud";
    BOOST_TEST((checkAuthenticator(link, codeAt(kNow, 8), kNow, english()).verdict == CheckVerdict::Match));
    PastedSecret read = readPastedSecret(link, 6, english());
    BOOST_REQUIRE(read.ok());
    BOOST_TEST(read.parameters.digits == 8);
    BOOST_TEST(read.parameters.issuer == "OVHcloud");
}

BOOST_AUTO_TEST_CASE(what_is_wrong_with_the_paste_is_said_without_repeating_it) {
    AuthenticatorCheck badKey = checkAuthenticator("JBSW!Y3DP", "123456", kNow, english());
    BOOST_TEST((badKey.verdict == CheckVerdict::BadInput));
    BOOST_TEST(badKey.text.find("position 5") != std::string::npos, badKey.text);
    BOOST_TEST(badKey.text.find("JBSW") == std::string::npos);
    AuthenticatorCheck notALink = checkAuthenticator("https://example.com/?secret=JBSWY3DP", "123456", kNow, english());
    BOOST_TEST((notALink.verdict == CheckVerdict::BadInput));
    BOOST_TEST(notALink.text.find("JBSWY3DP") == std::string::npos);
    BOOST_TEST((checkAuthenticator(kSecret, "12 34", kNow, english()).verdict == CheckVerdict::BadInput));
}
