// An emulator of the OVHcloud API v1 on 127.0.0.1, for tests and benchmarks. It checks what the
// real API checks (a known application key, a validated consumer key whose rules allow the call,
// a timestamp within 30 s of its own clock, the "$1$" SHA-1 signature over the full URL), serves a
// fixture account, runs the consumer-key flow, and misbehaves on demand (Faults).
//
// A fixture account is a JSON object from route to answer: {"/me": {...},
// "/me/accessRestriction/sms": [1], "/me/accessRestriction/sms/1": {...}, ...}. "_expanded" lists
// the list routes that honour X-Pagination-Mode: CachedObjectList-Pages (they then answer with
// the objects). Strings "@days:N" and "@date:N" become a datetime / date N days from now, so a
// fixture stays true whatever the day the tests run.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "http_server.h"

namespace vigie::test {

struct Faults {
    std::chrono::milliseconds latency{0};  // added to every answer
    int tooManyRequests = 0;  // the next N requests answer 429
    long retryAfterSeconds = 0;  // with this Retry-After (-1: none)
    int serverErrors = 0;  // the next N requests answer 503
    int resets = 0;  // the next N requests are answered with a TCP reset
    std::chrono::milliseconds slowBody{0};  // bodies trickle, this long between 16-byte pieces
    std::set<std::string> malformed;  // routes whose body is broken JSON
    std::set<std::string> forbidden;  // routes answering 403 NOT_GRANTED_CALL
    long long clockSkewSeconds = 0;  // the emulator's clock is this far ahead of the machine's
};

class OvhEmulator {
public:
    static constexpr const char* kApplicationKey = "TDPKJdwZwAQPwKX2";
    static constexpr const char* kApplicationSecret = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk";
    static constexpr const char* kConsumerKey = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY";  // validated, GET /*

    OvhEmulator();
    std::string baseUrl() const;  // "http://127.0.0.1:<port>/1.0"

    // A fixture file (tests/support/fixtures/accounts/NAME.json) or an account built in code.
    void loadAccount(const std::string& name);
    void setAccount(nlohmann::json routes);
    static std::string fixturePath(const std::string& name);
    // An account with `services` services and a few of everything else (the benchmark's).
    static nlohmann::json bulkAccount(int services);

    void setFaults(Faults faults);
    // A consumer key with these rules ([{"method","path"}]) and state, for tests of the key's rules.
    void addConsumerKey(const std::string& key, nlohmann::json rules, const std::string& state = "validated",
                        nlohmann::json expiration = nullptr);

    // The consumer-key flow: the tokens waiting for the user, and the user's answer.
    std::vector<std::string> pendingTokens() const;
    // `rules`, when given, replace what was asked for (a user who ticked more on the page).
    void validate(const std::string& token, const nlohmann::json& rules = nullptr);
    void refuse(const std::string& token);  // the API then refuses the key like an unvalidated one

    std::vector<HttpRequest> requests() const { return server_.requests(); }
    std::size_t connectionCount() const { return server_.connectionCount(); }
    std::size_t rejectedWrites() const;  // requests that would have changed something

private:
    HttpResponse handle(const HttpRequest& request);
    HttpResponse route(const HttpRequest& request, const std::string& path);
    HttpResponse authenticate(const HttpRequest& request, const std::string& path);
    HttpResponse credentialRequest(const HttpRequest& request);
    long long serverTime() const;

    struct Credential {
        nlohmann::json rules;
        std::string state;
        std::string token;
        nlohmann::json expiration;
        long id = 0;
    };
    mutable std::mutex mutex_;
    nlohmann::json account_ = nlohmann::json::object();
    std::set<std::string> expanded_;
    Faults faults_;
    std::map<std::string, Credential> credentials_;
    std::size_t rejectedWrites_ = 0;
    std::size_t queries_ = 0;
    long nextCredentialId_ = 100;
    HttpServer server_;
};

}  // namespace vigie::test
