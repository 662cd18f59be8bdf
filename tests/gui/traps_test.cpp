// No traps, under Xvfb in the real window with the shipped wizards: Escape closes only the
// innermost thing (a date calendar, the note being typed), the wheel over a list the user did not
// focus scrolls the page and leaves the list alone, one click opens a card that is partly off
// screen, Finish shows what the review holds and records the pass only on confirm (as incomplete
// when items are left), and the overview says what to do next before the rest.
// Screenshots of the overview and the Finish summary, in English and French, at 1280×800 and
// 900×650, go to <build>/screenshots/ for a person to look at.
#define BOOST_TEST_MODULE traps_test
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <exception>
#include <functional>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combo.h>
#include <wx/datectrl.h>
#include <wx/dialog.h>
#include <wx/hyperlink.h>
#include <wx/modalhook.h>
#include <wx/textctrl.h>

#include "gui_driver.h"
#include "language.h"
#include "main_frame.h"
#include "review/presentation.h"
#include "review_session.h"
#include "running_app.h"
#include "wizard_panel.h"
#include "wrapping.h"
#include "wx_text.h"

// X11 last: its macros (None, Status, ...) would rename identifiers in the headers above.
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>

using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;

namespace {

struct App {
    RunningApp app{"traps_test"};
};
BOOST_TEST_GLOBAL_FIXTURE(App);

ReviewSession& session() { return frame()->session(); }
const std::vector<Wizard>& wizards() { return session().definitions().wizards; }
wxString itemName(const char* role, const Item& item) { return wxString("item_") + role + "_" + toWx(item.id); }

wxString labelOf(const wxString& name, wxWindow* within = nullptr) {
    wxWindow* window = find<wxWindow>(name, within);
    if (auto* wrapped = dynamic_cast<WrappedText*>(window)) return wrapped->text();
    return window->GetLabel();
}

const Item& findItem(const Wizard& wizard, ItemKind kind, std::size_t* stepIndex = nullptr) {
    for (std::size_t s = 0; s < wizard.steps.size(); ++s)
        for (const Item& item : wizard.steps[s].items)
            if (item.kind == kind) {
                if (stepIndex) *stepIndex = s;
                return item;
            }
    BOOST_FAIL("no item of that kind in " << wizard.id);
    throw std::logic_error("unreachable");
}

void closeWizardIfOpen() {
    if (!frame()->wizardPanel()) return;
    frame()->closeWizard();
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }));
}

WizardPanel* openAt(const std::string& wizardId, std::size_t step) {
    closeWizardIfOpen();
    frame()->openWizard(wizardId, step);
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() != nullptr; }));
    pump(200);
    return frame()->wizardPanel();
}

// At the screen's top left corner, so that all of it is on screen (and in a screenshot).
void resizeFrame(int width, int height) {
    frame()->SetSize(wxRect(wxPoint(0, 0), frame()->FromDIP(wxSize(width, height))));
    pump(400);
}

void switchLanguage(Language language) {
    if (session().language() == language) return;
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(language));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([=] { return session().language() == language; }));
    pump(200);
}

// One notch of the real wheel where the pointer is, as X delivers it (buttons 4 and 5).
void turnWheel(bool down) {
    Display* display = XOpenDisplay(nullptr);
    BOOST_TEST_REQUIRE(display != nullptr);
    const unsigned button = down ? 5 : 4;
    XTestFakeButtonEvent(display, button, True, CurrentTime);
    XTestFakeButtonEvent(display, button, False, CurrentTime);
    XFlush(display);
    XCloseDisplay(display);
    pump(200);
}

int viewStartOf(wxWindow* window) { return pagePositionOf(window).startY; }

