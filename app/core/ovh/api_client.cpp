#include "ovh/api_client.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <deque>
#include <random>
#include <vector>

#include "ovh/rate_limiter.h"
#include "ovh/signature.h"
#include "platform/curl_library.h"
#include "platform/http_transfer.h"

namespace vigie::ovh {
namespace {

using SteadyClock = std::chrono::steady_clock;
constexpr std::size_t kMaxBodyBytes = 64u << 20;
constexpr const char* kCredentialPath = "/auth/credential";
constexpr const char* kTimePath = "/auth/time";

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool headerIs(std::string_view line, std::string_view name) {
    if (line.size() <= name.size() || line[name.size()] != ':') return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (lower(line[i]) != lower(name[i])) return false;
    return true;
}

std::string headerValue(std::string_view line, std::size_t nameLength) {
    std::string_view value = line.substr(nameLength + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
        value.remove_suffix(1);
    return std::string(value);
}

// Seconds, or an HTTP date; -1 when absent or unreadable.
long parseRetryAfter(const CurlLibrary& curl, const std::string& value) {
    if (value.empty()) return -1;
    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return value.size() > 9 ? -1 : std::stol(value);
    std::time_t when = curl.getdate(value.c_str(), nullptr);
    if (when < 0) return -1;
    return std::max<long>(0, static_cast<long>(when - std::time(nullptr)));
}

ApiErrorKind transportErrorKind(CURLcode code) {
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            return ApiErrorKind::HostNotFound;
        case CURLE_OPERATION_TIMEDOUT:
            return ApiErrorKind::Timeout;
        case CURLE_ABORTED_BY_CALLBACK:
            return ApiErrorKind::Cancelled;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_USE_SSL_FAILED:
            return ApiErrorKind::TlsFailure;
        case CURLE_WRITE_ERROR:
        case CURLE_BAD_CONTENT_ENCODING:
            return ApiErrorKind::MalformedBody;
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT:
            return ApiErrorKind::BadEndpoint;
        default:
            return ApiErrorKind::ConnectionFailed;
    }
}

// A GET can be asked again safely; a dropped connection or an overloaded server often recovers.
bool retriableTransport(CURLcode code) {
    switch (code) {
        case CURLE_COULDNT_CONNECT:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
            return true;
        default:
            return false;
    }
}

bool retriableStatus(long status) { return status == 429 || (status >= 500 && status <= 599); }

std::int64_t unixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Pending {
    Method method = Method::Get;
    std::string path;
    std::string body;
    bool expanded = false;
    ApiClient::Handler handler;
    int attempt = 0;
    SteadyClock::time_point notBefore{};
};

struct Transfer {
    Pending pending;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    std::string url;
    http::Reception reception;
    std::string queryId;
    std::string retryAfter;
};

size_t onHeader(char* data, size_t size, size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    std::string_view line(data, size * count);
    if (headerIs(line, "X-Ovh-QueryID")) transfer->queryId = headerValue(line, 13);
    if (headerIs(line, "Retry-After")) transfer->retryAfter = headerValue(line, 11);
    return size * count;
}

}  // namespace

const char* methodName(Method method) {
    switch (method) {
        case Method::Get:
            return "GET";
        case Method::Post:
            return "POST";
        case Method::Put:
            return "PUT";
        case Method::Delete:
            return "DELETE";
        case Method::Patch:
            return "PATCH";
    }
    return "GET";
}

std::string apiUserAgent() { return std::string("Vigie/") + VIGIE_VERSION + " (OVHcloud account review)"; }

UserMessage describeClock(const ClockCheck& clock) {
    if (!clock.skewed()) return {};
    long long seconds = std::llabs(clock.deltaSeconds);
    if (clock.deltaSeconds > 0)
        return {N_("Your computer's clock is {} seconds behind OVHcloud's. Vigie corrected its requests for it, "
                   "but other tools' signatures will fail: turn on automatic time."),
                {std::to_string(seconds)}};
    return {N_("Your computer's clock is {} seconds ahead of OVHcloud's. Vigie corrected its requests for it, "
               "but other tools' signatures will fail: turn on automatic time."),
            {std::to_string(seconds)}};
}

ApiClient::ApiClient(Endpoint endpoint, Credentials credentials, ClientOptions options)
    : endpoint_(std::move(endpoint)), credentials_(std::move(credentials)), options_(std::move(options)) {
    options_.concurrency = std::max<std::size_t>(1, options_.concurrency);
    options_.maxAttempts = std::max(1, options_.maxAttempts);
}

ApiClient::~ApiClient() = default;

std::string ApiClient::scrub(std::string text) const {
    for (const SecureString* key :
         {&credentials_.applicationKey, &credentials_.applicationSecret, &credentials_.consumerKey}) {
        if (key->size() < 4) continue;
        for (std::size_t at = text.find(key->view()); at != std::string::npos; at = text.find(key->view(), at))
            text.replace(at, key->size(), "[\u2026]");
    }
    return text;
}

struct ApiClient::Fetcher::Impl {
    ApiClient& client;
    const CurlLibrary* curl = curlLibrary();  // loaded on the first request (curl_library.h)
    CURLM* multi = nullptr;
    std::deque<Pending> queue;
    std::vector<Pending> delayed;
    std::vector<std::unique_ptr<Transfer>> running;
    std::vector<CURL*> idle;  // easy handles kept for reuse
    RateLimiter bucket;
    std::mt19937 jitter{std::random_device{}()};
    std::size_t done = 0;

