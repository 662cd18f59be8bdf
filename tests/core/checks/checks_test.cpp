#define BOOST_TEST_MODULE checks
#include <boost/test/unit_test.hpp>

#include <utility>

#include <map>

#include "checks/checks.h"
#include "i18n/translator.h"
#include "ovh/snapshot_reader.h"
#include "ovh_emulator.h"

using namespace vigie;
using namespace vigie::checks;
using vigie::ovh::AccountSnapshot;
using vigie::test::Faults;
using vigie::test::OvhEmulator;

namespace {

AccountSnapshot read(const std::string& fixture, Faults faults = {}) {
    OvhEmulator emulator;
    emulator.loadAccount(fixture);
    emulator.setFaults(std::move(faults));
    ovh::Credentials keys;
    keys.applicationKey = SecureString(OvhEmulator::kApplicationKey);
    keys.applicationSecret = SecureString(OvhEmulator::kApplicationSecret);
    keys.consumerKey = SecureString(OvhEmulator::kConsumerKey);
    ovh::ClientOptions options;
    options.maxRequestsPerSecond = 0;
    ovh::ApiClient client(*ovh::resolveEndpoint(emulator.baseUrl()), std::move(keys), options);
    return ovh::readSnapshot(client);
}

std::map<std::string, CheckResult> byId(const std::vector<CheckResult>& results) {
    std::map<std::string, CheckResult> out;
    for (const CheckResult& result : results) out[result.id] = result;
    return out;
}

std::string evidence(const CheckResult& result) {
    std::string text;
    for (const UserMessage& line : result.evidence) text += line.english() + "\n";
    return text;
}

void expectVerdicts(const std::string& fixture, const std::map<std::string, Verdict>& expected) {
    auto results = byId(runChecks(read(fixture)));
    BOOST_TEST_REQUIRE(results.size() == checkIds().size());
    for (const std::string& id : checkIds()) {
        BOOST_TEST_CONTEXT(fixture << " " << id << ": " << evidence(results[id])) {
            BOOST_TEST_REQUIRE(expected.count(id) == 1u);
            BOOST_TEST(verdictCode(results[id].verdict) == verdictCode(expected.at(id)));
            BOOST_TEST(!results[id].evidence.empty());
        }
    }
}

const Verdict ok = Verdict::Ok, attention = Verdict::Attention, unknown = Verdict::Unknown;

}  // namespace

BOOST_AUTO_TEST_SUITE(fixtures)

BOOST_AUTO_TEST_CASE(a_tidy_account_passes_everything_but_closure) {
    expectVerdicts("tidy", {{"security.two-factor", ok},
                            {"security.backup-codes", ok},
                            {"contact.backup-email", ok},
                            {"contact.backup-email-independent", ok},
                            {"contact.mobile-phone", ok},
                            {"profile.complete", ok},
                            {"renewal.account-autorenew", ok},
                            {"renewal.default-payment-method", ok},
                            {"renewal.payment-method-outlives-renewals", ok},
                            {"renewal.manual-expiring", ok},
                            {"orders.action-required", ok},
                            {"orders.in-progress", ok},
                            {"billing.unpaid", ok},
                            {"closure.no-active-services", attention},
                            {"security.api-credentials", ok},
                            {"contacts.foreign", ok}});
}

BOOST_AUTO_TEST_CASE(a_risky_account_needs_attention_almost_everywhere) {
    expectVerdicts("risky", {{"security.two-factor", attention},
                             {"security.backup-codes", attention},
                             {"contact.backup-email", ok},
                             {"contact.backup-email-independent", attention},
                             {"contact.mobile-phone", attention},
                             {"profile.complete", attention},
                             {"renewal.account-autorenew", attention},
                             {"renewal.default-payment-method", ok},
                             {"renewal.payment-method-outlives-renewals", attention},
                             {"renewal.manual-expiring", attention},
                             {"orders.action-required", attention},
                             {"orders.in-progress", attention},
                             {"billing.unpaid", attention},
                             {"closure.no-active-services", attention},
                             {"security.api-credentials", attention},
                             {"contacts.foreign", attention}});
}

BOOST_AUTO_TEST_CASE(a_closable_account_passes_everything) {
    auto results = runChecks(read("closable"));
    for (const CheckResult& result : results)
        BOOST_TEST(verdictCode(result.verdict) == "ok", result.id << ": " << evidence(result));
    BOOST_TEST((overall(results) == Verdict::Ok));
}