// Runs `steps` inside the Finish summary's own event loop once it is shown, then makes sure it is
// closed, whatever the steps did: a failed check must not leave the test waiting on it.
class FinishDialogSteps : public wxModalDialogHook {
public:
    explicit FinishDialogSteps(std::function<void(wxDialog*)> steps) : steps_(std::move(steps)) { Register(); }
    void finish() {
        Unregister();
        if (failure_) std::rethrow_exception(failure_);
        BOOST_TEST(ran_, "the Finish summary was shown");
    }

protected:
    int Enter(wxDialog* dialog) override {
        if (dialog->GetName() != "finish_dialog" || ran_) return wxID_NONE;
        ran_ = true;
        wxTheApp->CallAfter([this, dialog] {
            try {
                pump(200);
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
    std::function<void(wxDialog*)> steps_;
    bool ran_ = false;
    std::exception_ptr failure_;
};

void finishWith(WizardPanel* panel, const std::function<void(wxDialog*)>& steps) {
    FinishDialogSteps hook(steps);
    press(find<wxButton>("wizard_finish", panel));
    pump(100);
    hook.finish();
}

std::string suffix(int width) { return width >= 1280 ? "1280" : "900"; }

}  // namespace

BOOST_AUTO_TEST_SUITE(traps)

// A fresh profile: every wizard is due, nothing needs attention; then an item flagged in a wizard
// shows on top and one click on it opens its wizard at its step.
BOOST_AUTO_TEST_CASE(the_overview_says_what_to_do_next_before_the_rest) {
    closeWizardIfOpen();
    const Wizard& first = wizards().front();
    BOOST_TEST(labelOf("what_next_due") == formatText("Review “{}”: not reviewed yet.", toWx(first.title)));
    const Wizard& flagged = wizards().back();
    std::size_t step = 0;
    const Item& item = findItem(flagged, ItemKind::Confirm, &step);
    session().setStatus(item, ItemStatus::Attention);
    frame()->openWizard(flagged.id, 0);
    frame()->closeWizard();  // the overview is redrawn as a wizard closes
    auto* link = find<wxHyperlinkCtrl>("what_next_item_" + toWx(item.id));
    BOOST_TEST(link->GetLabel().StartsWith(toWx(item.label)));
    // On screen, and in tab order, before the profile bar and the cards.
    const wxWindowList& children = findNamed("home_panel")->GetChildren();
    const auto position = [&](const wxString& name) {
        const auto found = std::find(children.begin(), children.end(), findNamed(name));
        return std::distance(children.begin(), found);
    };
    BOOST_TEST(position("what_next_review") < position("what_next_item_" + toWx(item.id)));
    BOOST_TEST(position("what_next_item_" + toWx(item.id)) < position("profile_choice"));
    BOOST_TEST(find<wxWindow>("what_next_review")->GetScreenPosition().y <
               find<wxWindow>("profile_choice")->GetScreenPosition().y);
    wxHyperlinkEvent click(link, link->GetId(), link->GetURL());
    link->HandleWindowEvent(click);
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() != nullptr; }), "one click opens the wizard");
    BOOST_TEST(frame()->wizardPanel()->wizard().id == flagged.id);
    BOOST_TEST(frame()->wizardPanel()->currentStep() == step, "at the item's step");
    session().setStatus(item, ItemStatus::Todo);
    closeWizardIfOpen();
    press(find<wxButton>("what_next_review"));
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() != nullptr; }), "Review now opens the wizard due");
    BOOST_TEST(frame()->wizardPanel()->wizard().id == first.id);
    closeWizardIfOpen();
}

BOOST_AUTO_TEST_CASE(escape_in_an_open_date_calendar_closes_only_the_calendar) {
    const Wizard& wizard = *session().definitions().findWizard("closure");
    std::size_t step = 0;
    const Item& item = findItem(wizard, ItemKind::Date, &step);
    WizardPanel* panel = openAt(wizard.id, step);
    auto* picker = find<wxDatePickerCtrl>(itemName("value", item), panel);
    scrollIntoView(picker);
    wxComboCtrl* combo = nullptr;
    for (wxWindow* child : picker->GetChildren())
        if (auto* found = dynamic_cast<wxComboCtrl*>(child)) combo = found;
    BOOST_TEST_REQUIRE(combo != nullptr, "the date picker drops a calendar down");
    prepareForInput(combo);
    clickWithMouse(combo->GetButton() ? combo->GetButton() : combo);
    if (!combo->IsPopupShown()) combo->Popup();  // the button is drawn inside the combo: open it as it does
    BOOST_TEST_REQUIRE(waitFor([&] { return combo->IsPopupShown(); }), "the calendar is open");
    wxUIActionSimulator().Char(WXK_ESCAPE);
    BOOST_TEST(waitFor([&] { return !combo->IsPopupShown(); }), "Escape closes the calendar");
    pump(300);
    BOOST_TEST(frame()->wizardPanel() == panel, "and not the wizard");
    BOOST_TEST(session().itemState(item.id).value.empty(), "no date was chosen");
    pressKey(panel, WXK_ESCAPE);
    BOOST_TEST(waitFor([] { return frame()->wizardPanel() == nullptr; }), "the next Escape closes the wizard");
}