    explicit Impl(ApiClient& c)
        : client(c), bucket(c.options_.maxRequestsPerSecond, static_cast<double>(c.options_.concurrency)) {
        if (!curl) return;
        multi = curl->multiInit();
        if (!multi) return;
        long limit = static_cast<long>(c.options_.concurrency);
        curl->multiSetopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, limit);
        curl->multiSetopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, limit);
        curl->multiSetopt(multi, CURLMOPT_MAXCONNECTS, limit);
    }
    ~Impl() {
        if (!multi) return;
        for (auto& transfer : running) finish(*transfer);
        for (CURL* easy : idle) curl->easyCleanup(easy);
        curl->multiCleanup(multi);
    }

    bool cancelled() const { return client.options_.cancel && client.options_.cancel->load(); }

    void start(Pending pending) {
        auto transfer = std::make_unique<Transfer>();
        transfer->pending = std::move(pending);
        transfer->reception.maxBytes = kMaxBodyBytes;
        transfer->reception.cancel = client.options_.cancel;
        if (!idle.empty()) {
            transfer->easy = idle.back();
            idle.pop_back();
            curl->easyReset(transfer->easy);
        } else {
            transfer->easy = curl->easyInit();
        }
        configure(*transfer);
        ++client.stats_.requests;
        curl->multiAddHandle(multi, transfer->easy);
        running.push_back(std::move(transfer));
    }

    void configure(Transfer& transfer) {
        const ClientOptions& options = client.options_;
        const Credentials& keys = client.credentials_;
        const Pending& pending = transfer.pending;
        CURL* easy = transfer.easy;
        static const std::string userAgent = apiUserAgent();
        transfer.url = targetUrl(client.endpoint_, pending.path);
        // The only two shapes a request can take: a GET, or the POST that asks for a consumer key.
        bool credentialRequest = pending.method == Method::Post && pending.path == kCredentialPath;
        const char* method = credentialRequest ? "POST" : "GET";
        std::string body = credentialRequest ? pending.body : std::string();

        auto add = [&](const std::string& header) {
            transfer.headers = curl->slistAppend(transfer.headers, header.c_str());
        };
        add("X-Ovh-Application: " + std::string(keys.applicationKey.view()));
        bool signedCall = !credentialRequest && pending.path != kTimePath && !keys.consumerKey.empty();
        if (signedCall) {
            std::int64_t timestamp = unixNow() + client.delta_;
            add("X-Ovh-Consumer: " + std::string(keys.consumerKey.view()));
            add("X-Ovh-Timestamp: " + std::to_string(timestamp));
            add("X-Ovh-Signature: " + signRequest(keys.applicationSecret.view(), keys.consumerKey.view(), method,
                                                  transfer.url, body, timestamp));
        }
        add("Accept: application/json");
        if (pending.expanded) add("X-Pagination-Mode: CachedObjectList-Pages");
        if (credentialRequest) {
            add("Content-Type: application/json");
            add("Expect:");  // no 100-continue round trip for a small body
            curl->easySetopt(easy, CURLOPT_POST, 1L);
            curl->easySetopt(easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
            curl->easySetopt(easy, CURLOPT_COPYPOSTFIELDS, body.c_str());
        } else {
            curl->easySetopt(easy, CURLOPT_HTTPGET, 1L);
        }
        http::TransferOptions shared;
        const char* protocol = http::allowedProtocol(transfer.url);
        shared.protocol = protocol ? protocol : "https";  // resolveEndpoint() let nothing else through
        shared.headers = transfer.headers;
        shared.userAgent = userAgent;
        shared.connectTimeout = options.connectTimeout;
        shared.timeout = options.timeout;
        http::configureTransfer(*curl, easy, transfer.url, shared, transfer.reception);
        curl->easySetopt(easy, CURLOPT_PIPEWAIT, 1L);  // prefer multiplexing on an HTTP/2 connection
        curl->easySetopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
        curl->easySetopt(easy, CURLOPT_HEADERDATA, &transfer);
        curl->easySetopt(easy, CURLOPT_PRIVATE, &transfer);
    }

    void finish(Transfer& transfer) {
        curl->multiRemoveHandle(multi, transfer.easy);
        curl->slistFreeAll(transfer.headers);
        transfer.headers = nullptr;
        idle.push_back(transfer.easy);
        transfer.easy = nullptr;
    }

    ApiResponse response(Transfer& transfer, CURLcode code) {
        ApiResponse out;
        out.queryId = transfer.queryId;
        ApiError& error = out.error;
        error.method = transfer.pending.method == Method::Post ? "POST" : "GET";
        error.path = transfer.pending.path;
        error.queryId = transfer.queryId;
        error.retryAfterSeconds = parseRetryAfter(*curl, transfer.retryAfter);
        if (code != CURLE_OK) {
            error.kind = transfer.reception.tooLarge ? ApiErrorKind::MalformedBody : transportErrorKind(code);
            return out;
        }
        long connects = 0;
        curl->easyGetinfo(transfer.easy, CURLINFO_NUM_CONNECTS, &connects);
        client.stats_.connections += static_cast<std::size_t>(connects);
        curl->easyGetinfo(transfer.easy, CURLINFO_RESPONSE_CODE, &out.status);
        error.httpStatus = out.status;
        nlohmann::json parsed = nlohmann::json::parse(transfer.reception.body, nullptr, false);
        bool readable = !parsed.is_discarded();
        if (out.status >= 200 && out.status < 300) {
            if (transfer.reception.body.empty()) {
                error = ApiError{};
                return out;
            }
            if (!readable) {
                error.kind = ApiErrorKind::MalformedBody;
                return out;
            }
            error = ApiError{};
            out.json = std::move(parsed);
            return out;
        }
        error.kind = ApiErrorKind::Http;
        if (readable && parsed.is_object()) {
            if (parsed.value("errorCode", nlohmann::json()).is_string()) error.errorCode = parsed["errorCode"];
            if (parsed.value("message", nlohmann::json()).is_string()) error.apiMessage = parsed["message"];
        } else {
            error.apiMessage = transfer.reception.body.substr(0, 200);  // go-ovh keeps a non-JSON body as the message
        }
        error.apiMessage = client.scrub(error.apiMessage);
        return out;
    }

    std::chrono::milliseconds backoff(const Pending& pending, long retryAfterSeconds) {
        if (retryAfterSeconds >= 0) return std::chrono::milliseconds(retryAfterSeconds * 1000);
        auto base = client.options_.backoffBase * (1L << std::min(pending.attempt - 1, 10));
        base = std::min(base, client.options_.backoffMax);
        std::uniform_int_distribution<long> spread(base.count() / 2, std::max<long>(base.count() / 2, base.count()));
        return std::chrono::milliseconds(spread(jitter));
    }

    // Returns true when the request was put back for another attempt.
    bool retry(Transfer& transfer, CURLcode code, const ApiResponse& response) {
        Pending& pending = transfer.pending;
        bool again = code != CURLE_OK ? retriableTransport(code) : retriableStatus(response.status);
        if (!again || pending.attempt + 1 >= client.options_.maxAttempts || cancelled()) return false;
        auto wait = backoff(pending, response.error.retryAfterSeconds);
        if (wait > client.options_.retryAfterMax) return false;
        ++pending.attempt;
        ++client.stats_.retries;
        pending.notBefore = SteadyClock::now() + wait;
        delayed.push_back(std::move(pending));
        return true;
    }

    void complete(Transfer& transfer, CURLcode code) {
        ApiResponse out = response(transfer, code);
        finish(transfer);
        if (retry(transfer, code, out)) return;
        ++done;
        Handler handler = std::move(transfer.pending.handler);
        if (handler) handler(std::move(out));
        if (client.options_.answered) client.options_.answered(transfer.pending.path);
        if (client.options_.progress)
            client.options_.progress(done, done + queue.size() + delayed.size() + running.size());
    }

    void deliverCancelled(Pending& pending) {
        ApiResponse out;
        out.error.kind = ApiErrorKind::Cancelled;
        out.error.method = methodName(pending.method);
        out.error.path = pending.path;
        if (pending.handler) pending.handler(std::move(out));
    }

    void releaseDue(SteadyClock::time_point now) {
        for (auto it = delayed.begin(); it != delayed.end();) {
            if (it->notBefore <= now) {
                queue.push_front(std::move(*it));
                it = delayed.erase(it);
            } else {
                ++it;
            }
        }
    }

    int waitMilliseconds(SteadyClock::time_point now) {
        long wait = 100;  // look at the cancel flag this often
        for (const Pending& pending : delayed)
            wait = std::min<long>(
                wait, std::chrono::duration_cast<std::chrono::milliseconds>(pending.notBefore - now).count());
        if (!queue.empty() && running.size() < client.options_.concurrency)
            wait = std::min<long>(wait, bucket.untilNext(now).count());
        return static_cast<int>(std::max<long>(0, wait));
    }

    // libcurl could not be loaded: every request is answered, as a connection that failed.
    void deliverUnsent() {
        for (Pending& pending : queue) {
            ApiResponse out;
            out.error.kind = ApiErrorKind::ConnectionFailed;
            out.error.method = methodName(pending.method);
            out.error.path = pending.path;
            if (pending.handler) pending.handler(std::move(out));
        }
        queue.clear();
    }

    void run() {
        if (!multi) {
            deliverUnsent();
            return;
        }
        while (!queue.empty() || !delayed.empty() || !running.empty()) {
            if (cancelled()) break;
            auto now = SteadyClock::now();
            releaseDue(now);
            while (running.size() < client.options_.concurrency && !queue.empty() && bucket.take(now)) {
                Pending next = std::move(queue.front());
                queue.pop_front();
                start(std::move(next));
            }
            int active = 0;
            curl->multiPerform(multi, &active);
            while (CURLMsg* message = curl->multiInfoRead(multi, &active)) {
                if (message->msg != CURLMSG_DONE) continue;
                CURL* easy = message->easy_handle;
                CURLcode code = message->data.result;
                auto it = std::find_if(running.begin(), running.end(), [&](auto& t) { return t->easy == easy; });
                if (it == running.end()) continue;
                std::unique_ptr<Transfer> transfer = std::move(*it);
                running.erase(it);
                complete(*transfer, code);
            }
            if (queue.empty() && delayed.empty() && running.empty()) break;
            curl->multiPoll(multi, nullptr, 0, waitMilliseconds(SteadyClock::now()), nullptr);
        }
        if (!cancelled()) return;
        // Cancelled: what is in flight is dropped, and every request still owed an answer gets one.
        std::vector<Pending> owed;
        for (auto& transfer : running) {
            finish(*transfer);
            owed.push_back(std::move(transfer->pending));
        }
        running.clear();
        for (auto& pending : delayed) owed.push_back(std::move(pending));
        delayed.clear();
        for (auto& pending : queue) owed.push_back(std::move(pending));
        queue.clear();
        for (auto& pending : owed) deliverCancelled(pending);
    }
};

