// The security step widgets end to end, under Xvfb, in the real main window with the shipped
// wizards and a private XDG home: the password meter typed into with simulated keys, its French
// version, the breach check against a loopback server (found, server down, cancelled), the
// passphrase generator, the authenticator-app check with codes computed by the core, and the
// promise that secrets are wiped from the fields when the step is left and never reach a file,
// the clipboard, a log or standard error. Screenshots go to <build>/screenshots/.
#define BOOST_TEST_MODULE security_widgets_test
#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/clipbrd.h>
#include <wx/gauge.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

#include "application.h"
#include "password/passphrase.h"
#include "gui_driver.h"
#include "running_app.h"
#include "step_page.h"
#include "http_server.h"
#include "main_frame.h"
#include "password/breach_check.h"
#include "password/strength_meter.h"
#include "password_meter_panel.h"
#include "review/account_words.h"
#include "review/review_store.h"
#include "review_session.h"
#include "security_widgets.h"
#include "temp_dir.h"
#include "totp/base32.h"
#include "totp/otpauth_uri.h"
#include "totp/totp.h"
#include "wizard_panel.h"
#include "wrapping.h"
#include "wx_text.h"

namespace fs = std::filesystem;
using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;
namespace net = vigie::test;

namespace {

// Typed with simulated keys into the meter, then looked for everywhere it must not be.
const char* const kCanaryPassword = "CanaryVigie7429Hibou";
// Base32 (A-Z, 2-7), 32 characters: a 20-byte key, pasted into the authenticator check.
const char* const kCanarySecret = "VIGIECANARYTOTPSECRETQ2345672ABC";

// Every message wx logs during the run, to be searched for the canaries.
class RecordingLog : public wxLog {
public:
    std::string text;

protected:
    void DoLogTextAtLevel(wxLogLevel, const wxString& message) override { text += toUtf8(message) + "\n"; }
};

// Standard error goes to a file in the build tree, searched at the end like the home's files and
// replayed when the run ends; if the process dies first (a sanitizer report), the file is where
// its last words are.
struct StderrCapture {
    StderrCapture() {
        std::cout << "Standard error goes to " << path << std::endl;
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
    const std::string path = std::string(VIGIE_BINARY_DIR) + "/tests/gui/security_widgets_test.stderr.log";
    int saved = -1;
};

// One X client and one private home for the whole run, with every log line and all of standard
// error kept to be searched.
struct GuiEnvironment {
    static bool noBreachService() { return unsetenv("VIGIE_PWNED_URL") == 0; }
    bool serviceUnset = noBreachService();
    StderrCapture stderrCapture;
    RecordingLog* log = nullptr;
    RunningApp app{"security_widgets_test", [this] {
                       log = new RecordingLog;
                       delete wxLog::SetActiveTarget(log);
                       wxLog::SetVerbose(true);
                   }};
};

GuiEnvironment* environment = nullptr;

struct GlobalFixture {
    GlobalFixture() { environment = new GuiEnvironment; }
    ~GlobalFixture() { delete environment; }
};
BOOST_TEST_GLOBAL_FIXTURE(GlobalFixture);

ReviewSession& session() { return frame()->session(); }

// What a control says; for wrapped texts, before the line breaks wrapping put in.
wxString labelOf(const wxString& name) {
    wxWindow* window = find<wxWindow>(name);
    if (auto* wrapped = dynamic_cast<WrappedText*>(window)) return wrapped->text();
    return window->GetLabel();
}

bool shown(const wxString& name) {
    wxWindow* window = findNamed(name);
    return window && window->IsShownOnScreen();
}

wxString utf8(const char* text) { return wxString::FromUTF8(text); }

const Wizard& secureWizard() {
    const Wizard* wizard = session().definitions().findWizard("secure");
    BOOST_TEST_REQUIRE(wizard != nullptr);
    return *wizard;
}

std::size_t stepIndex(const std::string& stepId) {
    const Wizard& wizard = secureWizard();
    for (std::size_t i = 0; i < wizard.steps.size(); ++i)
        if (wizard.steps[i].id == stepId) return i;
    BOOST_FAIL("no step " << stepId);
    return 0;
}

// The tools open from the item they serve (item_row.h); the cases here test the tools themselves,
// so every tool of the step shown is opened, as a user would before using it.
void openToolsOfCurrentStep() {
    WizardPanel* panel = frame()->wizardPanel();
    BOOST_TEST_REQUIRE(panel != nullptr);
    const Step& step = panel->wizard().steps.at(panel->currentStep());
    auto* page = find<StepPage>("step_page_" + toWx(step.id), panel);
    for (const Item& item : step.items)
        for (const std::string& tool : item.tools) BOOST_TEST_REQUIRE(page->openTool(tool) != nullptr);
    pump(100);
}

WizardPanel* openSecureWizardAt(const std::string& stepId) {
    if (!frame()->wizardPanel()) {
        press(find<wxButton>("wizard_open_secure"));
        BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() != nullptr; }));
    }
    WizardPanel* panel = frame()->wizardPanel();
    panel->showStep(stepIndex(stepId));
    pump(100);
    openToolsOfCurrentStep();
    return panel;
}

