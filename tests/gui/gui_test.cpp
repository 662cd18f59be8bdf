// The desktop window end to end, under Xvfb: the real main window with the shipped wizards, a
// private XDG home, simulated clicks and keys. Walks every wizard, ticks items, writes a note,
// switches language, quits, starts again from the files on disk and finds everything there.
// Screenshots of each language go to <build>/screenshots/ for a person to look at.
#define BOOST_TEST_MODULE gui_test
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/hyperlink.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/dialog.h>
#include <wx/testing.h>
#include <wx/textctrl.h>

#include "accessible_name.h"
#include "application.h"
#include "checklist_driver.h"
#include "gui_driver.h"
#include "running_app.h"
#include "main_frame.h"
#include "notice_area.h"
#include "platform/atomic_file.h"
#include "platform/paths.h"
#include "review/checklist_state.h"
#include "review/presentation.h"
#include "review/review_store.h"
#include "review_session.h"
#include "startup.h"
#include "step_list.h"
#include "temp_dir.h"
#include "wizard_panel.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie {
// For Boost.Test's messages.
std::ostream& operator<<(std::ostream& out, ItemStatus status) { return out << statusCode(status); }
}  // namespace vigie

namespace fs = std::filesystem;
using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;

namespace {

// One X client and one private home for the whole run, as for a user session. Each case still
// stands alone (--run_test=gui/NAME): it sets up what it needs instead of relying on the one before.
RunningApp* app = nullptr;

struct GlobalFixture {
    GlobalFixture() { app = new RunningApp("gui_test"); }
    ~GlobalFixture() { delete app; }
};
BOOST_TEST_GLOBAL_FIXTURE(GlobalFixture);

ReviewSession& session() { return frame()->session(); }
const std::vector<Wizard>& wizards() { return session().definitions().wizards; }

// What a control says; for wrapped texts, before the line breaks wrapping put in.
wxString labelOf(const wxString& name) {
    wxWindow* window = find<wxWindow>(name);
    if (auto* wrapped = dynamic_cast<WrappedText*>(window)) return wrapped->text();
    return window->GetLabel();
}
// What the core says the window must show (review/presentation.h).
wxString doneCount(std::size_t done, const Wizard& wizard) {
    WizardProgress progress;
    progress.done = done;
    progress.total = wizard.itemCount();
    return toWx(doneCountText(session().translator(), progress));
}
wxString itemName(const char* role, const Item& item) { return wxString("item_") + role + "_" + toWx(item.id); }

std::string statePath() { return ReviewStore::defaultPath(); }

// Scrolled down to the step's checklist, as a user reading on would be.
void showChecklist(WizardPanel* panel, const Step& step) {
    scrollIntoView(find<wxWindow>(itemName("status", step.items.front()), panel));
}

WizardPanel* openWizard(const Wizard& wizard, bool withMouse) {
    auto* open = find<wxButton>("wizard_open_" + toWx(wizard.id));
    withMouse ? clickWithMouse(open) : press(open);
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() != nullptr; }), "wizard " << wizard.id << " opened");
    return frame()->wizardPanel();
}

// What a user does on one step: every item answered; the first item of the wizard's last step
// is flagged as needing attention, the second item of any step is marked not applicable.
void answerStep(WizardPanel* panel, const Step& step, bool lastStep) {
    for (std::size_t i = 0; i < step.items.size(); ++i) {
        const Item& item = step.items[i];
        if (lastStep && i == 0) {
            chooseStatus(item.id, panel, ItemStatus::Attention);
        } else if (i == 1) {
            chooseStatus(item.id, panel, ItemStatus::NotApplicable);
        } else if (item.kind == ItemKind::Confirm) {
            press(markOf(item.id, panel));  // a click on the mark ticks it
        } else {
            if (item.kind == ItemKind::Choice) choose(find<wxChoice>(itemName("value", item), panel), 1);
            chooseStatus(item.id, panel, ItemStatus::Done);
        }
    }
}

