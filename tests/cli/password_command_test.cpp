#define BOOST_TEST_MODULE vigie password
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "i18n/translator.h"
#include "password_command.h"

using vigie::runPasswordCommand;

namespace {

struct Run {
    int status;
    std::string out;
    std::string err;
};

Run run(const std::vector<std::string>& args, const std::string& input) {
    std::istringstream in(input);
    std::ostringstream out, err;
    int status = runPasswordCommand(args, in, out, err);
    return {status, out.str(), err.str()};
}

// The English texts are what these tests read; French has its own case.
std::vector<std::string> english(std::vector<std::string> args) {
    args.emplace_back("--lang=en");
    return args;
}

struct FrenchCatalog {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        vigie::Translator french(vigie::Language::French);
        bool ready = french.lookup("Strength (an estimate): {}/4, {}").has_value();
        boost::test_tools::assertion_result result(ready);
        if (!ready) result.message() << "no French catalog with the password command's strings";
        return result;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(reading_and_exit_status)

BOOST_AUTO_TEST_CASE(weak_password_exits_1_with_a_report) {
    Run r = run(english({}), "motdepasse\n");
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out.find("Strength (an estimate): 0/4, Very weak") != std::string::npos);
    BOOST_TEST(r.out.find("[ ] At least 12 characters") != std::string::npos);
    BOOST_TEST(r.out.find("Warning: ") != std::string::npos);
    BOOST_TEST(r.err.empty());
}

BOOST_AUTO_TEST_CASE(ovhcloud_s_refusal_is_said_in_words) {
    Run r = run(english({}), "tortue bleue mange des crêpes\n");
    BOOST_TEST(r.out.find("OVHcloud will refuse this password: not both upper-case and lower-case letters, no "
                          "digit.") != std::string::npos);
    BOOST_TEST(run(english({}), "q7#Vm2!xR9@kLp4$Zt8w\n").out.find("OVHcloud will refuse") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(strong_password_exits_0) {
    Run r = run(english({}), "q7#Vm2!xR9@kLp4$Zt8w\n");
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out.find("4/4, Very strong") != std::string::npos);
    BOOST_TEST(r.out.find("[x] At least 12 characters") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_password_is_never_printed) {
    const std::string password = "Zebulon-Quatorze-Tartines";
    for (const auto& args : {english({}), english({"--json"})}) {
        Run r = run(args, password + "\n");
        BOOST_TEST(r.out.find(password) == std::string::npos);
        BOOST_TEST(r.out.find("Zebulon") == std::string::npos);
        BOOST_TEST(r.err.find("Zebulon") == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(line_endings_are_stripped) {
    BOOST_TEST(run(english({"--json"}), "motdepasse\r\n").out == run(english({"--json"}), "motdepasse").out);
    BOOST_TEST(run(english({"--json"}), "motdepasse\nsecond line ignored\n").out ==
               run(english({"--json"}), "motdepasse").out);
}

BOOST_AUTO_TEST_CASE(account_details_count_against_the_password) {
    Run without = run(english({"--json"}), "JeanDupont2024!\n");
    Run with = run(english({"--json", "--email", "jean.dupont@example.fr", "--nic=jd12345-ovh", "--name", "Jean",
                            "--name", "Dupont"}),
                   "JeanDupont2024!\n");
    auto rulesOf = [](const Run& r) { return nlohmann::json::parse(r.out)["rules"]; };
    BOOST_TEST(rulesOf(without)[4]["ok"] == true);
    BOOST_TEST(rulesOf(with)[4]["id"] == "personal");
    BOOST_TEST(rulesOf(with)[4]["ok"] == false);
    BOOST_TEST(with.status == 1);
}

BOOST_AUTO_TEST_CASE(a_huge_paste_is_cut_and_said_so) {
    std::string paste(10000, 'k');
    for (std::size_t i = 0; i < paste.size(); i += 3) paste[i] = static_cast<char>('a' + i % 26);
    Run r = run(english({"--json"}), paste + "\n");
    BOOST_TEST(nlohmann::json::parse(r.out)["truncated"] == true);
    Run text = run(english({}), paste + "\n");
    BOOST_TEST(text.out.find("Only the first 256 characters were evaluated.") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(json)

BOOST_AUTO_TEST_CASE(has_the_documented_shape) {
    Run r = run(english({"--json"}), "Azerty123!\n");
    BOOST_TEST(r.status == 1);
    nlohmann::json j = nlohmann::json::parse(r.out);
    BOOST_TEST(j["score"].get<int>() == 0);
    BOOST_TEST(j["entropy_bits"].is_number());
    for (const char* attack : {"online", "offline"}) {
        BOOST_TEST(j["crack_times"][attack]["seconds"].is_number());
        BOOST_TEST(j["crack_times"][attack]["display"].is_string());
    }
    BOOST_TEST(j["feedback"]["warning"].get<std::string>().find("Keyboard") != std::string::npos);
    BOOST_TEST(j["feedback"]["suggestions"].is_array());
    BOOST_TEST(j["feedback"]["suggestions"].size() >= 2u);
    BOOST_REQUIRE(j["rules"].size() == 5u);
    const char* ids[] = {"length", "case", "digit", "special", "personal"};
    for (std::size_t i = 0; i < 5; ++i) {
        BOOST_TEST(j["rules"][i]["id"] == ids[i]);
        BOOST_TEST(j["rules"][i]["label"].is_string());
        BOOST_TEST(j["rules"][i]["ok"].is_boolean());
    }
    BOOST_TEST(j["rules"][0]["ok"] == false);
    BOOST_TEST(j["ovhcloud_refusal"] == "OVHcloud will refuse this password: fewer than 12 characters.");
    BOOST_TEST(j["truncated"] == false);
}

BOOST_AUTO_TEST_CASE(strong_password_has_no_warning) {
    nlohmann::json j = nlohmann::json::parse(run(english({"--json"}), "q7#Vm2!xR9@kLp4$Zt8w\n").out);
    BOOST_TEST(j["score"] == 4);
    BOOST_TEST(j["feedback"]["warning"] == "");
    BOOST_TEST(j["crack_times"]["offline"]["display"] == "centuries");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(usage)

BOOST_AUTO_TEST_CASE(password_as_argument_is_refused_without_echo) {
    Run r = run({"Sup3rS3cret!"}, "ignored\n");
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.out.empty());
    BOOST_TEST(r.err.find("vigie password [--email") != std::string::npos);  // the usage, in any language
    BOOST_TEST(r.err.find("Sup3rS3cret") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_options_exit_2) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--frobnicate"}, {"--email"}, {"--lang", "de"}, {"--lang=frr"}, {"--name"}, {"-x"}}) {
        Run r = run(args, "motdepasse\n");
        BOOST_TEST(r.status == 2);
        BOOST_TEST(r.err.find("vigie password [--email") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(empty_input_exits_2) {
    Run r = run(english({}), "");
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find("No password") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(help_goes_to_stdout) {
    Run r = run({"--help"}, "");
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out.find("vigie password [--email") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(french_report) {
    const auto ready = FrenchCatalog()(0);
    BOOST_TEST_REQUIRE(!!ready, ready.message());
    Run r = run({"--lang", "fr"}, "motdepasse\n");
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out.find("Robustesse (estimation)\u00A0: 0/4, Très faible") != std::string::npos);
    BOOST_TEST(r.out.find("Au moins 12\u00A0caractères") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(undecodable_input)

BOOST_AUTO_TEST_CASE(a_nul_byte_or_invalid_utf8_is_refused_with_a_message) {
    Run nul = run(english({}), std::string("\0Xk9#mQ2$vL7!\n", 14));
    BOOST_TEST(nul.status == 2);
    BOOST_TEST(nul.out.empty());
    BOOST_TEST(nul.err.find("NUL byte") != std::string::npos, nul.err);
    BOOST_TEST(nul.err.find("Xk9") == std::string::npos, "the password is not repeated");
    Run invalid = run(english({}), "\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xe2\x82\x28\xf0\x28\n");
    BOOST_TEST(invalid.status == 2);
    BOOST_TEST(invalid.err.find("not UTF-8") != std::string::npos, invalid.err);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(a_huge_paste_cut_inside_a_character_is_not_refused) {
    std::string huge;
    while (huge.size() < 20000) huge += "é";  // two bytes each: the cut may fall between them
    huge = "x" + huge + "\n";
    Run r = run(english({}), huge);
    BOOST_TEST(r.status != 2, r.err);
    BOOST_TEST(r.err.find("UTF-8") == std::string::npos, r.err);
}
