// A read-only client of the OVHcloud API v1 (libcurl multi, OpenSSL, nlohmann-json).
//
// Read-only by construction: send() is the only way out, and it lets through GET and the
// unsigned POST /auth/credential (asking for a consumer key changes nothing on the account);
// anything else is refused in code before a byte leaves the machine.
//
// Requests are signed as the official clients sign them, with the server time delta from
// GET /auth/time. TLS verification is always on; connect and total timeouts; a User-Agent naming
// Vigie and its version; libcurl's proxy variables (https_proxy, no_proxy...) are honoured
// because no proxy is set in code; connections are kept and reused by the multi handle.
//
// A Fetcher runs many GETs at once: at most `concurrency` in flight, at most
// `maxRequestsPerSecond` started per second (a token bucket whose burst is the concurrency),
// and on 429, 5xx or a dropped connection a bounded retry with exponential backoff that honours
// Retry-After. Handlers run on the calling thread and may queue more requests, so a list's
// objects start as soon as the list arrives rather than after a whole phase.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "ovh/api_error.h"
#include "ovh/endpoint.h"
#include "secret/secure_string.h"

namespace vigie::ovh {

struct Credentials {
    SecureString applicationKey;
    SecureString applicationSecret;
    SecureString consumerKey;  // empty before `vigie connect`

    bool complete() const { return !applicationKey.empty() && !applicationSecret.empty() && !consumerKey.empty(); }
};

struct ClientOptions {
    std::size_t concurrency = 8;
    // OVHcloud publishes no limit ("fair use", python-ovh#81); terraform-provider-ovh#979 throttles
    // client-side too. 10/s keeps a typical account's ~100 requests to seconds, and a 429
    // (honoured Retry-After) slows us further when the API asks.
    double maxRequestsPerSecond = 10;
    int maxAttempts = 4;  // first try plus three retries
    std::chrono::milliseconds backoffBase{500};  // doubled per retry, with jitter
    std::chrono::milliseconds backoffMax{8000};
    std::chrono::milliseconds retryAfterMax{60000};  // a longer Retry-After is reported, not waited
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds timeout{60000};  // one transfer, body included
    const std::atomic<bool>* cancel = nullptr;  // set to true to stop; pending requests end Cancelled
    std::function<void(std::size_t done, std::size_t queued)> progress;  // after each request
    std::function<void(const std::string& path)> answered;  // the route just answered, before progress
};

enum class Method { Get, Post, Put, Delete, Patch };
const char* methodName(Method method);

struct ApiResponse {
    long status = 0;
    nlohmann::json json;  // the parsed body (null for an empty body)
    std::string queryId;
    ApiError error;  // kind None on success
    bool ok() const { return !error; }
};

// The clock check of GET /auth/time: delta = server - local, as python-ovh computes it.
struct ClockCheck {
    bool read = false;
    std::int64_t deltaSeconds = 0;
    ApiError error;
    bool skewed() const { return read && (deltaSeconds > 30 || deltaSeconds < -30); }
};
// "Your computer's clock is N seconds behind/ahead..." for a skewed clock; empty otherwise.
UserMessage describeClock(const ClockCheck& clock);

struct ClientStats {
    std::size_t requests = 0;  // attempts sent, retries included
    std::size_t retries = 0;
    std::size_t connections = 0;  // new connections opened (the rest reused one)
};

class ApiClient {
public:
    ApiClient(Endpoint endpoint, Credentials credentials, ClientOptions options = {});
    ~ApiClient();
    ApiClient(const ApiClient&) = delete;
    ApiClient& operator=(const ApiClient&) = delete;

    const Endpoint& endpoint() const { return endpoint_; }
    const ClientOptions& options() const { return options_; }
    const ClientStats& stats() const { return stats_; }

    // The one way out. Refuses (ApiErrorKind::ReadOnlyRefused, nothing sent) any method but GET,
    // and any POST but /auth/credential.
    ApiResponse send(Method method, std::string_view path, std::string_view body = {});
    ApiResponse get(std::string_view path) { return send(Method::Get, path); }

    // GET /auth/time, unsigned; keeps the delta for every later signature.
    ClockCheck synchroniseClock();
    std::int64_t timeDelta() const { return delta_; }

    // Replaces the consumer key (after the credential flow).
    void setConsumerKey(SecureString consumerKey) { credentials_.consumerKey = std::move(consumerKey); }

    using Handler = std::function<void(ApiResponse&&)>;

    // Many GETs at once. `expanded` asks for whole objects on a list route
    // (X-Pagination-Mode: CachedObjectList-Pages); a route that does not offer it answers with
    // the ids as usual, so asking costs nothing.
    class Fetcher {
    public:
        explicit Fetcher(ApiClient& client);
        ~Fetcher();
        void get(std::string path, Handler handler, bool expanded = false);
        // Runs until every request, and every request its handlers queued, has answered.
        void run();

    private:
        friend class ApiClient;
        struct Impl;
        std::unique_ptr<Impl> impl_;
    };

    // Replaces any key found in `text` (an API message, a URL) with "[…]".
    std::string scrub(std::string text) const;

private:
    friend class Fetcher;
    Endpoint endpoint_;
    Credentials credentials_;
    ClientOptions options_;
    ClientStats stats_;
    std::int64_t delta_ = 0;
};

// "Vigie/0.1.0 (OVHcloud account review)".
std::string apiUserAgent();

}  // namespace vigie::ovh
