// What the views show of a verified item (item_verification.h), the connection kept with the
// profile, and whether the account can be closed (closure_readiness.h): headless, on readings
// built in code.
#define BOOST_TEST_MODULE verification
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <ctime>

#include "checks/check_record.h"
#include "checks/closure_readiness.h"
#include "checks/item_verification.h"
#include "definitions/definitions_loader.h"
#include "review/review_editor.h"
#include "review/review_merge.h"
#include "review/review_store.h"

using namespace vigie;
using namespace vigie::checks;

namespace {

TimePoint at(const char* iso) { return *parseIso8601(iso); }

CheckResult result(const std::string& id, Verdict verdict, const char* readAt = "2026-11-20T09:30:00Z") {
    CheckResult r;
    r.id = id;
    r.verdict = verdict;
    r.readAt = at(readAt);
    r.evidence = {{"{} services are not terminated: {}.", {"2", "vps-1.example, web.example"}}};
    return r;
}

Item itemVerifiedBy(const std::string& id, const std::string& check, ItemKind kind = ItemKind::Confirm) {
    Item item;
    item.id = id;
    item.kind = kind;
    item.label = "Label of " + id;
    item.check = check;
    return item;
}

struct CountingSink : ReviewSink {
    int saves = 0;
    void reviewChanged(Pace) override { ++saves; }
};

struct Fixture {
    ReviewState state;
    CountingSink sink;
    ReviewEditor editor{state, sink, "My account", [] { return at("2026-11-21T08:00:00Z"); }};
    std::string id = state.addProfile("Dupont").id;
    Item services = itemVerifiedBy("closure.preconditions.services", "closure.no-active-services");

