// A small HTTP/1.1 server on 127.0.0.1 for tests of network code: an ephemeral port, a handler
// that scripts each answer from the request (method, target, headers, body), and the means to
// misbehave on purpose: delays longer than a client's timeout, bodies that are not what the
// client expects, raw bytes that are not HTTP, a connection closed without an answer. Every
// request is recorded for assertions. Reused by the breach-check tests and the OVHcloud API
// emulator.
//
// One thread accepts; each connection gets its own thread, so a delayed answer does not hold up
// the next request. By default each answer closes its connection (clients reconnect);
// setKeepAlive(true) serves requests on a connection until the client closes it, as a real API
// front does, so connection reuse can be observed (connectionCount()). Destruction wakes any
// delayed answer and joins every thread.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace vigie::test {

struct HttpRequest {
    std::string method;
    std::string target;  // path and query, as sent
    std::vector<std::pair<std::string, std::string>> headers;  // in order, names as sent
    std::string body;

    // The first header with this name, compared case-insensitively.
    std::optional<std::string> header(std::string_view name) const;
    std::string path() const;  // target without the query
    std::string query() const;  // after '?', or empty
};

struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::chrono::milliseconds delay{0};  // wait this long before answering
    std::optional<std::string> raw;  // sent instead of a well-formed response
    bool closeWithoutAnswer = false;  // hang up after reading the request
    bool reset = false;  // abort the connection (TCP RST) after reading the request
    // Send the body in `trickleChunk`-byte pieces, waiting this long between them: a slow body.
    std::chrono::milliseconds trickleDelay{0};
    std::size_t trickleChunk = 16;

    static HttpResponse text(std::string body, int status = 200);
    static HttpResponse json(std::string body, int status = 200);
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

class HttpServer {
public:
    explicit HttpServer(HttpHandler handler);
    // A server that sends `greeting` the moment a client connects, reads nothing and hangs up:
    // for clients that must fail before HTTP starts, such as a TLS handshake with a server that
    // does not speak TLS.
    static std::unique_ptr<HttpServer> greeting(std::string bytes);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    std::uint16_t port() const { return port_; }
    // "http://127.0.0.1:<port>" followed by `path`.
    std::string url(std::string_view path = "/") const;
    std::vector<HttpRequest> requests() const;
    // Keep connections open between requests (set before the first request).
    void setKeepAlive(bool keepAlive) { keepAlive_ = keepAlive; }
    std::size_t connectionCount() const { return connections_; }
    void stop();

private:
    void acceptLoop();
    void serve(int connection);
    std::optional<HttpRequest> readRequest(int connection, std::string& pending);
    bool waitOrStop(std::chrono::milliseconds delay);
    bool answer(int connection, const HttpResponse& response);

    HttpHandler handler_;
    std::string greeting_;
    int listener_ = -1;
    int wakePipe_[2] = {-1, -1};
    std::uint16_t port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> keepAlive_{false};
    std::atomic<std::size_t> connections_{0};
    std::thread acceptor_;
    mutable std::mutex mutex_;
    std::condition_variable stopSignal_;
    std::vector<std::thread> workers_;
    std::vector<HttpRequest> requests_;
};

// A loopback port where nothing listens, for "connection refused". The port stays bound (but not
// listening) while the object lives, so no other process can take it in the meantime.
class ClosedPort {
public:
    ClosedPort();
    ~ClosedPort();
    ClosedPort(const ClosedPort&) = delete;
    ClosedPort& operator=(const ClosedPort&) = delete;
    std::uint16_t port() const { return port_; }
    std::string url(std::string_view path = "/") const;

private:
    int socket_ = -1;
    std::uint16_t port_ = 0;
};

}  // namespace vigie::test
