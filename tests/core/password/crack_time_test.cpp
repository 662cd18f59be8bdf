#define BOOST_TEST_MODULE crack times and bands
#include <boost/test/unit_test.hpp>

#include <string>

#include "i18n/translator.h"
#include "password/crack_time.h"
#include "password/number_format.h"
#include "password/strength_bands.h"

using namespace vigie;
using namespace vigie::password;

namespace {

constexpr double kHour = 3600;
constexpr double kDay = 24 * kHour;
constexpr double kYear = 365.25 * kDay;

// French checks need the catalog with this module's entries (locales/fr.po, merged from
// locales/pending/password-fr.po); without it they fail (a missing catalog is a broken build).
struct FrenchCatalog {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        Translator french(Language::French);
        bool ready = french.lookup("less than a second").has_value() && french.lookup("{} hour").has_value();
        boost::test_tools::assertion_result result(ready);
        if (!ready) result.message() << "no French catalog with the password meter's strings";
        return result;
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(bands_cut_at_documented_bits) {
    BOOST_TEST(scoreForBits(0) == 0);
    BOOST_TEST(scoreForBits(24.9) == 0);
    BOOST_TEST(scoreForBits(25) == 1);
    BOOST_TEST(scoreForBits(40) == 2);
    BOOST_TEST(scoreForBits(59.9) == 2);
    BOOST_TEST(scoreForBits(60) == 3);
    BOOST_TEST(scoreForBits(80) == 4);
    BOOST_TEST(scoreForBits(500) == 4);
    BOOST_TEST(bitsForScore(3) == 60.0);
    BOOST_TEST(std::string(bandName(0)) == "Very weak");
    BOOST_TEST(std::string(bandName(2)) == "Fair");
    BOOST_TEST(std::string(bandName(4)) == "Very strong");
}

BOOST_AUTO_TEST_CASE(crack_times_follow_the_attack_rates) {
    CrackTimes times = crackTimesForBits(20);  // 1,048,576 guesses
    BOOST_TEST(times.onlineSeconds == 104857.6, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(times.offlineSeconds == 1048576 / 1e10, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(durations_in_english) {
    Translator en(Language::English);
    BOOST_TEST(formatDuration(0.2, en) == "less than a second");
    BOOST_TEST(formatDuration(1, en) == "1 second");
    BOOST_TEST(formatDuration(42, en) == "42 seconds");
    BOOST_TEST(formatDuration(59.7, en) == "1 minute");  // rounds up into the next unit
    BOOST_TEST(formatDuration(3 * kHour, en) == "3 hours");
    BOOST_TEST(formatDuration(kDay, en) == "1 day");
    BOOST_TEST(formatDuration(45 * kDay, en) == "1 month");
    BOOST_TEST(formatDuration(3 * kYear, en) == "3 years");
    BOOST_TEST(formatDuration(150 * kYear, en) == "centuries");
    BOOST_TEST(formatDuration(1e300, en) == "centuries");
}

BOOST_AUTO_TEST_CASE(durations_in_french) {
    const auto ready = FrenchCatalog()(0);
    BOOST_TEST_REQUIRE(!!ready, ready.message());
    Translator fr(Language::French);
    BOOST_TEST(formatDuration(0.2, fr) == "moins d’une seconde");
    BOOST_TEST(formatDuration(1, fr) == "1\u00A0seconde");
    BOOST_TEST(formatDuration(42, fr) == "42\u00A0secondes");
    BOOST_TEST(formatDuration(3 * kHour, fr) == "3\u00A0heures");
    BOOST_TEST(formatDuration(kDay, fr) == "1\u00A0jour");
    BOOST_TEST(formatDuration(2 * 30.44 * kDay, fr) == "2\u00A0mois");
    BOOST_TEST(formatDuration(3 * kYear, fr) == "3\u00A0ans");
    BOOST_TEST(formatDuration(150 * kYear, fr) == "des siècles");
    BOOST_TEST(fr(bandName(1)) == "Faible");
}

BOOST_AUTO_TEST_CASE(counts_are_grouped_as_each_language_writes_them) {
    BOOST_TEST(formatCount(52579, Language::English) == "52,579");
    BOOST_TEST(formatCount(52579, Language::French) == "52\u202F579");
    BOOST_TEST(formatCount(999, Language::French) == "999");
    BOOST_TEST(formatCount(1234567, Language::English) == "1,234,567");
}
