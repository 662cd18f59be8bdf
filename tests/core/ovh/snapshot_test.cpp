#define BOOST_TEST_MODULE ovh_snapshot
#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include "i18n/translator.h"
#include "ovh/snapshot_reader.h"
#include "ovh_emulator.h"
#include "temp_dir.h"

using namespace vigie;
using namespace vigie::ovh;
using vigie::test::Faults;
using vigie::test::OvhEmulator;

namespace {

ApiClient clientFor(OvhEmulator& emulator) {
    Credentials keys;
    keys.applicationKey = SecureString(OvhEmulator::kApplicationKey);
    keys.applicationSecret = SecureString(OvhEmulator::kApplicationSecret);
    keys.consumerKey = SecureString(OvhEmulator::kConsumerKey);
    ClientOptions options;
    options.maxRequestsPerSecond = 0;
    options.backoffBase = std::chrono::milliseconds(5);
    return ApiClient(*resolveEndpoint(emulator.baseUrl()), std::move(keys), options);
}

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(snapshot)

BOOST_AUTO_TEST_CASE(a_tidy_account_is_read_whole) {
    OvhEmulator emulator;
    emulator.loadAccount("tidy");
    ApiClient client = clientFor(emulator);
    AccountSnapshot s = readSnapshot(client);
    BOOST_TEST(s.me.read());
    BOOST_TEST(s.totp.items.size() == 1u);
    BOOST_TEST(s.u2f.items.size() == 1u);
    BOOST_TEST(s.paymentMethods.items.size() == 1u);
    BOOST_TEST(s.services.items.size() == 2u);
    BOOST_TEST(s.orders.items.size() == 1u);
    BOOST_TEST(s.orders.items[0]["status"] == "delivered");
    BOOST_TEST(s.orders.items[0]["followUp"].is_array());
    BOOST_TEST(s.bills.items.size() == 1u);
    BOOST_TEST(s.domains.items.size() == 1u);
    BOOST_TEST(s.apiApplications.items[0]["name"] == "Vigie");
    BOOST_TEST(s.currentCredential.read());
    BOOST_TEST(s.problems.empty());
    BOOST_TEST(s.clockOffsetSeconds.has_value());
}

BOOST_AUTO_TEST_CASE(expanded_lists_save_the_per_object_requests) {
    OvhEmulator emulator;
    emulator.loadAccount("tidy");  // payment methods and services are offered expanded
    ApiClient client = clientFor(emulator);
    readSnapshot(client);
    bool fetchedService = false, askedExpanded = false;
    for (const auto& request : emulator.requests()) {
        fetchedService = fetchedService || request.path() == "/1.0/services/1";
        askedExpanded = askedExpanded || (request.path() == "/1.0/services" &&
                                          request.header("X-Pagination-Mode") == std::string("CachedObjectList-Pages"));
    }
    BOOST_TEST(askedExpanded);
    BOOST_TEST(!fetchedService);
}

BOOST_AUTO_TEST_CASE(secrets_of_orders_bills_and_applications_are_not_kept) {
    OvhEmulator emulator;
    emulator.loadAccount("tidy");
    ApiClient client = clientFor(emulator);
    AccountSnapshot s = readSnapshot(client);
    TempDir dir;
    std::string path = dir.path() + "/snap.json";
    saveSnapshot(s, path);
    std::string text = slurp(path);
    for (const char* secret : {"order-secret", "bill-secret", "AKshouldnotbekept", OvhEmulator::kConsumerKey,
                               OvhEmulator::kApplicationSecret, OvhEmulator::kApplicationKey})
        BOOST_TEST(text.find(secret) == std::string::npos, secret);
    struct stat info {};
    BOOST_TEST_REQUIRE(::stat(path.c_str(), &info) == 0);
    BOOST_TEST((info.st_mode & 0777) == 0600);
}

BOOST_AUTO_TEST_CASE(a_saved_snapshot_loads_back_the_same) {
    OvhEmulator emulator;
    emulator.loadAccount("risky");
    ApiClient client = clientFor(emulator);
    AccountSnapshot s = readSnapshot(client);
    TempDir dir;
    std::string path = dir.path() + "/snap.json";
    saveSnapshot(s, path);
    AccountSnapshot back = loadSnapshot(path);
    BOOST_TEST(snapshotToJson(back) == snapshotToJson(s));
    BOOST_TEST(toIso8601(back.readAt) == toIso8601(s.readAt));
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_snapshot_is_never_replaced) {
    TempDir dir;
    std::string path = dir.path() + "/notes.json";
    std::ofstream(path) << "{\"mine\": true}";
    BOOST_CHECK_THROW(saveSnapshot(AccountSnapshot{}, path), SaveError);
    BOOST_TEST(slurp(path) == "{\"mine\": true}");
    BOOST_CHECK_THROW(loadSnapshot(path), FormatError);
    std::ofstream(dir.path() + "/broken.json") << "{nope";
    BOOST_CHECK_THROW(loadSnapshot(dir.path() + "/broken.json"), FormatError);
}

BOOST_AUTO_TEST_CASE(one_forbidden_or_broken_route_leaves_the_rest_readable) {
    OvhEmulator emulator;
    emulator.loadAccount("tidy");
    Faults faults;
    faults.forbidden = {"/me/debtAccount"};
    faults.malformed = {"/me/autorenew"};
    emulator.setFaults(faults);
    ApiClient client = clientFor(emulator);
    AccountSnapshot s = readSnapshot(client);
    BOOST_TEST((s.debtAccount.availability == Availability::Forbidden));
    BOOST_TEST((s.autorenew.availability == Availability::Malformed));
    BOOST_TEST(s.me.read());
    BOOST_TEST(s.services.items.size() == 2u);
    BOOST_TEST(s.problems.size() == 2u);
}

BOOST_AUTO_TEST_CASE(edge_cases_never_crash_the_reading) {
    OvhEmulator emulator;
    emulator.loadAccount("edge");
    ApiClient client = clientFor(emulator);
    AccountSnapshot s = readSnapshot(client);
    BOOST_TEST((s.totp.availability == Availability::Malformed));
    BOOST_TEST(s.sms.unreadable == 1u);  // sms/2 does not exist
    BOOST_TEST((s.backupCode.availability == Availability::NotFound));
    BOOST_TEST(s.orders.unreadable == 1u);  // "x" is not an order id
}

BOOST_AUTO_TEST_CASE(bad_keys_stop_the_run_with_a_clear_error) {
    OvhEmulator emulator;
    emulator.loadAccount("tidy");
    Credentials keys;
    keys.applicationKey = SecureString(OvhEmulator::kApplicationKey);
    keys.applicationSecret = SecureString("wrong-secret-wrong-secret");
    keys.consumerKey = SecureString(OvhEmulator::kConsumerKey);
    ApiClient client(*resolveEndpoint(emulator.baseUrl()), std::move(keys));
    try {
        readSnapshot(client);
        BOOST_FAIL("a bad secret must stop the run");
    } catch (const ApiFailure& failure) {
        BOOST_TEST(failure.error().errorCode == "INVALID_SIGNATURE");
        BOOST_TEST(std::string(failure.what()).find("wrong-secret") == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(no_server_is_a_connection_error) {
    vigie::test::ClosedPort closed;
    Credentials keys;
    keys.applicationKey = SecureString("ak");
    ClientOptions options;
    options.maxAttempts = 1;
    ApiClient client(*resolveEndpoint(closed.url("/1.0")), std::move(keys), options);
    BOOST_CHECK_THROW(readSnapshot(client), ApiFailure);
}

BOOST_AUTO_TEST_CASE(the_age_is_stated) {
    TimePoint read = *parseIso8601("2026-11-20T10:00:00Z");
    BOOST_TEST(describeAge(read, read + std::chrono::seconds(30)).english().find("just now") != std::string::npos);
    BOOST_TEST(describeAge(read, read + std::chrono::seconds(3 * 86400)).english().find("3 days ago") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_read_time_is_local_and_in_words_in_each_language) {
    ::setenv("TZ", "Europe/Paris", 1);
    ::tzset();
    TimePoint read = *parseIso8601("2026-12-04T21:49:16Z");
    UserMessage age = describeAge(read, read + std::chrono::seconds(3 * 3600 + 60));
    BOOST_TEST(Translator(Language::English)(age) == "Data read on 4 December 2026 at 22:49, 3 hours ago");
    BOOST_TEST(Translator(Language::French)(age) ==
               "Donn\u00E9es lues le 4 d\u00E9cembre 2026 \u00E0 22\u00A0h\u00A049, il y a 3 heures");
    UserMessage morning = describeAge(*parseIso8601("2026-03-01T07:05:00Z"), read);
    BOOST_TEST(morning.english() == "Data read on 1 March 2026 at 08:05, 278 days ago");
    BOOST_TEST(morning.english().find("T07:05") == std::string::npos, "no ISO time in the wording");
    ::unsetenv("TZ");
    ::tzset();
}

BOOST_AUTO_TEST_SUITE_END()