BOOST_AUTO_TEST_CASE(edge_cases_give_unknown_where_the_data_is_missing) {
    expectVerdicts("edge", {{"security.two-factor", unknown},
                            {"security.backup-codes", attention},
                            {"contact.backup-email", attention},
                            {"contact.backup-email-independent", attention},
                            {"contact.mobile-phone", unknown},
                            {"profile.complete", unknown},
                            {"renewal.account-autorenew", unknown},
                            {"renewal.default-payment-method", unknown},
                            {"renewal.payment-method-outlives-renewals", unknown},
                            {"renewal.manual-expiring", unknown},
                            {"orders.action-required", unknown},
                            {"orders.in-progress", unknown},
                            {"billing.unpaid", unknown},
                            {"closure.no-active-services", attention},
                            {"security.api-credentials", ok},
                            {"contacts.foreign", ok}});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(evidence_names_what_is_concerned)

BOOST_AUTO_TEST_CASE(risky_evidence_names_services_dates_and_amounts) {
    auto results = byId(runChecks(read("risky")));
    BOOST_TEST(evidence(results["renewal.manual-expiring"]).find("risky-shop.fr (") != std::string::npos);
    BOOST_TEST(evidence(results["renewal.payment-method-outlives-renewals"]).find("Shop hosting") != std::string::npos);
    BOOST_TEST(evidence(results["renewal.payment-method-outlives-renewals"]).find("Old VPS") == std::string::npos);
    BOOST_TEST(evidence(results["billing.unpaid"]).find("42.50 €") != std::string::npos);
    BOOST_TEST(evidence(results["orders.action-required"]).find("#7001") != std::string::npos);
    BOOST_TEST(evidence(results["orders.action-required"]).find("59.99 €") != std::string::npos);
    BOOST_TEST(evidence(results["orders.in-progress"]).find("#7003") != std::string::npos);
    BOOST_TEST(evidence(results["security.api-credentials"]).find("deploy-script") != std::string::npos);
    BOOST_TEST(evidence(results["security.api-credentials"]).find("old-dashboard") != std::string::npos);
    BOOST_TEST(evidence(results["contacts.foreign"]).find("zz0001-ovh") != std::string::npos);
    BOOST_TEST(evidence(results["contacts.foreign"]).find("yy0002-ovh") != std::string::npos);
    BOOST_TEST(evidence(results["contact.mobile-phone"]).find("678901") == std::string::npos);  // masked
}

BOOST_AUTO_TEST_CASE(evidence_is_translated_through_the_catalog) {
    auto results = byId(runChecks(read("risky")));
    Translator fr(Language::French);
    BOOST_TEST_REQUIRE(fr.hasCatalog());
    std::string french = fr(results["billing.unpaid"].evidence.front());
    BOOST_TEST(french != results["billing.unpaid"].evidence.front().english());
    BOOST_TEST(fr(verdictLabel(Verdict::Attention)) == "Attention requise");
    for (const std::string& id : checkIds()) BOOST_TEST(fr.lookup(checkTitle(id)).has_value(), id);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(defences)

BOOST_AUTO_TEST_CASE(an_unread_snapshot_gives_unknown_or_attention_never_a_crash) {
    AccountSnapshot empty;
    for (const CheckResult& result : runChecks(empty)) BOOST_TEST(verdictCode(result.verdict) != "ok", result.id);
}

BOOST_AUTO_TEST_CASE(a_forbidden_route_makes_only_its_checks_unknown) {
    Faults faults;
    faults.forbidden = {"/me/debtAccount", "/me/debtAccount/debt"};
    auto results = byId(runChecks(read("tidy", faults)));
    BOOST_TEST(verdictCode(results["billing.unpaid"].verdict) == "unknown");
    BOOST_TEST(verdictCode(results["security.two-factor"].verdict) == "ok");
}

BOOST_AUTO_TEST_CASE(checks_are_pure_the_read_time_is_the_reference) {
    AccountSnapshot s = read("risky");
    auto first = byId(runChecks(s));
    auto again = byId(runChecks(s));
    for (const std::string& id : checkIds()) {
        BOOST_TEST(evidence(first[id]) == evidence(again[id]));
        BOOST_TEST(toIso8601(first[id].readAt) == toIso8601(s.readAt));
    }
}

BOOST_AUTO_TEST_CASE(check_ids_are_the_contract) {
    std::vector<std::string> expected = {"security.two-factor",
                                         "security.backup-codes",
                                         "contact.backup-email",
                                         "contact.backup-email-independent",
                                         "contact.mobile-phone",
                                         "profile.complete",
                                         "renewal.account-autorenew",
                                         "renewal.default-payment-method",
                                         "renewal.payment-method-outlives-renewals",
                                         "renewal.manual-expiring",
                                         "orders.action-required",
                                         "orders.in-progress",
                                         "billing.unpaid",
                                         "closure.no-active-services",
                                         "security.api-credentials",
                                         "contacts.foreign"};
    BOOST_TEST(checkIds() == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
