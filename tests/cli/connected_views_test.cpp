// The connected mode in the terminal mode and in the record, on the emulator's risky account: the
// terminal mode (a real program in a pseudo-terminal) reads the account with progress, can be
// cancelled with Ctrl-C, and shows the verdicts, their evidence and a disagreement on the items;
// the record (PDF read back with pdftotext, and HTML) carries the verdicts, the evidence, the read
// time, the account, the endpoint and the data's age, and never a key.
#define BOOST_TEST_MODULE connected_views
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/cli.h"
#include "ovh_emulator.h"
#include "pty_session.h"
#include "review/review_store.h"
#include "temp_dir.h"

using vigie::TempDir;
using vigie::test::Faults;
using vigie::test::OvhEmulator;
using vigie::test::PtyResult;
using vigie::test::runInPty;

namespace {

// Keys only this test uses: none of them may be found in anything Vigie writes or shows.
constexpr const char* kCanaryConsumerKey = "CanaryConsumerKey0123456789abcdefXYZ";
const std::string kPagesDir = std::string(VIGIE_BINARY_DIR) + "/record-pages";

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

std::string command(const std::string& line) {
    std::string output;
    FILE* pipe = ::popen(line.c_str(), "r");
    if (!pipe) return output;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
    ::pclose(pipe);
    return output;
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
        ::unsetenv("DISPLAY");
        emulator.loadAccount("risky");
        emulator.addConsumerKey(kCanaryConsumerKey, nlohmann::json::array({{{"method", "GET"}, {"path", "/*"}}}));
        ::setenv("OVH_ENDPOINT", emulator.baseUrl().c_str(), 1);
        ::setenv("OVH_APPLICATION_KEY", OvhEmulator::kApplicationKey, 1);
        ::setenv("OVH_APPLICATION_SECRET", OvhEmulator::kApplicationSecret, 1);
        ::setenv("OVH_CONSUMER_KEY", kCanaryConsumerKey, 1);
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
    vigie::Profile profile() const {
        return vigie::ReviewStore(vigie::ReviewStore::defaultPath()).load().state.current();
    }
    std::string stateFile() const { return slurp(home.path() + "/data/vigie/state.xml"); }
};

void checkNoKey(const std::string& text, const std::string& where) {
    for (const char* secret :
         {kCanaryConsumerKey, OvhEmulator::kApplicationSecret, OvhEmulator::kApplicationKey, OvhEmulator::kConsumerKey})
        BOOST_TEST(!contains(text, secret), where << " shows a key");
}

// The closure wizard is the fifth in the menu (wizards/closure.xml, order 5).
const std::vector<std::string> kReadThenOpenClosure{"k", "5", "d", "q"};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(terminal_mode, Environment)

BOOST_AUTO_TEST_CASE(reads_the_risky_account_and_shows_verdicts_on_the_items) {
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text"}, kReadThenOpenClosure, false, 100);
    BOOST_TEST(result.exitCode == 0, result.screen);
    const std::string& screen = result.screen;
    BOOST_TEST(contains(screen, "Not connected: every item is your own statement."), "before the read");
    BOOST_TEST(contains(screen, "k to read the account"));
    BOOST_TEST(contains(screen, "Reading the account: "), "progress while reading");
    BOOST_TEST(contains(screen, " requests\u2026"));
    BOOST_TEST(contains(screen, "need attention"));
    BOOST_TEST(contains(screen, "Connected: rk9876-ovh (boss@risky-shop.fr) \u00B7 " + emulator.baseUrl()));
    // Spaces inside an entry are no-break ones, so a line wraps between entries only.
    BOOST_TEST(contains(screen, "Verified\u00A0by\u00A0the\u00A0account\u00A0read:\u00A0"), "counts on the menu");
    // The closure's preconditions as facts, then the item with its verdict and evidence.
    BOOST_TEST(contains(screen, "What the account read says:"));
    BOOST_TEST(contains(screen, "Services left: Some services are still active."));
    BOOST_TEST(contains(screen, "Account check: Needs attention \u00B7 Data read on "));
    BOOST_TEST(contains(screen, "Old VPS"));
    BOOST_TEST(contains(screen, "Warning: You marked this done; the account read on "), screen);
    BOOST_TEST(contains(screen, "42.50 \u20AC"), "the next item's evidence: the amount due");
    checkNoKey(screen, "the terminal");

    vigie::Profile saved = profile();
    BOOST_TEST(saved.checks.size() == 16u);
    BOOST_TEST_REQUIRE(saved.connection.has_value());
    BOOST_TEST(saved.connection->account == "rk9876-ovh (boss@risky-shop.fr)");
    BOOST_TEST(saved.connection->endpoint == emulator.baseUrl());
    BOOST_TEST(saved.connection->live());
    BOOST_TEST((saved.item("closure.preconditions.services")->status == vigie::ItemStatus::Done),
               "the user's status stays the user's");
    checkNoKey(stateFile(), "the state file");
}

BOOST_AUTO_TEST_CASE(ctrl_c_cancels_the_read_and_keeps_nothing) {
    Faults slow;
    slow.latency = std::chrono::milliseconds(400);
    emulator.setFaults(slow);
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text"}, {"k", "q"}, false, 100, "Reading the account: ");
    BOOST_TEST(result.exitCode == 0, result.screen);
    BOOST_TEST(contains(result.screen, "Reading the account was cancelled."), result.screen);
    BOOST_TEST(profile().checks.empty());
    BOOST_TEST(!profile().connection.has_value());
}

BOOST_AUTO_TEST_CASE(missing_keys_are_explained_not_fatal) {
    ::unsetenv("OVH_CONSUMER_KEY");
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text"}, {"k", "n", "q"}, false, 100);
    BOOST_TEST(result.exitCode == 0, result.screen);
    BOOST_TEST(contains(result.screen, "vigie connect"));
    BOOST_TEST(contains(result.screen, "Request read-only access now"), "the connect flow is offered");
    BOOST_TEST(!contains(result.screen, "/auth/?credentialToken="), "declined: no access is requested");
    BOOST_TEST(emulator.pendingTokens().empty());
    BOOST_TEST(profile().checks.empty());
}

BOOST_AUTO_TEST_CASE(without_an_application_secret_nothing_is_offered) {
    ::unsetenv("OVH_CONSUMER_KEY");
    ::unsetenv("OVH_APPLICATION_SECRET");
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text"}, {"k", "q"}, false, 100);
    BOOST_TEST(result.exitCode == 0, result.screen);
    BOOST_TEST(contains(result.screen, "vigie connect"));
    BOOST_TEST(!contains(result.screen, "Request read-only access now"), result.screen);
    BOOST_TEST(profile().checks.empty());
}

// "k" without a consumer key: the user accepts `vigie connect`'s flow right there, validates the
// access on the (emulated) validation page, and the new key reads the account at once.
BOOST_AUTO_TEST_CASE(k_offers_the_connect_flow_then_reads_with_the_new_key) {
    ::unsetenv("OVH_CONSUMER_KEY");
    std::atomic<bool> done{false};
    std::thread user([&] {
        while (!done) {
            auto tokens = emulator.pendingTokens();
            if (!tokens.empty()) {
                emulator.validate(tokens.front());
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    PtyResult result = runInPty(VIGIE_CLI_DRIVER, {"--text"}, {"k", "y", "n", "q"}, false, 100);
    done = true;
    user.join();
    const std::string& screen = result.screen;
    BOOST_TEST(result.exitCode == 0, screen);
    BOOST_TEST(contains(screen, "Request read-only access now"));
    BOOST_TEST(contains(screen, "/auth/?credentialToken="), "the validation address");
    BOOST_TEST(contains(screen, "The key is validated."), screen);
    BOOST_TEST(contains(screen, "GET /*"), "the key's rules");
    BOOST_TEST(contains(screen, "Reading the account through "), "then the read, with the new key");
    BOOST_TEST(contains(screen, "need attention"));
    // As `vigie connect` does: the ovh.conf lines to keep the key, without the application secret.
    BOOST_TEST(contains(screen, "consumer_key="));
    BOOST_TEST(!contains(screen, OvhEmulator::kApplicationSecret), "the terminal shows the application secret");
    vigie::Profile saved = profile();
    BOOST_TEST(saved.checks.size() == 16u);
    BOOST_TEST_REQUIRE(saved.connection.has_value());
    BOOST_TEST(saved.connection->live());
    checkNoKey(stateFile(), "the state file");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(record, Environment)

BOOST_AUTO_TEST_CASE(the_record_of_the_risky_account_carries_the_verdicts_and_no_key) {
    BOOST_TEST(run({"mark", "closure.preconditions.services", "done", "--note", "All cancelled, I think"}).exitCode ==
               0);
    BOOST_TEST(run({"check"}).exitCode == 1);
    std::filesystem::create_directories(kPagesDir);
    for (const char* language : {"en", "fr"}) {
        const std::string pdf = home.path() + "/record-" + language + ".pdf";
        const std::string html = home.path() + "/record-" + language + ".html";
        Run exportPdf = run({"--lang", language, "export", "--format", "pdf", "-o", pdf});
        BOOST_TEST_REQUIRE(exportPdf.exitCode == 0, exportPdf.err);
        BOOST_TEST_REQUIRE(run({"--lang", language, "export", "--format", "html", "-o", html}).exitCode == 0);
        command("pdftoppm -png -r 60 " + pdf + " " + kPagesDir + "/connected-" + language);
        const std::string text = command("pdftotext -enc UTF-8 " + pdf + " -");
        const std::string firstPage = command("pdftotext -enc UTF-8 -f 1 -l 1 " + pdf + " -");
        const std::string page = slurp(html);
        const bool english = std::string(language) == "en";
        for (const std::string* shown : {&firstPage, &page}) {
            BOOST_TEST(contains(*shown, "rk9876-ovh (boss@risky-shop.fr)"), language);
            BOOST_TEST(contains(*shown, english ? "Account read" : "Compte lu"), language);
            BOOST_TEST(contains(*shown, english ? "just now" : "l’instant"), language << ": the data's age");
            BOOST_TEST(contains(*shown, english ? "Read live through the OVHcloud API" : "Lu en direct"), language);
        }
        // The endpoint: pdftotext may break the long URL across lines; the host is enough there.
        BOOST_TEST(contains(firstPage, "127.0.0.1"), language);
        BOOST_TEST(contains(page, emulator.baseUrl()), language);
        for (const std::string* shown : {&text, &page}) {
            BOOST_TEST(contains(*shown, english ? "Needs attention" : "Attention requise"), language);
            BOOST_TEST(contains(*shown, english ? "Verified" : "Vérifié"), language);
            BOOST_TEST(contains(*shown, "Old VPS"), language << ": the services concerned");
            BOOST_TEST(contains(*shown, "42.50"), language << ": the amount due");
            BOOST_TEST(contains(*shown, english ? "Data read on" : "Données lues le"), language);
            BOOST_TEST(contains(*shown, "All cancelled, I think"), language << ": the user's note beside it");
            checkNoKey(*shown, std::string("the record in ") + language);
        }
        BOOST_TEST(contains(page, english ? "You marked this done; the account read on"
                                          : "Vous avez indiqué ce point comme fait"),
                   language);
        // The erasure step: whether the account is ready to close, and what stands in the way.
        BOOST_TEST(contains(page, english ? "is not ready to close" : "n’est pas prêt à être fermé"), language);
        BOOST_TEST(contains(page, english ? "Services left: Some services are still active."
                                          : "Services restants\u00A0: Des services sont encore actifs."),
                   language);
        // pdftotext keeps the sentence, perhaps across a line break.
        BOOST_TEST(contains(text, english ? "You marked this done;" : "Vous avez indiqué ce point"), language);
    }
}

BOOST_AUTO_TEST_CASE(a_record_without_readings_says_not_connected) {
    const std::string html = home.path() + "/offline.html";
    BOOST_TEST_REQUIRE(run({"export", "--format", "html", "-o", html}).exitCode == 0);
    const std::string page = slurp(html);
    BOOST_TEST(contains(page, "Not connected: every item is your own statement."));
    BOOST_TEST(!contains(page, "Automatic check"));
}

BOOST_AUTO_TEST_SUITE_END()
