// Connected mode in the real main window, under Xvfb, against the API emulator on 127.0.0.1 (the
// endpoint comes from OVH_ENDPOINT, as `vigie check` tests point at it): the Connect dialog and
// its credential flow (the emulator plays the user who validates the key on OVHcloud's page), the
// reading with its progress, cancelled half-way, faults (429 then success, a 5xx, a malformed
// body) shown clearly, the verdicts on the right items, a disagreement with the user's own
// status, Open snapshot with its age, Disconnect; then the keys looked for in every file of the
// private home, the log and standard error. Run inside a private D-Bus session with a keyring
// daemon (tests/core/ovh/with-keyring.sh): "Remember on this computer" stores the keys there and
// Disconnect removes them; where no keyring can run, the test checks that Vigie says so and keeps
// them in memory. Screenshots go to <build>/screenshots/connected-*.png.
#define BOOST_TEST_MODULE connected_test
#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/log.h>
#include <wx/modalhook.h>
#include <wx/simplebook.h>
#include <wx/textctrl.h>

#include "checks/closure_readiness.h"
#include "checks/item_verification.h"
#include "connection_actions.h"
#include "checklist_driver.h"
#include "gui_driver.h"
#include "main_frame.h"
#include "notice_area.h"
#include "ovh/keyring.h"
#include "review/review_store.h"
#include "ovh/snapshot.h"
#include "ovh/snapshot_reader.h"
#include "ovh_emulator.h"
#include "review_session.h"
#include "running_app.h"
#include "temp_dir.h"
#include "wizard_panel.h"
#include "wrapping.h"
#include "wx_text.h"

namespace fs = std::filesystem;
using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;
using vigie::test::Faults;
using vigie::test::OvhEmulator;

namespace {

constexpr int kNetworkTimeoutMs = 30000;

class RecordingLog : public wxLog {
public:
    std::string text;

protected:
    void DoLogTextAtLevel(wxLogLevel, const wxString& message) override { text += toUtf8(message) + "\n"; }
};

struct StderrCapture {
    StderrCapture() {
        std::fflush(stderr);
        saved = ::dup(STDERR_FILENO);
        const int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        ::dup2(file, STDERR_FILENO);
        ::close(file);
    }
    ~StderrCapture() {
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);
        std::ifstream captured(path);
        std::cerr << captured.rdbuf();
    }
    const std::string path = std::string(VIGIE_BINARY_DIR) + "/tests/gui/connected_test.stderr.log";
    int saved = -1;
};

// The emulator first: the window reads OVH_ENDPOINT when the user connects. HOME is private, so
// no ~/.ovh.conf of the machine's is found.
struct Environment {
    TempDir home;
    OvhEmulator emulator;
    bool set = [this] {
        ::setenv("HOME", home.path().c_str(), 1);
        ::setenv("OVH_ENDPOINT", emulator.baseUrl().c_str(), 1);
        for (const char* name : {"OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY"}) ::unsetenv(name);
        emulator.loadAccount("risky");
        return true;
    }();
    StderrCapture stderrCapture;
    RecordingLog* log = nullptr;
    RunningApp app{"connected_test", [this] {
                       log = new RecordingLog;
                       delete wxLog::SetActiveTarget(log);
                       wxLog::SetVerbose(true);
                   }};
};

Environment* environment = nullptr;

struct GlobalFixture {
    GlobalFixture() { environment = new Environment; }
    ~GlobalFixture() { delete environment; }
};
BOOST_TEST_GLOBAL_FIXTURE(GlobalFixture);

OvhEmulator& emulator() { return environment->emulator; }
ReviewSession& session() { return frame()->session(); }
bool keyringRuns() { return std::getenv("VIGIE_TEST_KEYRING") != nullptr; }

wxString textOf(const wxString& name, wxWindow* within = nullptr) {
    wxWindow* window = find<wxWindow>(name, within);
    if (auto* wrapped = dynamic_cast<WrappedText*>(window)) return wrapped->text();
    return window->GetLabel();
}

