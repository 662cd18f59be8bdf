#include "ovh_emulator.h"

#include <openssl/sha.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

namespace vigie::test {
namespace {

using nlohmann::json;

long long unixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string isoTime(long long seconds, bool dateOnly) {
    std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, dateOnly ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%S+00:00", &tm);
    return buffer;
}

// "@days:N" / "@date:N" -> N days from `now`, as a datetime / a date.
void resolveRelativeDates(json& node, long long now) {
    if (node.is_string()) {
        const std::string& value = node.get_ref<const std::string&>();
        for (const char* prefix : {"@days:", "@date:"}) {
            if (value.rfind(prefix, 0) != 0) continue;
            long long days = std::stoll(value.substr(6));
            node = isoTime(now + days * 86400, prefix[2] == 'a' && prefix[3] == 't');
            return;
        }
    } else if (node.is_structured()) {
        for (auto& child : node) resolveRelativeDates(child, now);
    }
}

std::string sha1Signature(const std::string& text) {
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
    static const char hex[] = "0123456789abcdef";
    std::string out = "$1$";
    for (unsigned char byte : digest) {
        out.push_back(hex[byte >> 4]);
        out.push_back(hex[byte & 0xF]);
    }
    return out;
}

HttpResponse apiError(int status, const std::string& errorCode, const std::string& message) {
    json body = {{"message", message}, {"httpCode", std::to_string(status)}};
    if (!errorCode.empty()) body["errorCode"] = errorCode;
    return HttpResponse::json(body.dump(), status);
}

bool globMatch(const std::string& pattern, const std::string& path) {
    if (!pattern.empty() && pattern.back() == '*') return path.rfind(pattern.substr(0, pattern.size() - 1), 0) == 0;
    return pattern == path;
}

std::string randomKey(std::size_t length) {
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static std::mt19937 generator{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
    std::string out;
    for (std::size_t i = 0; i < length; ++i) out.push_back(alphabet[pick(generator)]);
    return out;
}

}  // namespace

OvhEmulator::OvhEmulator() : server_([this](const HttpRequest& request) { return handle(request); }) {
    server_.setKeepAlive(true);
    addConsumerKey(kConsumerKey, json::array({{{"method", "GET"}, {"path", "/*"}}}));
}

std::string OvhEmulator::baseUrl() const { return server_.url("/1.0"); }

std::string OvhEmulator::fixturePath(const std::string& name) {
    return std::string(VIGIE_SOURCE_DIR) + "/tests/support/fixtures/accounts/" + name + ".json";
}

void OvhEmulator::loadAccount(const std::string& name) {
    std::ifstream in(fixturePath(name));
    if (!in) throw std::runtime_error("no fixture account " + name);
    std::stringstream text;
    text << in.rdbuf();
    setAccount(json::parse(text.str()));
}

void OvhEmulator::setAccount(json routes) {
    std::lock_guard lock(mutex_);
    resolveRelativeDates(routes, unixNow() + faults_.clockSkewSeconds);
    expanded_.clear();
    if (routes.contains("_expanded"))
        for (const auto& path : routes["_expanded"]) expanded_.insert(path.get<std::string>());
    routes.erase("_expanded");
    account_ = std::move(routes);
}

json OvhEmulator::bulkAccount(int services) {
    json account = json::parse(R"({
      "/me": {"nichandle": "bk1000-ovh", "email": "ops@example.org", "spareEmail": "backup@example.net",
              "customerCode": "bk1000-ovh", "phone": "+33.612345678", "phoneType": "mobile", "state": "complete",
              "country": "FR", "legalform": "corporation", "firstname": "Bulk", "name": "Account"},
      "/me/accessRestriction/sms": [], "/me/accessRestriction/totp": [1], "/me/accessRestriction/u2f": [],
      "/me/accessRestriction/totp/1": {"id": 1, "description": "phone", "status": "enabled", "creationDate": "@days:-90"},
      "/me/accessRestriction/backupCode": {"remaining": 9, "status": "enabled", "creationDate": "@days:-90"},
      "/me/autorenew": {"active": true, "renewDay": 5},
      "/me/payment/method": [7],
      "/me/payment/method/7": {"paymentMethodId": 7, "paymentType": "SEPA_DIRECT_DEBIT", "status": "VALID", "default": true},
      "/me/order": [], "/me/debtAccount/debt": [], "/me/bill": [], "/domain": [],
      "/me/debtAccount": {"active": false, "dueAmount": {"value": 0, "currencyCode": "EUR", "text": "0.00 €"},
                          "todoAmount": {"value": 0, "currencyCode": "EUR", "text": "0.00 €"},
                          "pendingAmount": {"value": 0, "currencyCode": "EUR", "text": "0.00 €"}},
      "/me/api/credential": [], "/me/api/application": []
    })");
    account["/auth/currentCredential"] = {{"credentialId", 1},
                                          {"applicationId", 1},
                                          {"status", "validated"},
                                          {"rules", json::array({{{"method", "GET"}, {"path", "/*"}}})}};
    json ids = json::array();
    for (int i = 1; i <= services; ++i) {
        ids.push_back(i);
        account["/services/" + std::to_string(i)] = {
            {"serviceId", i},
            {"resource",
             {{"name", "vps-" + std::to_string(i)}, {"displayName", "vps-" + std::to_string(i)}, {"state", "active"}}},
            {"customer", {{"contacts", json::array({{{"customerCode", "bk1000-ovh"}, {"type", "administrator"}}})}}},
            {"billing",
             {{"expirationDate", "@days:" + std::to_string(40 + i % 300)},
              {"renew", {{"current", {{"mode", "automatic"}, {"nextDate", "@days:" + std::to_string(40 + i % 300)}}}}},
              {"lifecycle", {{"current", {{"state", "active"}, {"pendingActions", json::array()}}}}}}}};
    }
    account["/services"] = ids;
    return account;
}

void OvhEmulator::setFaults(Faults faults) {
    std::lock_guard lock(mutex_);
    faults_ = std::move(faults);
}

void OvhEmulator::addConsumerKey(const std::string& key, json rules, const std::string& state, json expiration) {
    std::lock_guard lock(mutex_);
    credentials_[key] = {std::move(rules), state, randomKey(24), std::move(expiration), nextCredentialId_++};
}

std::vector<std::string> OvhEmulator::pendingTokens() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> tokens;
    for (const auto& [key, credential] : credentials_)
        if (credential.state == "pendingValidation") tokens.push_back(credential.token);
    return tokens;
}