void switchLanguage(Language language) {
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(language));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([=] { return session().language() == language; }));
    pump(200);
    if (frame()->wizardPanel()) openToolsOfCurrentStep();  // the pages were rebuilt in the new language
}

wxTextCtrl* meterInput() { return find<wxTextCtrl>("password_meter_input"); }
wxTextCtrl* meterPlain() { return find<wxTextCtrl>("password_meter_input_plain"); }

// What a paste does: the field changes and says so (SetValue sends wxEVT_TEXT).
void pasteInto(wxTextCtrl* field, const wxString& text) {
    field->SetValue(text);
    pump(30);
}

wxString bandLabel(const char* bandMsgid, Language language = Language::English) {
    const wxString band = toWx(Translator(language)(bandMsgid));
    return formatText("Strength (an estimate): {}", band);
}

bool bandIs(const wxString& expected) {
    return shown("password_meter_band") && labelOf("password_meter_band") == expected;
}

void setClipboardText(const wxString& text) {
    wxClipboardLocker locker;
    BOOST_TEST_REQUIRE(!!locker, "the clipboard opens");
    wxTheClipboard->SetData(new wxTextDataObject(text));
}

wxString clipboardText() {
    wxClipboardLocker locker;
    wxTextDataObject data;
    if (!locker || !wxTheClipboard->IsSupported(wxDF_UNICODETEXT) || !wxTheClipboard->GetData(data)) return {};
    return data.GetText();
}

// A range answer as Have I Been Pwned gives it: the password's suffix among others, and padding.
net::HttpResponse rangeAnswer(const std::string& suffix, std::uint64_t count) {
    std::string body = "0018A45C4D1DEF81644B54AB7F969B88D65:3\r\n";
    body += suffix + ":" + std::to_string(count) + "\r\n";
    body += "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0\r\n";
    return net::HttpResponse::text(body);
}

std::string breachText(password::BreachStatus status, std::uint64_t count = 0) {
    password::BreachCheckResult result;
    result.status = status;
    result.count = count;
    return password::describe(result, Translator(Language::English));
}

totp::TotpParameters bareSecretParameters(const char* secret, int digits = 6) {
    totp::TotpParameters parameters;
    parameters.key = totp::decodeBase32(secret).bytes;
    parameters.digits = digits;
    return parameters;
}

std::int64_t unixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// So that the code typed and the code checked fall in the same 30-second step.
void awayFromStepBoundary() {
    while (unixNow() % 30 >= 24) std::this_thread::sleep_for(std::chrono::milliseconds(200));
}

