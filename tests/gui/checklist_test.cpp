// The checklist that leads, under Xvfb: each item one row (its mark set with a click, the status
// menu or the keyboard; its note typed in place; its tools opened from it), the first item in
// view at 900×650, and the step list (each step's state in an icon and words, one width in every
// wizard, a long French title ended by "…" with the whole title as its tooltip). Screenshots of a
// step in both languages at 1280×800 and 900×650 go to <build>/screenshots/rows-*.png.
#define BOOST_TEST_MODULE checklist_test
#include <boost/test/unit_test.hpp>

#include <wx/bmpbuttn.h>
#include <wx/button.h>
#include <wx/button.h>

#include "accessible_name.h"
#include "checklist_driver.h"
#include "gui_driver.h"
#include "inline_note.h"
#include "item_row.h"
#include "main_frame.h"
#include "review/checklist_state.h"
#include "review/review_store.h"
#include "review_session.h"
#include "running_app.h"
#include "step_list.h"
#include "step_page.h"
#include "wizard_panel.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie {
// For Boost.Test's messages.
std::ostream& operator<<(std::ostream& out, ItemStatus status) { return out << statusCode(status); }
}  // namespace vigie

using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;

namespace {

RunningApp* app = nullptr;

struct GlobalFixture {
    GlobalFixture() { app = new RunningApp("checklist_test"); }
    ~GlobalFixture() { delete app; }
};
BOOST_TEST_GLOBAL_FIXTURE(GlobalFixture);

ReviewSession& session() { return frame()->session(); }

const Wizard& wizardNamed(const std::string& id) {
    const Wizard* wizard = session().definitions().findWizard(id);
    BOOST_TEST_REQUIRE(wizard != nullptr);
    return *wizard;
}

void closeWizard() {
    if (WizardPanel* panel = frame()->wizardPanel()) press(find<wxButton>("wizard_close", panel));
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
}

WizardPanel* openWizard(const std::string& id, std::size_t step = 0) {
    if (frame()->wizardPanel() && frame()->wizardPanel()->wizard().id != id) closeWizard();
    if (!frame()->wizardPanel()) {
        press(find<wxButton>("wizard_open_" + toWx(id)));
        BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() != nullptr; }));
    }
    WizardPanel* panel = frame()->wizardPanel();
    panel->showStep(step);
    pump(150);
    return panel;
}

void switchLanguage(Language language) {
    if (session().language() == language) return;
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(language));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([=] { return session().language() == language; }));
    pump(200);
}

void resizeFrame(int width, int height) {
    frame()->SetSize(wxRect(wxPoint(0, 0), frame()->FromDIP(wxSize(width, height))));
    pump(300);
}

wxString itemName(const char* role, const Item& item) { return wxString("item_") + role + "_" + toWx(item.id); }

StepPage* pageOf(WizardPanel* panel, const Step& step) { return find<StepPage>("step_page_" + toWx(step.id), panel); }

