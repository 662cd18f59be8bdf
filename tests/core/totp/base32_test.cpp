#define BOOST_TEST_MODULE base32
#include <boost/test/unit_test.hpp>

#include "i18n/translator.h"
#include "totp/base32.h"

using namespace vigie;
using namespace vigie::totp;

namespace {

std::string decoded(std::string_view text) {
    Base32Result result = decodeBase32(text);
    BOOST_REQUIRE_MESSAGE(result.ok(), "decoding failed");
    return std::string(result.bytes.view());
}

}  // namespace

// RFC 4648 section 10.
BOOST_AUTO_TEST_CASE(rfc4648_vectors_both_ways) {
    const std::pair<const char*, const char*> vectors[] = {
        {"f", "MY======"},    {"fo", "MZXQ===="},    {"foo", "MZXW6==="},
        {"foob", "MZXW6YQ="}, {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI======"},
    };
    for (const auto& [plain, encoded] : vectors) {
        BOOST_TEST_CONTEXT(plain) {
            BOOST_TEST(encodeBase32(plain).view() == encoded);
            BOOST_TEST(decoded(encoded) == plain);
        }
    }
    BOOST_TEST(encodeBase32("").view() == "");
    BOOST_TEST(encodeBase32("foobar", false).view() == "MZXW6YTBOI");
}

BOOST_AUTO_TEST_CASE(lower_case_spaces_and_missing_padding_are_accepted) {
    BOOST_TEST(decoded("mzxw6ytboi") == "foobar");
    BOOST_TEST(decoded("mzxw 6ytb oi") == "foobar");
    BOOST_TEST(decoded("MZXW 6YTB OI== ====") == "foobar");
    BOOST_TEST(decoded("  my  ") == "f");
}

BOOST_AUTO_TEST_CASE(invalid_character_is_located) {
    Base32Result result = decodeBase32("MZXW1YTB");
    BOOST_TEST((result.error == Base32Error::InvalidCharacter));
    BOOST_TEST(result.position == 5u);
    BOOST_TEST(decodeBase32("MZ XW 0Y").position == 7u);  // spaces count: it is where the user looks
    BOOST_TEST(decodeBase32("MZXWé").position == 5u);  // characters, not bytes
}

BOOST_AUTO_TEST_CASE(impossible_lengths_are_refused) {
    for (const char* text : {"M", "MZX", "MZXW6Y", "MZXW6YTBO"}) {
        BOOST_TEST_CONTEXT(text) { BOOST_TEST((decodeBase32(text).error == Base32Error::BadLength)); }
    }
}

BOOST_AUTO_TEST_CASE(bad_padding_is_refused) {
    BOOST_TEST((decodeBase32("MZXW6==").error == Base32Error::BadPadding));  // needs 3
    BOOST_TEST((decodeBase32("MZXW6====").error == Base32Error::BadPadding));  // one too many
    BOOST_TEST((decodeBase32("MZ=XW6==").error == Base32Error::BadPadding));  // data after '='
    BOOST_TEST((decodeBase32("========").error == Base32Error::BadPadding));
}

BOOST_AUTO_TEST_CASE(empty_secret_is_refused) {
    BOOST_TEST((decodeBase32("").error == Base32Error::Empty));
    BOOST_TEST((decodeBase32("   ").error == Base32Error::Empty));
}

BOOST_AUTO_TEST_CASE(messages_give_the_position_not_the_character) {
    Translator en(Language::English);
    std::string message = describe(decodeBase32("ABCDEFG8"), en);
    BOOST_TEST(message.find("position 8") != std::string::npos);
    BOOST_TEST(message.find("ABCDEFG") == std::string::npos);
    BOOST_TEST(!describe(decodeBase32("MZXW6Y"), en).empty());
    BOOST_TEST(describe(decodeBase32("MZXW6Y"), en) != describe(decodeBase32("MZXW6=="), en));
}
