#define BOOST_TEST_MODULE cli_parts
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "cli/arguments.h"
#include "cli/nearest_ids.h"
#include "cli/terminal.h"

using namespace vigie;
using namespace vigie::cli;

BOOST_AUTO_TEST_SUITE(nearest)

BOOST_AUTO_TEST_CASE(edit_distance_counts_single_changes) {
    BOOST_TEST(editDistance("length", "lenght") == 2u);
    BOOST_TEST(editDistance("", "abc") == 3u);
    BOOST_TEST(editDistance("same", "same") == 0u);
}

BOOST_AUTO_TEST_CASE(typos_and_prefixes_find_ids) {
    std::vector<std::string> known{"secure.password.length", "secure.password.manager", "secure.twofa.enabled",
                                   "orders.list.unpaid", "cancel.service.backup"};
    BOOST_TEST(nearestIds("secure.pasword.length", known).front() == "secure.password.length");
    std::vector<std::string> step = nearestIds("secure.password", known);
    BOOST_TEST(step.size() == 3u);
    BOOST_TEST(step[0].rfind("secure.password.", 0) == 0);
    BOOST_TEST(nearestIds("zzz", known).empty());
    BOOST_TEST(nearestIds("secure.", known, 2).size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(wrapping)

BOOST_AUTO_TEST_CASE(wraps_at_spaces_counting_accented_letters_once) {
    std::string text = "Sécurisez votre compte avant de résilier un service à l’échéance.";
    std::string wrapped = wrapText(text, 20, 2);
    std::istringstream lines(wrapped);
    bool first = true;
    for (std::string line; std::getline(lines, line); first = false) {
        BOOST_TEST(displayWidth(line) <= (first ? 18 : 20), line);
        if (!first) BOOST_TEST(line.rfind("  ", 0) == 0u);
    }
    BOOST_TEST(displayWidth("é") == 1);
}

BOOST_AUTO_TEST_CASE(keeps_line_breaks_and_long_words) {
    BOOST_TEST(wrapText("one\ntwo", 80) == "one\ntwo");
    BOOST_TEST(wrapText("https://manager.eu.ovhcloud.com/#/a/very/long/path", 10) ==
               "https://manager.eu.ovhcloud.com/#/a/very/long/path");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(arguments)

BOOST_AUTO_TEST_CASE(parses_long_short_equals_and_double_dash) {
    Translator tr(Language::English);
    ParsedArguments parsed =
        parseArguments({"a", "--note", "x y", "-o", "f.pdf", "--value=v=w", "--blank", "--", "--b"},
                       {{"note", 0, true}, {"output", 'o', true}, {"value", 0, true}, {"blank", 0, false}}, tr);
    BOOST_TEST(parsed.positionals == (std::vector<std::string>{"a", "--b"}));
    BOOST_TEST(*parsed.value("note") == "x y");
    BOOST_TEST(*parsed.value("output") == "f.pdf");
    BOOST_TEST(*parsed.value("value") == "v=w");
    BOOST_TEST(parsed.has("blank"));
}

BOOST_AUTO_TEST_CASE(refuses_unknown_and_incomplete_options) {
    Translator tr(Language::English);
    BOOST_CHECK_THROW(parseArguments({"--nope"}, {}, tr), UsageError);
    BOOST_CHECK_THROW(parseArguments({"--note"}, {{"note", 0, true}}, tr), UsageError);
    BOOST_CHECK_THROW(parseArguments({"--blank=yes"}, {{"blank", 0, false}}, tr), UsageError);
    BOOST_CHECK_THROW(languageArgument({"--lang", "de"}), UsageError);
    BOOST_TEST((*languageArgument({"status", "--lang=fr_FR.UTF-8"}) == Language::French));
    BOOST_TEST(!languageArgument({"mark", "x", "--", "--lang", "fr"}).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