BOOST_AUTO_TEST_CASE(escape_while_typing_a_note_cancels_the_note_not_the_wizard) {
    const Wizard& wizard = wizards().front();
    const Item& item = wizard.steps.front().items.front();
    WizardPanel* panel = openAt(wizard.id, 0);
    auto* addNote = find<wxButton>(itemName("note_button", item), panel);
    scrollIntoView(addNote);
    press(addNote);
    auto* note = find<wxTextCtrl>(itemName("note", item), panel);
    BOOST_TEST_REQUIRE(waitFor([&] { return wxWindow::FindFocus() == note; }), "the note editor has the focus");
    typeText(note, "half a thought");
    BOOST_TEST_REQUIRE(waitFor([&] { return session().itemState(item.id).note == "half a thought"; }));
    wxUIActionSimulator().Char(WXK_ESCAPE);
    pump(300);
    BOOST_TEST(frame()->wizardPanel() == panel, "the wizard stays open");
    BOOST_TEST(session().itemState(item.id).note.empty(), "the note typed is cancelled");
    BOOST_TEST(wxWindow::FindFocus() != note, "and the note no longer has the keyboard");
    pressKey(panel, WXK_ESCAPE);
    BOOST_TEST(waitFor([] { return frame()->wizardPanel() == nullptr; }), "the next Escape closes the wizard");
}

BOOST_AUTO_TEST_CASE(the_wheel_over_an_unfocused_list_scrolls_the_page_and_leaves_the_list) {
    resizeFrame(900, 650);
    // The first item answered from a drop-down list (a choice), in the first wizard that has one.
    const Wizard* wizard = nullptr;
    const Item* found = nullptr;
    std::size_t stepIndex = 0;
    for (const Wizard& candidate : wizards())
        for (std::size_t i = 0; i < candidate.steps.size() && !found; ++i)
            for (const Item& each : candidate.steps[i].items)
                if (!found && each.kind == ItemKind::Choice) {
                    wizard = &candidate;
                    found = &each;
                    stepIndex = i;
                }
    BOOST_TEST_REQUIRE(found != nullptr, "a wizard has an item answered from a list");
    const Item& item = *found;
    WizardPanel* panel = openAt(wizard->id, stepIndex);
    auto* status = find<wxChoice>(itemName("value", item), panel);
    session().setStatus(item, ItemStatus::Todo);
    const std::string valueBefore = session().itemState(item.id).value;
    scrollIntoView(status);
    find<wxButton>("wizard_next", panel)->SetFocus();
    pump(100);
    BOOST_TEST_REQUIRE(wxWindow::FindFocus() != status);
    const int before = viewStartOf(status);
    const int selection = status->GetSelection();
    prepareForInput(status);
    const wxRect rect = status->GetScreenRect();
    wxUIActionSimulator().MouseMove(rect.GetTopLeft() + wxPoint(rect.width / 2, rect.height / 2));
    pump(100);
    turnWheel(true);
    BOOST_TEST(waitFor([&] { return viewStartOf(status) > before; }, 2000), "the page scrolled down");
    BOOST_TEST(status->GetSelection() == selection, "the list kept its value");
    BOOST_TEST((session().itemState(item.id).status == ItemStatus::Todo), "and so did the review");
    BOOST_TEST(session().itemState(item.id).value == valueBefore, "its answer too");
    closeWizardIfOpen();
}

BOOST_AUTO_TEST_CASE(one_click_opens_a_card_that_is_partly_off_screen) {
    closeWizardIfOpen();
    resizeFrame(900, 650);
    const Wizard& wizard = wizards().back();
    auto* open = find<wxButton>("wizard_open_" + toWx(wizard.id));
    PagePosition at = pagePositionOf(open);
    BOOST_TEST_REQUIRE(at.page != nullptr);
    // The button's lower half below the visible part of the overview.
    const int visible = at.page->GetClientSize().y;
    const int wanted = visible - open->GetSize().y / 2;
    at.page->Scroll(-1, std::max(0, at.startY + (at.top - wanted) / std::max(1, at.unitY)));
    pump(200);
    at = pagePositionOf(open);
    BOOST_TEST_REQUIRE(at.top < visible);
    BOOST_TEST_REQUIRE(at.top + open->GetSize().y > visible, "the button is cut by the bottom edge");
    prepareForInput(open);
    wxUIActionSimulator simulator;
    const wxRect rect = open->GetScreenRect();
    const int visibleHeight = visible - at.top;
    simulator.MouseMove(wxPoint(rect.x + rect.width / 2, rect.y + std::max(2, visibleHeight / 2)));
    pump(50);
    simulator.MouseClick();
    pump(100);
    BOOST_TEST(waitFor([] { return frame()->wizardPanel() != nullptr; }, 3000), "the first click opened the wizard");
    if (frame()->wizardPanel()) BOOST_TEST(frame()->wizardPanel()->wizard().id == wizard.id);
    closeWizardIfOpen();
}