void OvhEmulator::validate(const std::string& token, const json& rules) {
    std::lock_guard lock(mutex_);
    for (auto& [key, credential] : credentials_) {
        if (credential.token != token) continue;
        credential.state = "validated";
        if (!rules.is_null()) credential.rules = rules;
    }
}

void OvhEmulator::refuse(const std::string& token) {
    std::lock_guard lock(mutex_);
    for (auto& [key, credential] : credentials_)
        if (credential.token == token) credential.state = "refused";
}

std::size_t OvhEmulator::rejectedWrites() const {
    std::lock_guard lock(mutex_);
    return rejectedWrites_;
}

long long OvhEmulator::serverTime() const { return unixNow() + faults_.clockSkewSeconds; }

HttpResponse OvhEmulator::handle(const HttpRequest& request) {
    std::string path = request.path();
    if (path.rfind("/1.0", 0) == 0) path = path.substr(4);
    HttpResponse response;
    std::chrono::milliseconds latency{0}, slow{0};
    std::size_t query = 0;
    {
        std::lock_guard lock(mutex_);
        latency = faults_.latency;
        slow = faults_.slowBody;
        query = ++queries_;
        if (faults_.resets > 0) {
            --faults_.resets;
            HttpResponse reset;
            reset.reset = true;
            reset.delay = latency;
            return reset;
        }
        if (faults_.tooManyRequests > 0) {
            --faults_.tooManyRequests;
            response = apiError(429, "", "Too many requests");
            if (faults_.retryAfterSeconds >= 0)
                response.headers.emplace_back("Retry-After", std::to_string(faults_.retryAfterSeconds));
        } else if (faults_.serverErrors > 0) {
            --faults_.serverErrors;
            response = HttpResponse::text("<html><body>503 Service Unavailable</body></html>", 503);
        }
    }
    if (response.body.empty()) response = route(request, path);
    response.headers.emplace_back("X-Ovh-QueryID", "EU.ext-1.emulator." + std::to_string(query));
    response.delay = latency;
    response.trickleDelay = slow;
    return response;
}

