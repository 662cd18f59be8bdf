// `vigie check` end to end in-process: keys from OVH_* variables, the account read from the
// emulator, text and JSON output, exit codes, saved snapshots, the demo account.
#define BOOST_TEST_MODULE check_command
#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli.h"
#include "ovh_emulator.h"
#include "temp_dir.h"

using vigie::TempDir;
using vigie::test::Faults;
using vigie::test::OvhEmulator;

namespace {

struct Run {
    int exitCode = -1;
    std::string out, err;
};

bool contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Environment {
    TempDir home;
    OvhEmulator emulator;
    Environment() {
        ::setenv("HOME", home.path().c_str(), 1);  // no ~/.ovh.conf of the machine's
        ::setenv("XDG_DATA_HOME", (home.path() + "/data").c_str(), 1);
        ::setenv("LANG", "C.UTF-8", 1);
        ::unsetenv("LC_ALL");
        ::unsetenv("LC_MESSAGES");
        ::unsetenv("DBUS_SESSION_BUS_ADDRESS");  // no keyring of the machine's either
        ::setenv("OVH_ENDPOINT", emulator.baseUrl().c_str(), 1);
        ::setenv("OVH_APPLICATION_KEY", OvhEmulator::kApplicationKey, 1);
        ::setenv("OVH_APPLICATION_SECRET", OvhEmulator::kApplicationSecret, 1);
        ::setenv("OVH_CONSUMER_KEY", OvhEmulator::kConsumerKey, 1);
    }
    Run run(const std::vector<std::string>& args) {
        std::istringstream in;
        std::ostringstream out, err;
        Run result;
        result.exitCode = vigie::cli::run(args, in, out, err);
        result.out = out.str();
        result.err = err.str();
        return result;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(check, Environment)

BOOST_AUTO_TEST_CASE(a_closable_account_exits_0) {
    emulator.loadAccount("closable");
    Run result = run({"check"});
    BOOST_TEST(result.exitCode == 0, result.err);
    BOOST_TEST(contains(result.out, "cl5555-ovh"));
    BOOST_TEST(contains(result.out, "16 OK, 0 need attention, 0 unknown."));
    BOOST_TEST(contains(result.out, "just now"));
}

BOOST_AUTO_TEST_CASE(a_risky_account_exits_1_with_the_evidence) {
    emulator.loadAccount("risky");
    Run result = run({"check"});
    BOOST_TEST(result.exitCode == 1, result.err);
    BOOST_TEST(contains(result.out, "[Needs attention] Manual renewals expiring soon  (renewal.manual-expiring)"));
    BOOST_TEST(contains(result.out, "42.50 €"));
}

BOOST_AUTO_TEST_CASE(json_has_the_account_the_read_time_and_every_check) {
    emulator.loadAccount("risky");
    Run result = run({"check", "--json"});
    BOOST_TEST(result.exitCode == 1);
    nlohmann::json document = nlohmann::json::parse(result.out);
    BOOST_TEST(document["account"]["nichandle"] == "rk9876-ovh");
    BOOST_TEST(document["read_at"].is_string());
    BOOST_TEST_REQUIRE(document["checks"].size() == 16u);
    for (const auto& check : document["checks"]) {
        BOOST_TEST(check["id"].is_string());
        BOOST_TEST((check["status"] == "ok" || check["status"] == "attention" || check["status"] == "unknown"));
        BOOST_TEST(!check["evidence"].get<std::string>().empty());
    }
}

BOOST_AUTO_TEST_CASE(unknown_data_is_not_ok_and_a_forbidden_route_is_listed) {
    emulator.loadAccount("closable");
    Faults faults;
    faults.forbidden = {"/me/debtAccount"};
    emulator.setFaults(faults);
    Run result = run({"check", "--json"});
    BOOST_TEST(result.exitCode == 1);
    nlohmann::json document = nlohmann::json::parse(result.out);
    BOOST_TEST(document["not_read"].size() == 1u);
    BOOST_TEST(contains(document["not_read"][0].get<std::string>(), "NOT_GRANTED_CALL"));
}

BOOST_AUTO_TEST_CASE(errors_exit_2_with_a_clear_message_and_no_key) {
    emulator.loadAccount("tidy");
    ::setenv("OVH_APPLICATION_SECRET", "a-wrong-application-secret", 1);
    Run bad = run({"check"});
    BOOST_TEST(bad.exitCode == 2);
    BOOST_TEST(contains(bad.err, "INVALID_SIGNATURE"));
    BOOST_TEST(!contains(bad.err, "a-wrong-application-secret"));
    BOOST_TEST(!contains(bad.err, OvhEmulator::kConsumerKey));

    ::unsetenv("OVH_CONSUMER_KEY");
    Run missing = run({"check"});
    BOOST_TEST(missing.exitCode == 2);
    BOOST_TEST(contains(missing.err, "vigie connect"));

    Run badEndpoint = run({"check", "--endpoint", "http://api.example.com"});
    BOOST_TEST(badEndpoint.exitCode == 2);
    BOOST_TEST(contains(badEndpoint.err, "https://"));
}

BOOST_AUTO_TEST_CASE(a_saved_snapshot_is_checked_later_offline) {
    emulator.loadAccount("risky");
    std::string path = home.path() + "/risky.json";
    Run live = run({"check", "--save-snapshot", path});
    BOOST_TEST(live.exitCode == 1, live.err);
    struct stat info {};
    BOOST_TEST_REQUIRE(::stat(path.c_str(), &info) == 0);
    BOOST_TEST((info.st_mode & 0777) == 0600);
    std::string saved = slurp(path);
    BOOST_TEST(!contains(saved, OvhEmulator::kConsumerKey));
    BOOST_TEST(!contains(saved, OvhEmulator::kApplicationSecret));

    std::size_t before = emulator.requests().size();
    Run offline = run({"check", "--snapshot", path});
    BOOST_TEST(offline.exitCode == 1);
    BOOST_TEST(emulator.requests().size() == before);
    BOOST_TEST(offline.out.substr(offline.out.find("\n\n")) == live.out.substr(live.out.find("\n\n")));
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_snapshot_is_refused_and_kept) {
    emulator.loadAccount("tidy");
    std::string path = home.path() + "/mine.json";
    std::ofstream(path) << "my own notes";
    Run result = run({"check", "--save-snapshot", path});
    BOOST_TEST(result.exitCode == 2);
    BOOST_TEST(slurp(path) == "my own notes");
    Run load = run({"check", "--snapshot", path});
    BOOST_TEST(load.exitCode == 2);
    BOOST_TEST(contains(load.err, "not a Vigie account snapshot"));
}

BOOST_AUTO_TEST_CASE(the_demo_needs_no_keys_and_says_it_is_fictional) {
    ::unsetenv("OVH_APPLICATION_KEY");
    ::unsetenv("OVH_CONSUMER_KEY");
    ::setenv("VIGIE_WIZARDS_DIR", VIGIE_SOURCE_DIR "/wizards", 1);
    Run result = run({"check", "--demo"});
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(contains(result.out, "fictional account"));
    BOOST_TEST(contains(result.out, "ad4242-ovh"));
    BOOST_TEST(emulator.requests().empty());
    Run french = run({"--lang", "fr", "check", "--demo"});
    BOOST_TEST(contains(french.out, "Double authentification"));
    BOOST_TEST(contains(french.out, "Attention requise"));
}

BOOST_AUTO_TEST_CASE(results_are_kept_with_the_profile_and_shown_by_status) {
    emulator.loadAccount("risky");
    BOOST_TEST(run({"check"}).exitCode == 1);
    Run status = run({"status"});
    BOOST_TEST(status.exitCode == 0, status.err);
    BOOST_TEST(contains(status.out, "Verified through the OVHcloud API:"));
    BOOST_TEST(contains(status.out, "[Needs attention] Nothing left to pay  (billing.unpaid, "));
    BOOST_TEST(contains(status.out, "42.50 €"));
    BOOST_TEST(contains(status.out, "Connected: rk9876-ovh (boss@risky-shop.fr) \u00B7 " + emulator.baseUrl()));
    BOOST_TEST(contains(status.out, "Verified by the account read: "), status.out);
    std::string state = slurp(home.path() + "/data/vigie/state.xml");
    BOOST_TEST(contains(state, "<connection endpoint=\"" + emulator.baseUrl() + "\""), state);
    BOOST_TEST(contains(state, "<check id=\"billing.unpaid\" verdict=\"attention\""));
    for (const char* secret :
         {OvhEmulator::kConsumerKey, OvhEmulator::kApplicationSecret, OvhEmulator::kApplicationKey})
        BOOST_TEST(!contains(state, secret));
    Run french = run({"--lang", "fr", "status"});
    BOOST_TEST(contains(french.out, "Vérifié par l’API OVHcloud"));
}

BOOST_AUTO_TEST_CASE(the_demo_and_unnamed_snapshots_are_not_kept) {
    ::setenv("VIGIE_WIZARDS_DIR", VIGIE_SOURCE_DIR "/wizards", 1);
    run({"check", "--demo"});
    BOOST_TEST(!contains(run({"status"}).out, "Verified through the OVHcloud API"));
}

BOOST_AUTO_TEST_CASE(results_for_another_nic_are_not_kept) {
    emulator.loadAccount("risky");
    BOOST_TEST(run({"profile", "add", "Other", "--nic", "zz0001-ovh"}).exitCode == 0);
    Run result = run({"check", "--profile", "Other"});
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(contains(result.err, "not kept"));
    BOOST_TEST(!contains(run({"status", "--profile", "Other"}).out, "Verified through"));
}

BOOST_AUTO_TEST_CASE(wrong_usage_exits_2) {
    BOOST_TEST(run({"check", "--demo", "--snapshot", "x.json"}).exitCode == 2);
    BOOST_TEST(run({"check", "extra"}).exitCode == 2);
    BOOST_TEST(run({"check", "--colour"}).exitCode == 2);
}

BOOST_AUTO_TEST_SUITE_END()
