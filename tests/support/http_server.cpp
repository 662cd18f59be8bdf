#include "http_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>

namespace vigie::test {
namespace {

constexpr std::size_t kMaxHeadBytes = 64 * 1024;
constexpr std::size_t kMaxBodyBytes = 16 * 1024 * 1024;
constexpr int kPollMilliseconds = 50;  // how often blocked threads look at the stop flag

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

const char* reasonPhrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
    }
}

// A socket bound to 127.0.0.1 on a port the kernel picks.
int bindLoopback(std::uint16_t& port) {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot bind a loopback port");
    }
    port = ntohs(address.sin_port);
    return fd;
}

void sendAll(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (sent <= 0) return;  // the client went away: nothing more to do
        data.remove_prefix(static_cast<std::size_t>(sent));
    }
}

std::string formatHead(const HttpResponse& response, bool keepAlive) {
    std::string out = "HTTP/1.1 " + std::to_string(response.status) + " " + reasonPhrase(response.status) + "\r\n";
    bool hasType = false;
    for (const auto& [name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        hasType = hasType || equalsIgnoringCase(name, "Content-Type");
    }
    if (!hasType) out += "Content-Type: text/plain\r\n";
    out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out;
}

void parseHead(std::string_view head, HttpRequest& request) {
    std::size_t lineEnd = head.find("\r\n");
    std::string_view line = head.substr(0, lineEnd);
    std::size_t firstSpace = line.find(' ');
    std::size_t secondSpace = line.find(' ', firstSpace + 1);
    request.method = std::string(line.substr(0, firstSpace));
    request.target = std::string(line.substr(firstSpace + 1, secondSpace - firstSpace - 1));
    head.remove_prefix(lineEnd == std::string_view::npos ? head.size() : lineEnd + 2);
    while (!head.empty()) {
        lineEnd = head.find("\r\n");
        line = head.substr(0, lineEnd);
        head.remove_prefix(lineEnd == std::string_view::npos ? head.size() : lineEnd + 2);
        std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        request.headers.emplace_back(std::string(trim(line.substr(0, colon))),
                                     std::string(trim(line.substr(colon + 1))));
    }
}

}  // namespace

std::optional<std::string> HttpRequest::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (equalsIgnoringCase(key, name)) return value;
    }
    return std::nullopt;
}

std::string HttpRequest::path() const { return target.substr(0, target.find('?')); }

std::string HttpRequest::query() const {
    std::size_t question = target.find('?');
    return question == std::string::npos ? std::string() : target.substr(question + 1);
}

HttpResponse HttpResponse::text(std::string body, int status) {
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "text/plain; charset=utf-8"}};
    response.body = std::move(body);
    return response;
}

HttpResponse HttpResponse::json(std::string body, int status) {
    HttpResponse response = text(std::move(body), status);
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    return response;
}

HttpServer::HttpServer(HttpHandler handler) : handler_(std::move(handler)) {
    listener_ = bindLoopback(port_);
    if (::listen(listener_, 16) != 0 || ::pipe2(wakePipe_, O_CLOEXEC) != 0) {
        ::close(listener_);
        throw std::runtime_error("cannot listen on the loopback port");
    }
    acceptor_ = std::thread([this] { acceptLoop(); });
}

std::unique_ptr<HttpServer> HttpServer::greeting(std::string bytes) {
    auto server = std::make_unique<HttpServer>([](const HttpRequest&) { return HttpResponse{}; });
    std::lock_guard lock(server->mutex_);
    server->greeting_ = std::move(bytes);  // read by workers under the same mutex
    return server;
}

HttpServer::~HttpServer() { stop(); }

std::string HttpServer::url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
}

std::vector<HttpRequest> HttpServer::requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
}

void HttpServer::stop() {
    if (stopping_.exchange(true)) return;
    {
        std::lock_guard lock(mutex_);  // a worker between its check and its wait must see the flag
    }
    stopSignal_.notify_all();
    char byte = 0;
    [[maybe_unused]] ssize_t ignored = ::write(wakePipe_[1], &byte, 1);
    acceptor_.join();
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(mutex_);
        workers.swap(workers_);
    }
    for (auto& worker : workers) worker.join();
    ::close(listener_);
    ::close(wakePipe_[0]);
    ::close(wakePipe_[1]);
}

