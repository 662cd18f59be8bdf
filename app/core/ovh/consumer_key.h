// The consumer-key flow of OVHcloud's API (python-ovh request_consumerkey, go-ovh
// consumer_key.go): ask for a key with POST /auth/credential (unsigned), let the user validate it
// at the address the API returns, wait until GET /auth/currentCredential answers with the new
// key, then read the key's rules to prove it only reads.
#pragma once

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ovh/api_client.h"

namespace vigie::ovh {

// GET on every path: the docs' own read-only example.
nlohmann::json readOnlyAccessRules();

struct CredentialRequest {
    SecureString consumerKey;
    std::string validationUrl;
    std::string state;  // "pendingValidation"
    ApiError error;
    bool ok() const { return !error && !consumerKey.empty() && !validationUrl.empty(); }
};

// `client` needs the application key only.
CredentialRequest requestCredential(ApiClient& client, const nlohmann::json& accessRules = readOnlyAccessRules());

enum class ValidationOutcome { Validated, Refused, Expired, Cancelled, TimedOut, Failed };

struct ValidationResult {
    ValidationOutcome outcome = ValidationOutcome::Failed;
    nlohmann::json credential;  // auth.ApiCredential, when validated
    ApiError error;  // when Failed
};

// Polls GET /auth/currentCredential with the new key (set on `client`) every `interval` until the
// user validates or refuses it, `limit` passes or `cancel` is set. Before validation the API
// refuses the key (INVALID_CREDENTIAL / NOT_CREDENTIAL / INVALID_SIGNATURE): that means "wait".
ValidationResult waitForValidation(ApiClient& client, std::chrono::milliseconds interval,
                                   std::chrono::milliseconds limit, const std::atomic<bool>* cancel);

// "GET /*", "POST /me"... for each rule, and whether any allows more than GET.
struct RulesSummary {
    std::vector<std::string> rules;
    std::vector<std::string> writing;  // the rules that are not GET
};
RulesSummary summariseRules(const nlohmann::json& credential);

// Where an application key and secret are created: https://eu.api.ovh.com/createApp/ and the
// same path on the other regions' hosts (go-ovh README).
std::string createAppUrl(const Endpoint& endpoint);

}  // namespace vigie::ovh
