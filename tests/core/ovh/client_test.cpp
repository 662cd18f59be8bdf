// The client against the emulator: signed reads, the read-only guard, the clock delta, and every
// fault mapped to a clear error or recovered from by a bounded retry.
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "http_server.h"
#include "ovh/api_client.h"
#include "ovh/rate_limiter.h"
#include "ovh_emulator.h"

using namespace vigie;
using namespace vigie::ovh;
using vigie::test::Faults;
using vigie::test::OvhEmulator;

namespace {

Credentials testKeys() {
    Credentials keys;
    keys.applicationKey = SecureString(OvhEmulator::kApplicationKey);
    keys.applicationSecret = SecureString(OvhEmulator::kApplicationSecret);
    keys.consumerKey = SecureString(OvhEmulator::kConsumerKey);
    return keys;
}

ClientOptions fastOptions() {
    ClientOptions options;
    options.backoffBase = std::chrono::milliseconds(5);
    options.backoffMax = std::chrono::milliseconds(20);
    options.maxRequestsPerSecond = 0;  // no cap: these tests count requests, not seconds
    options.timeout = std::chrono::milliseconds(5000);
    return options;
}

struct Fixture {
    OvhEmulator emulator;
    Fixture() { emulator.loadAccount("tidy"); }
    ApiClient client(ClientOptions options = fastOptions(), Credentials keys = testKeys()) {
        return ApiClient(*resolveEndpoint(emulator.baseUrl()), std::move(keys), std::move(options));
    }
};

std::string english(const ApiError& error) { return describeApiError(error).english(); }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(client, Fixture)

BOOST_AUTO_TEST_CASE(a_signed_get_is_accepted_and_names_vigie_in_the_user_agent) {
    ApiClient api = client();
    ApiResponse me = api.get("/me");
    BOOST_TEST_REQUIRE(me.ok(), english(me.error));
    BOOST_TEST(me.json["nichandle"] == "td1234-ovh");
    auto request = emulator.requests().back();
    BOOST_TEST(request.header("User-Agent").value_or("").find("Vigie/") == 0u);
    BOOST_TEST(request.header("X-Ovh-Signature").value_or("").rfind("$1$", 0) == 0u);
    BOOST_TEST(!me.queryId.empty());
}

BOOST_AUTO_TEST_CASE(anything_but_get_is_refused_before_it_leaves_the_machine) {
    ApiClient api = client();
    for (Method method : {Method::Post, Method::Put, Method::Delete, Method::Patch}) {
        ApiResponse refused = api.send(method, "/me", "{}");
        BOOST_TEST((refused.error.kind == ApiErrorKind::ReadOnlyRefused));
        BOOST_TEST(english(refused.error).find("only reads") != std::string::npos);
    }
    BOOST_TEST((api.send(Method::Post, "/services/1/terminate").error.kind == ApiErrorKind::ReadOnlyRefused));
    BOOST_TEST((api.send(Method::Delete, "/auth/credential").error.kind == ApiErrorKind::ReadOnlyRefused));
    BOOST_TEST((api.send(Method::Post, "/auth/credential/../me").error.kind == ApiErrorKind::ReadOnlyRefused));
    BOOST_TEST(emulator.requests().empty());
    BOOST_TEST(emulator.rejectedWrites() == 0u);
}

BOOST_AUTO_TEST_CASE(the_credential_request_is_the_one_unsigned_post) {
    Credentials keys = testKeys();
    keys.consumerKey = SecureString();
    ApiClient api = client(fastOptions(), std::move(keys));
    ApiResponse answer =
        api.send(Method::Post, "/auth/credential", R"({"accessRules":[{"method":"GET","path":"/*"}]})");
    BOOST_TEST_REQUIRE(answer.ok(), english(answer.error));
    BOOST_TEST(answer.json["state"] == "pendingValidation");
    auto request = emulator.requests().back();
    BOOST_TEST(request.method == "POST");
    BOOST_TEST(request.header("X-Ovh-Application").value_or("") == OvhEmulator::kApplicationKey);
    BOOST_TEST(!request.header("X-Ovh-Signature").has_value());
    BOOST_TEST(!request.header("X-Ovh-Consumer").has_value());
}

BOOST_AUTO_TEST_CASE(a_skewed_clock_is_corrected_and_reported) {
    Faults faults;
    faults.clockSkewSeconds = 120;
    emulator.setFaults(faults);
    ApiClient naive = client();
    ApiResponse refused = naive.get("/me");
    BOOST_TEST(refused.error.errorCode == "INVALID_SIGNATURE");
    BOOST_TEST(english(refused.error).find("clock") != std::string::npos);

    ApiClient api = client();
    ClockCheck clock = api.synchroniseClock();
    BOOST_TEST(clock.read);
    BOOST_TEST(clock.skewed());
    BOOST_TEST(std::llabs(clock.deltaSeconds - 120) <= 2);
    BOOST_TEST(describeClock(clock).english().find("behind") != std::string::npos);
    BOOST_TEST(api.get("/me").ok());
}

BOOST_AUTO_TEST_CASE(a_right_clock_is_not_reported) {
    ApiClient api = client();
    ClockCheck clock = api.synchroniseClock();
    BOOST_TEST(clock.read);
    BOOST_TEST(!clock.skewed());
    BOOST_TEST(describeClock(clock).empty());
}

BOOST_AUTO_TEST_CASE(too_many_requests_is_retried_when_retry_after_allows) {
    Faults faults;
    faults.tooManyRequests = 2;
    faults.retryAfterSeconds = 0;
    emulator.setFaults(faults);
    ApiClient api = client();
    BOOST_TEST(api.get("/me").ok());
    BOOST_TEST(api.stats().retries == 2u);
}

BOOST_AUTO_TEST_CASE(a_retry_after_beyond_the_limit_is_reported_not_waited) {
    Faults faults;
    faults.tooManyRequests = 5;
    faults.retryAfterSeconds = 3600;
    emulator.setFaults(faults);
    ApiClient api = client();
    ApiResponse answer = api.get("/me");
    BOOST_TEST(answer.error.httpStatus == 429);
    BOOST_TEST(answer.error.retryAfterSeconds == 3600);
    BOOST_TEST(api.stats().retries == 0u);
    BOOST_TEST(english(answer.error).find("slow down") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(server_errors_are_retried_a_bounded_number_of_times) {
    Faults faults;
    faults.serverErrors = 2;
    emulator.setFaults(faults);
    ApiClient recovering = client();
    BOOST_TEST(recovering.get("/me").ok());

    faults.serverErrors = 100;
    emulator.setFaults(faults);
    ClientOptions options = fastOptions();
    options.maxAttempts = 3;
    ApiClient api = client(options);
    ApiResponse answer = api.get("/me");
    BOOST_TEST(answer.error.httpStatus == 503);
    BOOST_TEST(api.stats().requests == 3u);
    std::string message = english(answer.error);
    BOOST_TEST(message.find("HTTP 503") != std::string::npos);
    BOOST_TEST(message.find("X-Ovh-QueryID EU.ext-1.emulator.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_reset_connection_is_retried_then_reported) {
    Faults faults;
    faults.resets = 1;
    emulator.setFaults(faults);
    ApiClient recovering = client();
    BOOST_TEST(recovering.get("/me").ok());

    faults.resets = 100;
    emulator.setFaults(faults);
    ApiClient api = client();
    ApiResponse answer = api.get("/me");
    BOOST_TEST((answer.error.kind == ApiErrorKind::ConnectionFailed));
    BOOST_TEST(english(answer.error).find("cut off") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(latency_and_slow_bodies_beyond_the_timeout_are_timeouts) {
    ClientOptions options = fastOptions();
    options.timeout = std::chrono::milliseconds(300);
    options.maxAttempts = 1;
    Faults faults;
    faults.latency = std::chrono::milliseconds(2000);
    emulator.setFaults(faults);
    ApiClient slowAnswer = client(options);
    BOOST_TEST((slowAnswer.get("/me").error.kind == ApiErrorKind::Timeout));

    faults = Faults{};
    faults.slowBody = std::chrono::milliseconds(200);
    emulator.setFaults(faults);
    ApiClient slowBody = client(options);
    ApiResponse answer = slowBody.get("/me");
    BOOST_TEST((answer.error.kind == ApiErrorKind::Timeout));
    BOOST_TEST(english(answer.error).find("in time") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_malformed_body_is_a_malformed_answer) {
    Faults faults;
    faults.malformed = {"/me"};
    emulator.setFaults(faults);
    ApiClient api = client();
    ApiResponse answer = api.get("/me");
    BOOST_TEST((answer.error.kind == ApiErrorKind::MalformedBody));
    BOOST_TEST(english(answer.error).find("cannot read") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_forbidden_route_is_unavailable_not_a_credential_failure) {
    Faults faults;
    faults.forbidden = {"/me/debtAccount"};
    emulator.setFaults(faults);
    ApiClient api = client();
    ApiResponse answer = api.get("/me/debtAccount");
    BOOST_TEST(answer.error.httpStatus == 403);
    BOOST_TEST(answer.error.errorCode == "NOT_GRANTED_CALL");
    BOOST_TEST(isRouteUnavailable(answer.error));
    BOOST_TEST(!isCredentialFailure(answer.error));
}

BOOST_AUTO_TEST_CASE(an_unknown_application_key_is_a_credential_failure) {
    Credentials keys = testKeys();
    keys.applicationKey = SecureString("unknownApplicationKey");
    ApiClient api = client(fastOptions(), std::move(keys));
    ApiResponse answer = api.get("/me");
    BOOST_TEST(answer.error.errorCode == "INVALID_KEY");
    BOOST_TEST(isCredentialFailure(answer.error));
    BOOST_TEST(english(answer.error).find("application key") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(connections_are_reused_and_bounded_by_the_concurrency) {
    ClientOptions options = fastOptions();
    options.concurrency = 2;
    ApiClient api = client(options);
    ApiClient::Fetcher fetcher(api);
    int answered = 0;
    for (int i = 0; i < 20; ++i) fetcher.get("/me", [&](ApiResponse&& response) { answered += response.ok() ? 1 : 0; });
    fetcher.run();
    BOOST_TEST(answered == 20);
    BOOST_TEST(emulator.connectionCount() <= 2u);
    BOOST_TEST(api.stats().connections <= 2u);
}

BOOST_AUTO_TEST_CASE(a_key_limited_to_some_routes_is_refused_the_others) {
    emulator.addConsumerKey("limitedConsumerKey0123456789abcd",
                            nlohmann::json::array({{{"method", "GET"}, {"path", "/me"}}}));
    Credentials keys = testKeys();
    keys.consumerKey = SecureString("limitedConsumerKey0123456789abcd");
    ApiClient api = client(fastOptions(), std::move(keys));
    BOOST_TEST(api.get("/me").ok());
    ApiResponse services = api.get("/services");
    BOOST_TEST(services.error.errorCode == "NOT_GRANTED_CALL");
    BOOST_TEST(isRouteUnavailable(services.error));
}

BOOST_AUTO_TEST_CASE(handlers_can_queue_more_requests) {
    ApiClient api = client();
    ApiClient::Fetcher fetcher(api);
    std::vector<std::string> names;
    fetcher.get("/services", [&](ApiResponse&& list) {
        for (const auto& id : list.json)
            fetcher.get("/services/" + id.dump(),
                        [&](ApiResponse&& service) { names.push_back(service.json["resource"]["name"]); });
    });
    fetcher.run();
    BOOST_TEST(names.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_cancelled_run_answers_every_request_cancelled) {
    std::atomic<bool> cancel{true};
    ClientOptions options = fastOptions();
    options.cancel = &cancel;
    ApiClient api = client(options);
    BOOST_TEST((api.get("/me").error.kind == ApiErrorKind::Cancelled));
}

BOOST_AUTO_TEST_CASE(proxy_variables_are_honoured) {
    vigie::test::HttpServer proxy(
        [](const vigie::test::HttpRequest&) { return vigie::test::HttpResponse::json("1457018881"); });
    ::setenv("http_proxy", proxy.url("").c_str(), 1);
    ::unsetenv("no_proxy");
    ::unsetenv("NO_PROXY");
    ApiClient api(*resolveEndpoint("http://127.0.0.2:9/1.0"), testKeys(), fastOptions());
    ClockCheck clock = api.synchroniseClock();
    ::unsetenv("http_proxy");
    BOOST_TEST(clock.read);
    BOOST_TEST_REQUIRE(proxy.requests().size() == 1u);
    BOOST_TEST(proxy.requests()[0].target == "http://127.0.0.2:9/1.0/auth/time");
}

BOOST_AUTO_TEST_CASE(keys_never_reach_an_error_message) {
    vigie::test::HttpServer echo([](const vigie::test::HttpRequest& request) {
        std::string consumer = request.header("X-Ovh-Consumer").value_or("");
        return vigie::test::HttpResponse::json(
            "{\"message\":\"bad consumer " + consumer + "\",\"errorCode\":\"SOMETHING\"}", 400);
    });
    ApiClient api(*resolveEndpoint(echo.url("/1.0")), testKeys(), fastOptions());
    std::string message = english(api.get("/me").error);
    BOOST_TEST(message.find(OvhEmulator::kConsumerKey) == std::string::npos);
    BOOST_TEST(message.find(OvhEmulator::kApplicationSecret) == std::string::npos);
    BOOST_TEST(message.find("bad consumer") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(rate_limiter)

BOOST_AUTO_TEST_CASE(a_burst_then_one_request_per_interval) {
    using namespace std::chrono_literals;
    RateLimiter limiter(10, 3);  // 10 per second, 3 at once
    RateLimiter::TimePoint t0{};
    BOOST_TEST(limiter.take(t0));
    BOOST_TEST(limiter.take(t0));
    BOOST_TEST(limiter.take(t0));
    BOOST_TEST(!limiter.take(t0));
    BOOST_TEST(limiter.untilNext(t0).count() == 100);
    BOOST_TEST(!limiter.take(t0 + 50ms));
    BOOST_TEST(limiter.take(t0 + 100ms));
    BOOST_TEST(!limiter.take(t0 + 100ms));
    // Idle time refills up to the burst, never beyond.
    RateLimiter::TimePoint later = t0 + 10s;
    for (int i = 0; i < 3; ++i) BOOST_TEST(limiter.take(later));
    BOOST_TEST(!limiter.take(later));
}

BOOST_AUTO_TEST_CASE(no_rate_means_no_cap) {
    RateLimiter limiter(0, 1);
    RateLimiter::TimePoint t0{};
    for (int i = 0; i < 100; ++i) BOOST_TEST(limiter.take(t0));
    BOOST_TEST(limiter.untilNext(t0).count() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