void HttpServer::acceptLoop() {
    pollfd fds[2] = {{listener_, POLLIN, 0}, {wakePipe_[0], POLLIN, 0}};
    while (!stopping_) {
        if (::poll(fds, 2, -1) < 0 && errno != EINTR) return;
        if (stopping_ || !(fds[0].revents & POLLIN)) continue;
        int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0) continue;
        int noDelay = 1;  // small answers go out at once, as a real server's do
        ::setsockopt(connection, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);
        std::lock_guard lock(mutex_);
        workers_.emplace_back([this, connection] {
            serve(connection);
            ::close(connection);
        });
    }
}

bool HttpServer::waitOrStop(std::chrono::milliseconds delay) {
    std::unique_lock lock(mutex_);
    return !stopSignal_.wait_for(lock, delay, [this] { return stopping_.load(); });
}

void HttpServer::serve(int connection) {
    ++connections_;
    std::string greeting;
    {
        std::lock_guard lock(mutex_);
        greeting = greeting_;
    }
    if (!greeting.empty()) {
        sendAll(connection, greeting);
        return;
    }
    std::string pending;  // bytes read past the end of the previous request
    do {
        std::optional<HttpRequest> request = readRequest(connection, pending);
        if (!request) return;
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(*request);
        }
        if (!answer(connection, handler_(*request))) return;
    } while (keepAlive_ && !stopping_);
    ::shutdown(connection, SHUT_WR);
}

// False when the connection must not be used any more.
bool HttpServer::answer(int connection, const HttpResponse& response) {
    if (response.delay.count() > 0 && !waitOrStop(response.delay)) return false;
    if (response.closeWithoutAnswer) return false;
    if (response.reset) {
        linger abort{1, 0};  // close() then sends RST instead of FIN
        ::setsockopt(connection, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
        return false;
    }
    if (response.raw) {
        sendAll(connection, *response.raw);
        return false;
    }
    if (response.trickleDelay.count() == 0) {
        sendAll(connection, formatHead(response, keepAlive_) + response.body);  // one segment, no Nagle stall
        return true;
    }
    sendAll(connection, formatHead(response, keepAlive_));
    std::string_view body = response.body;
    while (!body.empty()) {
        std::size_t chunk = std::min(body.size(), std::max<std::size_t>(response.trickleChunk, 1));
        sendAll(connection, body.substr(0, chunk));
        body.remove_prefix(chunk);
        if (!body.empty() && !waitOrStop(response.trickleDelay)) return false;
    }
    return true;
}

// Reads one request (head, then a Content-Length body), giving up when the server stops.
std::optional<HttpRequest> HttpServer::readRequest(int connection, std::string& pending) {
    std::string data;
    data.swap(pending);
    std::size_t headEnd = std::string::npos;
    std::size_t wanted = kMaxHeadBytes;
    HttpRequest request;
    bool first = !data.empty();  // a pipelined request may already be there
    while (!stopping_) {
        if (!first) {
            pollfd fd{connection, POLLIN, 0};
            int ready = ::poll(&fd, 1, kPollMilliseconds);
            if (ready < 0 && errno != EINTR) return std::nullopt;
            if (ready <= 0) continue;
            char buffer[8192];
            ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
            if (got <= 0) return std::nullopt;
            data.append(buffer, static_cast<std::size_t>(got));
        }
        first = false;
        if (headEnd == std::string::npos) {
            headEnd = data.find("\r\n\r\n");
            if (headEnd == std::string::npos) {
                if (data.size() > kMaxHeadBytes) return std::nullopt;
                continue;
            }
            parseHead(std::string_view(data).substr(0, headEnd), request);
            std::string length = request.header("Content-Length").value_or("0");
            std::size_t bodyLength = 0;
            auto [end, error] = std::from_chars(length.data(), length.data() + length.size(), bodyLength);
            if (error != std::errc() || end != length.data() + length.size() || bodyLength > kMaxBodyBytes) {
                return std::nullopt;
            }
            wanted = headEnd + 4 + bodyLength;
            auto expect = request.header("Expect");
            if (expect && equalsIgnoringCase(*expect, "100-continue"))
                sendAll(connection, "HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (data.size() >= wanted) {
            request.body = data.substr(headEnd + 4, wanted - headEnd - 4);
            pending = data.substr(wanted);
            return request;
        }
    }
    return std::nullopt;
}

ClosedPort::ClosedPort() { socket_ = bindLoopback(port_); }

ClosedPort::~ClosedPort() { ::close(socket_); }

std::string ClosedPort::url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
}

}  // namespace vigie::test