void resetStep(const Step& step) {
    for (const Item& item : step.items) session().setStatus(item, ItemStatus::Todo);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(checklist)

BOOST_AUTO_TEST_CASE(a_click_on_the_mark_ticks_and_the_menu_offers_every_status) {
    switchLanguage(Language::English);
    const Wizard& wizard = wizardNamed("secure");
    const Item& item = wizard.steps.front().items.front();
    resetStep(wizard.steps.front());
    WizardPanel* panel = openWizard("secure");
    auto* mark = find<wxBitmapButton>(itemName("status", item), panel);
    BOOST_TEST(accessibleName(mark) == "Status: To do", "the mark has a name a screen reader says");
    clickWithMouse(mark);
    BOOST_TEST(waitFor([&] { return session().itemState(item.id).status == ItemStatus::Done; }), "a click ticks");
    BOOST_TEST(accessibleName(mark) == "Status: Done");
    press(mark);
    BOOST_TEST(session().itemState(item.id).status == ItemStatus::Todo, "a second click unticks");

    chooseStatus(mark, ItemStatus::Attention);
    BOOST_TEST(session().itemState(item.id).status == ItemStatus::Attention);
    auto* word = find<WrappedText>(itemName("status_word", item), panel);
    BOOST_TEST(word->IsShown(), "needs attention is said in words, not only by the icon and its colour");
    BOOST_TEST(word->text() == "Needs attention");
    chooseStatus(mark, ItemStatus::NotApplicable);
    BOOST_TEST(session().itemState(item.id).status == ItemStatus::NotApplicable);
    BOOST_TEST(findNamed(itemName("status_word", item), panel) == nullptr, "the other statuses need no word");
    press(mark);
    BOOST_TEST(session().itemState(item.id).status == ItemStatus::Done, "a click on a cross ticks");

    // The keyboard: Space on the focused mark toggles.
    mark->SetFocus();
    BOOST_TEST_REQUIRE(waitFor([&] { return mark->HasFocus(); }));
    pressKey(mark, WXK_SPACE);
    BOOST_TEST(waitFor([&] { return session().itemState(item.id).status == ItemStatus::Todo; }), "Space unticks");
    BOOST_TEST(ReviewStore(ReviewStore::defaultPath()).load().state.current().item(item.id)->status == ItemStatus::Todo,
               "saved");
}

BOOST_AUTO_TEST_CASE(the_step_list_shows_each_step_s_state) {
    switchLanguage(Language::English);
    const Wizard& wizard = wizardNamed("secure");
    const Step& step = wizard.steps.front();
    resetStep(step);
    WizardPanel* panel = openWizard("secure");
    auto* list = find<StepList>("step_list", panel);
    BOOST_TEST(list->count() == wizard.steps.size());
    BOOST_TEST(list->stateLine(0) == formatText("To do \u00B7 0 of {} done", step.items.size()));
    press(find<wxBitmapButton>(itemName("status", step.items[0]), panel));
    BOOST_TEST(list->stateLine(0) == formatText("To do \u00B7 1 of {} done", step.items.size()));
    chooseStatus(find<wxBitmapButton>(itemName("status", step.items[1]), panel), ItemStatus::Attention);
    BOOST_TEST(list->stateLine(0).StartsWith("Needs attention"), "attention wins over the count");
    BOOST_TEST(list->tooltip(0).Contains("Needs attention"));
    for (const Item& item : step.items)
        chooseStatus(find<wxBitmapButton>(itemName("status", item), panel), ItemStatus::NotApplicable);
    BOOST_TEST(list->stateLine(0) == "Done");
    BOOST_TEST(toWx(stepStateText(session().translator(), step, session().profile())) == list->stateLine(0),
               "the words are the core's");
    BOOST_TEST(find<wxWindow>("checklist_state", panel)->GetLabel() == "Done", "and the checklist's heading says so");
    resetStep(step);
    pump();
}

BOOST_AUTO_TEST_CASE(a_long_french_title_ends_in_an_ellipsis_with_the_whole_title_as_tooltip) {
    switchLanguage(Language::French);
    const Wizard& wizard = wizardNamed("secure");
    std::size_t delegate = 0;
    while (delegate < wizard.steps.size() && wizard.steps[delegate].id != "delegate") ++delegate;
    BOOST_TEST_REQUIRE(delegate < wizard.steps.size());
    WizardPanel* panel = openWizard("secure");
    auto* list = find<StepList>("step_list", panel);
    BOOST_TEST(list->GetSize().x == list->FromDIP(StepList::kWidth), "the list has its fixed width");
    const wxString whole =
        formatText("{}. ", delegate + 1) + wxString::FromUTF8("Partager l’accès sans partager votre mot de passe");
    const wxString shown = list->shownTitle(delegate);
    BOOST_TEST(shown.EndsWith(wxString::FromUTF8("…")), "shortened with an ellipsis, not cut: " << shown);
    BOOST_TEST(whole.StartsWith(shown.Left(shown.length() - 1)));
    BOOST_TEST(list->tooltip(delegate).StartsWith(whole), "the tooltip has the whole title");
    BOOST_TEST(!list->shownTitle(0).EndsWith(wxString::FromUTF8("…")), "a short title is shown whole");
    switchLanguage(Language::English);
}

BOOST_AUTO_TEST_CASE(the_step_list_keeps_one_width_in_every_wizard) {
    std::set<int> widths;
    for (const Wizard& wizard : session().definitions().wizards) {
        WizardPanel* panel = openWizard(wizard.id);
        widths.insert(find<StepList>("step_list", panel)->GetSize().x);
    }
    BOOST_TEST(widths.size() == 1u);
    closeWizard();
}

BOOST_AUTO_TEST_CASE(the_first_item_shows_without_scrolling_at_900_by_650) {
    switchLanguage(Language::English);
    resizeFrame(900, 650);
    for (Language language : {Language::English, Language::French}) {
        switchLanguage(language);
        const Wizard& wizard = wizardNamed("secure");
        WizardPanel* panel = openWizard("secure");
        StepPage* page = pageOf(panel, wizard.steps.front());
        page->Scroll(0, 0);
        pump(100);
        wxWindow* label = find<wxWindow>(itemName("label", wizard.steps.front().items.front()), panel);
        wxWindow* mark = find<wxWindow>(itemName("status", wizard.steps.front().items.front()), panel);
        const wxRect visible = page->GetScreenRect();
        BOOST_TEST(visible.Contains(mark->GetScreenRect()), "the first item's mark is in view");
        BOOST_TEST(visible.Contains(label->GetScreenRect().GetTopLeft()), "and its text begins in view");
        BOOST_TEST(!page->twoColumns(), "a narrow page puts the checklist above the text");
        shoot(frame(), language == Language::French ? "rows-fr-900x650.png" : "rows-en-900x650.png");
    }
    switchLanguage(Language::English);
    resizeFrame(1280, 800);
    // A step as it is mid-way: one item done, one needing attention, one with a note.
    const Step& first = wizardNamed("secure").steps.front();
    session().setStatus(first.items[0], ItemStatus::Done);
    session().setStatus(first.items[1], ItemStatus::Attention);
    session().setNote(first.items[2], "In KeePassXC since June");
    closeWizard();
    for (Language language : {Language::English, Language::French}) {
        switchLanguage(language);
        WizardPanel* panel = openWizard("secure");
        StepPage* page = pageOf(panel, first);
        BOOST_TEST(page->twoColumns(), "a wide page puts the checklist beside the text");
        shoot(frame(), language == Language::French ? "rows-fr-1280x800.png" : "rows-en-1280x800.png");
        page->showMoreText(true);
        shoot(frame(), language == Language::French ? "rows-fr-1280x800-more.png" : "rows-en-1280x800-more.png");
        page->showMoreText(false);
        page->openTool("password-meter");
        pump(100);
        shoot(frame(), language == Language::French ? "rows-fr-1280x800-meter.png" : "rows-en-1280x800-meter.png");
    }
    resizeFrame(900, 650);
    shoot(frame(), "rows-fr-900x650-meter.png");
    switchLanguage(Language::English);
    resetStep(first);
    session().setNote(first.items[2], "");
    resizeFrame(1280, 800);
    closeWizard();
}

BOOST_AUTO_TEST_CASE(the_note_is_typed_in_place_saved_and_can_be_cancelled) {
    switchLanguage(Language::English);
    const Wizard& wizard = wizardNamed("secure");
    const Item& item = wizard.steps.front().items[1];
    session().setNote(item, "");
    closeWizard();
    WizardPanel* panel = openWizard("secure");
    BOOST_TEST(findNamed(itemName("note", item), panel) == nullptr, "no editor until asked for");
    auto* button = find<wxBitmapButton>(itemName("note_button", item), panel);
    BOOST_TEST(accessibleName(button) == "Add a note");
    clickWithMouse(button);
    auto* note = find<InlineNote>(itemName("note", item), panel);
    BOOST_TEST(note->IsShownOnScreen());
    BOOST_TEST(waitFor([&] { return note->HasFocus(); }), "the note takes the keyboard");
    BOOST_TEST(note->GetPrevSibling() == button, "Tab goes from the note icon to the note below it");
    BOOST_TEST(accessibleName(button) == "Go to the note");
    typeText(note, "Checked on paper");
    BOOST_TEST(waitFor([&] { return session().itemState(item.id).note == "Checked on paper"; }));
    BOOST_TEST(waitFor([&] {
                   return ReviewStore(ReviewStore::defaultPath()).load().state.current().item(item.id)->note ==
                          "Checked on paper";
               }),
               "the note is saved");
    note->commit();
    typeText(note, " twice");
    BOOST_TEST(waitFor([&] { return session().itemState(item.id).note == "Checked on paper twice"; }));
    BOOST_TEST(note->cancel(), "cancel takes back what was typed");
    BOOST_TEST(session().itemState(item.id).note == "Checked on paper");
    BOOST_TEST(note->GetValue() == "Checked on paper");
    note->ChangeValue(wxString());
    session().setNote(item, "");
    // A new note cancelled leaves no editor behind.
    closeWizard();
    panel = openWizard("secure");
    press(find<wxBitmapButton>(itemName("note_button", item), panel));
    note = find<InlineNote>(itemName("note", item), panel);
    typeText(note, "x");
    BOOST_TEST(note->cancel());
    BOOST_TEST(waitFor([&] { return findNamed(itemName("note", item), panel) == nullptr; }), "the editor goes");
    BOOST_TEST(session().itemState(item.id).note.empty());
}

BOOST_AUTO_TEST_CASE(the_tools_open_from_the_item_they_serve) {
    switchLanguage(Language::English);
    const Wizard& wizard = wizardNamed("secure");
    const Item& item = wizard.steps.front().items.front();
    BOOST_TEST_REQUIRE(!item.tools.empty());
    closeWizard();
    WizardPanel* panel = openWizard("secure");
    BOOST_TEST(findNamed("password_meter", panel) == nullptr, "the meter is not stacked in the page");
    auto* open = find<wxButton>("item_tool_password-meter", panel);
    BOOST_TEST(open->GetLabel() == "Open the password &meter");
    press(open);
    wxWindow* meter = find<wxWindow>("password_meter", panel);
    BOOST_TEST(meter->IsShownOnScreen());
    BOOST_TEST(meter->GetPrevSibling() == findNamed(itemName("note_button", item), panel),
               "in tab order the meter follows its row");
    BOOST_TEST(meter->GetScreenPosition().y > open->GetScreenPosition().y, "below its item");
    BOOST_TEST(open->GetLabel() == "Hide the password &meter");
    press(open);
    BOOST_TEST(waitFor([&] { return findNamed("password_meter", panel) == nullptr; }), "hidden and wiped");
    // The generator's "Test it in the meter" opens the meter.
    press(find<wxButton>("item_tool_passphrase", panel));
    press(find<wxButton>("passphrase_generate", panel));
    press(find<wxButton>("passphrase_test", panel));
    BOOST_TEST(waitFor([&] { return findNamed("password_meter", panel) != nullptr; }));
    press(find<wxButton>("item_tool_passphrase", panel));
    press(find<wxButton>("item_tool_password-meter", panel));
    closeWizard();
}

BOOST_AUTO_TEST_CASE(a_verdict_view_takes_the_row_s_slot) {
    const Wizard& wizard = wizardNamed("secure");
    WizardPanel* panel = openWizard("secure");
    StepPage* page = pageOf(panel, wizard.steps.front());
    ItemRow* row = page->row(wizard.steps.front().items.front().id);
    BOOST_TEST_REQUIRE(row != nullptr);
    auto* view = new WrappedText(page, "Verified", "test_verdict");
    row->setVerdict(view);
    pump(100);
    BOOST_TEST(view->IsShownOnScreen());
    const wxWindow* label = find<wxWindow>(itemName("label", wizard.steps.front().items.front()), panel);
    BOOST_TEST(view->GetScreenPosition().y > label->GetScreenPosition().y, "under the item's text");
    row->setVerdict(nullptr);
    pump(100);
    BOOST_TEST(findNamed("test_verdict", panel) == nullptr);
    closeWizard();
}

BOOST_AUTO_TEST_SUITE_END()
