// Where the API keys come from: the same sources as OVHcloud's own clients (python-ovh
// ovh/config.py, go-ovh), in the same precedence, then the desktop keyring when the user asked
// `vigie connect --remember`.
//   endpoint: --endpoint, then OVH_ENDPOINT, then [default] endpoint=... in ovh.conf, then the
//             profile's region
//   keys:     OVH_APPLICATION_KEY / OVH_APPLICATION_SECRET / OVH_CONSUMER_KEY, then the
//             endpoint's section of ovh.conf (application_key=...), then the keyring
// ovh.conf files are read in increasing priority: /etc/ovh.conf, ~/.ovh.conf, ./ovh.conf (a
// later file overrides an earlier one, key by key), as python-ovh's CONFIG_PATH does.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ovh/api_client.h"
#include "definitions/links.h"
#include "ovh/endpoint.h"
#include "platform/errors.h"

namespace vigie::ovh {

// An INI file as python's RawConfigParser reads it: [section], name=value or name: value,
// comments starting with # or ;. Values are secrets, so they stay in wiped buffers.
struct OvhConfig {
    std::map<std::string, std::map<std::string, SecureString>> sections;
    const SecureString* find(const std::string& section, const std::string& name) const;
    // Reads `text` over what is there (a later file wins).
    void merge(std::string_view text);
};

// /etc/ovh.conf, ~/.ovh.conf, ./ovh.conf: lowest priority first.
std::vector<std::string> ovhConfigPaths();
OvhConfig readOvhConfig(const std::vector<std::string>& paths);

using Environment = std::function<std::optional<std::string>(const char* name)>;
Environment processEnvironment();

struct CredentialLookup {
    std::optional<std::string> endpointOption;  // --endpoint
    std::string fallbackEndpoint = "ovh-eu";  // from the profile's region
    bool useKeyring = true;
};

struct ResolvedCredentials {
    std::optional<Endpoint> endpoint;  // nullopt: the name given is not a region or URL
    std::string endpointName;  // as given, for messages
    Credentials keys;
    std::string keySource;  // "environment", a file path, "keyring"; for messages (never a key)
    UserMessage keyringProblem;  // why the keyring could not be read, when it was needed
};

ResolvedCredentials resolveCredentials(const CredentialLookup& lookup, const Environment& environment,
                                       const OvhConfig& config);

// What a caller needs before it can talk to the API: `vigie connect` and the window's Connect
// dialog ask for a consumer key with the application's keys alone; reading the account needs
// all three.
enum class KeysNeeded { Application, All };

// The credentials resolved and checked, or why they cannot be used: one wording for `vigie
// check`, `vigie connect`, the terminal mode and the window.
struct CredentialsOutcome {
    ResolvedCredentials found;  // when ok(): found.endpoint is set and the keys needed are there
    UserMessage problem;  // empty when usable: a bad endpoint, or which keys are missing and where to put them
    UserMessage warning;  // the keyring could not be read (shown even when other sources gave the keys)
    bool ok() const { return problem.empty(); }
};

CredentialsOutcome findCredentials(const CredentialLookup& lookup, KeysNeeded needed, const Environment& environment,
                                   const OvhConfig& config);
// The same over the process's environment and the ovh.conf files (ovhConfigPaths()).
CredentialsOutcome findCredentials(const CredentialLookup& lookup, KeysNeeded needed);

// The endpoint of a profile's region ("ovh-eu", "ovh-ca", "ovh-us"): the fallback when neither
// --endpoint, OVH_ENDPOINT nor ovh.conf names one.
std::string regionEndpoint(Region region);

// The lines to put in ovh.conf for `endpointName` when the keys are not kept in the keyring.
// Contains the consumer key: printed once for the user to copy, never logged.
std::string ovhConfSnippet(const std::string& endpointName, const Credentials& keys);

}  // namespace vigie::ovh