    const Profile& profile() const { return state.profiles.at(0); }
    void read(const std::string& check, Verdict verdict, const char* readAt = "2026-11-20T09:30:00Z") {
        editor.recordChecks(id, readingsOf({result(check, verdict, readAt)}));
    }
};

ovh::AccountSnapshot snapshotOf(const std::string& nic) {
    ovh::AccountSnapshot snapshot;
    snapshot.readAt = at("2026-11-20T09:30:00Z");
    snapshot.endpoint = "ovh-eu";
    snapshot.me.availability = ovh::Availability::Read;
    snapshot.me.data = {{"nichandle", nic}, {"email", "jo@example.com"}};
    return snapshot;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(item_verification, Fixture)

BOOST_AUTO_TEST_CASE(an_item_without_a_check_or_a_reading_has_no_verification) {
    Item plain = itemVerifiedBy("closure.keep.data", "");
    read("closure.no-active-services", Verdict::Ok);
    BOOST_TEST(!verificationOf(profile(), plain).has_value());
    Item unread = itemVerifiedBy("closure.preconditions.orders", "orders.in-progress");
    BOOST_TEST(!verificationOf(profile(), unread).has_value());
}

BOOST_AUTO_TEST_CASE(a_reading_gives_the_verdict_its_evidence_and_when_it_was_read) {
    read("closure.no-active-services", Verdict::Attention);
    auto verification = verificationOf(profile(), services);
    BOOST_TEST_REQUIRE(verification.has_value());
    BOOST_TEST(verification->checkId == "closure.no-active-services");
    BOOST_TEST((verification->verdict == Verdict::Attention));
    BOOST_TEST_REQUIRE(verification->evidence.size() == 1u);
    BOOST_TEST(verification->evidence[0].args.at(1) == "vps-1.example, web.example");
    BOOST_TEST(toIso8601(verification->readAt) == "2026-11-20T09:30:00Z");
    BOOST_TEST(!verification->disagrees, "the user has not said anything yet");
}

BOOST_AUTO_TEST_CASE(done_against_attention_disagrees_and_the_status_stays_the_users) {
    editor.setStatus(id, services, ItemStatus::Done);
    read("closure.no-active-services", Verdict::Attention);
    BOOST_TEST((profile().item(services.id)->status == ItemStatus::Done), "a reading never changes the status");
    auto verification = verificationOf(profile(), services);
    BOOST_TEST(verification->disagrees);
    BOOST_TEST(verification->disagreement.msgid ==
               "You marked this done; the account read on {} says it needs attention.");
    BOOST_TEST(verification->disagreement.args.at(0) == toLocalDate(at("2026-11-20T09:30:00Z")));
}

BOOST_AUTO_TEST_CASE(attention_against_verified_disagrees) {
    editor.setStatus(id, services, ItemStatus::Attention);
    read("closure.no-active-services", Verdict::Ok);
    auto verification = verificationOf(profile(), services);
    BOOST_TEST(verification->disagrees);
    BOOST_TEST(verification->disagreement.msgid ==
               "You marked this as needing attention; the account read on {} says it is verified.");
}

BOOST_AUTO_TEST_CASE(a_done_given_by_an_answer_is_the_users_say_so_too) {
    Item expiry = itemVerifiedBy("renewal.payment.expiry", "renewal.payment-method-outlives-renewals", ItemKind::Date);
    editor.setAnswer(id, expiry, "2027-01-31");
    read("renewal.payment-method-outlives-renewals", Verdict::Attention);
    BOOST_TEST(verificationOf(profile(), expiry)->disagrees);
}

BOOST_AUTO_TEST_CASE(agreement_not_applicable_to_do_and_unknown_never_disagree) {
    struct Case {
        std::optional<ItemStatus> status;
        Verdict verdict;
    };
    const Case cases[] = {{ItemStatus::Done, Verdict::Ok},
                          {ItemStatus::Attention, Verdict::Attention},
                          {ItemStatus::NotApplicable, Verdict::Attention},
                          {ItemStatus::NotApplicable, Verdict::Ok},
                          {ItemStatus::Todo, Verdict::Attention},
                          {ItemStatus::Done, Verdict::Unknown},
                          {ItemStatus::Attention, Verdict::Unknown},
                          {std::nullopt, Verdict::Ok}};
    int n = 0;
    for (const Case& c : cases) {
        ReviewState fresh;
        const std::string pid = fresh.addProfile("P").id;
        CountingSink counting;
        ReviewEditor e(fresh, counting, "My account");
        if (c.status) e.setStatus(pid, services, *c.status);
        e.recordChecks(pid, readingsOf({result("closure.no-active-services", c.verdict)}));
        BOOST_TEST(!verificationOf(fresh.profiles[0], services)->disagrees, "case " << n);
        ++n;
    }
}

BOOST_AUTO_TEST_CASE(a_status_from_a_newer_vigie_contradicts_nothing) {
    ItemState& kept = state.profiles.at(0).items[services.id];
    kept.status = ItemStatus::Done;
    kept.unknownStatus = "verified-elsewhere";
    read("closure.no-active-services", Verdict::Attention);
    BOOST_TEST(!verificationOf(profile(), services)->disagrees);
}

BOOST_AUTO_TEST_CASE(the_labels_of_a_verdict_on_an_item) {
    BOOST_TEST(std::string(verdictItemLabel(Verdict::Ok)) == "Verified");
    BOOST_TEST(std::string(verdictItemLabel(Verdict::Attention)) == "Needs attention");
    BOOST_TEST(std::string(verdictItemLabel(Verdict::Unknown)) == "Could not be verified");
    Translator fr(Language::French);
    BOOST_TEST(fr(verdictItemLabel(Verdict::Ok)) == "Vérifié");
    BOOST_TEST(fr(verdictItemLabel(Verdict::Unknown)) == "Impossible à vérifier");
}

BOOST_AUTO_TEST_CASE(counts_for_a_hub_card) {
    Wizard wizard;
    Step step;
    step.items = {services, itemVerifiedBy("closure.preconditions.invoices", "billing.unpaid"),
                  itemVerifiedBy("closure.preconditions.orders", "orders.in-progress"),
                  itemVerifiedBy("orders.status.unpaid", "orders.action-required"),
                  itemVerifiedBy("closure.preconditions.prepaid", "")};
    wizard.steps = {step};
    BOOST_TEST(verifiedCounts(profile(), wizard).total() == 0u);
    BOOST_TEST(verifiedCountsText(Translator(Language::English), verifiedCounts(profile(), wizard)).empty());
    read("closure.no-active-services", Verdict::Ok);
    read("billing.unpaid", Verdict::Attention);
    read("orders.in-progress", Verdict::Unknown);
    VerifiedCounts counts = verifiedCounts(profile(), wizard);
    BOOST_TEST(counts.verified == 1u);
    BOOST_TEST(counts.attention == 1u);
    BOOST_TEST(counts.unverified == 1u);
    BOOST_TEST(counts.total() == 3u, "an item whose check was never read is not counted");
    BOOST_TEST(verifiedCountsText(Translator(Language::English), counts) ==
               "Verified by the account read: 1 of 3 \u00B7 1 needs attention \u00B7 1 could not be verified");
}

BOOST_AUTO_TEST_CASE(the_card_names_the_users_own_attention_once_items_are_verified) {
    Translator en(Language::English);
    Translator fr(Language::French);
    VerifiedCounts none;
    BOOST_TEST(markedAttentionSentence(en, 0, none) == "No item needs attention.", "not connected: as before");
    BOOST_TEST(markedAttentionSentence(en, 2, none) == "2 items need attention.");
    VerifiedCounts read;
    read.verified = 1;
    read.attention = 4;
    BOOST_TEST(markedAttentionSentence(en, 0, read) == "You marked no item as needing attention.");
    BOOST_TEST(markedAttentionSentence(en, 1, read) == "You marked 1 item as needing attention.");
    BOOST_TEST(markedAttentionSentence(en, 3, read) == "You marked 3 items as needing attention.");
    BOOST_TEST(markedAttentionSentence(fr, 0, read) ==
               "Vous n\u2019avez indiqu\u00E9 aucun point comme requ\u00E9rant votre attention.");
    BOOST_TEST(markedAttentionSentence(fr, 3, read) ==
               "Vous avez indiqu\u00E9 3 points comme requ\u00E9rant votre attention.");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(connection, Fixture)

BOOST_AUTO_TEST_CASE(not_connected_until_a_reading) {
    BOOST_TEST(!profile().connection.has_value());
    Translator en(Language::English);
    BOOST_TEST(connectionLine(en, profile(), at("2026-11-21T08:00:00Z")) ==
               "Not connected: every item is your own statement.");
}

BOOST_AUTO_TEST_CASE(recorded_with_the_readings_and_kept_in_the_state_file_without_a_key) {
    ovh::AccountSnapshot snapshot = snapshotOf("ab12345-ovh");
    BOOST_TEST(recordReadings(editor, id, snapshot, {result("billing.unpaid", Verdict::Ok)}, "/tmp/a b.json").empty());
    BOOST_TEST(sink.saves == 1, "one save for the readings and their connection");
    ReviewState back = ReviewStore::fromXml(ReviewStore::toXml(state));
    const auto& connection = back.profiles.at(0).connection;
    BOOST_TEST_REQUIRE(connection.has_value());
    BOOST_TEST(connection->account == "ab12345-ovh (jo@example.com)");
    BOOST_TEST(connection->endpoint == "ovh-eu");
    BOOST_TEST(toIso8601(connection->readAt) == "2026-11-20T09:30:00Z");
    BOOST_TEST(!connection->demo);
    BOOST_TEST(connection->snapshotFile == "/tmp/a b.json");
    BOOST_TEST(!connection->live());
    Translator en(Language::English);
    ::setenv("TZ", "UTC", 1);
    ::tzset();
    BOOST_TEST(connectionLine(en, back.profiles.at(0), at("2026-11-20T12:31:00Z")) ==
               "Connected: ab12345-ovh (jo@example.com) \u00B7 ovh-eu \u00B7 Data read on 20 November 2026 at "
               "09:30, 3 hours ago");
    ::unsetenv("TZ");
    ::tzset();
    BOOST_TEST(en(connectionSource(*connection)) == "From the snapshot file /tmp/a b.json");
}

BOOST_AUTO_TEST_CASE(an_older_connection_does_not_replace_a_newer_one) {
    ConnectionInfo fresh{"ab12345-ovh", "ovh-eu", at("2026-11-20T09:30:00Z"), false, "", {}};
    ConnectionInfo stale{"ab12345-ovh", "ovh-eu", at("2026-10-01T09:30:00Z"), false, "/old.json", {}};
    editor.recordChecks(id, {}, fresh);
    editor.recordChecks(id, {}, stale);
    BOOST_TEST(profile().connection->snapshotFile.empty());
}

BOOST_AUTO_TEST_CASE(text_no_view_could_show_is_left_out_of_the_account_name) {
    ConnectionInfo odd{"ab12345-ovh\x1b[31m", "ovh-eu", at("2026-11-20T09:30:00Z"), false, "", {}};
    editor.recordChecks(id, {}, odd);
    BOOST_TEST(profile().connection->account == "ab12345-ovh[31m");
}

BOOST_AUTO_TEST_CASE(older_files_load_and_newer_content_is_kept) {
    const std::string older = R"(<?xml version="1.0"?><vigie-state version="1"><profile id="p1" label="A" region="eu">)"
                              R"(<check id="billing.unpaid" verdict="ok" read="2026-11-20T09:30:00Z"/></profile>)"
                              R"(</vigie-state>)";
    ReviewState loaded = ReviewStore::fromXml(older);
    BOOST_TEST(!loaded.profiles.at(0).connection.has_value());
    BOOST_TEST(Translator(Language::English)(connectionAccount(loaded.profiles.at(0))) ==
               "An account read by an earlier version of Vigie, which did not keep its name");

    const std::string newer =
        R"(<?xml version="1.0"?><vigie-state version="1"><profile id="p1" label="A" region="eu">)"
        R"(<connection endpoint="ovh-ca" read="2026-11-20T09:30:00Z" demo="false" region-seen="ca">)"
        R"(<account>xy1-ovh</account><via>proxy</via></connection></profile></vigie-state>)";
    ReviewState kept = ReviewStore::fromXml(newer);
    BOOST_TEST(kept.profiles.at(0).connection->endpoint == "ovh-ca");
    std::string written = ReviewStore::toXml(kept);
    BOOST_TEST(written.find("region-seen=\"ca\"") != std::string::npos, written);
    BOOST_TEST(written.find("<via>proxy</via>") != std::string::npos, written);
}

BOOST_AUTO_TEST_CASE(a_window_saving_its_readings_keeps_them_through_the_merge) {
    ReviewState base = state;
    ovh::AccountSnapshot snapshot = snapshotOf("ab12345-ovh");
    recordReadings(editor, id, snapshot, {result("billing.unpaid", Verdict::Attention)});
    ReviewState onDisk = base;
    onDisk.profiles.at(0).label = "Changed by vigie profile edit";
    applyChanges(base, state, onDisk);
    BOOST_TEST(onDisk.profiles.at(0).label == "Changed by vigie profile edit");
    BOOST_TEST(onDisk.profiles.at(0).checks.at("billing.unpaid").verdict == "attention");
    BOOST_TEST(onDisk.profiles.at(0).connection->account == "ab12345-ovh (jo@example.com)");

    // A newer reading that reached the file meanwhile (a cron `vigie check`) stays.
    ReviewState base2 = state;
    ReviewState mine = state;
    mine.profiles.at(0).checks["billing.unpaid"].readAt = at("2026-11-20T10:00:00Z");
    mine.profiles.at(0).connection->readAt = at("2026-11-20T10:00:00Z");
    ReviewState disk2 = state;
    disk2.profiles.at(0).checks["billing.unpaid"] = {"ok", {}, at("2026-11-21T07:00:00Z")};
    disk2.profiles.at(0).connection->readAt = at("2026-11-21T07:00:00Z");
    applyChanges(base2, mine, disk2);
    BOOST_TEST(disk2.profiles.at(0).checks.at("billing.unpaid").verdict == "ok");
    BOOST_TEST(toIso8601(disk2.profiles.at(0).connection->readAt) == "2026-11-21T07:00:00Z");
}

BOOST_AUTO_TEST_CASE(another_accounts_or_the_demos_readings_are_not_kept) {
    editor.updateProfile(id, {"Dupont", "ab12345-ovh", Region::Europe, 3});
    UserMessage refused = recordReadings(editor, id, snapshotOf("zz999-ovh"), {result("billing.unpaid", Verdict::Ok)});
    BOOST_TEST(refused.args.at(0) == "zz999-ovh");
    ovh::AccountSnapshot demo = snapshotOf("ab12345-ovh");
    demo.demo = true;
    BOOST_TEST(!recordReadings(editor, id, demo, {result("billing.unpaid", Verdict::Ok)}).empty());
    BOOST_TEST(profile().checks.empty());
    BOOST_TEST(!profile().connection.has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(closure, Fixture)

BOOST_AUTO_TEST_CASE(not_connected_without_readings) {
    ClosureReadiness readiness = closureReadiness(profile());
    BOOST_TEST((readiness.state == ClosureState::NotConnected));
    BOOST_TEST(readiness.conditions.size() == 3u);
    for (const ClosureCondition& condition : readiness.conditions) BOOST_TEST(!condition.verdict.has_value());
    BOOST_TEST(!readiness.ready());
}

BOOST_AUTO_TEST_CASE(ready_when_every_condition_is_verified) {
    for (const std::string& check : closureCheckIds()) read(check, Verdict::Ok);
    ClosureReadiness readiness = closureReadiness(profile());
    BOOST_TEST(readiness.ready());
    BOOST_TEST(readiness.conditions.at(0).fact.msgid == "No service is left.");
    BOOST_TEST(readiness.summary.args.at(0) == toLocalDate(at("2026-11-20T09:30:00Z")));
}

BOOST_AUTO_TEST_CASE(not_ready_with_the_evidence_of_what_stands_in_the_way) {
    for (const std::string& check : closureCheckIds()) read(check, Verdict::Ok, "2026-11-19T09:30:00Z");
    read("closure.no-active-services", Verdict::Attention);
    read("orders.in-progress", Verdict::Unknown);
    ClosureReadiness readiness = closureReadiness(profile());
    BOOST_TEST((readiness.state == ClosureState::NotReady), "attention wins over could not be verified");
    const ClosureCondition& services = readiness.conditions.at(0);
    BOOST_TEST(std::string(services.title) == "Services left");
    BOOST_TEST(services.fact.msgid == "Some services are still active.");
    BOOST_TEST(services.evidence.at(0).args.at(1) == "vps-1.example, web.example");
    BOOST_TEST(toIso8601(*readiness.readAt) == "2026-11-19T09:30:00Z", "the oldest reading the answer rests on");
}

BOOST_AUTO_TEST_CASE(unverified_when_a_condition_could_not_be_read) {
    read("closure.no-active-services", Verdict::Ok);
    read("billing.unpaid", Verdict::Ok);
    ClosureReadiness readiness = closureReadiness(profile());
    BOOST_TEST((readiness.state == ClosureState::Unverified));
    BOOST_TEST(readiness.conditions.at(2).fact.msgid == "Not read yet: connect to verify it.");
}

BOOST_AUTO_TEST_CASE(the_closure_wizard_names_these_conditions) {
    Catalog catalog = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    const Wizard* closureWizard = catalog.definitions.findWizard("closure");
    BOOST_TEST_REQUIRE(closureWizard);
    std::vector<std::string> named;
    for (const Item& item : closureWizard->steps.at(0).items)
        if (!item.check.empty()) named.push_back(item.check);
    BOOST_TEST(named == closureCheckIds(), boost::test_tools::per_element());
    BOOST_TEST((closurePartOf(*closureWizard, closureWizard->steps.at(0)) == ClosurePart::Conditions));
    std::size_t erasure = 0;
    for (const Step& step : closureWizard->steps)
        erasure += closurePartOf(*closureWizard, step) == ClosurePart::Erasure;
    BOOST_TEST(erasure == 1u, "one step says whether the account is ready");
    const Wizard* other = catalog.definitions.findWizard("orders");
    BOOST_TEST((closurePartOf(*other, other->steps.at(0)) == ClosurePart::None));
}

BOOST_AUTO_TEST_SUITE_END()
