#define BOOST_TEST_MODULE checklist_state
#include <boost/test/unit_test.hpp>

#include "review/checklist_state.h"
#include "review_test_support.h"

using namespace vigie;
using namespace vigie::test;

namespace vigie {
std::ostream& operator<<(std::ostream& out, StepState state) { return out << static_cast<int>(state); }
std::ostream& operator<<(std::ostream& out, StatusMark mark) { return out << static_cast<int>(mark); }
std::ostream& operator<<(std::ostream& out, ItemStatus status) { return out << statusCode(status); }
}  // namespace vigie

namespace {
const Translator& english() {
    static const Translator tr(Language::English);
    return tr;
}
const Translator& french() {
    static const Translator tr(Language::French);
    BOOST_REQUIRE_MESSAGE(tr.hasCatalog(), "the French catalog must be built (the translations target)");
    return tr;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_step_is_to_do_then_needs_attention_then_done) {
    const Step step = sampleWizard().steps.front();
    Profile profile;
    BOOST_TEST(stepState(step, profile) == StepState::ToDo);
    BOOST_TEST(stepStateText(english(), step, profile) == "To do \u00B7 0 of 4 done");
    profile.items["w.first.confirm"].status = ItemStatus::Done;
    profile.items["w.first.choice"].status = ItemStatus::NotApplicable;
    BOOST_TEST(stepStateText(english(), step, profile) == "To do \u00B7 2 of 4 done");
    profile.items["w.first.date"].status = ItemStatus::Attention;
    BOOST_TEST(stepState(step, profile) == StepState::Attention, "attention wins");
    BOOST_TEST(stepStateText(english(), step, profile) == "Needs attention \u00B7 2 of 4 done");
    profile.items["w.first.date"].status = ItemStatus::Done;
    profile.items["w.first.note"].status = ItemStatus::Done;
    BOOST_TEST(stepState(step, profile) == StepState::Done);
    BOOST_TEST(stepStateText(english(), step, profile) == "Done");
    BOOST_TEST(stepStateText(french(), step, profile) == "Fait");
    const StepCounts counts = stepCounts(step, profile);
    BOOST_TEST(counts.total == 4u);
    BOOST_TEST(counts.settled == 4u);
}

BOOST_AUTO_TEST_CASE(each_status_has_its_own_mark_and_words) {
    ItemState state;
    BOOST_TEST(statusMark(state) == StatusMark::EmptyCircle);
    state.status = ItemStatus::Done;
    BOOST_TEST(statusMark(state) == StatusMark::Tick);
    state.status = ItemStatus::NotApplicable;
    BOOST_TEST(statusMark(state) == StatusMark::Cross);
    state.status = ItemStatus::Attention;
    BOOST_TEST(statusMark(state) == StatusMark::Warning);
    BOOST_TEST(statusMarkName(english(), state) == "Status: Needs attention");
    state.unknownStatus = "later";
    BOOST_TEST(statusMark(state) == StatusMark::Unknown, "a status from a newer Vigie is shown as unknown");
}

BOOST_AUTO_TEST_CASE(a_click_ticks_and_unticks) {
    BOOST_TEST(toggledStatus(ItemStatus::Todo) == ItemStatus::Done);
    BOOST_TEST(toggledStatus(ItemStatus::Done) == ItemStatus::Todo);
    BOOST_TEST(toggledStatus(ItemStatus::Attention) == ItemStatus::Done);
    BOOST_TEST(toggledStatus(ItemStatus::NotApplicable) == ItemStatus::Done);
}

BOOST_AUTO_TEST_CASE(every_menu_entry_has_an_access_key_in_both_languages) {
    for (ItemStatus status : allStatuses()) {
        BOOST_TEST(std::string(statusMenuLabel(status)).find('&') != std::string::npos);
        BOOST_TEST(french()(statusMenuLabel(status)).find('&') != std::string::npos);
    }
}
