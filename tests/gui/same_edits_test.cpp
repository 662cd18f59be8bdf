// One scripted sequence of edits, applied through the window, through the terminal mode and
// through `vigie mark`, must leave the same saved review: the three views share one editor
// (review/review_editor.h), so they cannot disagree about what an edit means. The sequence
// exercises each rule: a tick, an answer that completes a to-do item, a status set by hand that
// a later answer leaves alone, a note and a status on the same item.
#define BOOST_TEST_MODULE same_edits
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/textctrl.h>

#include "cli/cli.h"
#include "review/review_store.h"
#include "review_session.h"
#include "running_app.h"
#include "checklist_driver.h"
#include "temp_dir.h"
#include "wizard_panel.h"
#include "wx_text.h"

using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;

namespace {

constexpr const char* kWizard = "secure";
constexpr const char* kTicked = "secure.password.length";  // confirm: done
constexpr const char* kDated = "secure.password.changed";  // date: to do by hand, then a date
constexpr const char* kChosen = "secure.twofa.main";  // choice: its first option
constexpr const char* kFlagged = "secure.twofa.second";  // confirm: a note, then needs attention
constexpr const char* kDate = "2026-11-27";
constexpr const char* kNote = "Ask the accountant";

// The saved items, without the times they were changed (which differ between runs).
std::string savedItems(const std::string& statePath) {
    const ReviewState state = ReviewStore(statePath).load().state;
    BOOST_TEST_REQUIRE(state.profiles.size() == 1u);
    std::ostringstream out;
    for (const auto& [id, item] : state.profiles.front().items)
        out << id << " status=" << statusCode(item.status) << " by-hand=" << item.statusSetByHand << " value=\""
            << item.value << "\" note=\"" << item.note << "\"\n";
    out << "passes=" << state.profiles.front().passes.size() << "\n";
    return out.str();
}

wxString itemName(const char* role, const char* id) { return wxString("item_") + role + "_" + id; }

std::string firstOption(const Definitions& definitions) { return definitions.findItem(kChosen)->options.front().id; }

std::size_t stepOf(const Wizard& wizard, const char* itemId) {
    for (std::size_t s = 0; s < wizard.steps.size(); ++s)
        for (const Item& item : wizard.steps[s].items)
            if (item.id == itemId) return s;
    throw std::runtime_error(std::string("no item ") + itemId);
}

std::string throughTheWindow(RunningApp& app) {
    ReviewSession& session = frame()->session();
    const Wizard& wizard = *session.definitions().findWizard(kWizard);
    frame()->openWizard(kWizard);
    WizardPanel* panel = frame()->wizardPanel();
    BOOST_TEST_REQUIRE(panel != nullptr);
    panel->showStep(stepOf(wizard, kTicked));
    press(markOf(kTicked, panel));  // a click on the mark: done
    panel->showStep(stepOf(wizard, kDated));
    chooseStatus(kDated, panel, ItemStatus::Todo);  // To do, by hand
    auto* picker = find<wxDatePickerCtrl>(itemName("value", kDated), panel);
    wxDateTime date;
    date.ParseISODate(kDate);
    picker->SetValue(date);
    wxDateEvent changed(picker, date, wxEVT_DATE_CHANGED);
    picker->HandleWindowEvent(changed);
    panel->showStep(stepOf(wizard, kChosen));
    choose(find<wxChoice>(itemName("value", kChosen), panel), 1);  // the first option
    panel->showStep(stepOf(wizard, kFlagged));
    press(find<wxButton>(itemName("note_button", kFlagged), panel));
    find<wxTextCtrl>(itemName("note", kFlagged), panel)->SetValue(kNote);
    chooseStatus(kFlagged, panel, ItemStatus::Attention);
    session.autosaver().flush();
    return savedItems(app.home().path() + "/data/vigie/state.xml");
}

// The terminal mode walks the wizard in order. A status key moves on to the next item, so the
// date is given after going back ("b" from the next step returns to the start of this one).
std::string throughTheTerminal(const Definitions& definitions) {
    TempDir home;
    setenv("XDG_DATA_HOME", home.path().c_str(), 1);
    const Wizard& wizard = *definitions.findWizard(kWizard);
    BOOST_TEST_REQUIRE(stepOf(wizard, kTicked) == 0u);
    BOOST_TEST_REQUIRE(stepOf(wizard, kChosen) == 1u);
    const std::vector<Item>& first = wizard.steps[0].items;
    std::string input;
    const auto skipTools = [&](const Step& step) {
        if (std::find(step.widgets.begin(), step.widgets.end(), "passphrase") != step.widgets.end()) input += "\n";
    };
    skipTools(wizard.steps[0]);
    for (const Item& item : first) input += item.id == kTicked ? "d\n" : item.id == kDated ? "t\n" : "\n";
    input += "b\n";  // from the first item of the next step, back to the first step
    skipTools(wizard.steps[0]);
    for (const Item& item : first) input += item.id == kDated ? std::string("v\n") + kDate + "\n" : "\n";
    for (const Item& item : wizard.steps[1].items)
        input += item.id == kChosen ? "1\n" : item.id == kFlagged ? std::string("e\n") + kNote + "\na\n" : "\n";
    input += "q\n";
    std::istringstream in(input);
    std::ostringstream out, err;
    BOOST_TEST(cli::runTextMode({"--wizard", kWizard, "--lang", "en"}, in, out, err) == 0, err.str());
    return savedItems(home.path() + "/vigie/state.xml");
}

std::string throughMark(const Definitions& definitions) {
    TempDir home;
    setenv("XDG_DATA_HOME", home.path().c_str(), 1);
    const std::vector<std::vector<std::string>> commands{
        {"mark", kTicked, "done"},
        {"mark", kDated, "todo"},
        {"mark", kDated, "--value", kDate},
        {"mark", kChosen, "--value", firstOption(definitions)},
        {"mark", kFlagged, "attention", "--note", kNote},
    };
    for (const auto& command : commands) {
        std::istringstream in;
        std::ostringstream out, err;
        BOOST_TEST(cli::run(command, in, out, err) == 0, err.str());
    }
    return savedItems(home.path() + "/vigie/state.xml");
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_window_the_terminal_mode_and_mark_save_the_same_review) {
    RunningApp app("same_edits_test");
    const Definitions& definitions = frame()->session().definitions();
    const std::string window = throughTheWindow(app);
    const std::string terminal = throughTheTerminal(definitions);
    const std::string mark = throughMark(definitions);
    BOOST_TEST(window == terminal);
    BOOST_TEST(window == mark);
    // And what they agree on is the rule, not a shared mistake.
    BOOST_TEST(window.find(std::string(kDated) + " status=todo by-hand=1 value=\"" + kDate + "\"") != std::string::npos,
               window);
    BOOST_TEST(window.find(std::string(kChosen) + " status=done by-hand=0") != std::string::npos, window);
    BOOST_TEST(window.find(std::string(kFlagged) + " status=attention by-hand=1 value=\"\" note=\"" + kNote + "\"") !=
                   std::string::npos,
               window);
}