// Next through the simulated mouse, the simulated keyboard and the button's event, in turn.
void goToNextStep(WizardPanel* panel, std::size_t from, int how) {
    if (how == 0)
        clickWithMouse(find<wxButton>("wizard_next", panel));
    else if (how == 1)
        pressKey(panel, WXK_RIGHT, wxMOD_ALT);
    else
        press(find<wxButton>("wizard_next", panel));
    BOOST_TEST_REQUIRE(waitFor([&] { return panel->currentStep() == from + 1; }), "moved to step " << from + 2);
}

// The dialog is modal: it is filled in from inside its own event loop. A name already in use
// keeps OK disabled.
void addProfileThroughDialog(const wxString& label, const wxString& nic, int region) {
    wxTheApp->CallAfter([=] {
        auto* dialog = findNamed("profile_dialog");
        BOOST_TEST_REQUIRE(dialog != nullptr);
        wxWindow* ok = dialog->FindWindow(wxID_OK);
        BOOST_TEST(!ok->IsEnabled(), "no profile without a name");
        find<wxTextCtrl>("profile_label", dialog)->SetValue("My account");
        BOOST_TEST(!ok->IsEnabled(), "no two profiles with the same name");
        find<wxTextCtrl>("profile_label", dialog)->SetValue(label);
        find<wxTextCtrl>("profile_nic", dialog)->SetValue(nic);
        choose(find<wxChoice>("profile_region", dialog), region);
        BOOST_TEST(ok->IsEnabled());
        press(ok);
    });
    press(find<wxButton>("profile_add"));
}

// The wizard the case works in, open; whatever an earlier case left open is reused.
WizardPanel* openFirstWizard() {
    if (WizardPanel* open = frame()->wizardPanel()) return open;
    return openWizard(wizards().front(), false);
}

void switchLanguage(Language language) {
    if (session().language() == language) return;
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(language));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([=] { return session().language() == language; }));
    pump(200);
}

// "Record the review" in the Finish summary (traps_test looks at the summary itself).
class RecordTheReview : public wxExpectModalBase<wxDialog, RecordTheReview> {
protected:
    int OnInvoked(wxDialog* dialog) const override {
        BOOST_TEST(dialog->GetName() == "finish_dialog");
        return wxID_OK;
    }
};

struct Expected {
    std::size_t done = 0, attention = 0;
};
std::map<std::string, Expected> expected;

}  // namespace

BOOST_AUTO_TEST_SUITE(gui)

BOOST_AUTO_TEST_CASE(main_window_shows_every_wizard) {
    BOOST_TEST_REQUIRE(wizards().size() >= 1u);
    BOOST_TEST(!frame()->notices().isShown("definitions"), "every shipped wizard loads");
    BOOST_TEST(!frame()->notices().isShown("state_moved"));
    for (const Wizard& wizard : wizards()) {
        BOOST_TEST(labelOf("wizard_progress_" + toWx(wizard.id)) == doneCount(0, wizard));
        BOOST_TEST(labelOf("wizard_title_" + toWx(wizard.id)) == toWx(wizard.title));
    }
    auto* profiles = find<wxChoice>("profile_choice");
    BOOST_TEST(profiles->GetCount() == 1u);
    BOOST_TEST(profiles->GetStringSelection() == "My account");
    BOOST_TEST(labelOf("profile_details") == toWx(profileLine(session().translator(), session().profile())));
    BOOST_TEST(labelOf("profile_details") == "My account \u00B7 Europe \u00B7 review every 3 months");
    shoot(frame(), "main-en.png");
}

