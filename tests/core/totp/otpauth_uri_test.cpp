#define BOOST_TEST_MODULE otpauth uri
#include <boost/test/unit_test.hpp>

#include "i18n/translator.h"
#include "totp/otpauth_uri.h"

using namespace vigie;
using namespace vigie::totp;

namespace {

constexpr const char* kSecret = "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ";

UriError errorOf(const std::string& uri) { return parseOtpauthUri(uri).error; }

}  // namespace

BOOST_AUTO_TEST_CASE(full_uri) {
    UriParseResult result = parseOtpauthUri(std::string("otpauth://totp/ACME%20Co:john.doe@email.com?secret=") +
                                            kSecret + "&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60");
    BOOST_REQUIRE(result.ok());
    const TotpParameters& p = result.parameters;
    BOOST_TEST(p.issuer == "ACME Co");
    BOOST_TEST(p.account == "john.doe@email.com");
    BOOST_TEST((p.key == decodeBase32(kSecret).bytes));
    BOOST_TEST((p.algorithm == HashAlgorithm::Sha256));
    BOOST_TEST(p.digits == 8);
    BOOST_TEST(p.period == 60);
}

BOOST_AUTO_TEST_CASE(defaults_when_only_the_secret_is_given) {
    UriParseResult result = parseOtpauthUri("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP");
    BOOST_REQUIRE(result.ok());
    BOOST_TEST(result.parameters.account == "alice");
    BOOST_TEST(result.parameters.issuer.empty());
    BOOST_TEST((result.parameters.algorithm == HashAlgorithm::Sha1));
    BOOST_TEST(result.parameters.digits == 6);
    BOOST_TEST(result.parameters.period == 30);
    BOOST_TEST(result.parameters.key.view() == "Hello!\xDE\xAD\xBE\xEF");
}

BOOST_AUTO_TEST_CASE(label_and_values_are_percent_decoded) {
    UriParseResult result =
        parseOtpauthUri("otpauth://totp/OVHcloud%3A%20ab12345-ovh?secret=jbsw%59%33dpehpk3pxp&issuer=OVH+cloud");
    BOOST_REQUIRE(result.ok());
    BOOST_TEST(result.parameters.account == "ab12345-ovh");
    BOOST_TEST(result.parameters.issuer == "OVH cloud");  // '+' is a space in a value
    BOOST_TEST(result.parameters.key.view() == "Hello!\xDE\xAD\xBE\xEF");
}

BOOST_AUTO_TEST_CASE(case_of_scheme_type_and_names_does_not_matter) {
    UriParseResult result = parseOtpauthUri("OTPAUTH://TOTP/x?SECRET=JBSWY3DPEHPK3PXP&Algorithm=sha512");
    BOOST_REQUIRE(result.ok());
    BOOST_TEST((result.parameters.algorithm == HashAlgorithm::Sha512));
}

BOOST_AUTO_TEST_CASE(unknown_parameters_are_ignored) {
    BOOST_TEST(
        parseOtpauthUri("otpauth://totp/x?image=https%3A%2F%2Fexample.com%2Flogo.png&secret=JBSWY3DPEHPK3PXP").ok());
}

BOOST_AUTO_TEST_CASE(each_mistake_has_its_error) {
    const std::string s = std::string("secret=") + kSecret;
    BOOST_TEST((errorOf("https://example.com/totp?" + s) == UriError::WrongScheme));
    BOOST_TEST((errorOf("otpauth://hotp/x?counter=1&" + s) == UriError::HotpNotSupported));
    BOOST_TEST((errorOf("otpauth://motp/x?" + s) == UriError::UnknownType));
    BOOST_TEST((errorOf("otpauth://totp") == UriError::UnknownType));
    BOOST_TEST((errorOf("otpauth://totp/x?issuer=ACME") == UriError::MissingSecret));
    BOOST_TEST((errorOf("otpauth://totp/x?secret=") == UriError::MissingSecret));
    BOOST_TEST((errorOf("otpauth://totp/x?secret=ABC1DEFG") == UriError::BadSecret));
    BOOST_TEST((errorOf("otpauth://totp/x?" + s + "&algorithm=MD5") == UriError::BadAlgorithm));
    BOOST_TEST((errorOf("otpauth://totp/x?" + s + "&digits=7") == UriError::BadDigits));
    BOOST_TEST((errorOf("otpauth://totp/x?" + s + "&digits=six") == UriError::BadDigits));
    BOOST_TEST((errorOf("otpauth://totp/x?" + s + "&period=0") == UriError::BadPeriod));
    BOOST_TEST((errorOf("otpauth://totp/x?" + s + "&period=-30") == UriError::BadPeriod));
    BOOST_TEST((errorOf("otpauth://totp/x?" + s + "&period=30s") == UriError::BadPeriod));
    BOOST_TEST((errorOf("otpauth://totp/bad%zzlabel?" + s) == UriError::BadEncoding));
    BOOST_TEST((errorOf("otpauth://totp/x?secret=ABC%4") == UriError::BadEncoding));
}

BOOST_AUTO_TEST_CASE(bad_secret_says_where) {
    UriParseResult result = parseOtpauthUri("otpauth://totp/x?secret=ABC1DEFG");
    BOOST_TEST((result.secretError.error == Base32Error::InvalidCharacter));
    BOOST_TEST(result.secretError.position == 4u);
    BOOST_TEST(result.parameters.key.empty());
    std::string message = describe(result, Translator(Language::English));
    BOOST_TEST(message.find("position 4") != std::string::npos);
    BOOST_TEST(message.find("ABC1DEFG") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(messages_differ_by_mistake) {
    Translator en(Language::English);
    std::string hotp = describe(parseOtpauthUri("otpauth://hotp/x?secret=JBSWY3DP"), en);
    BOOST_TEST(hotp.find("HOTP") != std::string::npos);
    BOOST_TEST(describe(parseOtpauthUri("otpauth://totp/x?secret=JBSWY3DP&digits=7"), en).find("6 or 8") !=
               std::string::npos);
}
