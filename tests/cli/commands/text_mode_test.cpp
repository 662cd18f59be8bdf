#define BOOST_TEST_MODULE text_mode
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <thread>

#include "cli/terminal.h"
#include "cli_test_support.h"
#include "platform/version.h"
#include "pty_session.h"

using namespace vigie;
using namespace vigie::test;

namespace {

// The answers that walk the whole "alpha" fixture wizard.
const std::vector<std::string> kWalkAlpha{"1",  // the wizard
                                          "d",  // length: done
                                          "e", "Move it to the vault", "a",  // manager: a note, then needs attention
                                          "2",  // two-factor method: the authenticator app
                                          "v", "2026-02-30",  // backup codes: not a date, refused
                                          "v", "2026-02-01",  // accepted
                                          "q"};  // back at the menu: quit

// The screen with its line breaks and indentation as single spaces: sentences as printed, unwrapped.
std::string oneLine(const std::string& screen) {
    std::string out;
    for (char c : screen) {
        const bool blank = c == ' ' || c == '\n' || c == '\r';
        if (!blank)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

void checkWidth(const std::string& screen, int columns) {
    std::istringstream lines(screen);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find("://") != std::string::npos) continue;  // addresses are never cut
        BOOST_TEST(cli::displayWidth(line) <= columns, "too wide: " << line);
    }
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(text_mode, CliEnvironment)

BOOST_AUTO_TEST_CASE(walks_a_wizard_and_saves_every_answer) {
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text"}, kWalkAlpha, false);
    BOOST_TEST(result.exitCode == 0, result.screen);
    ReviewState saved = state();
    const Profile& profile = saved.current();
    BOOST_TEST((profile.item("alpha.password.length")->status == ItemStatus::Done));
    BOOST_TEST((profile.item("alpha.password.manager")->status == ItemStatus::Attention));
    BOOST_TEST(profile.item("alpha.password.manager")->note == "Move it to the vault");
    BOOST_TEST(profile.item("alpha.twofa.method")->value == "app");
    BOOST_TEST((profile.item("alpha.twofa.method")->status == ItemStatus::Done));
    BOOST_TEST(profile.item("alpha.twofa.codes")->value == "2026-02-01");
    BOOST_TEST(profile.lastPass("alpha").has_value());
    // The manager item still needs attention: the pass is incomplete, in the core's words.
    BOOST_TEST(profile.passes.back().incomplete);
    const std::string unwrapped = oneLine(result.screen);
    BOOST_TEST(contains(unwrapped, "is recorded as incomplete."));
    BOOST_TEST(contains(unwrapped, ", incomplete"), "the wizard menu says it of the last pass");
    BOOST_TEST(contains(result.screen, "\"2026-02-30\" is not a date"));
    BOOST_TEST(contains(result.screen, "In the Control Panel: Your name, top right"));
    BOOST_TEST(contains(result.screen, "https://manager.eu.example.test/#/account/security"));
    BOOST_TEST(contains(result.screen, "Your answers are saved."));
    checkWidth(result.screen, 60);
}

BOOST_AUTO_TEST_CASE(speaks_french_and_follows_the_profile_region) {
    BOOST_TEST(run({"profile", "add", "Québec", "--region", "ca"}).exitCode == 0);
    PtyResult result =
        runInPty(VIGIE_CLI_DRIVER, {"--text", "--lang", "fr", "--wizard", "alpha"}, {"d", "q"}, false, 72);
    BOOST_TEST(result.exitCode == 0, result.screen);
    BOOST_TEST(contains(result.screen, "Sécuriser le compte de test"));
    BOOST_TEST(contains(result.screen, "Dans l’espace client"));
    BOOST_TEST(contains(result.screen, "https://manager.ca.example.test/#/account/security"));
    BOOST_TEST(contains(result.screen, "https://docs.example.test/fr/guides/account/manage-password"));
    BOOST_TEST((state().current().item("alpha.password.length")->status == ItemStatus::Done));
    checkWidth(result.screen, 72);
}

BOOST_AUTO_TEST_CASE(end_of_input_saves_and_exits_cleanly) {
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text"}, {"1", "n"}, true);
    BOOST_TEST(result.exitCode == 0, result.screen);
    BOOST_TEST((state().current().item("alpha.password.length")->status == ItemStatus::NotApplicable));
    BOOST_TEST(contains(result.screen, "Your answers are saved."));
}

BOOST_AUTO_TEST_CASE(back_and_unknown_answers) {
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text", "--wizard", "alpha"}, {"x", "", "b", "t", "q"}, false);
    BOOST_TEST(result.exitCode == 0, result.screen);
    BOOST_TEST(contains(result.screen, "\"x\" is not one of the choices."));
    BOOST_TEST((state().current().item("alpha.password.length")->status == ItemStatus::Todo));
    BOOST_TEST(state().current().item("alpha.password.manager") == nullptr);
}

BOOST_AUTO_TEST_CASE(language_given_before_the_option_is_kept) {
    CliResult result = run({"--lang", "fr", "--text", "--wizard", "beta"}, "q\n");
    BOOST_TEST(result.exitCode == 0);
    BOOST_TEST(contains(result.out, "Lister les commandes"));
    BOOST_TEST(contains(result.out, "Vos réponses sont enregistrées."));
}

BOOST_AUTO_TEST_CASE(bad_arguments_exit_two) {
    CliResult result = run({"--text", "--wizard", "omega"});
    BOOST_TEST(result.exitCode == 2);
    BOOST_TEST(contains(result.err, "Usage:"));
    BOOST_TEST(run({"--text", "--profile", "Nobody"}).exitCode == 1);
}

BOOST_AUTO_TEST_CASE(runs_in_process_on_plain_streams) {
    std::istringstream in("d\n");
    std::ostringstream out, err;
    BOOST_TEST(cli::runTextMode({"--wizard", "beta"}, in, out, err) == 0);
    BOOST_TEST(contains(out.str(), "List the orders"));
    BOOST_TEST((state().current().item("beta.list.unpaid")->status == ItemStatus::Done));
}

BOOST_AUTO_TEST_CASE(a_list_item_takes_rows_of_a_name_a_way_and_a_date) {
    // unpaid: done; cancel note: next; services: a row with a refused then an accepted date,
    // a second row without way or date, the last one removed; then the end of the input.
    std::istringstream in("d\n\nv\nOld VPS\n9\n1\n2026-13-01\n2026-12-31\nv\nexample.com\n\n\nv\nspare\n\n\nr\n");
    std::ostringstream out, err;
    BOOST_TEST(cli::runTextMode({"--wizard", "beta"}, in, out, err) == 0);
    ReviewState saved = state();
    const ItemState* list = saved.current().item("beta.list.services");
    BOOST_TEST_REQUIRE(list);
    BOOST_TEST((list->status == ItemStatus::Done), "a first row answers the item");
    BOOST_TEST_REQUIRE(list->entries.size() == 2u, out.str());
    BOOST_TEST((list->entries[0] == ListEntry{"Old VPS", "expiry", "2026-12-31"}),
               list->entries[0].name << "|" << list->entries[0].option << "|" << list->entries[0].date);
    BOOST_TEST((list->entries[1] == ListEntry{"example.com", "", ""}));
    BOOST_TEST(contains(out.str(), "Old VPS \u00B7 At expiry \u00B7 2026-12-31"));
    BOOST_TEST(contains(out.str(), "\"9\" is not one of the choices."));
    BOOST_TEST(contains(out.str(), "v:\u00A0add\u00A0a\u00A0row"), "the keys name the list's own");
}

#ifdef VIGIE_EXECUTABLE
BOOST_AUTO_TEST_CASE(the_vigie_program_runs_the_terminal_mode) {
    PtyResult version = runInPty(VIGIE_EXECUTABLE, {"--version"}, {}, false);
    BOOST_TEST(version.exitCode == 0);
    BOOST_TEST(contains(version.screen, "vigie " + vigieVersion()));
    PtyResult result = runInPty(VIGIE_EXECUTABLE, {"--text", "--wizard", "beta"}, {"d"}, true);
    BOOST_TEST(result.exitCode == 0, result.screen);
    BOOST_TEST((state().current().item("beta.list.unpaid")->status == ItemStatus::Done));
}
#endif

BOOST_AUTO_TEST_SUITE_END()

// Regression: Ctrl-C while `vigie password` waited for the password left the terminal with its
// echo off. The pseudo-terminal's settings are read from the master side before and after.
BOOST_AUTO_TEST_CASE(ctrl_c_in_the_password_prompt_gives_the_echo_back) {
    int master = -1;
    pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        char* argv[] = {const_cast<char*>(VIGIE_CLI_DRIVER), const_cast<char*>("password"), nullptr};
        ::execv(VIGIE_CLI_DRIVER, argv);
        ::_exit(127);
    }
    BOOST_REQUIRE(pid > 0);
    auto echoOn = [&] {
        struct termios now {};
        ::tcgetattr(master, &now);
        return (now.c_lflag & ECHO) != 0;
    };
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (echoOn() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    BOOST_TEST_REQUIRE(!echoOn(), "the password prompt turned the echo off");
    BOOST_REQUIRE(::write(master, "\x03", 1) == 1);  // Ctrl-C
    int status = 0;
    ::waitpid(pid, &status, 0);
    BOOST_TEST(WIFSIGNALED(status));
    BOOST_TEST(WTERMSIG(status) == SIGINT);
    BOOST_TEST(echoOn(), "the echo is back");
    ::close(master);
}