BOOST_AUTO_TEST_CASE(walks_every_wizard_step_by_step) {
    int how = 0;
    for (const Wizard& wizard : wizards()) {
        WizardPanel* panel = openWizard(wizard, &wizard == &wizards().front());
        BOOST_TEST(find<StepList>("step_list", panel)->count() == wizard.steps.size());
        for (std::size_t s = 0; s < wizard.steps.size(); ++s) {
            const bool last = s + 1 == wizard.steps.size();
            BOOST_TEST(find<wxStaticText>("wizard_position", panel)->GetLabel() ==
                       formatText("Step {} of {}", s + 1, wizard.steps.size()));
            BOOST_TEST(find<wxButton>("wizard_next", panel)->IsEnabled() == !last);
            answerStep(panel, wizard.steps[s], last);
            if (&wizard == &wizards().front() && s == 0) {
                shoot(frame(), "step-en.png");
                showChecklist(panel, wizard.steps[s]);
                shoot(frame(), "checklist-en.png");
            }
            if (!last) goToNextStep(panel, s, how++ % 3);
        }
        const WizardProgress progress = session().profile().progress(wizard);
        BOOST_TEST(progress.done + progress.attention == wizard.itemCount(),
                   "every item of " << wizard.id << " answered");
        expected[wizard.id] = {progress.done, progress.attention};
        BOOST_TEST(find<wxStaticText>("wizard_items_done", panel)->GetLabel() == doneCount(progress.done, wizard));
        // Finish shows its summary first; the pass is recorded once "Record the review" is chosen.
        wxTEST_DIALOG(press(find<wxButton>("wizard_finish", panel)), RecordTheReview().Describe("the Finish summary"));
        BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }), "Finish returns to the overview");
        BOOST_TEST(labelOf("wizard_progress_" + toWx(wizard.id)) == doneCount(progress.done, wizard));
        BOOST_TEST(labelOf("wizard_last_reviewed_" + toWx(wizard.id)) ==
                   formatText(progress.attention > 0 ? "Last reviewed: {}, incomplete" : "Last reviewed: {}",
                              localDate(now())));
        BOOST_TEST(find<wxGauge>("wizard_gauge_" + toWx(wizard.id))->GetValue() == static_cast<int>(progress.done));
    }
    BOOST_TEST(labelOf("next_review").StartsWith("Next review: " + localDate(addMonths(now(), 3))));
    BOOST_TEST(readFile(statePath()).find(wizards().front().steps.front().items.front().id) != std::string::npos,
               "autosaved without a Save button");
}

BOOST_AUTO_TEST_CASE(real_clicks_and_typing_reach_the_items) {
    const Wizard& wizard = wizards().front();
    const Item& item = wizard.steps.front().items.front();
    BOOST_TEST_REQUIRE((item.kind == ItemKind::Confirm), "the first item of the first wizard is a confirmation");
    session().setStatus(item, ItemStatus::Done);  // as the walk through the wizards leaves it
    if (frame()->wizardPanel()) press(find<wxButton>("wizard_close", frame()->wizardPanel()));
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
    WizardPanel* panel = openWizard(wizard, false);
    auto* check = markOf(item.id, panel);
    BOOST_TEST(accessibleName(check) == "Status: Done");
    clickWithMouse(check);
    BOOST_TEST(waitFor([&] { return session().itemState(item.id).status == ItemStatus::Todo; }), "a click unticks");
    BOOST_TEST(accessibleName(check) == "Status: To do");
    clickWithMouse(check);
    BOOST_TEST(waitFor([&] { return session().itemState(item.id).status == ItemStatus::Done; }), "a click ticks");

    press(find<wxButton>(itemName("note_button", item), panel));
    auto* note = find<wxTextCtrl>(itemName("note", item), panel);
    BOOST_TEST(note->IsShownOnScreen());
    BOOST_TEST(accessibleName(find<wxWindow>(itemName("note_button", item), panel)) == "Go to the note",
               "the note icon now leads to the open note");
    prepareForInput(note);
    BOOST_TEST(waitFor([&] { return note->HasFocus(); }), "the note editor takes the keyboard");
    typeText(note, "Kept in my password manager");
    BOOST_TEST(waitFor([&] { return session().itemState(item.id).note == "Kept in my password manager"; }));
    BOOST_TEST(waitFor([&] { return readFile(statePath()).find("Kept in my password manager") != std::string::npos; }),
               "the note is saved shortly after typing stops");
}

