#define BOOST_TEST_MODULE presentation
#include <boost/test/unit_test.hpp>

#include "review/presentation.h"
#include "review_test_support.h"

using namespace vigie;
using namespace vigie::test;

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

Profile profileWith(std::initializer_list<std::pair<const char*, ItemStatus>> statuses) {
    Profile p;
    p.label = "Dupont";
    for (const auto& [id, status] : statuses) p.items[id].status = status;
    return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(control_panel_path)

BOOST_AUTO_TEST_CASE(menus_are_joined_with_one_separator) {
    PanelPath path;
    path.menus = {{"Your name", {}}, {"Billing", {"Invoices"}}, {"Payment methods", {}}};
    BOOST_TEST(controlPanelPath(path, english()) ==
               "Your name \u203A Billing (formerly: Invoices) \u203A Payment methods");
}

BOOST_AUTO_TEST_CASE(a_former_label_is_shown_only_when_it_differs) {
    MenuEntry same{"Products and services", {"Products and services"}};
    BOOST_TEST(menuEntryText(same, english()) == "Products and services");
    MenuEntry repeated{"My offers & services", {"Products and services", "Products and services"}};
    BOOST_TEST(menuEntryText(repeated, english()) == "My offers & services (formerly: Products and services)");
    MenuEntry two{"A", {"B", "C"}};
    BOOST_TEST(menuEntryText(two, english()) == "A (formerly: B, C)");
}

BOOST_AUTO_TEST_CASE(the_path_speaks_the_view_s_language) {
    MenuEntry entry{"Billing", {"Invoices"}};
    const std::string text = menuEntryText(entry, french());
    BOOST_TEST(text.find("(anciennement\u00A0: ") != std::string::npos, text);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(answers)

BOOST_AUTO_TEST_CASE(an_answer_reads_as_its_option_label_or_as_given) {
    const Wizard wizard = sampleWizard();
    ItemState state;
    state.value = "app";
    BOOST_TEST(answerText(itemOf(wizard, "w.first.choice"), state, english()) == "App");
    state.value = "gone";  // an option the wizard no longer has
    BOOST_TEST(answerText(itemOf(wizard, "w.first.choice"), state, english()) == "gone");
    state.value = "2026-11-27";
    BOOST_TEST(answerText(itemOf(wizard, "w.first.date"), state, english()) == "2026-11-27");
    BOOST_TEST(answerText(itemOf(wizard, "w.first.confirm"), state, english()).empty());
    state.value.clear();
    BOOST_TEST(answerText(itemOf(wizard, "w.first.note"), state, english()).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(progress)

BOOST_AUTO_TEST_CASE(progress_has_one_wording_in_each_language) {
    WizardProgress progress;
    progress.total = 24;
    progress.done = 3;
    BOOST_TEST(doneCountText(english(), progress) == "Items done: 3 of 24");
    BOOST_TEST(doneCountText(french(), progress) == "Points trait\u00E9s\u00A0: 3 sur 24");
    progress.attention = 2;
    progress.lastReviewed = *parseIso8601("2026-01-10T12:00:00Z");
    BOOST_TEST(progressText(english(), progress) ==
               "Items done: 3 of 24 \u00B7 2 need attention \u00B7 last reviewed on 2026-01-10");
    BOOST_TEST(attentionSentence(english(), 0) == "No item needs attention.");
    BOOST_TEST(attentionSentence(english(), 1) == "1 item needs attention.");
    BOOST_TEST(lastReviewedText(english(), progress) == "Last reviewed: 2026-01-10");
    BOOST_TEST(lastReviewedText(english(), WizardProgress{}) == "Not reviewed yet.");
}

BOOST_AUTO_TEST_CASE(a_step_is_complete_when_every_item_is_done_or_not_applicable) {
    const Wizard wizard = sampleWizard();
    const Step& first = wizard.steps[0];
    BOOST_TEST(!stepComplete(first, Profile{}));
    BOOST_TEST(stepComplete(first, profileWith({{"w.first.confirm", ItemStatus::Done},
                                                {"w.first.choice", ItemStatus::NotApplicable},
                                                {"w.first.date", ItemStatus::Done},
                                                {"w.first.note", ItemStatus::Done}})));
    BOOST_TEST(!stepComplete(first, profileWith({{"w.first.confirm", ItemStatus::Done},
                                                 {"w.first.choice", ItemStatus::Attention},
                                                 {"w.first.date", ItemStatus::Done},
                                                 {"w.first.note", ItemStatus::Done}})));
    BOOST_TEST(!stepComplete(wizard.steps[2], Profile{}), "a step without items is never ticked");
}

BOOST_AUTO_TEST_CASE(what_a_review_still_lacks_is_listed_in_wizard_order) {
    const Wizard wizard = sampleWizard();
    const Profile profile = profileWith({{"w.first.confirm", ItemStatus::Done},
                                         {"w.first.choice", ItemStatus::Attention},
                                         {"w.first.note", ItemStatus::NotApplicable}});
    const ReviewGaps gaps = reviewGaps(wizard, profile);
    BOOST_REQUIRE(gaps.toDo.size() == 2u);
    BOOST_TEST(gaps.toDo[0]->id == "w.first.date");
    BOOST_TEST(gaps.toDo[1]->id == "w.second.confirm");
    BOOST_REQUIRE(gaps.attention.size() == 1u);
    BOOST_TEST(gaps.attention[0]->id == "w.first.choice");
    BOOST_TEST(!gaps.complete());
    BOOST_TEST(reviewGapsText(english(), gaps) ==
               "Left before this review is complete: 2 items to do and 1 item needing attention.");
    BOOST_TEST(reviewGapsText(english(), ReviewGaps{}) == "Every item is done or not applicable.");
    BOOST_REQUIRE(gaps.done.size() == 2u);
    BOOST_TEST(gaps.done[0]->id == "w.first.confirm");
    BOOST_TEST(gaps.done[1]->id == "w.first.note");
}

BOOST_AUTO_TEST_CASE(the_finish_summary_is_worded_in_core) {
    const Wizard wizard = sampleWizard();
    const ReviewGaps gaps = reviewGaps(wizard, profileWith({{"w.first.choice", ItemStatus::Attention}}));
    BOOST_TEST(itemsOf(gaps, GapGroup::ToDo).size() == 4u);
    BOOST_TEST(gapGroupHeading(english(), GapGroup::Attention, 1) == "Needs attention (1)");
    BOOST_TEST(gapGroupHeading(english(), GapGroup::ToDo, 4) == "Still to do (4)");
    BOOST_TEST(gapGroupHeading(english(), GapGroup::Done, 0) == "Done or not applicable (0)");
    const TimePoint today = *parseIso8601("2026-12-04T12:00:00Z");
    Profile profile;
    profile.reviewPeriodMonths = 3;
    BOOST_TEST(finishConsequenceText(english(), gaps, profile, today).find("incomplete") != std::string::npos);
    BOOST_TEST(finishConsequenceText(english(), ReviewGaps{}, profile, today) ==
               "Recording it marks this review as complete. The next review will be due on 2027-03-04.");
    BOOST_TEST(passRecordedSentence(english(), "Orders", ReviewGaps{}) == "\u201COrders\u201D is complete.");
    BOOST_TEST(passRecordedSentence(english(), "Orders", gaps) ==
               "\u201COrders\u201D is recorded as incomplete. Left before this review is complete: 4 items to do and "
               "1 item needing attention.");
}

BOOST_AUTO_TEST_CASE(a_pass_finished_incomplete_is_said_wherever_the_last_pass_is) {
    WizardProgress progress;
    progress.total = 5;
    progress.lastReviewed = *parseIso8601("2026-12-04T12:00:00Z");
    progress.lastIncomplete = true;
    BOOST_TEST(lastReviewedText(english(), progress) == "Last reviewed: 2026-12-04, incomplete");
    BOOST_TEST(progressText(english(), progress) ==
               "Items done: 0 of 5 \u00B7 last reviewed on 2026-12-04, incomplete");
    const std::string inFrench = lastReviewedText(french(), progress);
    BOOST_TEST(inFrench.find("incompl") != std::string::npos, inFrench);
    progress.lastIncomplete = false;
    BOOST_TEST(lastReviewedText(english(), progress) == "Last reviewed: 2026-12-04");
}

BOOST_AUTO_TEST_CASE(what_next_puts_the_first_wizard_due_and_the_items_needing_attention_first) {
    Wizard first = sampleWizard();
    Wizard second = sampleWizard();
    second.id = "v";
    second.title = "Another wizard";
    Definitions definitions;
    definitions.wizards = {first, second};
    const auto definitionsOf = [&](const Profile&) -> const Definitions& { return definitions; };
    const TimePoint today = *parseIso8601("2026-12-04T12:00:00Z");
    ReviewState state;
    state.addProfile("Mine");
    state.addProfile("Client Dupont");
    Profile& current = state.profiles[0];
    current.items["w.first.date"].status = ItemStatus::Attention;
    current.items["w.second.confirm"].status = ItemStatus::Attention;
    current.passes.emplace_back("w", *parseIso8601("2026-11-01T12:00:00Z"));  // not due before February
    Profile& other = state.profiles[1];
    other.passes.emplace_back("w", *parseIso8601("2026-11-01T12:00:00Z"));
    other.passes.emplace_back("v", *parseIso8601("2026-01-01T12:00:00Z"));

    WhatNext next = whatNext(state, current.id, definitionsOf, today);
    BOOST_REQUIRE(next.due.has_value());
    BOOST_TEST(next.due->profile == &state.profiles[0], "the current profile first");
    BOOST_TEST(next.due->wizard->id == "v");
    BOOST_TEST(!next.due->lastReviewed, "never reviewed");
    BOOST_TEST(dueWizardText(english(), *next.due, true) == "Review \u201CAnother wizard\u201D: not reviewed yet.");
    BOOST_TEST_REQUIRE(next.attention.size() == 4u, "both wizards show the same items");
    BOOST_TEST(next.attention[0].item->id == "w.first.date");
    BOOST_TEST(next.attention[0].step == 0u);
    BOOST_TEST(next.attention[1].item->id == "w.second.confirm");
    BOOST_TEST(next.attention[1].step == 1u);
    BOOST_TEST(attentionItemText(english(), next.attention[0]) == "Label of w.first.date (A wizard)");

    state.profiles[0].passes.emplace_back("v", *parseIso8601("2026-11-01T12:00:00Z"));
    next = whatNext(state, state.profiles[0].id, definitionsOf, today);
    BOOST_REQUIRE(next.due.has_value());
    BOOST_TEST(next.due->profile->label == "Client Dupont", "then the other profiles");
    BOOST_TEST(next.due->wizard->id == "v");
    BOOST_TEST(toIso8601(*next.due->dueSince) == "2026-04-01T12:00:00Z");
    BOOST_TEST(dueWizardText(english(), *next.due, false) ==
               "For the profile \u201CClient Dupont\u201D, review \u201CAnother wizard\u201D: due since 2026-04-01.");

    state.profiles[1].passes.emplace_back("v", *parseIso8601("2026-11-01T12:00:00Z"));
    state.profiles[0].items.clear();
    next = whatNext(state, state.profiles[0].id, definitionsOf, today);
    BOOST_TEST(next.nothing());
    BOOST_TEST(!nothingDueText(english()).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(profile_and_next_review)

BOOST_AUTO_TEST_CASE(the_profile_line_names_label_nic_region_and_period) {
    Profile p;
    p.label = "Dupont";
    p.nic = "ab12345-ovh";
    p.region = Region::Canada;
    p.reviewPeriodMonths = 6;
    BOOST_TEST(profileLine(english(), p) == "Dupont (ab12345-ovh) \u00B7 Canada \u00B7 review every 6 months");
    p.nic.clear();
    p.reviewPeriodMonths = 1;
    BOOST_TEST(profileLine(english(), p) == "Dupont \u00B7 Canada \u00B7 review every month");
}

BOOST_AUTO_TEST_CASE(the_next_review_sentence_follows_the_passes) {
    Profile p;
    p.reviewPeriodMonths = 3;
    const TimePoint today = *parseIso8601("2026-03-01T12:00:00Z");
    NextReview none = nextReviewOf(p, today);
    BOOST_TEST(!none.date);
    BOOST_TEST(nextReviewSentence(english(), none) == "Next review: 3 months after you finish a wizard");
    BOOST_TEST(nextReviewValue(english(), none) == "not planned yet: it is set when a wizard is completed");
    p.passes.emplace_back("w", *parseIso8601("2026-01-10T12:00:00Z"));
    NextReview planned = nextReviewOf(p, today);
    BOOST_TEST(!planned.due);
    BOOST_TEST(nextReviewSentence(english(), planned) == "Next review: 2026-04-10 (every 3 months)");
    BOOST_TEST(nextReviewValue(english(), planned) == "2026-04-10");
    NextReview late = nextReviewOf(p, *parseIso8601("2026-05-01T12:00:00Z"));
    BOOST_TEST(late.due);
    BOOST_TEST(nextReviewSentence(english(), late) == "Next review: 2026-04-10, overdue (every 3 months)");
    const std::string french_ = nextReviewSentence(french(), planned);
    BOOST_TEST(french_.rfind("Prochaine vérification\u00A0: 2026-04-10", 0) == 0u, french_);
}

BOOST_AUTO_TEST_SUITE_END()