// Attention on one item, another done, the rest to do: the summary lists them by title under
// their group; "Keep reviewing" records nothing; "Record the review" records an incomplete pass.
BOOST_AUTO_TEST_CASE(finish_lists_the_review_and_records_it_only_on_confirm) {
    const Wizard& wizard = *session().definitions().findWizard("orders");
    const Item& flagged = wizard.steps.front().items.front();
    const Item& settled = wizard.steps.back().items.back();
    session().setStatus(flagged, ItemStatus::Attention);
    session().setStatus(settled, ItemStatus::Done);
    const ReviewGaps gaps = reviewGaps(wizard, session().profile());
    const std::size_t passes = session().profile().passes.size();
    WizardPanel* panel = openAt(wizard.id, 0);

    finishWith(panel, [&](wxDialog* dialog) {
        BOOST_TEST(dialog->GetTitle() == formatText("Finish “{}”", toWx(wizard.title)));
        BOOST_TEST(labelOf("finish_heading_attention", dialog) == "Needs attention (1)");
        BOOST_TEST(labelOf("finish_heading_todo", dialog) == formatText("Still to do ({})", gaps.toDo.size()));
        BOOST_TEST(labelOf("finish_heading_done", dialog) == "Done or not applicable (1)");
        BOOST_TEST(labelOf("finish_items_attention", dialog).Contains(toWx(flagged.label)));
        BOOST_TEST(labelOf("finish_items_done", dialog).Contains(toWx(settled.label)));
        BOOST_TEST(labelOf("finish_consequence", dialog).Contains("incomplete"));
        BOOST_TEST(find<wxButton>("finish_record", dialog)->GetLabel() == "&Record the review");
        BOOST_TEST(find<wxButton>("finish_keep", dialog)->GetLabel() == "&Keep reviewing");
        press(find<wxButton>("finish_keep", dialog));
    });
    pump(200);
    BOOST_TEST(frame()->wizardPanel() == panel, "Keep reviewing stays in the wizard");
    BOOST_TEST(session().profile().passes.size() == passes, "and records nothing");

    finishWith(panel, [&](wxDialog* dialog) {
        pressKey(dialog, WXK_ESCAPE);
        BOOST_TEST(waitFor([&] { return !dialog->IsModal(); }), "Escape keeps reviewing");
    });
    pump(200);
    BOOST_TEST(frame()->wizardPanel() == panel, "the wizard is still open after Escape");
    BOOST_TEST(session().profile().passes.size() == passes);

    for (Language language : {Language::English, Language::French})
        for (const wxSize& size : {wxSize(1280, 800), wxSize(900, 650)}) {
            switchLanguage(language);
            resizeFrame(size.x, size.y);
            finishWith(frame()->wizardPanel(), [&](wxDialog* dialog) {
                pump(800);
                const std::string name = std::string("finish-") + (language == Language::French ? "fr" : "en") + "-" +
                                         suffix(size.x) + ".png";
                shoot(dialog, name, 30);
                const wxRect inside = frame()->GetScreenRect();
                BOOST_TEST(inside.Contains(dialog->GetScreenRect()), name << ": the summary fits in the window");
            });
        }
    switchLanguage(Language::English);

    finishWith(frame()->wizardPanel(), [&](wxDialog* dialog) { press(find<wxButton>("finish_record", dialog)); });
    BOOST_TEST_REQUIRE(waitFor([] { return frame()->wizardPanel() == nullptr; }), "recorded: back to the overview");
    BOOST_TEST_REQUIRE(session().profile().passes.size() == passes + 1);
    BOOST_TEST(session().profile().passes.back().incomplete, "recorded as incomplete");
    BOOST_TEST(labelOf("wizard_last_reviewed_" + toWx(wizard.id)) ==
               formatText("Last reviewed: {}, incomplete", localDate(now())));
    BOOST_TEST(readFile(ReviewStore::defaultPath()).find("incomplete=\"true\"") != std::string::npos,
               "the state file keeps it");
}

BOOST_AUTO_TEST_CASE(screenshots_of_the_overview) {
    closeWizardIfOpen();
    for (Language language : {Language::English, Language::French})
        for (const wxSize& size : {wxSize(1280, 800), wxSize(900, 650)}) {
            switchLanguage(language);
            resizeFrame(size.x, size.y);
            find<wxScrolledWindow>("home_panel")->Scroll(0, 0);
            pump(1500);  // a loaded machine takes its time to repaint a resized window
            shoot(frame(),
                  std::string("hub-") + (language == Language::French ? "fr" : "en") + "-" + suffix(size.x) + ".png");
        }
    switchLanguage(Language::English);
}

BOOST_AUTO_TEST_SUITE_END()