bool contains(const wxString& text, const wxString& part) { return text.Find(part) != wxNOT_FOUND; }

void menu(MainFrame::ConnectionCommand command) {
    wxCommandEvent event(wxEVT_MENU, MainFrame::connectionCommand(command));
    frame()->ProcessWindowEvent(event);
    pump();
}

void switchLanguage(Language language) {
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(language));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([=] { return session().language() == language; }));
    pump(200);
}

// Runs `steps` inside a modal dialog's own loop once it is shown, then closes it whatever they did.
class DialogSteps : public wxModalDialogHook {
public:
    DialogSteps(const char* name, std::function<void(wxDialog*)> steps) : name_(name), steps_(std::move(steps)) {
        Register();
    }
    bool ran() const { return ran_; }
    void finish() {
        Unregister();
        if (failure_) std::rethrow_exception(failure_);
        BOOST_TEST(ran_, "the dialog " << name_ << " was shown");
    }

protected:
    int Enter(wxDialog* dialog) override {
        if (dialog->GetName() != name_ || ran_) return wxID_NONE;
        ran_ = true;
        wxTheApp->CallAfter([this, dialog] {
            try {
                steps_(dialog);
            } catch (...) {
                failure_ = std::current_exception();
            }
            if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
        });
        return wxID_NONE;
    }
    void Exit(wxDialog*) override {}

private:
    wxString name_;
    std::function<void(wxDialog*)> steps_;
    bool ran_ = false;
    std::exception_ptr failure_;
};

// Answers the next message box (Disconnect's question about the keyring) without showing it.
class AnswerMessage : public wxModalDialogHook {
public:
    explicit AnswerMessage(int answer) : answer_(answer) { Register(); }
    ~AnswerMessage() override { Unregister(); }
    int asked = 0;

protected:
    int Enter(wxDialog* dialog) override {
        if (dialog->GetName() == "connect_dialog") return wxID_NONE;
        ++asked;
        return answer_;
    }
    void Exit(wxDialog*) override {}

private:
    int answer_;
};

// The keys are looked for on a background task; its status line ends in "…" meanwhile.
bool lookupDone(wxDialog* dialog) { return !textOf("connect_status", dialog).EndsWith(wxString::FromUTF8("\u2026")); }

// The token of the request the dialog waits for, from its validation link: the one a user
// would validate (a stopped request's token stays pending in the emulator).
std::string currentToken(wxDialog* dialog) {
    const std::string url = toUtf8(find<wxWindow>("connect_validation_link", dialog)->GetToolTipText());
    for (const std::string& token : emulator().pendingTokens())
        if (url.find("credentialToken=" + token) != std::string::npos) return token;
    return {};
}

int page(wxDialog* dialog) { return find<wxSimplebook>("connect_book", dialog)->GetSelection(); }

void shootDialog(wxDialog* dialog, const std::string& name) {
    dialog->Raise();
    wxUIActionSimulator().MouseMove(1, 1);  // no tooltip over the picture
    pump(200);
    shoot(dialog, "connected-" + name + ".png", 30);
}

std::string language() { return session().language() == Language::French ? "fr" : "en"; }