wxString totpVerdict(const totp::TotpParameters& parameters, const std::string& code, std::int64_t now) {
    const totp::VerifyResult result = totp::verify(parameters, code, now);
    const char* mark = result.outcome == totp::VerifyOutcome::MatchesNow               ? "✔ "
                       : result.outcome == totp::VerifyOutcome::MatchesWithClockOffset ? "⚠ "
                                                                                       : "✘ ";
    return utf8(mark) + toWx(totp::describe(result, parameters, Translator(Language::English)));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(security)

BOOST_AUTO_TEST_CASE(meter_estimates_as_the_user_types) {
    WizardPanel* panel = openSecureWizardAt("password");
    const std::size_t step = panel->currentStep();
    wxTextCtrl* input = meterInput();
    BOOST_TEST(input->HasFlag(wxTE_PASSWORD));
    BOOST_TEST(input->IsShownOnScreen());
    BOOST_TEST(!shown("password_meter_results"), "nothing to show before anything is typed");
    BOOST_TEST(!find<wxButton>("breach_check_button")->IsEnabled());

    clickWithMouse(input);
    BOOST_TEST_REQUIRE(waitFor([&] { return input->HasFocus(); }), "a click puts the caret in the field");
    typeText(input, "azerty");
    BOOST_TEST_REQUIRE(waitFor([&] { return input->GetValue() == "azerty"; }), "simulated keys reach the field");
    BOOST_TEST_REQUIRE(waitFor([] { return bandIs(bandLabel("Very weak")); }), "the band follows the typing");
    BOOST_TEST(find<wxGauge>("password_meter_gauge")->GetValue() == 1);
    const password::StrengthEstimate expected =
        password::StrengthMeter(accountContextOf(session().profile())).evaluate("azerty");
    BOOST_TEST(expected.score == 0);
    BOOST_TEST_REQUIRE(*expected.feedback.warning != '\0');
    BOOST_TEST(labelOf("password_meter_warning") == formatText("Warning: {}", toWx(expected.feedback.warning)));
    BOOST_TEST_REQUIRE(!expected.feedback.suggestions.empty());
    BOOST_TEST(labelOf("password_meter_suggestion_0") == toWx(expected.feedback.suggestions.front()));
    BOOST_TEST(labelOf("password_meter_online") == "Online attack (10 guesses per second): less than a second");
    BOOST_TEST(labelOf("password_meter_bits") == "Estimated entropy: 0 bits");
    BOOST_TEST(labelOf("password_rule_length_mark") == utf8("✘"));
    BOOST_TEST(labelOf("password_rule_personal_mark") == utf8("✔"));
    BOOST_TEST(find<wxButton>("breach_check_button")->IsEnabled());

    pressKey(input, WXK_RETURN);
    BOOST_TEST(panel->currentStep() == step, "Enter in the field does not leave the step (and the password)");
    BOOST_TEST(input->GetValue() == "azerty");
    scrollToTop(find<wxWindow>("password_meter_box"));
    shoot(frame(), "password-meter-en.png");

    pasteInto(input, "Xk9#mQ2$vL7!pW4&zR8n");
    BOOST_TEST_REQUIRE(waitFor([] { return bandIs(bandLabel("Very strong")); }), "a random 20 characters");
    BOOST_TEST(find<wxGauge>("password_meter_gauge")->GetValue() == 5);
    BOOST_TEST(!shown("password_meter_warning"));
    for (const char* rule : {"length", "case", "digit", "special", "personal"})
        BOOST_TEST(labelOf(wxString("password_rule_") + rule + "_mark") == utf8("✔"), rule);

    pasteInto(input, wxString('a', 400) + "Z9!");
    BOOST_TEST_REQUIRE(waitFor([] { return shown("password_meter_truncated"); }), "a long paste says it was cut");
    BOOST_TEST(labelOf("password_meter_truncated").StartsWith("Only the first 256 characters were evaluated."));
    // A real paste of a whole document, through the clipboard and Ctrl+V.
    pasteInto(input, "");
    BOOST_TEST_REQUIRE(waitFor([] { return !shown("password_meter_truncated"); }));
    setClipboardText(wxString('a', 100000));
    input->SetFocus();
    pump(50);
    pressKey(input, 'V', wxMOD_CONTROL);
    BOOST_TEST_REQUIRE(waitFor([&] { return !input->IsEmpty(); }), "the paste went in");
    BOOST_TEST(input->GetValue().length() > 60000u, "GTK keeps up to 65,535 characters");
    BOOST_TEST_REQUIRE(waitFor([] { return shown("password_meter_truncated"); }), "and was evaluated, cut");

    pasteInto(input, "");
    BOOST_TEST_REQUIRE(waitFor([] { return !shown("password_meter_results"); }),
                       "clearing the field clears the estimate");
    BOOST_TEST(!find<wxButton>("breach_check_button")->IsEnabled());
}

BOOST_AUTO_TEST_CASE(show_toggle_keeps_the_text_and_nothing_is_copied) {
    openSecureWizardAt("password");
    wxTextCtrl* input = meterInput();
    wxTextCtrl* plain = meterPlain();
    auto* show = find<wxCheckBox>("password_meter_input_show");
    pasteInto(input, "Clipboard-Probe-1234!");
    setClipboardText("sentinel");
    input->SetFocus();
    pump(50);
    input->SelectAll();
    pressKey(input, 'C', wxMOD_CONTROL);
    pressKey(input, 'X', wxMOD_CONTROL);
    BOOST_TEST(clipboardText() == "sentinel", "copy and cut are refused in the masked field");
    BOOST_TEST(input->GetValue() == "Clipboard-Probe-1234!", "cut removed nothing");

    // Alt+S, the checkbox's mnemonic, from inside the field.
    input->SetFocus();
    pump(50);
    input->SetInsertionPoint(9);
    pressKey(input, 'S', wxMOD_ALT);
    BOOST_TEST_REQUIRE(waitFor([&] { return plain->IsShownOnScreen(); }), "the mnemonic shows the password");
    BOOST_TEST(show->GetValue());
    BOOST_TEST(!input->IsShown());
    BOOST_TEST(plain->GetValue() == "Clipboard-Probe-1234!");
    BOOST_TEST(input->GetValue().empty(), "only the shown control holds the text");
    BOOST_TEST(show->HasFocus(), "a checkbox's mnemonic focuses it, as everywhere in GTK");
    BOOST_TEST(plain->GetInsertionPoint() == 9, "the caret stays where it was");

    plain->SelectAll();
    pressKey(plain, 'C', wxMOD_CONTROL);
    pressKey(plain, 'X', wxMOD_CONTROL);
    BOOST_TEST(clipboardText() == "sentinel", "nor in the revealed one");
    BOOST_TEST(plain->GetValue() == "Clipboard-Probe-1234!");

    // A click on the checkbox while typing: the focus and the caret stay in the field.
    plain->SetFocus();
    pump(50);
    plain->SetInsertionPoint(4);
    clickWithMouse(show);
    BOOST_TEST_REQUIRE(waitFor([&] { return input->IsShownOnScreen(); }), "a click masks it again");
    BOOST_TEST(!show->GetValue());
    BOOST_TEST(input->GetValue() == "Clipboard-Probe-1234!");
    BOOST_TEST(plain->GetValue().empty());
    BOOST_TEST(input->HasFocus(), "the focus follows the text");
    BOOST_TEST(input->GetInsertionPoint() == 4, "and so does the caret");
    typeText(input, "x");
    BOOST_TEST(waitFor([&] {
                   return input->GetValue() ==
                          "Clip"
                          "x"
                          "board-Probe-1234!";
               }),
               "typing goes on");
    pasteInto(input, "");
}

BOOST_AUTO_TEST_CASE(typed_password_is_wiped_when_the_step_is_left) {
    WizardPanel* panel = openSecureWizardAt("password");
    const std::size_t step = panel->currentStep();
    wxTextCtrl* input = meterInput();
    clickWithMouse(input);
    BOOST_TEST_REQUIRE(waitFor([&] { return input->HasFocus(); }));
    typeText(input, kCanaryPassword);
    BOOST_TEST_REQUIRE(waitFor([&] { return input->GetValue() == kCanaryPassword; }));
    BOOST_TEST_REQUIRE(waitFor([] { return shown("password_meter_band"); }));
    tick(find<wxCheckBox>("password_meter_input_show"), true);
    BOOST_TEST(meterPlain()->GetValue() == kCanaryPassword);

    press(find<wxButton>("wizard_next", panel));
    BOOST_TEST_REQUIRE(waitFor([&] { return panel->currentStep() == step + 1; }));
    BOOST_TEST(meterInput()->GetValue().empty(), "leaving the step empties the field");
    BOOST_TEST(meterPlain()->GetValue().empty());
    panel->showStep(step);
    pump(100);
    BOOST_TEST(meterInput()->IsShownOnScreen(), "back to masked");
    BOOST_TEST(!find<wxCheckBox>("password_meter_input_show")->GetValue());
    BOOST_TEST(meterInput()->GetValue().empty());
    BOOST_TEST(!shown("password_meter_results"), "and nothing derived from it is left on screen");
}

BOOST_AUTO_TEST_CASE(meter_knows_the_profile_s_details) {
    // Profiles are added from the overview: close whatever wizard an earlier case left open.
    if (frame()->wizardPanel()) press(find<wxButton>("wizard_close"));
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
    const std::string previous = session().profile().id;
    session().addProfile(ProfileFields{"Dupont Conseil", "dc4242-ovh", Region::Europe, 3});
    openSecureWizardAt("password");
    pasteInto(meterInput(), "Dupont-dc4242!");
    BOOST_TEST_REQUIRE(waitFor([] { return shown("password_meter_band"); }));
    BOOST_TEST(labelOf("password_rule_personal_mark") == utf8("✘"), "the profile's name and NIC handle count");
    const password::AccountContext context = accountContextOf(session().profile());
    BOOST_TEST(context.nicHandles == std::vector<std::string>{"dc4242-ovh"});
    BOOST_TEST(context.names == std::vector<std::string>{"Dupont Conseil"});
    const password::StrengthEstimate expected = password::StrengthMeter(context).evaluate("Dupont-dc4242!");
    BOOST_TEST(labelOf("password_meter_warning") == formatText("Warning: {}", toWx(expected.feedback.warning)));
    BOOST_TEST(accountContextOf(*session().state().findProfile(previous)).names.empty(),
               "the default \"My account\" names nobody");

    press(find<wxButton>("wizard_close"));
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
    session().deleteProfile(session().profile().id);
    session().selectProfile(previous);
}

BOOST_AUTO_TEST_CASE(meter_speaks_french_after_a_language_switch) {
    openSecureWizardAt("password");
    pasteInto(meterInput(), "azerty");
    BOOST_TEST_REQUIRE(waitFor([] { return shown("password_meter_band"); }));
    switchLanguage(Language::French);
    WizardPanel* panel = frame()->wizardPanel();
    BOOST_TEST_REQUIRE(panel != nullptr);
    BOOST_TEST(panel->currentStep() == stepIndex("password"));
    wxTextCtrl* input = meterInput();
    BOOST_TEST(input->GetValue().empty(), "the rebuilt meter starts empty: the old one was wiped");
    clickWithMouse(input);
    BOOST_TEST_REQUIRE(waitFor([&] { return input->HasFocus(); }));
    typeText(input, "azerty");
    const wxString band = toWx(Translator(Language::French)("Very weak"));
    BOOST_TEST(band == utf8("Très faible"));
    BOOST_TEST_REQUIRE(
        waitFor([&] { return shown("password_meter_band") && labelOf("password_meter_band").Contains(band); }));
    const password::StrengthEstimate expected =
        password::StrengthMeter(accountContextOf(session().profile())).evaluate("azerty");
    const wxString warning = toWx(Translator(Language::French)(expected.feedback.warning));
    BOOST_TEST(labelOf("password_meter_warning").Contains(warning));
    BOOST_TEST(labelOf("password_rule_length") == toWx(Translator(Language::French)("At least 12 characters")));
    scrollToTop(find<wxWindow>("password_meter_box"));
    shoot(frame(), "password-meter-fr.png");
    // A narrow window: everything wraps and stacks instead of being cut off.
    const wxSize size = frame()->GetSize();
    frame()->SetSize(frame()->FromDIP(wxSize(480, 640)));
    pump(300);
    scrollToTop(find<wxWindow>("password_meter_box"));
    shoot(frame(), "password-meter-narrow-fr.png");
    scrollToTop(find<wxWindow>("breach_check_button"));
    shoot(frame(), "breach-check-narrow-fr.png");
    scrollToTop(find<wxWindow>("passphrase_box"));
    shoot(frame(), "passphrase-narrow-fr.png");
    frame()->SetSize(size);
    pump(300);
    press(find<wxButton>("passphrase_generate"));
    BOOST_TEST(!find<wxTextCtrl>("passphrase_result")->IsEmpty());
    scrollToTop(find<wxWindow>("passphrase_box"));
    shoot(frame(), "passphrase-fr.png");
    switchLanguage(Language::English);
    BOOST_TEST(meterInput()->GetValue().empty());
}

BOOST_AUTO_TEST_CASE(breach_check_runs_only_when_asked) {
    const std::string hash(password::sha1Hex(kCanaryPassword).view());
    const std::string prefix = hash.substr(0, 5), suffix = hash.substr(5);
    net::HttpServer server([&](const net::HttpRequest&) { return rangeAnswer(suffix, 42); });
    setenv("VIGIE_PWNED_URL", server.url("/range/").c_str(), 1);
    WizardPanel* panel = openSecureWizardAt("password");
    const std::size_t step = panel->currentStep();
    pasteInto(meterInput(), kCanaryPassword);
    BOOST_TEST_REQUIRE(waitFor([] { return shown("password_meter_band"); }));
    BOOST_TEST(!shown("breach_check_result"));
    BOOST_TEST(server.requests().empty(), "nothing leaves before the user asks");

    press(find<wxButton>("breach_check_button"));
    const wxString found = toWx(breachText(password::BreachStatus::Found, 42));
    BOOST_TEST_REQUIRE(waitFor([&] { return labelOf("breach_check_result") == found; }),
                       "a password found in breaches is reported with its count");
    BOOST_TEST(shown("breach_check_result"));
    const auto requests = server.requests();
    BOOST_TEST_REQUIRE(requests.size() == 1u);
    BOOST_TEST(requests[0].path() == "/range/" + prefix, "only the first 5 hex digits of the SHA-1 are sent");
    std::string sent = requests[0].target + requests[0].body;
    for (const auto& [name, value] : requests[0].headers) sent += name + value;
    BOOST_TEST(sent.find(kCanaryPassword) == std::string::npos);
    BOOST_TEST(sent.find(suffix) == std::string::npos);

    pasteInto(meterInput(), wxString(kCanaryPassword) + "!");
    BOOST_TEST(!shown("breach_check_result"), "a result is about the text it was computed for");
    BOOST_TEST(server.requests().size() == 1u, "and a new text is not checked unless asked");

    {
        net::ClosedPort closed;
        setenv("VIGIE_PWNED_URL", closed.url("/range/").c_str(), 1);
        press(find<wxButton>("breach_check_button"));
        BOOST_TEST(waitFor([] {
                       return labelOf("breach_check_result") ==
                              toWx(breachText(password::BreachStatus::ConnectionFailed));
                   }),
                   "no server: the user is told to check the connection");
    }

    net::HttpServer slow([&](const net::HttpRequest&) {
        net::HttpResponse answer = rangeAnswer(suffix, 42);
        answer.delay = std::chrono::milliseconds(1500);
        return answer;
    });
    setenv("VIGIE_PWNED_URL", slow.url("/range/").c_str(), 1);
    press(find<wxButton>("breach_check_button"));
    BOOST_TEST_REQUIRE(waitFor([&] { return slow.requests().size() == 1u; }));
    BOOST_TEST(labelOf("breach_check_result") == utf8("Checking with Have I Been Pwned…"));
    pasteInto(meterInput(), kCanaryPassword);
    pump(2200);
    BOOST_TEST(!shown("breach_check_result"), "a change cancels the check under way; its answer is dropped");

    press(find<wxButton>("breach_check_button"));
    BOOST_TEST_REQUIRE(waitFor([&] { return slow.requests().size() == 2u; }));
    press(find<wxButton>("wizard_next", panel));
    pump(2200);
    panel->showStep(step);
    pump(100);
    BOOST_TEST(!shown("breach_check_result"), "leaving the step cancels it too");
    BOOST_TEST(meterInput()->GetValue().empty());

    // A check under way when the wizard closes: the window goes, the answer has nowhere to go.
    pasteInto(meterInput(), kCanaryPassword);
    press(find<wxButton>("breach_check_button"));
    BOOST_TEST_REQUIRE(waitFor([&] { return slow.requests().size() == 3u; }));
    press(find<wxButton>("wizard_close", panel));
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
    pump(2200);
    unsetenv("VIGIE_PWNED_URL");
}

BOOST_AUTO_TEST_CASE(passphrase_generator_makes_copies_and_tests) {
    WizardPanel* panel = openSecureWizardAt("password");
    BOOST_TEST(find<wxChoice>("passphrase_language")->GetStringSelection() == "English", "the UI's language");
    BOOST_TEST(find<wxSpinCtrl>("passphrase_words")->GetValue() == password::kDefaultPassphraseWords);
    BOOST_TEST(!find<wxButton>("passphrase_copy")->IsEnabled());
    find<wxSpinCtrl>("passphrase_words")->SetValue(6);
    press(find<wxButton>("passphrase_generate"));
    auto* result = find<wxTextCtrl>("passphrase_result");
    const wxString passphrase = result->GetValue();
    wxArrayString parts = wxStringTokenize(passphrase, "-", wxTOKEN_RET_EMPTY_ALL);
    BOOST_TEST_REQUIRE(parts.size() == 7u, "six words and a digit: " << passphrase);
    for (std::size_t i = 0; i < 6; ++i) {
        BOOST_TEST(wxIsupper(parts[i][0]), "capitalised: " << parts[i]);
        BOOST_TEST(parts[i].Mid(1).IsSameAs(parts[i].Mid(1).Lower()));
    }
    BOOST_TEST((parts[6].length() == 1 && wxIsdigit(parts[6][0])));
    BOOST_TEST(labelOf("passphrase_entropy").StartsWith("About "));
    BOOST_TEST(labelOf("passphrase_entropy").EndsWith(", and a digit."));

    press(find<wxButton>("passphrase_copy"));
    BOOST_TEST(clipboardText() == passphrase, "Copy is the user's explicit choice");
    press(find<wxButton>("passphrase_test"));
    BOOST_TEST(meterInput()->GetValue() == passphrase);
    BOOST_TEST(meterInput()->HasFocus());
    BOOST_TEST(shown("password_meter_band"));
    for (const char* rule : {"length", "case", "digit", "special", "personal"})
        BOOST_TEST(labelOf(wxString("password_rule_") + rule + "_mark") == utf8("✔"), "it meets OVHcloud's " << rule);
    BOOST_TEST(!shown("password_meter_refusal"), "OVHcloud would accept it");
    // One strength model: the meter does not claim more than the generator's exact figure.
    long stated = 0, measured = 0;
    BOOST_TEST_REQUIRE(labelOf("passphrase_entropy").AfterFirst(' ').BeforeFirst(' ').ToLong(&stated));
    BOOST_TEST_REQUIRE(labelOf("password_meter_bits").AfterLast(':').Trim(false).BeforeFirst(' ').ToLong(&measured));
    BOOST_TEST(measured <= 1.15 * stated + 6, "meter " << measured << " bits, generator " << stated);
    scrollToTop(find<wxWindow>("password_meter_box"));
    shoot(frame(), "passphrase-in-meter-en.png");

    choose(find<wxChoice>("passphrase_separator"), 1);  // Space
    tick(find<wxCheckBox>("passphrase_rules"), false);
    choose(find<wxChoice>("passphrase_language"), 1);  // French
    press(find<wxButton>("passphrase_generate"));
    const wxString plain = result->GetValue();
    BOOST_TEST(wxStringTokenize(plain, " ").size() == 6u, plain);
    BOOST_TEST(plain == plain.Lower());
    BOOST_TEST(labelOf("passphrase_entropy")
                   .EndsWith(" words drawn at random from a list of " + labelOf("passphrase_entropy").AfterLast(' ')));

    press(find<wxButton>("wizard_next", panel));
    pump(100);
    BOOST_TEST(result->GetValue().empty(), "a generated passphrase is a password: cleared when the step is left");
    BOOST_TEST(meterInput()->GetValue().empty());
    setClipboardText("sentinel");
}

BOOST_AUTO_TEST_CASE(authenticator_check_tells_right_from_wrong) {
    WizardPanel* panel = openSecureWizardAt("app");
    const std::size_t step = panel->currentStep();
    auto* secret = find<wxTextCtrl>("totp_secret");
    auto* code = find<wxTextCtrl>("totp_code");
    BOOST_TEST(secret->HasFlag(wxTE_PASSWORD), "the secret is masked");
    pasteInto(secret, kCanarySecret);
    const totp::TotpParameters parameters = bareSecretParameters(kCanarySecret);

    awayFromStepBoundary();
    std::int64_t now = unixNow();
    const std::string current = totp::totpCode(parameters, now);
    clickWithMouse(code);
    BOOST_TEST_REQUIRE(waitFor([&] { return code->HasFocus(); }));
    typeText(code, current.c_str());
    BOOST_TEST_REQUIRE(waitFor([&] { return code->GetValue() == current; }));
    pressKey(code, WXK_RETURN);
    BOOST_TEST_REQUIRE(waitFor([] { return shown("totp_result"); }), "Enter runs the check");
    BOOST_TEST(labelOf("totp_result") == totpVerdict(parameters, current, now));
    BOOST_TEST(labelOf("totp_result").StartsWith(utf8("✔ ")));
    BOOST_TEST(panel->currentStep() == step, "and does not go to the next step");
    scrollToTop(find<wxWindow>("totp_check_box"));
    shoot(frame(), "totp-check-en.png");
    const wxSize size = frame()->GetSize();
    frame()->SetSize(frame()->FromDIP(wxSize(480, 640)));
    pump(300);
    scrollToTop(find<wxWindow>("totp_check_box"));
    shoot(frame(), "totp-check-narrow-en.png");
    frame()->SetSize(size);
    pump(300);

    // The phone's clock a minute ahead.
    awayFromStepBoundary();
    now = unixNow();
    const std::string ahead = totp::totpCode(parameters, now + 60);
    pasteInto(code, ahead);
    BOOST_TEST(!shown("totp_result"), "a new code clears the old verdict");
    press(find<wxButton>("totp_check_button"));
    BOOST_TEST(labelOf("totp_result") == totpVerdict(parameters, ahead, now));
    BOOST_TEST(labelOf("totp_result").Contains("60 seconds ahead"));

    // A code from another account: none of the codes around now.
    std::set<std::string> near;
    for (int step = -12; step <= 12; ++step) near.insert(totp::totpCode(parameters, unixNow() + 30 * step));
    std::string wrong = "000000";
    while (near.count(wrong)) wrong = std::to_string(std::stoi(wrong) + 111111).substr(0, 6);
    pasteInto(code, wrong);
    press(find<wxButton>("totp_check_button"));
    BOOST_TEST(labelOf("totp_result") == totpVerdict(parameters, wrong, unixNow()));
    BOOST_TEST(labelOf("totp_result").StartsWith(utf8("✘ ")));

    const char* badSecret = "JBSW Y3DP 1HPK 3PXP";
    pasteInto(secret, badSecret);
    press(find<wxButton>("totp_check_button"));
    BOOST_TEST(labelOf("totp_result") ==
               utf8("✘ ") + toWx(totp::describe(totp::decodeBase32(badSecret), Translator(Language::English))));
    BOOST_TEST(labelOf("totp_result").Contains("position 11"), labelOf("totp_result"));

    const char* hotp = "otpauth://hotp/OVHcloud:ab12345-ovh?secret=JBSWY3DPEHPK3PXP&counter=1";
    pasteInto(secret, hotp);
    press(find<wxButton>("totp_check_button"));
    BOOST_TEST(labelOf("totp_result") ==
               utf8("✘ ") + toWx(totp::describe(totp::parseOtpauthUri(hotp), Translator(Language::English))));

    // A link sets the digits and the algorithm.
    const std::string link = std::string("otpauth://totp/OVHcloud:ab12345-ovh?secret=") + kCanarySecret +
                             "&issuer=OVHcloud&algorithm=SHA256&digits=8";
    pasteInto(secret, link);
    const totp::UriParseResult parsed = totp::parseOtpauthUri(link);
    BOOST_TEST_REQUIRE(parsed.ok());
    awayFromStepBoundary();
    now = unixNow();
    const std::string eight = totp::totpCode(parsed.parameters, now);
    BOOST_TEST(eight.size() == 8u);
    pasteInto(code, eight);
    press(find<wxButton>("totp_check_button"));
    BOOST_TEST(labelOf("totp_result") == totpVerdict(parsed.parameters, eight, now));
    BOOST_TEST(labelOf("totp_result").StartsWith(utf8("✔ ")));

    // A bare key with an 8-digit code: 8 digits, SHA-1.
    pasteInto(secret, kCanarySecret);
    const totp::TotpParameters eightDigits = bareSecretParameters(kCanarySecret, 8);
    awayFromStepBoundary();
    now = unixNow();
    const std::string bareEight = totp::totpCode(eightDigits, now);
    pasteInto(code, bareEight);
    press(find<wxButton>("totp_check_button"));
    BOOST_TEST(labelOf("totp_result") == totpVerdict(eightDigits, bareEight, now));

    press(find<wxButton>("wizard_back", panel));
    BOOST_TEST_REQUIRE(waitFor([&] { return panel->currentStep() == step - 1; }));
    BOOST_TEST(secret->GetValue().empty(), "the secret is wiped when the step is left");
    BOOST_TEST(find<wxTextCtrl>("totp_secret_plain")->GetValue().empty());
    BOOST_TEST(code->GetValue().empty());
    panel->showStep(step);
    pump(100);
    BOOST_TEST(!shown("totp_result"));
}

BOOST_AUTO_TEST_CASE(secrets_reach_no_file_log_or_clipboard) {
    // Something was saved during the session, so the search below means something.
    session().setNote(secureWizard().steps.front().items.front(), "Checked with the meter");
    // After the other cases, the clipboard still holds what the passphrase case left there: no
    // secret replaced it. Run alone, there is nothing before: the sentinel is put there now.
    if (clipboardText().empty()) setClipboardText("sentinel");
    BOOST_TEST(clipboardText() == "sentinel");
    frame()->Close();
    BOOST_TEST_REQUIRE(waitFor([] { return findNamed("main_frame") == nullptr; }), "quit");
    pump(200);
    std::fflush(stderr);

    std::size_t searched = 0;
    bool sawState = false;
    for (const auto& entry : fs::recursive_directory_iterator(environment->app.home().path())) {
        if (!entry.is_regular_file()) continue;
        const std::string content = readFile(entry.path().string());
        ++searched;
        sawState |= entry.path() == fs::path(ReviewStore::defaultPath());
        BOOST_TEST(content.find(kCanaryPassword) == std::string::npos, "the password is in " << entry.path());
        BOOST_TEST(content.find(kCanarySecret) == std::string::npos, "the TOTP secret is in " << entry.path());
    }
    BOOST_TEST(sawState, "the state file was written and searched");
    BOOST_TEST(readFile(ReviewStore::defaultPath()).find("Checked with the meter") != std::string::npos);
    BOOST_TEST(searched >= 2u, "state and settings searched");
    const std::string errors = readFile(environment->stderrCapture.path);
    BOOST_TEST(errors.find(kCanaryPassword) == std::string::npos, "the password is on standard error");
    BOOST_TEST(errors.find(kCanarySecret) == std::string::npos, "the TOTP secret is on standard error");
    BOOST_TEST(environment->log->text.find(kCanaryPassword) == std::string::npos);
    BOOST_TEST(environment->log->text.find(kCanarySecret) == std::string::npos);
    // What `ps` shows of this process: its command line and environment.
    for (const char* listing : {"/proc/self/cmdline", "/proc/self/environ"}) {
        const std::string shownByPs = readFile(listing);
        BOOST_TEST(shownByPs.find(kCanaryPassword) == std::string::npos, listing);
        BOOST_TEST(shownByPs.find(kCanarySecret) == std::string::npos, listing);
    }
}

BOOST_AUTO_TEST_SUITE_END()
