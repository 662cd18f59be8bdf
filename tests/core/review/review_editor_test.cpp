#define BOOST_TEST_MODULE review_editor
#include <boost/test/unit_test.hpp>

#include "review/item_value.h"
#include "review/review_editor.h"
#include "review_test_support.h"

using namespace vigie;
using namespace vigie::test;

namespace {

struct EditorFixture {
    ReviewState state;
    CountingSink sink;
    ReviewEditor editor{state, sink, "My account", fixedTime};
    Wizard wizard = sampleWizard();
    std::string id = editor.currentProfile().id;

    const Item& item(const std::string& itemId) const { return itemOf(wizard, itemId); }
    ItemState stateOf(const std::string& itemId) const { return editor.itemState(id, itemId); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(items, EditorFixture)

BOOST_AUTO_TEST_CASE(an_answer_completes_a_to_do_item) {
    editor.setAnswer(id, item("w.first.choice"), "app");
    BOOST_TEST((stateOf("w.first.choice").status == ItemStatus::Done));
    BOOST_TEST(stateOf("w.first.choice").value == "app");
    BOOST_TEST(!stateOf("w.first.choice").statusSetByHand);
    editor.setAnswer(id, item("w.first.date"), "2026-11-27");
    BOOST_TEST((stateOf("w.first.date").status == ItemStatus::Done));
    editor.setAnswer(id, item("w.first.note"), "Recovery codes in the safe", Pace::Typing);
    BOOST_TEST((stateOf("w.first.note").status == ItemStatus::Done));
}

BOOST_AUTO_TEST_CASE(taking_the_answer_back_makes_the_item_to_do_again) {
    editor.setAnswer(id, item("w.first.choice"), "app");
    editor.setAnswer(id, item("w.first.choice"), "");
    BOOST_TEST((stateOf("w.first.choice").status == ItemStatus::Todo));
    BOOST_TEST(stateOf("w.first.choice").value.empty());
}

BOOST_AUTO_TEST_CASE(a_status_set_by_hand_is_never_overwritten_by_an_answer) {
    for (ItemStatus chosen : allStatuses()) {
        editor.setAnswer(id, item("w.first.date"), "");
        editor.setStatus(id, item("w.first.date"), chosen);
        editor.setAnswer(id, item("w.first.date"), "2026-11-27");
        BOOST_TEST((stateOf("w.first.date").status == chosen), "status " << statusCode(chosen));
        editor.setAnswer(id, item("w.first.date"), "");
        BOOST_TEST((stateOf("w.first.date").status == chosen), "status " << statusCode(chosen));
        BOOST_TEST(stateOf("w.first.date").statusSetByHand);
    }
}

BOOST_AUTO_TEST_CASE(a_status_given_with_an_answer_wins) {
    editor.edit(id, item("w.first.choice"), ItemEdit{ItemStatus::Attention, std::string("sms"), std::string("why")});
    const ItemState after = stateOf("w.first.choice");
    BOOST_TEST((after.status == ItemStatus::Attention));
    BOOST_TEST(after.value == "sms");
    BOOST_TEST(after.note == "why");
    BOOST_TEST(sink.now == 1, "one edit, one save");
}

BOOST_AUTO_TEST_CASE(a_note_changes_no_status) {
    editor.setNote(id, item("w.first.confirm"), "Checked twice", Pace::Typing);
    BOOST_TEST((stateOf("w.first.confirm").status == ItemStatus::Todo));
    BOOST_TEST(stateOf("w.first.confirm").note == "Checked twice");
    BOOST_TEST(sink.typing == 1);
    BOOST_TEST(sink.now == 0);
}

BOOST_AUTO_TEST_CASE(every_change_is_time_stamped_and_reported) {
    editor.setStatus(id, item("w.second.confirm"), ItemStatus::Done);
    BOOST_TEST(toIso8601(*stateOf("w.second.confirm").changed) == "2026-03-14T09:26:00Z");
    BOOST_TEST(sink.now == 1);
}

BOOST_AUTO_TEST_CASE(a_wrong_answer_is_refused_and_nothing_changes) {
    BOOST_CHECK_THROW(editor.setAnswer(id, item("w.first.choice"), "pigeon"), UserError);
    BOOST_CHECK_THROW(editor.setAnswer(id, item("w.first.date"), "2026-02-30"), UserError);
    BOOST_CHECK_THROW(editor.setAnswer(id, item("w.first.confirm"), "yes"), UserError);
    BOOST_TEST(state.profiles.front().items.empty());
    BOOST_TEST(sink.now == 0);
}

BOOST_AUTO_TEST_CASE(an_unknown_profile_is_an_error) {
    BOOST_CHECK_THROW(editor.setStatus("nobody", item("w.first.confirm"), ItemStatus::Done), UserError);
}

BOOST_AUTO_TEST_CASE(a_completed_pass_sets_the_next_review) {
    TimePoint next = editor.completePass(id, wizard);
    BOOST_TEST(toIso8601(next) == "2026-06-14T09:26:00Z");
    BOOST_TEST(state.profiles.front().passes.size() == 1u);
    BOOST_TEST(sink.now == 1);
}

BOOST_AUTO_TEST_CASE(a_pass_finished_with_items_left_open_is_recorded_as_incomplete) {
    editor.completePass(id, wizard);
    BOOST_TEST(state.profiles.front().passes.back().incomplete, "every item still to do");
    for (const char* each : {"w.first.confirm", "w.first.choice", "w.first.date", "w.first.note", "w.second.confirm"})
        editor.setStatus(id, item(each), ItemStatus::Done);
    editor.setStatus(id, item("w.first.date"), ItemStatus::Attention);
    editor.completePass(id, wizard);
    BOOST_TEST(state.profiles.front().passes.back().incomplete, "one item needs attention");
    editor.setStatus(id, item("w.first.date"), ItemStatus::NotApplicable);
    editor.completePass(id, wizard);
    BOOST_TEST(!state.profiles.front().passes.back().incomplete, "done or not applicable: complete");
    const WizardProgress progress = state.profiles.front().progress(wizard);
    BOOST_TEST(!progress.lastIncomplete, "the latest pass counts");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(values)

BOOST_AUTO_TEST_CASE(answers_are_checked_against_their_item) {
    const Wizard wizard = sampleWizard();
    BOOST_TEST(checkItemValue(itemOf(wizard, "w.first.choice"), "app").empty());
    const UserMessage notAnOption = checkItemValue(itemOf(wizard, "w.first.choice"), "pigeon");
    BOOST_TEST(notAnOption.english() == "\"pigeon\" is not an option of \"w.first.choice\"; choose one of: sms, app");
    BOOST_TEST(checkItemValue(itemOf(wizard, "w.first.date"), "2028-02-29").empty());
    BOOST_TEST(!checkItemValue(itemOf(wizard, "w.first.date"), "2027-02-29").empty());
    BOOST_TEST(!checkItemValue(itemOf(wizard, "w.first.date"), "27/11/2026").empty());
    BOOST_TEST(!checkItemValue(itemOf(wizard, "w.first.date"), "2026-11-27 ").empty());
    BOOST_TEST(!checkItemValue(itemOf(wizard, "w.first.confirm"), "x").empty());
    BOOST_TEST(checkItemValue(itemOf(wizard, "w.first.note"), "anything at all").empty());
    for (const char* id : {"w.first.confirm", "w.first.choice", "w.first.date", "w.first.note"})
        BOOST_TEST(checkItemValue(itemOf(wizard, id), "").empty(), "no answer is always fine");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(profiles, EditorFixture)

BOOST_AUTO_TEST_CASE(labels_nic_handles_and_ids_clash_with_one_another) {
    ProfileFields work{"Work", "ab12345-ovh", Region::Canada, 6};
    const Profile& added = editor.addProfile(work);
    const std::string workId = added.id;
    BOOST_TEST(!profileProblem(state, {"Work", "", Region::Europe, 3}).empty(), "same label");
    BOOST_TEST(!profileProblem(state, {" Work ", "", Region::Europe, 3}).empty(), "spaces do not count");
    BOOST_TEST(!profileProblem(state, {"ab12345-ovh", "", Region::Europe, 3}).empty(), "label = a NIC handle");
    BOOST_TEST(!profileProblem(state, {workId, "", Region::Europe, 3}).empty(), "label = an id");
    BOOST_TEST(!profileProblem(state, {"Home", "ab12345-ovh", Region::Europe, 3}).empty(), "same NIC handle");
    BOOST_TEST(!profileProblem(state, {"Home", "Work", Region::Europe, 3}).empty(), "NIC handle = a label");
    BOOST_TEST(profileProblem(state, {"Home", "cd6789-ovh", Region::Europe, 3}).empty());
    BOOST_TEST(profileProblem(state, work, workId).empty(), "a profile does not clash with itself");
    BOOST_CHECK_THROW(editor.addProfile({"Work", "", Region::Europe, 3}), UserError);
    BOOST_TEST(state.profiles.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_profile_needs_a_name_and_a_period_in_range) {
    BOOST_TEST(profileProblem(state, {"  ", "", Region::Europe, 3}).english() == "Enter a name for this profile.");
    BOOST_TEST(!profileProblem(state, {"X", "", Region::Europe, kMinReviewPeriodMonths - 1}).empty());
    BOOST_TEST(!profileProblem(state, {"X", "", Region::Europe, kMaxReviewPeriodMonths + 1}).empty());
    BOOST_TEST(profileProblem(state, {"X", "", Region::Europe, kMaxReviewPeriodMonths}).empty());
}

BOOST_AUTO_TEST_CASE(profiles_are_added_edited_selected_and_deleted) {
    const std::string first = id;
    const std::string second = editor.addProfile({" Home ", " ab1-ovh ", Region::UnitedStates, 12}).id;
    BOOST_TEST(state.currentProfileId == first, "adding does not switch");
    const Profile* home = state.findProfile(second);
    BOOST_TEST(home->label == "Home");
    BOOST_TEST(home->nic == "ab1-ovh");
    editor.updateProfile(second, {"House", "", Region::Europe, 1});
    BOOST_TEST(state.findProfile(second)->label == "House");
    BOOST_CHECK_THROW(editor.updateProfile(second, {"My account", "", Region::Europe, 1}), UserError);
    editor.selectProfile(second);
    BOOST_TEST(state.currentProfileId == second);
    editor.deleteProfile(second);
    BOOST_TEST(state.currentProfileId == first, "the current profile always exists");
    editor.deleteProfile(first);
    BOOST_TEST(state.profiles.size() == 1u, "there is always a profile");
    BOOST_TEST(state.profiles.front().label == "My account");
    BOOST_TEST(state.currentProfileId == state.profiles.front().id);
}

BOOST_AUTO_TEST_SUITE_END()