// The Connect dialog, played through: the keys typed in (or the ones found), the request, the
// user validating on OVHcloud's page (the emulator), the rules shown, then Read the account.
void connectThroughDialog(bool typeKeys, bool remember, const nlohmann::json& grantedRules = nullptr) {
    DialogSteps steps("connect_dialog", [&](wxDialog* dialog) {
        BOOST_TEST_REQUIRE(waitFor([&] { return lookupDone(dialog); }));
        BOOST_TEST(find<wxChoice>("connect_region", dialog)->GetStringSelection() == toWx(emulator().baseUrl()),
                   "the endpoint of OVH_ENDPOINT is chosen");
        if (typeKeys) {
            find<wxTextCtrl>("connect_app_key", dialog)->SetValue(OvhEmulator::kApplicationKey);
            find<wxTextCtrl>("connect_app_secret", dialog)->SetValue(OvhEmulator::kApplicationSecret);
        } else {
            auto* found = find<wxCheckBox>("connect_use_found", dialog);
            BOOST_TEST(found->IsShown());
            BOOST_TEST(found->GetValue(), "the keys found are offered, and chosen");
            BOOST_TEST(contains(found->GetLabel(), "OVH_"), found->GetLabel());
        }
        find<wxCheckBox>("connect_remember", dialog)->SetValue(remember);
        shootDialog(dialog, "dialog-" + language());
        press(find<wxButton>("connect_request", dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return page(dialog) == 1; }, kNetworkTimeoutMs),
                           "waiting for validation: " << textOf("connect_status", dialog));
        shootDialog(dialog, "waiting-" + language());
        const std::string token = currentToken(dialog);
        BOOST_TEST_REQUIRE(!token.empty(), "the link opens the validation page of this request");
        emulator().validate(token, grantedRules);
        BOOST_TEST_REQUIRE(waitFor([&] { return page(dialog) == 2; }, kNetworkTimeoutMs), "the key is validated");
        BOOST_TEST(contains(textOf("connect_rules", dialog), "GET /*"));
        shootDialog(dialog, "rules-" + language());
        press(find<wxButton>("connect_read", dialog));
    });
    menu(MainFrame::ConnectionCommand::Connect);
    steps.finish();
}

bool readingDone() { return findNamed("reading_dialog") == nullptr && !frame()->connection().reading(); }

void waitForReading() { BOOST_TEST_REQUIRE(waitFor(readingDone, kNetworkTimeoutMs), "the reading ends"); }

const Wizard& wizard(const std::string& id) {
    const Wizard* found = session().definitions().findWizard(id);
    BOOST_TEST_REQUIRE(found != nullptr);
    return *found;
}

const Item& itemOf(const std::string& wizardId, const std::string& itemId, std::size_t* stepIndex = nullptr) {
    const Wizard& w = wizard(wizardId);
    for (std::size_t i = 0; i < w.steps.size(); ++i)
        for (const Item& item : w.steps[i].items)
            if (item.id == itemId) {
                if (stepIndex) *stepIndex = i;
                return item;
            }
    BOOST_FAIL("no item " << itemId);
    throw std::logic_error("unreachable");
}

WizardPanel* openWizardAt(const std::string& wizardId, const std::string& itemId) {
    std::size_t step = 0;
    itemOf(wizardId, itemId, &step);
    if (frame()->wizardPanel() && frame()->wizardPanel()->wizard().id != wizardId) {
        frame()->closeWizard();
        pump(100);
    }
    if (!frame()->wizardPanel()) frame()->openWizard(wizardId, step);
    BOOST_TEST_REQUIRE(frame()->wizardPanel() != nullptr);
    frame()->wizardPanel()->showStep(step);
    pump(150);
    return frame()->wizardPanel();
}

void shootHub(const std::string& file) {
    if (auto* page = dynamic_cast<wxScrolledWindow*>(findNamed("home_panel"))) page->Scroll(0, 0);
    pump(100);
    shoot(frame(), file);
}

void backHome() {
    if (frame()->wizardPanel()) frame()->closeWizard();
    pump(100);
}

std::string consumerKeyUsed() {
    for (const auto& request : emulator().requests())
        if (auto key = request.header("X-Ovh-Consumer")) return *key;
    return {};
}

// Every regular file under `root` that holds `secret`.
std::vector<std::string> filesHolding(const std::string& root, const std::string& secret) {
    std::vector<std::string> found;
    std::error_code ignored;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ignored);
         it != fs::recursive_directory_iterator(); it.increment(ignored)) {
        if (!it->is_regular_file(ignored)) continue;
        if (readFile(it->path().string()).find(secret) != std::string::npos) found.push_back(it->path().string());
    }
    return found;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_hub_offers_to_connect_and_items_are_unverified_offline) {
    BOOST_TEST(contains(textOf("connection_status"), "Not connected"));
    BOOST_TEST(findNamed("connection_connect") != nullptr);
    openWizardAt("secure", "secure.twofa.enabled");
    BOOST_TEST(findNamed("item_verdict_text_secure.twofa.enabled") == nullptr, "no verdict without a reading");
    backHome();
}

