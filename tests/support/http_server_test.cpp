#define BOOST_TEST_MODULE loopback http server
#include <boost/test/unit_test.hpp>

#include <curl/curl.h>

#include "http_server.h"

using namespace vigie::test;

namespace {

struct Reply {
    long status = 0;
    std::string body;
    CURLcode code = CURLE_OK;
};

size_t collect(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

// A plain libcurl request, as the code under test would make it.
Reply request(const std::string& url, const std::string* postBody = nullptr) {
    Reply reply;
    CURL* curl = curl_easy_init();
    curl_slist* headers = curl_slist_append(nullptr, "X-Ovh-Application: abc");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 5000L);
    if (postBody) curl_easy_setopt(curl, CURLOPT_POSTFIELDS, postBody->c_str());
    reply.code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return reply;
}

}  // namespace

BOOST_AUTO_TEST_CASE(answers_from_the_handler_and_records_the_request) {
    HttpServer server([](const HttpRequest& r) {
        return HttpResponse::json("{\"path\":\"" + r.path() + "\"}", r.path() == "/me" ? 200 : 404);
    });
    Reply me = request(server.url("/me?x=1"));
    BOOST_TEST(me.status == 200);
    BOOST_TEST(me.body == "{\"path\":\"/me\"}");
    BOOST_TEST(request(server.url("/other")).status == 404);
    auto requests = server.requests();
    BOOST_REQUIRE(requests.size() == 2u);
    BOOST_TEST(requests[0].method == "GET");
    BOOST_TEST(requests[0].query() == "x=1");
    BOOST_TEST(requests[0].header("x-ovh-application").value_or("") == "abc");  // any case
    BOOST_TEST(!requests[0].header("X-Missing").has_value());
}

BOOST_AUTO_TEST_CASE(receives_a_request_body_whole) {
    HttpServer server([](const HttpRequest& r) { return HttpResponse::text(std::to_string(r.body.size())); });
    std::string body(5000, 'x');
    Reply reply = request(server.url("/auth/credential"), &body);
    BOOST_TEST(reply.body == "5000");
    BOOST_TEST(server.requests().at(0).method == "POST");
    BOOST_TEST(server.requests().at(0).body == body);
}

BOOST_AUTO_TEST_CASE(misbehaves_on_request) {
    HttpServer server([](const HttpRequest& r) {
        HttpResponse response;
        if (r.path() == "/raw") response.raw = "this is not HTTP\r\n\r\n";
        if (r.path() == "/hangup") response.closeWithoutAnswer = true;
        if (r.path() == "/slow") response.delay = std::chrono::milliseconds(2000);
        return response;
    });
    BOOST_TEST(request(server.url("/raw")).code != CURLE_OK);
    BOOST_TEST(request(server.url("/hangup")).code == CURLE_GOT_NOTHING);
    CURL* curl = curl_easy_init();
    std::string sink;
    curl_easy_setopt(curl, CURLOPT_URL, server.url("/slow").c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 200L);
    BOOST_TEST(curl_easy_perform(curl) == CURLE_OPERATION_TIMEDOUT);
    curl_easy_cleanup(curl);
}

BOOST_AUTO_TEST_CASE(closed_port_refuses) {
    ClosedPort closed;
    BOOST_TEST(request(closed.url("/")).code == CURLE_COULDNT_CONNECT);
}
