#include "ovh/consumer_key.h"

#include <openssl/crypto.h>

#include <thread>

namespace vigie::ovh {

nlohmann::json readOnlyAccessRules() { return nlohmann::json::array({{{"method", "GET"}, {"path", "/*"}}}); }

CredentialRequest requestCredential(ApiClient& client, const nlohmann::json& accessRules) {
    CredentialRequest request;
    nlohmann::json body = {{"accessRules", accessRules}};
    ApiResponse answer = client.send(Method::Post, "/auth/credential", body.dump());
    if (!answer.ok()) {
        request.error = answer.error;
        return request;
    }
    nlohmann::json& json = answer.json;
    if (json.is_object() && json.value("consumerKey", nlohmann::json()).is_string()) {
        std::string& key = json["consumerKey"].get_ref<std::string&>();
        request.consumerKey = SecureString(key);
        OPENSSL_cleanse(key.data(), key.size());
    }
    if (json.is_object() && json.value("validationUrl", nlohmann::json()).is_string())
        request.validationUrl = json["validationUrl"];
    if (json.is_object() && json.value("state", nlohmann::json()).is_string()) request.state = json["state"];
    if (request.consumerKey.empty() || request.validationUrl.empty()) {
        request.error.kind = ApiErrorKind::MalformedBody;
        request.error.method = "POST";
        request.error.path = "/auth/credential";
        request.error.queryId = answer.queryId;
    }
    return request;
}

namespace {

bool stillPending(const ApiError& error) {
    const std::string& code = error.errorCode;
    return error.kind == ApiErrorKind::Http &&
           (code == "INVALID_CREDENTIAL" || code == "NOT_CREDENTIAL" || code == "INVALID_SIGNATURE");
}

}  // namespace

ValidationResult waitForValidation(ApiClient& client, std::chrono::milliseconds interval,
                                   std::chrono::milliseconds limit, const std::atomic<bool>* cancel) {
    using SteadyClock = std::chrono::steady_clock;
    auto deadline = SteadyClock::now() + limit;
    ValidationResult result;
    while (true) {
        if (cancel && cancel->load()) {
            result.outcome = ValidationOutcome::Cancelled;
            return result;
        }
        ApiResponse answer = client.get("/auth/currentCredential");
        if (answer.ok() && answer.json.is_object()) {
            std::string state = answer.json.value("status", "");
            if (state == "validated") {
                result.outcome = ValidationOutcome::Validated;
                result.credential = std::move(answer.json);
                return result;
            }
            if (state == "refused" || state == "expired") {
                result.outcome = state == "refused" ? ValidationOutcome::Refused : ValidationOutcome::Expired;
                return result;
            }
        } else if (answer.error.kind == ApiErrorKind::Cancelled) {
            result.outcome = ValidationOutcome::Cancelled;
            return result;
        } else if (!stillPending(answer.error)) {
            result.outcome = ValidationOutcome::Failed;
            result.error = answer.error;
            return result;
        }
        // Sleep in small steps so Ctrl-C is seen at once.
        auto wake = std::min(SteadyClock::now() + interval, deadline);
        while (SteadyClock::now() < wake) {
            if (cancel && cancel->load()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (SteadyClock::now() >= deadline) {
            result.outcome = ValidationOutcome::TimedOut;
            return result;
        }
    }
}

RulesSummary summariseRules(const nlohmann::json& credential) {
    RulesSummary summary;
    if (!credential.is_object() || !credential.contains("rules") || !credential["rules"].is_array()) return summary;
    for (const auto& rule : credential["rules"]) {
        if (!rule.is_object()) continue;
        std::string method = rule.value("method", "?");
        std::string text = method + " " + rule.value("path", "?");
        summary.rules.push_back(text);
        if (method != "GET") summary.writing.push_back(text);
    }
    return summary;
}

std::string createAppUrl(const Endpoint& endpoint) {
    std::string base = endpoint.baseUrl;
    const std::string suffix = "/1.0";
    if (base.size() >= suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0)
        base.erase(base.size() - suffix.size());
    return base + "/createApp/";
}

}  // namespace vigie::ovh
