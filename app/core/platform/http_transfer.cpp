#include "platform/http_transfer.h"

namespace vigie::http {
namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

size_t onBody(char* data, size_t size, size_t count, void* user) {
    auto* reception = static_cast<Reception*>(user);
    const size_t bytes = size * count;
    if (reception->body.size() + bytes > reception->maxBytes) {
        reception->tooLarge = true;
        return 0;  // makes curl stop with CURLE_WRITE_ERROR
    }
    reception->body.append(data, bytes);
    return bytes;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* reception = static_cast<const Reception*>(user);
    return reception->cancel && reception->cancel->load() ? 1 : 0;
}

}  // namespace

std::string_view hostOf(std::string_view url) {
    const std::size_t start = url.find("://");
    if (start == std::string_view::npos) return {};
    const std::string_view rest = url.substr(start + 3);
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.find('@') != std::string_view::npos) return {};
    if (startsWith(authority, "[")) {
        const std::size_t close = authority.find(']');
        return close == std::string_view::npos ? std::string_view() : authority.substr(0, close + 1);
    }
    return authority.substr(0, authority.find(':'));
}

bool isLoopbackHttp(std::string_view url) {
    if (!startsWith(url, "http://")) return false;
    const std::string_view host = hostOf(url);
    const bool ipv4Loopback =
        startsWith(host, "127.") && host.find_first_not_of("0123456789.") == std::string_view::npos;
    return ipv4Loopback || host == "localhost" || host == "[::1]";
}

const char* allowedProtocol(std::string_view url) {
    if (startsWith(url, "https://") && !hostOf(url).empty()) return "https";
    if (isLoopbackHttp(url)) return "http";
    return nullptr;
}

void configureTransfer(const CurlLibrary& curl, CURL* easy, const std::string& url, const TransferOptions& options,
                       Reception& reception) {
    const auto setopt = curl.easySetopt;
    setopt(easy, CURLOPT_URL, url.c_str());
    setopt(easy, CURLOPT_PROTOCOLS_STR, options.protocol);
    setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    setopt(easy, CURLOPT_HTTPHEADER, options.headers);
    setopt(easy, CURLOPT_USERAGENT, options.userAgent.c_str());
    setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);  // the defaults, stated: never turned off
    setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    setopt(easy, CURLOPT_NOSIGNAL, 1L);
    setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connectTimeout.count()));
    setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout.count()));
    setopt(easy, CURLOPT_WRITEFUNCTION, onBody);
    setopt(easy, CURLOPT_WRITEDATA, &reception);
    setopt(easy, CURLOPT_NOPROGRESS, 0L);
    setopt(easy, CURLOPT_XFERINFOFUNCTION, onProgress);
    setopt(easy, CURLOPT_XFERINFODATA, &reception);
}

}  // namespace vigie::http