BOOST_AUTO_TEST_CASE(missing_keys_are_asked_for_and_cancel_changes_nothing) {
    DialogSteps steps("connect_dialog", [&](wxDialog* dialog) {
        BOOST_TEST_REQUIRE(waitFor([&] { return lookupDone(dialog); }));
        BOOST_TEST(!find<wxCheckBox>("connect_use_found", dialog)->IsShown(), "no keys anywhere");
        press(find<wxButton>("connect_request", dialog));
        BOOST_TEST(page(dialog) == 0);
        BOOST_TEST(contains(textOf("connect_status", dialog), "application key and secret"));
        BOOST_TEST(emulator().pendingTokens().empty(), "nothing asked of OVHcloud");
    });
    press(find<wxButton>("connection_connect"));  // the hub's button: the same command as the menu's
    BOOST_TEST_REQUIRE(waitFor([&] { return steps.ran() && findNamed("connect_dialog") == nullptr; }));
    steps.finish();
    BOOST_TEST(!session().connected().connected());
}

BOOST_AUTO_TEST_CASE(the_wait_for_validation_can_be_stopped) {
    DialogSteps steps("connect_dialog", [&](wxDialog* dialog) {
        BOOST_TEST_REQUIRE(waitFor([&] { return lookupDone(dialog); }));
        find<wxTextCtrl>("connect_app_key", dialog)->SetValue(OvhEmulator::kApplicationKey);
        find<wxTextCtrl>("connect_app_secret", dialog)->SetValue(OvhEmulator::kApplicationSecret);
        // Stop waiting: back to the keys, saying the key was not validated.
        press(find<wxButton>("connect_request", dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return page(dialog) == 1; }, kNetworkTimeoutMs));
        press(find<wxButton>("connect_stop_waiting", dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return page(dialog) == 0; }, kNetworkTimeoutMs));
        BOOST_TEST(contains(textOf("connect_status", dialog), "stopped waiting"), textOf("connect_status", dialog));
    });
    menu(MainFrame::ConnectionCommand::Connect);
    steps.finish();
    BOOST_TEST(!session().connected().connected());
}

