#include <boost/test/unit_test.hpp>

#include "checks/check_record.h"
#include "review/review_editor.h"
#include "review/review_store.h"

using namespace vigie;
using namespace vigie::checks;

namespace {

CheckResult result(const char* id, Verdict verdict, const char* readAt) {
    CheckResult r;
    r.id = id;
    r.verdict = verdict;
    r.readAt = *parseIso8601(readAt);
    r.evidence = {{"Amount due: {}.", {"42.50 €"}}, {"Something is due on the account.", {}}};
    return r;
}

struct CountingSink : ReviewSink {
    int saves = 0;
    void reviewChanged(Pace) override { ++saves; }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(check_record)

BOOST_AUTO_TEST_CASE(results_survive_the_state_file) {
    ReviewState state;
    const std::string id = state.addProfile("Dupont").id;
    CountingSink sink;
    ReviewEditor editor(state, sink, "My account");
    BOOST_TEST(editor.recordChecks(
                   id, readingsOf({result("billing.unpaid", Verdict::Attention, "2026-11-20T09:30:00Z")})) == 1u);
    BOOST_TEST(sink.saves == 1);
    ReviewState back = ReviewStore::fromXml(ReviewStore::toXml(state));
    const CheckEvidence& kept = back.profiles.at(0).checks.at("billing.unpaid");
    BOOST_TEST((storedVerdict(kept) == Verdict::Attention));
    BOOST_TEST(toIso8601(kept.readAt) == "2026-11-20T09:30:00Z");
    BOOST_TEST_REQUIRE(kept.evidence.size() == 2u);
    BOOST_TEST(kept.evidence[0].msgid == "Amount due: {}.");
    BOOST_TEST(kept.evidence[0].args.at(0) == "42.50 €");
}

BOOST_AUTO_TEST_CASE(an_older_reading_does_not_replace_a_newer_one) {
    ReviewState state;
    const std::string id = state.addProfile("Dupont").id;
    CountingSink sink;
    ReviewEditor editor(state, sink, "My account");
    auto record = [&](Verdict verdict, const char* readAt) {
        return editor.recordChecks(id, readingsOf({result("billing.unpaid", verdict, readAt)}));
    };
    record(Verdict::Ok, "2026-11-20T09:30:00Z");
    BOOST_TEST(record(Verdict::Attention, "2026-10-01T09:30:00Z") == 0u);
    BOOST_TEST(state.profiles.at(0).checks.at("billing.unpaid").verdict == "ok");
    BOOST_TEST(sink.saves == 1, "nothing kept, nothing saved");
    BOOST_TEST(record(Verdict::Attention, "2026-11-21T09:30:00Z") == 1u);
    BOOST_TEST(state.profiles.at(0).checks.at("billing.unpaid").verdict == "attention");
}

BOOST_AUTO_TEST_CASE(an_unknown_stored_verdict_reads_as_unknown) {
    CheckEvidence kept;
    kept.verdict = "maybe";
    BOOST_TEST((storedVerdict(kept) == Verdict::Unknown));
}

BOOST_AUTO_TEST_SUITE_END()