BOOST_AUTO_TEST_CASE(keyboard_moves_between_steps_and_closes) {
    WizardPanel* panel = openFirstWizard();
    const std::size_t steps = panel->wizard().steps.size();
    BOOST_TEST_REQUIRE(steps >= 2u);
    panel->showStep(0);
    // Enter means Next when the focus is on an item's mark, as on the checkbox it stands for.
    auto* mark = markOf(panel->wizard().steps.front().items.front().id, panel);
    const ItemStatus before = session().itemState(panel->wizard().steps.front().items.front().id).status;
    mark->SetFocus();
    pressKey(panel, WXK_RETURN);
    BOOST_TEST(waitFor([&] { return panel->currentStep() == 1; }), "Enter goes to the next step");
    BOOST_TEST(session().itemState(panel->wizard().steps.front().items.front().id).status == before,
               "and does not change the item");
    pressKey(panel, WXK_PAGEDOWN, wxMOD_CONTROL);
    BOOST_TEST(waitFor([&] { return panel->currentStep() == std::min<std::size_t>(2, steps - 1); }));
    pressKey(panel, WXK_LEFT, wxMOD_ALT);
    pressKey(panel, WXK_PAGEUP, wxMOD_CONTROL);
    BOOST_TEST(waitFor([&] { return panel->currentStep() == 0; }), "Alt+Left and Ctrl+PgUp go back");
    // Any step from the list.
    auto* list = find<StepList>("step_list", panel);
    list->SelectRow(static_cast<unsigned>(steps - 1));
    wxDataViewEvent picked(wxEVT_DATAVIEW_SELECTION_CHANGED, list, list->RowToItem(static_cast<int>(steps - 1)));
    list->HandleWindowEvent(picked);
    pump();
    BOOST_TEST(panel->currentStep() == steps - 1);
    BOOST_TEST(!find<wxButton>("wizard_next", panel)->IsEnabled(), "no Next on the last step");
    pressKey(panel, WXK_ESCAPE);
    BOOST_TEST(waitFor([] { return frame()->wizardPanel() == nullptr; }), "Escape closes the wizard");
}

BOOST_AUTO_TEST_CASE(profiles_are_added_and_switched) {
    BOOST_TEST_REQUIRE(frame()->wizardPanel() == nullptr, "profiles are managed from the overview");
    addProfileThroughDialog("Company", "ab12345-ovh", 1);  // Canada
    auto* profiles = find<wxChoice>("profile_choice");
    BOOST_TEST(profiles->GetCount() == 2u);
    BOOST_TEST(profiles->GetStringSelection() == "Company");
    BOOST_TEST(labelOf("profile_details") == toWx(profileLine(session().translator(), session().profile())));
    BOOST_TEST(labelOf("profile_details").StartsWith("Company (ab12345-ovh) \u00B7 Canada"));
    const Wizard& wizard = wizards().front();
    BOOST_TEST(labelOf("wizard_progress_" + toWx(wizard.id)) == doneCount(0, wizard), "a new profile starts empty");
    choose(profiles, 0);
    BOOST_TEST(labelOf("wizard_progress_" + toWx(wizard.id)) == doneCount(expected[wizard.id].done, wizard));
}

BOOST_AUTO_TEST_CASE(a_profile_is_deleted_only_once_confirmed) {
    auto* profiles = find<wxChoice>("profile_choice");
    const unsigned before = profiles->GetCount();
    addProfileThroughDialog("Temporary", "", 0);
    BOOST_TEST_REQUIRE(profiles->GetCount() == before + 1);
    wxTEST_DIALOG(press(find<wxButton>("profile_delete")), wxExpectModal<wxMessageDialog>(wxID_NO));
    BOOST_TEST(profiles->GetCount() == before + 1, "answering Keep keeps it");
    wxTEST_DIALOG(press(find<wxButton>("profile_delete")), wxExpectModal<wxMessageDialog>(wxID_YES));
    BOOST_TEST(profiles->GetCount() == before);
    BOOST_TEST(profiles->GetStringSelection() == (before == 1 ? wxString("My account") : profiles->GetString(0)));
    BOOST_TEST(ReviewStore(statePath()).load().state.profiles.size() == before, "the deletion is saved");
}