HttpResponse OvhEmulator::authenticate(const HttpRequest& request, const std::string& path) {
    auto application = request.header("X-Ovh-Application");
    if (!application || *application != kApplicationKey) return apiError(403, "INVALID_KEY", "Invalid application key");
    auto consumer = request.header("X-Ovh-Consumer");
    auto timestamp = request.header("X-Ovh-Timestamp");
    auto signature = request.header("X-Ovh-Signature");
    if (!consumer || !timestamp || !signature) return apiError(403, "NOT_CREDENTIAL", "You must login first");
    auto found = credentials_.find(*consumer);
    if (found == credentials_.end() || found->second.state != "validated")
        return apiError(403, "INVALID_CREDENTIAL", "This credential is not valid");
    long long sent = std::atoll(timestamp->c_str());
    if (sent < serverTime() - 30 || sent > serverTime() + 30)
        return apiError(400, "INVALID_SIGNATURE", "Invalid signature");
    std::string url = server_.url(request.target);
    std::string expected = sha1Signature(std::string(kApplicationSecret) + "+" + *consumer + "+" + request.method +
                                         "+" + url + "+" + request.body + "+" + *timestamp);
    if (*signature != expected) return apiError(400, "INVALID_SIGNATURE", "Invalid signature");
    bool granted = false;
    for (const auto& rule : found->second.rules)
        granted = granted || (rule.value("method", "") == request.method && globMatch(rule.value("path", ""), path));
    if (!granted) return apiError(403, "NOT_GRANTED_CALL", "This call has not been granted");
    return {};  // status 200 and an empty body: authenticated
}

HttpResponse OvhEmulator::credentialRequest(const HttpRequest& request) {
    auto application = request.header("X-Ovh-Application");
    if (!application || *application != kApplicationKey) return apiError(403, "INVALID_KEY", "Invalid application key");
    json body = json::parse(request.body, nullptr, false);
    if (!body.is_object() || !body.contains("accessRules") || !body["accessRules"].is_array())
        return apiError(400, "", "Invalid body");
    std::string key = randomKey(32);
    credentials_[key] = {body["accessRules"], "pendingValidation", randomKey(24), nullptr, nextCredentialId_++};
    json answer = {{"state", "pendingValidation"},
                   {"consumerKey", key},
                   {"validationUrl", server_.url("/auth/?credentialToken=" + credentials_[key].token)}};
    return HttpResponse::json(answer.dump());
}

HttpResponse OvhEmulator::route(const HttpRequest& request, const std::string& path) {
    std::lock_guard lock(mutex_);
    if (path == "/auth/time" && request.method == "GET") return HttpResponse::json(std::to_string(serverTime()));
    if (path == "/auth/credential" && request.method == "POST") return credentialRequest(request);
    if (request.method != "GET") {
        ++rejectedWrites_;
        return apiError(405, "", "Method not allowed by the emulator");
    }
    HttpResponse denied = authenticate(request, path);
    if (!denied.body.empty()) return denied;
    if (path == "/auth/currentCredential" && !account_.contains(path)) {
        const Credential& credential = credentials_[*request.header("X-Ovh-Consumer")];
        json answer = {
            {"credentialId", credential.id},      {"applicationId", 1},  {"status", credential.state},
            {"rules", credential.rules},          {"ovhSupport", false}, {"creation", isoTime(serverTime(), false)},
            {"expiration", credential.expiration}};
        return HttpResponse::json(answer.dump());
    }
    if (faults_.forbidden.count(path)) return apiError(403, "NOT_GRANTED_CALL", "This call has not been granted");
    if (faults_.malformed.count(path)) return HttpResponse::json("{\"truncated\": [1, 2,");
    if (!account_.contains(path)) return apiError(404, "", "The requested object (" + path + ") does not exist");
    const json& answer = account_[path];
    auto mode = request.header("X-Pagination-Mode");
    if (answer.is_array() && mode && *mode == "CachedObjectList-Pages" && expanded_.count(path)) {
        json objects = json::array();
        for (const auto& id : answer) {
            std::string objectPath = path + "/" + (id.is_string() ? id.get<std::string>() : id.dump());
            if (account_.contains(objectPath)) objects.push_back(account_[objectPath]);
        }
        return HttpResponse::json(objects.dump());
    }
    return HttpResponse::json(answer.dump());
}

}  // namespace vigie::test
