#define BOOST_TEST_MODULE ovh_client
#include <boost/test/unit_test.hpp>

#include "ovh/endpoint.h"
#include "ovh/signature.h"

using namespace vigie::ovh;

namespace {
const char* kSecret = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk";
const char* kConsumer = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY";
const char* kBody = "{\"a\":\"b\",\"c\":\"d\"}";
}  // namespace

BOOST_AUTO_TEST_SUITE(signing)

// The 11 vectors of python-ovh, go-ovh and php-ovh (facts: ovh-api.md §1).
BOOST_AUTO_TEST_CASE(every_vector_of_the_official_clients_matches) {
    struct Vector {
        const char* method;
        const char* url;
        bool body;
        const char* expected;
    };
    const Vector vectors[] = {
        {"GET", "https://eu.api.ovh.com/1.0/auth", false, "$1$e9556054b6309771395efa467c22e627407461ad"},
        {"POST", "https://eu.api.ovh.com/1.0/auth", true, "$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1"},
        {"PUT", "https://eu.api.ovh.com/1.0/auth", true, "$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b"},
        {"DELETE", "https://eu.api.ovh.com/1.0/auth", false, "$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85"},
        {"GET", "https://eu.api.ovh.com/1.0/authTO", false, "$1$1f0958be70f095ddaba525778a9ac1dcffac89f3"},
        {"POST", "https://eu.api.ovh.com/1.0/authTO", true, "$1$b592effcb3bc2d37860eceb06a1b17670fbe49c6"},
        {"PUT", "https://eu.api.ovh.com/1.0/authTO", true, "$1$6b27c2a693a0eb4980217046b2fe10d74ba796f0"},
        {"DELETE", "https://eu.api.ovh.com/1.0/authTO", false, "$1$bd59b15361548c388058009e00c508081e991e8b"},
        {"GET", "https://eu.api.ovh.com/1.0/call", false, "$1$7f2db49253edfc41891023fcd1a54cf61db05fbb"},
        {"GET", "https://eu.api.ovh.com/v1/call", false, "$1$e6e7906d385eb28adcbfbe6b66c1528a42d741ad"},
        {"GET", "https://eu.api.ovh.com/v2/call", false, "$1$bb63b132a6f84ad5433d0c534d48d3f7c3804285"},
    };
    for (const Vector& v : vectors) {
        BOOST_TEST_CONTEXT(v.method << " " << v.url) {
            BOOST_TEST(signRequest(kSecret, kConsumer, v.method, v.url, v.body ? kBody : "", 1457018875) == v.expected);
        }
    }
}

BOOST_AUTO_TEST_CASE(version_prefixes_replace_the_1_0_suffix) {
    Endpoint eu = *resolveEndpoint("ovh-eu");
    BOOST_TEST(targetUrl(eu, "/call") == "https://eu.api.ovh.com/1.0/call");
    BOOST_TEST(targetUrl(eu, "/v1/call") == "https://eu.api.ovh.com/v1/call");
    BOOST_TEST(targetUrl(eu, "/v2/call") == "https://eu.api.ovh.com/v2/call");
    BOOST_TEST(targetUrl(eu, "/me?x=y") == "https://eu.api.ovh.com/1.0/me?x=y");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(endpoints)

BOOST_AUTO_TEST_CASE(the_seven_regions_resolve_to_their_base_urls) {
    BOOST_TEST(regionNames().size() == 7u);
    BOOST_TEST(resolveEndpoint("ovh-ca")->baseUrl == "https://ca.api.ovh.com/1.0");
    BOOST_TEST(resolveEndpoint("ovh-us")->baseUrl == "https://api.us.ovhcloud.com/1.0");
    BOOST_TEST(resolveEndpoint("kimsufi-eu")->baseUrl == "https://eu.api.kimsufi.com/1.0");
    BOOST_TEST(resolveEndpoint("kimsufi-ca")->baseUrl == "https://ca.api.kimsufi.com/1.0");
    BOOST_TEST(resolveEndpoint("soyoustart-eu")->baseUrl == "https://eu.api.soyoustart.com/1.0");
    BOOST_TEST(resolveEndpoint("soyoustart-ca")->baseUrl == "https://ca.api.soyoustart.com/1.0");
}

BOOST_AUTO_TEST_CASE(urls_must_be_https_except_on_loopback) {
    BOOST_TEST(resolveEndpoint("https://api.example.com/1.0/")->baseUrl == "https://api.example.com/1.0");
    BOOST_TEST(resolveEndpoint("http://127.0.0.1:8080/1.0").has_value());
    BOOST_TEST(resolveEndpoint("http://localhost:8080/1.0").has_value());
    BOOST_TEST(!resolveEndpoint("http://eu.api.ovh.com/1.0").has_value());
    BOOST_TEST(!resolveEndpoint("http://127.0.0.1.evil.example/1.0").has_value());
    BOOST_TEST(!resolveEndpoint("http://localhost.evil.example/").has_value());
    BOOST_TEST(!resolveEndpoint("ftp://eu.api.ovh.com").has_value());
    BOOST_TEST(!resolveEndpoint("ovh-mars").has_value());
    BOOST_TEST(!resolveEndpoint("https://user@eu.api.ovh.com/1.0").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
