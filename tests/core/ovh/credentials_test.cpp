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

BOOST_AUTO_TEST_CASE(find_credentials_says_what_is_missing_for_each_use_and_never_a_key) {
    OvhConfig none;
    CredentialLookup lookup = noKeyring();
    CredentialsOutcome nothing = findCredentials(lookup, KeysNeeded::Application, fakeEnvironment({}), none);
    BOOST_TEST(!nothing.ok());
    BOOST_TEST(nothing.problem.args.at(0) == "https://eu.api.ovh.com/createApp/", "where to create an application");

    const std::map<std::string, std::string> application = {{"OVH_APPLICATION_KEY", "canary-ak"},
                                                            {"OVH_APPLICATION_SECRET", "canary-as"}};
    BOOST_TEST(findCredentials(lookup, KeysNeeded::Application, fakeEnvironment(application), none).ok(),
               "asking for a consumer key needs the application's keys only");
    CredentialsOutcome reading = findCredentials(lookup, KeysNeeded::All, fakeEnvironment(application), none);
    BOOST_TEST(!reading.ok());
    BOOST_TEST(reading.problem.english().find("vigie connect") != std::string::npos);
    BOOST_TEST(reading.problem.english().find("canary") == std::string::npos);

    std::map<std::string, std::string> all = application;
    all["OVH_CONSUMER_KEY"] = "canary-ck";
    CredentialsOutcome ready = findCredentials(lookup, KeysNeeded::All, fakeEnvironment(all), none);
    BOOST_TEST(ready.ok());
    BOOST_TEST(ready.found.endpoint->name == "ovh-eu");
    BOOST_TEST(ready.found.keys.consumerKey.view() == "canary-ck");

    lookup.endpointOption = "http://api.example.com";
    CredentialsOutcome bad = findCredentials(lookup, KeysNeeded::All, fakeEnvironment(all), none);
    BOOST_TEST(!bad.ok());
    BOOST_TEST(bad.problem.english().find("https://") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_profile_region_gives_its_endpoint) {
    BOOST_TEST(regionEndpoint(Region::Europe) == "ovh-eu");
    BOOST_TEST(regionEndpoint(Region::Canada) == "ovh-ca");
    BOOST_TEST(regionEndpoint(Region::UnitedStates) == "ovh-us");
}

BOOST_AUTO_TEST_SUITE_END()