BOOST_AUTO_TEST_CASE(a_failed_save_is_reported_once_and_retried) {
    const Wizard& wizard = wizards().front();
    WizardPanel* panel = openWizard(wizard, false);
    const Item& item = wizard.steps.front().items.front();
    auto* status = markOf(item.id, panel);
    setWriteFailureAfterBytesForTesting(0);
    chooseStatus(status, ItemStatus::NotApplicable);
    BOOST_TEST(frame()->notices().isShown("save_failed"), "the failure is reported");
    press(find<wxButton>("notice_save_failed_dismiss"));
    BOOST_TEST(waitFor([] { return !frame()->notices().isShown("save_failed"); }), "the user dismisses it");
    chooseStatus(status, ItemStatus::Attention);
    BOOST_TEST(!frame()->notices().isShown("save_failed"), "not again within the same streak");
    BOOST_TEST(session().itemState(item.id).status == ItemStatus::Attention, "the state is kept in memory");
    setWriteFailureAfterBytesForTesting(-1);
    chooseStatus(status, ItemStatus::Done);
    BOOST_TEST(!frame()->notices().isShown("save_failed"));
    BOOST_TEST(ReviewStore(statePath()).load().state.current().item(item.id)->status == ItemStatus::Done,
               "the next change is saved");
}

BOOST_AUTO_TEST_CASE(a_change_made_by_the_command_line_is_reloaded_not_overwritten) {
    const Wizard& wizard = wizards().front();
    const std::string fromCli = wizard.steps.front().items.back().id;
    const Item& windowItem = wizard.steps.back().items.front();
    const std::string fromWindow = windowItem.id;
    // `vigie mark` runs while the window is in the background.
    wxActivateEvent away(wxEVT_ACTIVATE, false);
    frame()->GetEventHandler()->ProcessEvent(away);
    ReviewStore(statePath()).update([&](ReviewState& state) {
        ItemState& item = state.current().items[fromCli];
        item.status = ItemStatus::NotApplicable;
        item.note = "marked from the command line";
    });
    wxActivateEvent back(wxEVT_ACTIVATE, true);
    frame()->GetEventHandler()->ProcessEvent(back);
    pump(300);
    BOOST_TEST(session().itemState(fromCli).note == "marked from the command line", "the window reloaded");
    BOOST_TEST(findNamed("main_frame") != nullptr);
    session().setStatus(windowItem, ItemStatus::Attention);
    const Profile saved = ReviewStore(statePath()).load().state.current();
    BOOST_TEST(saved.item(fromCli)->status == ItemStatus::NotApplicable, "the command line's change is kept");
    BOOST_TEST(saved.item(fromWindow)->status == ItemStatus::Attention, "and the window's");
    // A command run while the window keeps the focus: the window's next save keeps it too.
    ReviewStore(statePath()).update([&](ReviewState& state) { state.current().items[fromCli].note = "again"; });
    session().setStatus(windowItem, ItemStatus::Done);
    const Profile again = ReviewStore(statePath()).load().state.current();
    BOOST_TEST(again.item(fromCli)->note == "again", "not overwritten by the window's save");
    BOOST_TEST(again.item(fromWindow)->status == ItemStatus::Done);
}

BOOST_AUTO_TEST_CASE(switches_language_without_restart) {
    session().setStatus(wizards().front().steps.front().items.front(), ItemStatus::Done);
    WizardPanel* before = openFirstWizard();
    const Wizard& wizard = before->wizard();
    before->showStep(0);
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(Language::French));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([] { return session().language() == Language::French; }));
    pump(200);
    WizardPanel* panel = frame()->wizardPanel();
    BOOST_TEST_REQUIRE(panel != nullptr, "the open wizard stays open");
    BOOST_TEST(panel->currentStep() == 0u);
    BOOST_TEST(frame()->GetMenuBar()->GetMenuLabel(0) == "&Fichier");
    BOOST_TEST(frame()->GetMenuBar()->GetMenuLabel(2) == "&Aide");
    BOOST_TEST(find<wxButton>("wizard_next", panel)->GetLabel() == "&Suivant >");
    BOOST_TEST(find<wxButton>("wizard_finish", panel)->GetLabel() == "&Terminer");
    BOOST_TEST(labelOf("wizard_title") == toWx(Translator(Language::French)(wizard.title)));
    BOOST_TEST(labelOf("wizard_title") != toWx(wizard.title), "the wizard text is French too");
    BOOST_TEST(find<wxStaticText>("wizard_position", panel)->GetLabel() ==
               formatText(wxString::FromUTF8("Étape {} sur {}"), 1, wizard.steps.size()));
    const Item& item = wizard.steps.front().items.front();
    ItemState done;
    done.status = ItemStatus::Done;
    BOOST_TEST(accessibleName(markOf(item.id, panel)) == toWx(statusMarkName(Translator(Language::French), done)));
    shoot(frame(), "step-fr.png");
    showChecklist(panel, wizard.steps.front());
    shoot(frame(), "checklist-fr.png");
    pressKey(panel, WXK_ESCAPE);
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
    BOOST_TEST(labelOf("profile_details") == toWx(profileLine(Translator(Language::French), session().profile())));
    shoot(frame(), "main-fr.png");
}

