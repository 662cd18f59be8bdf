#include "ovh/endpoint.h"

#include <utility>

#include "platform/http_transfer.h"

namespace vigie::ovh {
namespace {

const std::vector<std::pair<std::string, std::string>>& regions() {
    static const std::vector<std::pair<std::string, std::string>> list = {
        {"ovh-eu", "https://eu.api.ovh.com/1.0"},
        {"ovh-ca", "https://ca.api.ovh.com/1.0"},
        {"ovh-us", "https://api.us.ovhcloud.com/1.0"},
        {"kimsufi-eu", "https://eu.api.kimsufi.com/1.0"},
        {"kimsufi-ca", "https://ca.api.kimsufi.com/1.0"},
        {"soyoustart-eu", "https://eu.api.soyoustart.com/1.0"},
        {"soyoustart-ca", "https://ca.api.soyoustart.com/1.0"},
    };
    return list;
}

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

}  // namespace

const std::vector<std::string>& regionNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& [name, url] : regions()) out.push_back(name);
        return out;
    }();
    return names;
}

std::optional<Endpoint> resolveEndpoint(std::string_view nameOrUrl) {
    for (const auto& [name, url] : regions()) {
        if (nameOrUrl == name) return Endpoint{name, url};
    }
    if (!http::allowedProtocol(nameOrUrl)) return std::nullopt;  // https, or http towards this machine
    if (nameOrUrl.find_first_of("?# \t\r\n") != std::string_view::npos) return std::nullopt;
    std::string base(nameOrUrl);
    while (!base.empty() && base.back() == '/') base.pop_back();
    return Endpoint{base, base};
}

std::string targetUrl(const Endpoint& endpoint, std::string_view path) {
    std::string base = endpoint.baseUrl;
    if (startsWith(path, "/v1/") || startsWith(path, "/v2/")) {
        const std::string_view suffix = "/1.0";
        if (base.size() >= suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0)
            base.erase(base.size() - suffix.size());
    }
    return base + std::string(path);
}

}  // namespace vigie::ovh
