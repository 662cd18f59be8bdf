#define BOOST_TEST_MODULE breach check
#include <boost/test/unit_test.hpp>

#include <set>
#include <thread>

#include <curl/curl.h>

#include "http_server.h"
#include "i18n/translator.h"
#include "password/breach_check.h"

using namespace vigie;
using namespace vigie::password;
using vigie::test::HttpRequest;
using vigie::test::HttpResponse;
using vigie::test::HttpServer;

namespace {

// Troy Hunt's worked example: SHA-1("P@ssw0rd") = 21BD1 2DC183F740EE76F27B78EB39C8AD972A757.
constexpr const char* kPassword = "P@ssw0rd";
constexpr const char* kPrefix = "21BD1";
constexpr const char* kSuffix = "2DC183F740EE76F27B78EB39C8AD972A757";

std::string padding() {
    return "0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n"
           "00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0\r\n";
}

std::string rangeWith(const std::string& lines) {
    return "0005AD76BD555C1D6D771DE417A4B87E4B4:10\r\n" + padding() + lines +
           "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:3\r\n";
}

BreachCheckOptions optionsFor(const HttpServer& server) {
    BreachCheckOptions options;
    options.baseUrl = server.url("/range/");
    options.connectTimeout = std::chrono::milliseconds(2000);
    options.timeout = std::chrono::milliseconds(5000);
    return options;
}

HttpServer serving(const std::string& body, int status = 200) {
    return HttpServer([body, status](const HttpRequest&) { return HttpResponse::text(body, status); });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(hashing)

BOOST_AUTO_TEST_CASE(sha1_matches_the_published_examples) {
    BOOST_TEST(sha1Hex(kPassword).view() == std::string(kPrefix) + kSuffix);
    BOOST_TEST(sha1Hex("password").view() == "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
}

BOOST_AUTO_TEST_CASE(range_lines_with_count_zero_are_padding) {
    BOOST_TEST(*countInRangeResponse(rangeWith(std::string(kSuffix) + ":0\r\n"), kSuffix) == 0u);
    BOOST_TEST(*countInRangeResponse(rangeWith(std::string(kSuffix) + ":52579\r\n"), kSuffix) == 52579u);
    BOOST_TEST(*countInRangeResponse("2dc183f740ee76f27b78eb39c8ad972a757:7\n", kSuffix) == 7u);
    BOOST_TEST(!countInRangeResponse("<html>Welcome to the hotel wifi</html>", kSuffix).has_value());
    BOOST_TEST(!countInRangeResponse("", kSuffix).has_value());
    BOOST_TEST(!countInRangeResponse(std::string(kSuffix) + ":12x\r\n", kSuffix).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(against_a_loopback_server)

BOOST_AUTO_TEST_CASE(found_with_its_count) {
    HttpServer server = serving(rangeWith(std::string(kSuffix) + ":52579\r\n"));
    BreachCheckResult result = checkPasswordBreach(kPassword, optionsFor(server));
    BOOST_TEST((result.status == BreachStatus::Found));
    BOOST_TEST(result.count == 52579u);
}

BOOST_AUTO_TEST_CASE(request_carries_only_the_prefix_with_padding_and_user_agent) {
    HttpServer server = serving(rangeWith(""));
    checkPasswordBreach(kPassword, optionsFor(server));
    auto requests = server.requests();
    BOOST_REQUIRE(requests.size() == 1u);
    const HttpRequest& request = requests[0];
    BOOST_TEST(request.method == "GET");
    BOOST_TEST(request.target == std::string("/range/") + kPrefix);
    BOOST_TEST(request.header("Add-Padding").value_or("") == "true");
    std::string agent = request.header("User-Agent").value_or("");
    BOOST_TEST(agent.rfind("Vigie/", 0) == 0u);
    BOOST_TEST(agent.find("(password breach check)") != std::string::npos);
    for (const auto& [name, value] : request.headers) {
        BOOST_TEST(value.find(kSuffix) == std::string::npos);
        BOOST_TEST(value.find(kPassword) == std::string::npos);
    }
    BOOST_TEST(request.body.empty());
}

BOOST_AUTO_TEST_CASE(not_found) {
    HttpServer server = serving(rangeWith(""));
    BOOST_TEST((checkPasswordBreach(kPassword, optionsFor(server)).status == BreachStatus::NotFound));
}

BOOST_AUTO_TEST_CASE(our_suffix_as_padding_is_not_a_hit) {
    HttpServer server = serving(rangeWith(std::string(kSuffix) + ":0\r\n"));
    BOOST_TEST((checkPasswordBreach(kPassword, optionsFor(server)).status == BreachStatus::NotFound));
}

BOOST_AUTO_TEST_CASE(server_error_is_reported_with_its_status) {
    HttpServer server = serving("Service Unavailable", 503);
    BreachCheckResult result = checkPasswordBreach(kPassword, optionsFor(server));
    BOOST_TEST((result.status == BreachStatus::HttpError));
    BOOST_TEST(result.httpStatus == 503);
    BOOST_TEST(describe(result, Translator(Language::English)).find("503") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(other_status_is_reported_too) {
    HttpServer server = serving("Forbidden", 403);
    BreachCheckResult result = checkPasswordBreach(kPassword, optionsFor(server));
    BOOST_TEST((result.status == BreachStatus::HttpError));
    BOOST_TEST(result.httpStatus == 403);
}

BOOST_AUTO_TEST_CASE(slow_server_times_out) {
    HttpServer server([](const HttpRequest&) {
        HttpResponse response = HttpResponse::text(rangeWith(""));
        response.delay = std::chrono::milliseconds(3000);
        return response;
    });
    BreachCheckOptions options = optionsFor(server);
    options.timeout = std::chrono::milliseconds(300);
    BOOST_TEST((checkPasswordBreach(kPassword, options).status == BreachStatus::Timeout));
}

BOOST_AUTO_TEST_CASE(garbage_body_is_a_bad_response) {
    HttpServer server = serving("<html><body>Please log in to the hotel wifi</body></html>");
    BOOST_TEST((checkPasswordBreach(kPassword, optionsFor(server)).status == BreachStatus::BadResponse));
}

BOOST_AUTO_TEST_CASE(empty_body_is_a_bad_response) {
    HttpServer server = serving("");
    BOOST_TEST((checkPasswordBreach(kPassword, optionsFor(server)).status == BreachStatus::BadResponse));
}

BOOST_AUTO_TEST_CASE(hang_up_without_answer_is_a_connection_failure) {
    HttpServer server([](const HttpRequest&) {
        HttpResponse response;
        response.closeWithoutAnswer = true;
        return response;
    });
    BOOST_TEST((checkPasswordBreach(kPassword, optionsFor(server)).status == BreachStatus::ConnectionFailed));
}

BOOST_AUTO_TEST_CASE(connection_refused) {
    vigie::test::ClosedPort closed;
    BreachCheckOptions options;
    options.baseUrl = closed.url("/range/");
    BOOST_TEST((checkPasswordBreach(kPassword, options).status == BreachStatus::ConnectionFailed));
}

BOOST_AUTO_TEST_CASE(tls_failure_when_the_server_does_not_speak_tls) {
    auto server = HttpServer::greeting("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    BreachCheckOptions options;
    options.baseUrl = "https://127.0.0.1:" + std::to_string(server->port()) + "/range/";
    options.timeout = std::chrono::milliseconds(5000);
    BOOST_TEST((checkPasswordBreach(kPassword, options).status == BreachStatus::TlsFailure));
}

BOOST_AUTO_TEST_CASE(cancelled_before_it_starts) {
    HttpServer server = serving(rangeWith(""));
    std::atomic<bool> cancel{true};
    BreachCheckOptions options = optionsFor(server);
    options.cancel = &cancel;
    BOOST_TEST((checkPasswordBreach(kPassword, options).status == BreachStatus::Cancelled));
}

BOOST_AUTO_TEST_CASE(cancelled_while_waiting) {
    HttpServer server([](const HttpRequest&) {
        HttpResponse response = HttpResponse::text(rangeWith(""));
        response.delay = std::chrono::milliseconds(3000);
        return response;
    });
    std::atomic<bool> cancel{false};
    BreachCheckOptions options = optionsFor(server);
    options.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    BreachCheckResult result = checkPasswordBreach(kPassword, options);
    canceller.join();
    BOOST_TEST((result.status == BreachStatus::Cancelled));
}

BOOST_AUTO_TEST_CASE(plain_http_is_refused_outside_loopback) {
    BreachCheckOptions options;
    options.baseUrl = "http://api.pwnedpasswords.com/range/";
    BOOST_TEST((checkPasswordBreach(kPassword, options).status == BreachStatus::BadConfiguration));
    // The same rule as the API client's (platform/http_transfer.h): the host decides, not a prefix.
    for (const char* lookalike : {"http://127.example.com/range/", "http://localhost.example.com/range/",
                                  "http://127.0.0.1@example.com/range/", "https:///range/"}) {
        options.baseUrl = lookalike;
        BOOST_TEST((checkPasswordBreach(kPassword, options).status == BreachStatus::BadConfiguration), lookalike);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(messages)

BOOST_AUTO_TEST_CASE(dns_failure_means_host_not_found) {
    BOOST_TEST((breachStatusForTransferError(CURLE_COULDNT_RESOLVE_HOST) == BreachStatus::HostNotFound));
    BOOST_TEST((breachStatusForTransferError(CURLE_PEER_FAILED_VERIFICATION) == BreachStatus::TlsFailure));
    BOOST_TEST((breachStatusForTransferError(CURLE_COULDNT_CONNECT) == BreachStatus::ConnectionFailed));
}

BOOST_AUTO_TEST_CASE(each_status_has_its_own_sentence) {
    Translator en(Language::English);
    std::set<std::string> sentences;
    for (BreachStatus status :
         {BreachStatus::Found, BreachStatus::NotFound, BreachStatus::HostNotFound, BreachStatus::ConnectionFailed,
          BreachStatus::Timeout, BreachStatus::TlsFailure, BreachStatus::HttpError, BreachStatus::BadResponse,
          BreachStatus::Cancelled, BreachStatus::BadConfiguration}) {
        sentences.insert(describe({status, 3, 500}, en));
    }
    BOOST_TEST(sentences.size() == 10u);
}

BOOST_AUTO_TEST_CASE(found_count_is_grouped_and_pluralised) {
    Translator en(Language::English);
    BOOST_TEST(describe({BreachStatus::Found, 52579}, en) ==
               "This password appears 52,579 times in known data breaches: do not use it.");
    BOOST_TEST(describe({BreachStatus::Found, 1}, en) ==
               "This password appears 1 time in known data breaches: do not use it.");
}

BOOST_AUTO_TEST_SUITE_END()