BOOST_AUTO_TEST_CASE(the_cancel_wizard_keeps_a_list_of_services) {
    switchLanguage(Language::French);
    const Wizard* cancel = session().definitions().findWizard("cancel");
    BOOST_TEST_REQUIRE(cancel);
    const Item* list = session().definitions().findItem("cancel.ways.services");
    BOOST_TEST_REQUIRE(list);
    WizardPanel* panel = openWizard(*cancel, false);
    panel->showStep(1);
    pump(100);
    std::size_t rowsBefore = session().itemState(list->id).entries.size();
    auto* name = find<wxTextCtrl>(itemName("entry_name", *list), panel);
    for (const char* service : {"vps-old.example.net", "example.com"}) {
        name->SetValue(service);
        choose(find<wxChoice>(itemName("entry_option", *list), panel), 2);  // Cancellation at expiry
        press(find<wxButton>(itemName("entry_add", *list), panel));
        pump(50);
    }
    const std::vector<ListEntry> rows = session().itemState(list->id).entries;
    BOOST_TEST_REQUIRE(rows.size() == rowsBefore + 2);
    BOOST_TEST(rows.back().name == "example.com");
    BOOST_TEST(rows.back().option == "expiry");
    BOOST_TEST(name->GetValue().empty(), "the form is ready for the next service");
    BOOST_TEST(ReviewStore(statePath()).load().state.current().item(list->id)->entries.size() == rows.size(),
               "every row is saved");
    scrollIntoView(name);
    shoot(frame(), "list-fr.png");
    wxCommandEvent english(wxEVT_MENU, MainFrame::languageCommand(Language::English));
    frame()->ProcessWindowEvent(english);
    BOOST_TEST_REQUIRE(waitFor([] { return session().language() == Language::English; }));
    pump(200);
    panel = frame()->wizardPanel();
    scrollIntoView(find<wxTextCtrl>(itemName("entry_name", *list), panel));
    shoot(frame(), "list-en.png");
    wxCommandEvent french(wxEVT_MENU, MainFrame::languageCommand(Language::French));
    frame()->ProcessWindowEvent(french);
    BOOST_TEST_REQUIRE(waitFor([] { return session().language() == Language::French; }));
    pump(200);
    pressKey(frame()->wizardPanel(), WXK_ESCAPE);
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
}

BOOST_AUTO_TEST_CASE(the_personal_details_path_is_the_guide_s) {
    switchLanguage(Language::French);
    const Wizard* secure = session().definitions().findWizard("secure");
    BOOST_TEST_REQUIRE(secure);
    WizardPanel* panel = openWizard(*secure, false);
    std::size_t details = 0;
    while (details < secure->steps.size() && secure->steps[details].id != "details") ++details;
    BOOST_TEST_REQUIRE(details < secure->steps.size());
    panel->showStep(details);
    pump(100);
    auto* path = find<WrappedText>("panel_path_text", find<wxWindow>("step_page_details", panel));
    BOOST_TEST(path->text() ==
               wxString::FromUTF8("Votre nom, en haut à droite \u203A Vos initiales (Gérer mon compte) \u203A "
                                  "Mon profil \u203A ... \u203A Modifier mon profil"));
    scrollIntoView(path);
    shoot(frame(), "details-fr.png");
    pressKey(panel, WXK_ESCAPE);
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
}

