#include <boost/test/unit_test.hpp>

#include <fstream>

#include "ovh/credentials.h"
#include "temp_dir.h"

using namespace vigie;
using namespace vigie::ovh;

namespace {

Environment fakeEnvironment(const std::map<std::string, std::string>& values) {
    return [values](const char* name) -> std::optional<std::string> {
        auto it = values.find(name);
        if (it == values.end()) return std::nullopt;
        return it->second;
    };
}

CredentialLookup noKeyring() {
    CredentialLookup lookup;
    lookup.useKeyring = false;
    return lookup;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(credentials)

BOOST_AUTO_TEST_CASE(later_files_override_earlier_ones_key_by_key) {
    TempDir dir;
    std::ofstream(dir.path() + "/etc.conf") << "[default]\nendpoint=ovh-ca\n[ovh-ca]\napplication_key=etc-ak\n"
                                               "application_secret=etc-as\n";
    std::ofstream(dir.path() + "/home.conf") << "; comment\n[ovh-ca]\nApplication_Secret = home-as\n"
                                                "consumer_key: home-ck\n";
    OvhConfig config = readOvhConfig({dir.path() + "/etc.conf", dir.path() + "/home.conf", dir.path() + "/none"});
    ResolvedCredentials found = resolveCredentials(noKeyring(), fakeEnvironment({}), config);
    BOOST_TEST(found.endpointName == "ovh-ca");
    BOOST_TEST(found.keys.applicationKey.view() == "etc-ak");
    BOOST_TEST(found.keys.applicationSecret.view() == "home-as");
    BOOST_TEST(found.keys.consumerKey.view() == "home-ck");
    BOOST_TEST(found.keySource == "ovh.conf");
}

BOOST_AUTO_TEST_CASE(environment_variables_come_before_the_files) {
    OvhConfig config;
    config.merge(
        "[default]\nendpoint=ovh-ca\n[ovh-eu]\napplication_key=file-ak\napplication_secret=file-as\n"
        "consumer_key=file-ck\n");
    ResolvedCredentials found = resolveCredentials(
        noKeyring(), fakeEnvironment({{"OVH_ENDPOINT", "ovh-eu"}, {"OVH_CONSUMER_KEY", "env-ck"}}), config);
    BOOST_TEST(found.endpointName == "ovh-eu");
    BOOST_TEST(found.keys.consumerKey.view() == "env-ck");
    BOOST_TEST(found.keys.applicationKey.view() == "file-ak");
}

BOOST_AUTO_TEST_CASE(the_endpoint_option_comes_first_and_the_profile_region_last) {
    OvhConfig config;
    config.merge("[default]\nendpoint=ovh-ca\n");
    CredentialLookup lookup = noKeyring();
    lookup.endpointOption = "ovh-us";
    BOOST_TEST(resolveCredentials(lookup, fakeEnvironment({{"OVH_ENDPOINT", "ovh-eu"}}), config).endpointName ==
               "ovh-us");
    CredentialLookup fallback = noKeyring();
    fallback.fallbackEndpoint = "ovh-ca";
    BOOST_TEST(resolveCredentials(fallback, fakeEnvironment({}), OvhConfig{}).endpointName == "ovh-ca");
    CredentialLookup bad = noKeyring();
    bad.endpointOption = "http://api.example.com";
    BOOST_TEST(!resolveCredentials(bad, fakeEnvironment({}), OvhConfig{}).endpoint.has_value());
}

BOOST_AUTO_TEST_CASE(the_ovh_conf_snippet_holds_no_application_secret) {
    Credentials keys;
    keys.applicationKey = SecureString("AK123");
    keys.applicationSecret = SecureString("SECRET456");
    keys.consumerKey = SecureString("CK789");
    std::string snippet = ovhConfSnippet("ovh-eu", keys);
    BOOST_TEST(snippet.find("[ovh-eu]") != std::string::npos);
    BOOST_TEST(snippet.find("consumer_key=CK789") != std::string::npos);
    BOOST_TEST(snippet.find("SECRET456") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
