// `vigie --demo`: the window opens on the bundled fictional account, says so, shows its verdicts
// on the items, and saves nothing: the user's own saved review (written here before the window
// starts) is neither shown nor changed, and no state file appears where there was none.
#define BOOST_TEST_MODULE demo_window_test
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/menu.h>

#include "checks/item_verification.h"
#include "connection_actions.h"
#include "gui_driver.h"
#include "main_frame.h"
#include "notice_area.h"
#include "review/review_store.h"
#include "review_session.h"
#include "running_app.h"
#include "startup.h"
#include "wizard_panel.h"
#include "wrapping.h"
#include "wx_text.h"

using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;

namespace {

const char* const kRealLabel = "The user's real account";

struct Environment {
    std::string statePath;
    std::string before;
    RunningApp app{"demo_window_test", [this] {
                       // The user's own review, saved before the demo starts.
                       ReviewState state;
                       Profile profile;
                       profile.id = "p1";
                       profile.label = kRealLabel;
                       state.profiles.push_back(profile);
                       state.currentProfileId = "p1";
                       statePath = ReviewStore::defaultPath();
                       ReviewStore(statePath).save(state);
                       before = readFile(statePath);
                       requestDemo();
                   }};
};

Environment* environment = nullptr;

struct GlobalFixture {
    GlobalFixture() { environment = new Environment; }
    ~GlobalFixture() { delete environment; }
};
BOOST_TEST_GLOBAL_FIXTURE(GlobalFixture);

ReviewSession& session() { return frame()->session(); }

wxString textOf(const wxString& name) {
    wxWindow* window = find<wxWindow>(name);
    if (auto* wrapped = dynamic_cast<WrappedText*>(window)) return wrapped->text();
    return window->GetLabel();
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_window_says_it_is_a_demo) {
    BOOST_TEST(session().connected().demo());
    BOOST_TEST_REQUIRE(frame()->notices().isShown("demo"));
    BOOST_TEST(textOf("notice_demo_text").Find("fictional") != wxNOT_FOUND);
    BOOST_TEST(textOf("connection_status").Find("Demo") != wxNOT_FOUND);
    BOOST_TEST(session().profile().label != kRealLabel, "the user's review is not shown");
    BOOST_TEST(!frame()->GetMenuBar()->IsEnabled(MainFrame::connectionCommand(MainFrame::ConnectionCommand::Connect)),
               "no connecting a real account into the demo");
    shoot(frame(), "connected-demo-en.png");
}

BOOST_AUTO_TEST_CASE(the_demo_account_verifies_items) {
    const Wizard* secure = session().definitions().findWizard("secure");
    BOOST_TEST_REQUIRE(secure != nullptr);
    const Profile viewed = session().connected().viewed(session().profile());
    std::size_t verified = 0;
    for (std::size_t s = 0; s < secure->steps.size(); ++s)
        for (const Item& item : secure->steps[s].items) {
            if (!checks::verificationOf(viewed, item)) continue;
            if (!frame()->wizardPanel()) frame()->openWizard("secure", s);
            frame()->wizardPanel()->showStep(s);
            pump(100);
            BOOST_TEST(textOf("item_verdict_text_" + toWx(item.id)).Find("demo") != wxNOT_FOUND, item.id);
            ++verified;
        }
    BOOST_TEST(verified > 3u);
    frame()->closeWizard();
    pump(100);
}

BOOST_AUTO_TEST_CASE(nothing_done_in_the_demo_is_saved) {
    const Wizard* secure = session().definitions().findWizard("secure");
    frame()->openWizard("secure", 0);
    pump(100);
    const Item& first = secure->steps[0].items.front();
    session().setStatus(first, ItemStatus::Done);
    session().autosaver().flush();
    frame()->closeWizard();
    pump(100);
    BOOST_TEST(readFile(environment->statePath) == environment->before, "the user's saved review is untouched");
    // Coming back to the window does not read the real review into the demo either.
    wxActivateEvent activate(wxEVT_ACTIVATE, true);
    frame()->HandleWindowEvent(activate);
    pump(100);
    BOOST_TEST(session().profile().label != kRealLabel);
}