BOOST_AUTO_TEST_CASE(connecting_validates_a_read_only_key_and_reads_the_account) {
    connectThroughDialog(true, false);
    BOOST_TEST(session().connected().connected());
    waitForReading();
    BOOST_TEST(!session().profile().checks.empty(), "the readings are recorded with the profile");
    BOOST_TEST(frame()->notices().isShown("connection"));
    BOOST_TEST(!frame()->notices().isShown("read_failed"));
    BOOST_TEST(emulator().rejectedWrites() == 0u);
    BOOST_TEST(!session().connected().keys()->inKeyring, "kept in memory only");
    // The state file says what was read, never a key.
    const std::string state = readFile(ReviewStore::defaultPath());
    BOOST_TEST(state.find(OvhEmulator::kApplicationSecret) == std::string::npos);
    BOOST_TEST(state.find(consumerKeyUsed()) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(verdicts_show_on_the_items_their_checks_verify) {
    const Profile viewed = session().connected().viewed(session().profile());
    std::size_t shown = 0;
    for (const char* wizardId : {"secure", "renewal", "closure"}) {
        for (const Step& step : wizard(wizardId).steps)
            for (const Item& item : step.items) {
                const auto verification = checks::verificationOf(viewed, item);
                openWizardAt(wizardId, item.id);
                const wxString name = "item_verdict_text_" + toWx(item.id);
                if (!verification) {
                    BOOST_TEST(findNamed(name) == nullptr, item.id);
                    continue;
                }
                ++shown;
                const wxString expected =
                    toWx(Translator(Language::English)(checks::verdictItemLabel(verification->verdict)));
                BOOST_TEST(textOf(name) == expected, item.id);
                BOOST_TEST(contains(textOf("item_verdict_evidence_" + toWx(item.id)), "Data read on "), item.id);
            }
    }
    BOOST_TEST(shown >= 8u);
    backHome();
    // The hub counts what the readings verified.
    BOOST_TEST(contains(textOf("wizard_verified_secure"), "Verified"), textOf("wizard_verified_secure"));
    shootHub("connected-hub-en.png");
}

BOOST_AUTO_TEST_CASE(a_status_that_contradicts_the_reading_is_shown_both_ways) {
    // An item the risky account fails: the user says it is done.
    const Profile viewed = session().connected().viewed(session().profile());
    const Item* failing = nullptr;
    std::string wizardOfItem;
    for (const char* wizardId : {"secure", "renewal"})
        for (const Step& step : wizard(wizardId).steps)
            for (const Item& item : step.items)
                if (!failing && item.kind == ItemKind::Confirm) {
                    auto v = checks::verificationOf(viewed, item);
                    if (v && v->verdict == checks::Verdict::Attention) {
                        failing = &item;
                        wizardOfItem = wizardId;
                    }
                }
    BOOST_TEST_REQUIRE(failing != nullptr, "the risky account fails a confirm item");
    openWizardAt(wizardOfItem, failing->id);
    const wxString id = toWx(failing->id);
    BOOST_TEST(findNamed("item_verdict_disagreement_" + id) == nullptr);
    chooseStatus(failing->id, frame(), ItemStatus::Done);
    pump(100);
    BOOST_TEST((session().itemState(failing->id).status == ItemStatus::Done), "the user's say-so is kept");
    BOOST_TEST_REQUIRE(findNamed("item_verdict_disagreement_" + id) != nullptr, "the disagreement is shown");
    BOOST_TEST(textOf("item_verdict_text_" + id) == "Needs attention", "the verdict is kept too");
    scrollToTop(find<wxWindow>("item_verdict_" + id));
    shoot(frame(), "connected-step-en.png");
    switchLanguage(Language::French);
    openWizardAt(wizardOfItem, failing->id);
    scrollToTop(find<wxWindow>("item_verdict_" + id));
    BOOST_TEST(findNamed("item_verdict_disagreement_" + id) != nullptr);
    shoot(frame(), "connected-step-fr.png");
    backHome();
    shootHub("connected-hub-fr.png");
    switchLanguage(Language::English);
    openWizardAt(wizardOfItem, failing->id);
    chooseStatus(failing->id, frame(), ItemStatus::Todo);
    pump(100);
    BOOST_TEST(findNamed("item_verdict_disagreement_" + id) == nullptr, "gone once the two agree again");
    backHome();
}

BOOST_AUTO_TEST_CASE(reading_shows_progress_and_can_be_cancelled) {
    Faults slow;
    slow.latency = std::chrono::milliseconds(400);
    emulator().setFaults(slow);
    const auto before = session().profile().checks;
    menu(MainFrame::ConnectionCommand::ReadAgain);
    BOOST_TEST_REQUIRE(waitFor(
                           [] {
                               return findNamed("reading_text") && contains(textOf("reading_text"), " of ") &&
                                      !contains(textOf("reading_text"), ": 1 of");
                           },
                           kNetworkTimeoutMs),
                       "requests done of planned");
    BOOST_TEST(contains(textOf("reading_text"), "("), "the area is named: " << textOf("reading_text"));
    BOOST_TEST(frame()->IsEnabled(), "the window stays usable");
    shoot(find<wxWindow>("reading_dialog"), "connected-progress-en.png", 30);
    press(find<wxButton>("reading_cancel"));
    waitForReading();
    emulator().setFaults({});
    BOOST_TEST(frame()->notices().isShown("read_failed"));
    BOOST_TEST(contains(textOf("notice_read_failed_text"), "cancelled"), textOf("notice_read_failed_text"));
    BOOST_TEST(session().profile().checks.size() == before.size(), "nothing half-read was recorded");
}

BOOST_AUTO_TEST_CASE(too_many_requests_then_success_is_read_in_full) {
    Faults busy;
    busy.tooManyRequests = 2;
    busy.retryAfterSeconds = 1;
    emulator().setFaults(busy);
    menu(MainFrame::ConnectionCommand::ReadAgain);
    waitForReading();
    emulator().setFaults({});
    BOOST_TEST(!frame()->notices().isShown("read_failed"));
    BOOST_TEST(
        contains(translated(ovh::describeAge(session().profile().checks.begin()->second.readAt, now())), "just now"));
}

BOOST_AUTO_TEST_CASE(a_server_error_is_shown_with_its_status_and_query_id) {
    Faults down;
    down.serverErrors = 1000;
    emulator().setFaults(down);
    menu(MainFrame::ConnectionCommand::ReadAgain);
    waitForReading();
    emulator().setFaults({});
    BOOST_TEST_REQUIRE(frame()->notices().isShown("read_failed"));
    const wxString text = textOf("notice_read_failed_text");
    BOOST_TEST(contains(text, "could not be read"), text);
    BOOST_TEST(contains(text, "503"), text);
    BOOST_TEST(text.Lower().Find("query") != wxNOT_FOUND, text);
    BOOST_TEST(!contains(text, OvhEmulator::kApplicationSecret));
}

BOOST_AUTO_TEST_CASE(a_malformed_body_leaves_its_items_unverified) {
    Faults broken;
    broken.malformed = {"/me/autorenew"};
    emulator().setFaults(broken);
    menu(MainFrame::ConnectionCommand::ReadAgain);
    waitForReading();
    emulator().setFaults({});
    BOOST_TEST(!frame()->notices().isShown("read_failed"), "one route's broken answer does not fail the run");
    openWizardAt("renewal", "renewal.autorenew.services");
    BOOST_TEST(textOf("item_verdict_text_renewal.autorenew.services") == "Could not be verified");
    backHome();
    menu(MainFrame::ConnectionCommand::ReadAgain);
    waitForReading();
}

BOOST_AUTO_TEST_CASE(the_closure_steps_say_whether_the_account_is_ready) {
    openWizardAt("closure", "closure.preconditions.services");
    const wxString banner = textOf("closure_readiness");
    BOOST_TEST(!banner.empty());
    const checks::ClosureReadiness readiness = checks::closureReadiness(session().profile());
    BOOST_TEST(contains(banner, toWx(Translator(Language::English)(readiness.summary))), banner);
    for (const std::string& id : checks::closureCheckIds())
        BOOST_TEST(findNamed("closure_condition_" + toWx(id)) != nullptr, id);
    shoot(frame(), "connected-closure-en.png");
    backHome();
}

BOOST_AUTO_TEST_CASE(a_saved_snapshot_opens_with_its_age_and_is_not_recorded) {
    // A snapshot of the tidy account, read three days ago.
    emulator().loadAccount("tidy");
    ovh::Credentials keys;
    keys.applicationKey = SecureString(OvhEmulator::kApplicationKey);
    keys.applicationSecret = SecureString(OvhEmulator::kApplicationSecret);
    keys.consumerKey = SecureString(OvhEmulator::kConsumerKey);
    ovh::ApiClient client(*ovh::resolveEndpoint(emulator().baseUrl()), keys);
    ovh::AccountSnapshot snapshot = ovh::readSnapshot(client);
    snapshot.readAt = snapshot.readAt - std::chrono::hours(72);
    const std::string path = environment->home.path() + "/tidy-snapshot.json";
    ovh::saveSnapshot(snapshot, path);
    emulator().loadAccount("risky");

    const auto recorded = session().profile().checks;
    frame()->connection().openSnapshotFile(path);
    pump(100);
    BOOST_TEST_REQUIRE(frame()->notices().isShown("snapshot"));
    BOOST_TEST(contains(textOf("notice_snapshot_text"), "3 days ago"), textOf("notice_snapshot_text"));
    BOOST_TEST(session().connected().shown() != nullptr);
    BOOST_TEST(session().profile().checks.size() == recorded.size(), "the snapshot is not recorded");
    openWizardAt("secure", "secure.twofa.enabled");
    BOOST_TEST(contains(textOf("item_verdict_evidence_secure.twofa.enabled"), "3 days ago"));
    backHome();
    menu(MainFrame::ConnectionCommand::CloseSnapshot);
    BOOST_TEST(!frame()->notices().isShown("snapshot"));
    BOOST_TEST(session().connected().shown() == nullptr);
}

BOOST_AUTO_TEST_CASE(a_key_that_allows_writing_is_warned_about) {
    menu(MainFrame::ConnectionCommand::Disconnect);
    DialogSteps steps("connect_dialog", [&](wxDialog* dialog) {
        BOOST_TEST_REQUIRE(waitFor([&] { return lookupDone(dialog); }));
        if (find<wxCheckBox>("connect_use_found", dialog)->IsShown()) {
            find<wxCheckBox>("connect_use_found", dialog)->SetValue(false);
            sendCommand(find<wxCheckBox>("connect_use_found", dialog), wxEVT_CHECKBOX, 0);
        }
        find<wxTextCtrl>("connect_app_key", dialog)->SetValue(OvhEmulator::kApplicationKey);
        find<wxTextCtrl>("connect_app_secret", dialog)->SetValue(OvhEmulator::kApplicationSecret);
        find<wxCheckBox>("connect_remember", dialog)->SetValue(false);
        press(find<wxButton>("connect_request", dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return page(dialog) == 1; }, kNetworkTimeoutMs));
        const std::string token = currentToken(dialog);
        BOOST_TEST_REQUIRE(!token.empty());
        emulator().validate(token, nlohmann::json::array(
                                       {{{"method", "GET"}, {"path", "/*"}}, {{"method", "DELETE"}, {"path", "/*"}}}));
        BOOST_TEST_REQUIRE(waitFor([&] { return page(dialog) == 2; }, kNetworkTimeoutMs));
        BOOST_TEST(contains(textOf("connect_rules_warning", dialog), "DELETE /*"));
        BOOST_TEST(contains(textOf("connect_rules_warning", dialog), "more than reading"));
    });
    menu(MainFrame::ConnectionCommand::Connect);
    steps.finish();
    BOOST_TEST(!session().connected().connected(), "the dialog was closed without reading");
}

BOOST_AUTO_TEST_CASE(keys_found_in_the_environment_are_offered) {
    ::setenv("OVH_APPLICATION_KEY", OvhEmulator::kApplicationKey, 1);
    ::setenv("OVH_APPLICATION_SECRET", OvhEmulator::kApplicationSecret, 1);
    connectThroughDialog(false, false);
    ::unsetenv("OVH_APPLICATION_KEY");
    ::unsetenv("OVH_APPLICATION_SECRET");
    waitForReading();
    BOOST_TEST(session().connected().connected());
    BOOST_TEST(!frame()->notices().isShown("read_failed"));
}

BOOST_AUTO_TEST_CASE(french_screenshots_of_the_connect_dialog_and_the_progress) {
    switchLanguage(Language::French);
    menu(MainFrame::ConnectionCommand::Disconnect);
    connectThroughDialog(true, false);
    waitForReading();
    Faults slow;
    slow.latency = std::chrono::milliseconds(400);
    emulator().setFaults(slow);
    menu(MainFrame::ConnectionCommand::ReadAgain);
    BOOST_TEST_REQUIRE(waitFor(
                           [] {
                               return findNamed("reading_text") && contains(textOf("reading_text"), " sur ") &&
                                      !contains(textOf("reading_text"), " 1 sur");
                           },
                           kNetworkTimeoutMs),
                       "the progress in French");
    shoot(find<wxWindow>("reading_dialog"), "connected-progress-fr.png", 30);
    press(find<wxButton>("reading_cancel"));
    waitForReading();
    emulator().setFaults({});
    switchLanguage(Language::English);
}

BOOST_AUTO_TEST_CASE(disconnect_forgets_the_keys) {
    menu(MainFrame::ConnectionCommand::Disconnect);
    BOOST_TEST(!session().connected().connected());
    BOOST_TEST(!frame()->notices().isShown("connection"));
    BOOST_TEST(findNamed("connection_connect") != nullptr, "the hub offers to connect again");
    BOOST_TEST(!session().profile().checks.empty(), "what was read stays as evidence, with its date");
}

BOOST_AUTO_TEST_CASE(remember_keeps_the_keys_in_the_desktop_keyring) {
    connectThroughDialog(true, true);
    waitForReading();
    UserMessage problem;
    if (!keyringRuns()) {
        BOOST_TEST(frame()->notices().isShown("keyring"), "Vigie says the keys stay in memory only");
        BOOST_TEST(contains(textOf("notice_keyring_text"), "memory only"), textOf("notice_keyring_text"));
        BOOST_TEST(!session().connected().keys()->inKeyring);
        menu(MainFrame::ConnectionCommand::Disconnect);
        BOOST_TEST(!session().connected().connected());
        return;
    }
    BOOST_TEST(ovh::Keyring().load(emulator().baseUrl(), problem).has_value(), "stored in the keyring");
    BOOST_TEST(session().connected().keys()->inKeyring);
    {
        AnswerMessage keep(wxID_NO);
        menu(MainFrame::ConnectionCommand::Disconnect);
        BOOST_TEST(keep.asked == 1, "Disconnect asks before removing the keys from the keyring");
    }
    BOOST_TEST(!session().connected().connected());
    BOOST_TEST(ovh::Keyring().load(emulator().baseUrl(), problem).has_value(), "kept, as asked");
    // The next connection finds them there and needs no new validation.
    DialogSteps steps("connect_dialog", [&](wxDialog* dialog) {
        BOOST_TEST_REQUIRE(waitFor([&] { return lookupDone(dialog); }));
        auto* found = find<wxCheckBox>("connect_use_found", dialog);
        BOOST_TEST_REQUIRE(found->IsShown());
        BOOST_TEST(contains(found->GetLabel(), "keyring"), found->GetLabel());
        press(find<wxButton>("connect_request", dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return page(dialog) == 2; }, kNetworkTimeoutMs));
        press(find<wxButton>("connect_read", dialog));
    });
    menu(MainFrame::ConnectionCommand::Connect);
    steps.finish();
    waitForReading();
    BOOST_TEST(session().connected().connected());
    {
        AnswerMessage remove(wxID_YES);
        menu(MainFrame::ConnectionCommand::Disconnect);
        BOOST_TEST(remove.asked == 1);
    }
    BOOST_TEST(!ovh::Keyring().load(emulator().baseUrl(), problem).has_value(), "removed from the keyring");
    BOOST_TEST(!session().connected().connected());
}

BOOST_AUTO_TEST_CASE(the_keys_are_in_no_file_log_or_output) {
    const std::string consumerKey = consumerKeyUsed();
    BOOST_TEST_REQUIRE(!consumerKey.empty());
    session().autosaver().flush();
    for (const std::string& secret : {std::string(OvhEmulator::kApplicationSecret), consumerKey}) {
        BOOST_TEST(filesHolding(environment->app.home().path(), secret).empty(), "state and settings");
        BOOST_TEST(filesHolding(environment->home.path(), secret).empty(), "HOME");
        BOOST_TEST(environment->log->text.find(secret) == std::string::npos, "the log");
        std::fflush(stderr);
        BOOST_TEST(readFile(environment->stderrCapture.path).find(secret) == std::string::npos, "standard error");
    }
}