BOOST_AUTO_TEST_CASE(quits_and_finds_everything_after_a_restart) {
    // What this case finds again after the restart: French, a note, the profiles there are.
    switchLanguage(Language::French);
    session().setNote(wizards().front().steps.front().items.front(), "Kept in my password manager");
    session().autosaver().flush();
    const unsigned profileCount = find<wxChoice>("profile_choice")->GetCount();
    std::map<std::string, wxString> progressBefore;
    for (const Wizard& wizard : wizards()) progressBefore[wizard.id] = labelOf("wizard_progress_" + toWx(wizard.id));
    // The definitions go with the window: keep the id, not a reference.
    const Item noted = wizards().front().steps.front().items.front();
    pressKey(frame(), 'Q', wxMOD_CONTROL);
    BOOST_TEST_REQUIRE(waitFor([] { return findNamed("main_frame") == nullptr; }), "Ctrl+Q quits");

    BOOST_TEST_REQUIRE(openMainWindow() != nullptr);
    pump(300);
    BOOST_TEST(frame()->GetMenuBar()->GetMenuLabel(0) == "&Fichier", "the language was remembered");
    BOOST_TEST(find<wxChoice>("profile_choice")->GetCount() == profileCount);
    for (const Wizard& wizard : wizards())
        BOOST_TEST(labelOf("wizard_progress_" + toWx(wizard.id)) == progressBefore[wizard.id]);
    WizardPanel* panel = openWizard(wizards().front(), false);
    BOOST_TEST(find<wxTextCtrl>(itemName("note", noted), panel)->GetValue() == "Kept in my password manager");
    BOOST_TEST(find<wxTextCtrl>(itemName("note", noted), panel)->IsShownOnScreen(), "a saved note is shown open");
    pressKey(panel, WXK_ESCAPE);
}

BOOST_AUTO_TEST_CASE(reports_a_broken_wizard_and_an_unreadable_state) {
    TempDir wizardsCopy;
    const std::string shippedWizards = wizardsDir();
    for (const auto& entry : fs::directory_iterator(shippedWizards))
        fs::copy(entry.path(), wizardsCopy.path() + "/" + entry.path().filename().string());
    const std::string broken = wizards().back().sourceFile;
    std::ofstream(wizardsCopy.path() + "/" + fs::path(broken).filename().string()) << "<wizard><title>Oops";
    frame()->Close();
    BOOST_TEST_REQUIRE(waitFor([] { return findNamed("main_frame") == nullptr; }));
    fs::create_directories(fs::path(statePath()).parent_path());
    std::ofstream(statePath(), std::ios::trunc) << "not a state file";

    setenv("VIGIE_WIZARDS_DIR", wizardsCopy.path().c_str(), 1);
    BOOST_TEST_REQUIRE(openMainWindow() != nullptr);
    setenv("VIGIE_WIZARDS_DIR", shippedWizards.c_str(), 1);
    pump(300);
    BOOST_TEST(frame()->notices().isShown("definitions"));
    BOOST_TEST(frame()->notices().isShown("state_moved"));
    BOOST_TEST(findNamed("wizard_open_" + toWx(wizards().front().id)) != nullptr, "the other wizards still work");
    BOOST_TEST(session().definitions().errors.size() >= 1u);
    bool movedAside = false;
    for (const auto& entry : fs::directory_iterator(fs::path(statePath()).parent_path()))
        movedAside |= entry.path().filename().string().find(".unreadable-") != std::string::npos;
    BOOST_TEST(movedAside, "the unreadable file was kept");
    shoot(frame(), "problems-fr.png");
    // A narrow window: everything wraps and scrolls instead of being cut off.
    frame()->SetSize(frame()->FromDIP(wxSize(480, 640)));
    pump(300);
    shoot(frame(), "narrow-fr.png");
}

BOOST_AUTO_TEST_SUITE_END()
