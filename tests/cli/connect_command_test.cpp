// `vigie connect` against the emulator's credential flow: a thread plays the user who opens the
// validation address and accepts (or refuses).
#define BOOST_TEST_MODULE connect_command
#include <boost/test/unit_test.hpp>

#include <csignal>
#include <cstdlib>
#include <sstream>
#include <thread>

#include "cli/cli.h"
#include "ovh_emulator.h"
#include "temp_dir.h"

using vigie::TempDir;
using vigie::test::OvhEmulator;

namespace {

struct Run {
    int exitCode = -1;
    std::string out, err;
};

bool contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

struct Environment {
    TempDir home;
    OvhEmulator emulator;
    Environment() {
        ::setenv("HOME", home.path().c_str(), 1);
        ::setenv("XDG_DATA_HOME", (home.path() + "/data").c_str(), 1);
        ::setenv("LANG", "C.UTF-8", 1);
        ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
        ::unsetenv("DISPLAY");
        ::unsetenv("WAYLAND_DISPLAY");
        ::setenv("OVH_ENDPOINT", emulator.baseUrl().c_str(), 1);
        ::setenv("OVH_APPLICATION_KEY", OvhEmulator::kApplicationKey, 1);
        ::setenv("OVH_APPLICATION_SECRET", OvhEmulator::kApplicationSecret, 1);
        ::unsetenv("OVH_CONSUMER_KEY");
        emulator.loadAccount("tidy");
    }
    // Runs `vigie connect ARGS` while a "user" answers the validation page with `answer`.
    Run connect(std::vector<std::string> args, std::function<void(const std::string&)> answer) {
        std::atomic<bool> done{false};
        std::thread user([&] {
            while (!done) {
                auto tokens = emulator.pendingTokens();
                if (!tokens.empty()) {
                    answer(tokens.front());
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
        args.insert(args.begin(), "connect");
        std::istringstream in;
        std::ostringstream out, err;
        Run result;
        result.exitCode = vigie::cli::run(args, in, out, err);
        done = true;
        user.join();
        result.out = out.str();
        result.err = err.str();
        return result;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(connect, Environment)

BOOST_AUTO_TEST_CASE(a_validated_key_shows_its_rules_and_the_ovh_conf_lines) {
    Run result = connect({}, [&](const std::string& token) { emulator.validate(token); });
    BOOST_TEST(result.exitCode == 0, result.err);
    BOOST_TEST(contains(result.out, emulator.baseUrl().substr(0, 20)));
    BOOST_TEST(contains(result.out, "/auth/?credentialToken="));
    BOOST_TEST(contains(result.out, "GET /*"));
    BOOST_TEST(contains(result.out, "consumer_key="));
    BOOST_TEST(!contains(result.out, OvhEmulator::kApplicationSecret));
    BOOST_TEST(!contains(result.err, "Warning"));
    // The request asked for GET /* only, unsigned.
    for (const auto& request : emulator.requests()) {
        if (request.method != "POST") continue;
        BOOST_TEST(request.body == R"({"accessRules":[{"method":"GET","path":"/*"}]})");
        BOOST_TEST(!request.header("X-Ovh-Signature").has_value());
    }
}

BOOST_AUTO_TEST_CASE(a_key_that_allows_writing_is_warned_about) {
    Run result = connect({}, [&](const std::string& token) {
        emulator.validate(token, nlohmann::json::array(
                                     {{{"method", "GET"}, {"path", "/*"}}, {{"method", "DELETE"}, {"path", "/*"}}}));
    });
    BOOST_TEST(result.exitCode == 0);
    BOOST_TEST(contains(result.err, "more than reading (DELETE /*)"));
}

BOOST_AUTO_TEST_CASE(remember_without_a_keyring_says_so_and_prints_the_lines) {
    Run result = connect({"--remember"}, [&](const std::string& token) { emulator.validate(token); });
    BOOST_TEST(result.exitCode == 0);
    BOOST_TEST(contains(result.err, "memory only"));
    BOOST_TEST(contains(result.out, "consumer_key="));
}

BOOST_AUTO_TEST_CASE(no_validation_in_time_exits_2) {
    Run result = connect({"--wait", "1"}, [](const std::string&) {});
    BOOST_TEST(result.exitCode == 2);
    BOOST_TEST(contains(result.err, "in time"));
}

BOOST_AUTO_TEST_CASE(ctrl_c_cancels_the_wait) {
    // A refused key looks like a pending one to the API (403 on every call): the user cancels.
    Run result = connect({}, [&](const std::string& token) {
        emulator.refuse(token);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        ::raise(SIGINT);
    });
    BOOST_TEST(result.exitCode == 2);
    BOOST_TEST(contains(result.err, "Cancelled"));
}

BOOST_AUTO_TEST_CASE(without_an_application_secret_it_says_where_to_create_one) {
    ::unsetenv("OVH_APPLICATION_SECRET");
    Run result = connect({"--endpoint", "ovh-ca"}, [](const std::string&) {});
    BOOST_TEST(result.exitCode == 2);
    BOOST_TEST(contains(result.err, "https://ca.api.ovh.com/createApp/"));
    BOOST_TEST(connect({"--wait", "soon"}, [](const std::string&) {}).exitCode == 2);
}

BOOST_AUTO_TEST_SUITE_END()
