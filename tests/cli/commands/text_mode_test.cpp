#define BOOST_TEST_MODULE text_mode
#include <boost/test/unit_test.hpp>

#include <sstream>

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
    BOOST_TEST(contains(result.screen, "guide.fr-ca.md"));
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
