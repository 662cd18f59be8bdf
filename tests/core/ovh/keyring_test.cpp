// Runs inside dbus-run-session with gnome-keyring-daemon (with-keyring.sh). Where no daemon could
// start (VIGIE_TEST_KEYRING unset), it checks that Vigie says the keyring is out of reach.
#define BOOST_TEST_MODULE ovh_keyring
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "ovh/credentials.h"
#include "ovh/keyring.h"

using namespace vigie;
using namespace vigie::ovh;

namespace {
bool daemonStarted() { return std::getenv("VIGIE_TEST_KEYRING") != nullptr; }
}  // namespace

BOOST_AUTO_TEST_CASE(keys_are_stored_read_back_and_forgotten) {
    Keyring keyring;
    UserMessage problem;
    if (!daemonStarted()) {
        BOOST_TEST(!keyring.available(problem));
        BOOST_TEST(problem.english().find("memory only") != std::string::npos);
        return;
    }
    BOOST_TEST_REQUIRE(keyring.available(problem), problem.english());
    Credentials keys;
    keys.applicationKey = SecureString("keyring-ak");
    keys.applicationSecret = SecureString("keyring-as");
    keys.consumerKey = SecureString("keyring-ck");
    BOOST_TEST_REQUIRE(keyring.store("ovh-eu", keys, problem), problem.english());
    std::optional<Credentials> back = keyring.load("ovh-eu", problem);
    BOOST_TEST_REQUIRE(back.has_value(), problem.english());
    BOOST_TEST(back->applicationSecret.view() == "keyring-as");
    BOOST_TEST(back->consumerKey.view() == "keyring-ck");
    BOOST_TEST(!keyring.load("ovh-ca", problem).has_value());

    // The credential lookup falls back to the keyring when the variables and files are silent.
    CredentialLookup lookup;
    lookup.endpointOption = "ovh-eu";
    ResolvedCredentials found = resolveCredentials(
        lookup, [](const char*) { return std::optional<std::string>(); }, OvhConfig{});
    BOOST_TEST(found.keySource == "keyring");
    BOOST_TEST(found.keys.applicationKey.view() == "keyring-ak");

    BOOST_TEST(keyring.forget("ovh-eu", problem));
    BOOST_TEST(!keyring.load("ovh-eu", problem).has_value());
}

BOOST_AUTO_TEST_CASE(without_a_session_bus_vigie_says_so) {
    std::string saved = std::getenv("DBUS_SESSION_BUS_ADDRESS") ? std::getenv("DBUS_SESSION_BUS_ADDRESS") : "";
    ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
    Keyring keyring;
    UserMessage problem;
    Credentials keys;
    BOOST_TEST(!keyring.store("ovh-eu", keys, problem));
    BOOST_TEST(problem.english().find("memory only") != std::string::npos);
    if (!saved.empty()) ::setenv("DBUS_SESSION_BUS_ADDRESS", saved.c_str(), 1);
}