ApiClient::Fetcher::Fetcher(ApiClient& client) : impl_(std::make_unique<Impl>(client)) {}
ApiClient::Fetcher::~Fetcher() = default;

void ApiClient::Fetcher::get(std::string path, Handler handler, bool expanded) {
    Pending pending;
    pending.method = Method::Get;
    pending.path = std::move(path);
    pending.expanded = expanded;
    pending.handler = std::move(handler);
    impl_->queue.push_back(std::move(pending));
}

void ApiClient::Fetcher::run() { impl_->run(); }

ApiResponse ApiClient::send(Method method, std::string_view path, std::string_view body) {
    bool allowed = method == Method::Get || (method == Method::Post && path == kCredentialPath);
    if (!allowed || path.empty() || path.front() != '/') {
        ApiResponse refused;
        refused.error.kind = ApiErrorKind::ReadOnlyRefused;
        refused.error.method = methodName(method);
        refused.error.path = std::string(path);
        return refused;
    }
    ApiResponse result;
    Fetcher fetcher(*this);
    Pending pending;
    pending.method = method;
    pending.path = std::string(path);
    pending.body = method == Method::Post ? std::string(body) : std::string();
    pending.handler = [&result](ApiResponse&& response) { result = std::move(response); };
    fetcher.impl_->queue.push_back(std::move(pending));
    fetcher.run();
    return result;
}

ClockCheck ApiClient::synchroniseClock() {
    ClockCheck clock;
    ApiResponse response = get(kTimePath);
    if (!response.ok()) {
        clock.error = response.error;
        return clock;
    }
    if (!response.json.is_number_integer()) {
        clock.error = response.error;
        clock.error.kind = ApiErrorKind::MalformedBody;
        clock.error.method = "GET";
        clock.error.path = kTimePath;
        return clock;
    }
    clock.read = true;
    clock.deltaSeconds = response.json.get<std::int64_t>() - unixNow();
    delta_ = clock.deltaSeconds;
    return clock;
}

}  // namespace vigie::ovh
