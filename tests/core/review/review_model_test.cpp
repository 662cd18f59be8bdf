#define BOOST_TEST_MODULE review_model
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "review/account_words.h"
#include "review/review.h"
#include "review_test_support.h"

using namespace vigie;

BOOST_AUTO_TEST_CASE(next_review_is_last_pass_plus_period) {
    Profile p;
    BOOST_TEST(!p.nextReview());
    p.reviewPeriodMonths = 3;
    p.passes.emplace_back("secure", *parseIso8601("2026-11-30T12:00:00Z"));
    p.passes.emplace_back("orders", *parseIso8601("2026-10-01T12:00:00Z"));
    BOOST_TEST(toIso8601(*p.nextReview()) == "2027-02-28T12:00:00Z");  // day clamped to February
}

BOOST_AUTO_TEST_CASE(months_are_added_across_years_and_backwards) {
    const TimePoint t = *parseIso8601("2024-01-31T08:00:00Z");
    BOOST_TEST(toIso8601(addMonths(t, 1)) == "2024-02-29T08:00:00Z");
    BOOST_TEST(toIso8601(addMonths(t, 12)) == "2025-01-31T08:00:00Z");
    BOOST_TEST(toIso8601(addMonths(t, -2)) == "2023-11-30T08:00:00Z");
}

BOOST_AUTO_TEST_CASE(progress_counts_done_na_and_attention) {
    Wizard w;
    w.id = "w";
    Step s;
    for (const char* id : {"w.s.a", "w.s.b", "w.s.c", "w.s.d"}) {
        Item item;
        item.id = id;
        s.items.push_back(item);
    }
    w.steps.push_back(s);
    Profile p;
    p.items["w.s.a"].status = ItemStatus::Done;
    p.items["w.s.b"].status = ItemStatus::NotApplicable;
    p.items["w.s.c"].status = ItemStatus::Attention;
    WizardProgress progress = p.progress(w);
    BOOST_TEST(progress.total == 4u);
    BOOST_TEST(progress.done == 2u);
    BOOST_TEST(progress.attention == 1u);
}

BOOST_AUTO_TEST_CASE(status_codes_round_trip) {
    for (ItemStatus status : allStatuses()) BOOST_TEST((parseStatus(statusCode(status)) == status));
    BOOST_TEST(!parseStatus("finished"));
}

BOOST_AUTO_TEST_CASE(profiles_are_found_by_id_label_or_nic_handle) {
    ReviewState state;
    Profile& work = state.addProfile("Work");
    work.nic = "ab12345-ovh";
    const std::string id = work.id;
    state.addProfile("Home");
    BOOST_TEST(state.findProfile(id)->label == "Work");
    BOOST_TEST(state.findProfile("ab12345-ovh")->label == "Work");
    BOOST_TEST(state.findProfile("Home")->label == "Home");
    BOOST_TEST(!state.findProfile("Nobody"));
    BOOST_TEST(!state.findProfile(""));
}

BOOST_AUTO_TEST_CASE(the_default_label_is_recognised_in_both_languages) {
    BOOST_REQUIRE_MESSAGE(Translator(Language::French).hasCatalog(), "the French catalog must be built");
    BOOST_TEST(isDefaultProfileLabel("My account"));
    BOOST_TEST(isDefaultProfileLabel(Translator(Language::French)(kDefaultProfileLabel)));
    BOOST_TEST(!isDefaultProfileLabel("Dupont"));
}

BOOST_AUTO_TEST_CASE(account_words_come_from_the_profile) {
    Profile named;
    named.label = "Dupont Consulting";
    named.nic = "dj1234-ovh";
    password::AccountContext context = accountContextOf(named);
    BOOST_TEST(context.names == std::vector<std::string>{"Dupont Consulting"});
    BOOST_TEST(context.nicHandles == std::vector<std::string>{"dj1234-ovh"});
    Profile unnamed;
    unnamed.label = Translator(Language::French)(kDefaultProfileLabel);
    BOOST_TEST(accountContextOf(unnamed).names.empty(), "the default label names nobody");
    BOOST_TEST(accountContextOf(unnamed).nicHandles.empty());
}
