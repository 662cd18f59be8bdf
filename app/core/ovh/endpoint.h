// Where the OVHcloud API lives: the regions OVHcloud's own clients know (python-ovh ENDPOINTS,
// go-ovh Endpoints), or an explicit base URL. https only; http is accepted for loopback
// addresses so the tests can talk to their emulator (the rule is http::allowedProtocol).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::ovh {

struct Endpoint {
    std::string name;  // "ovh-eu", or the URL itself when one was given
    std::string baseUrl;  // "https://eu.api.ovh.com/1.0", without a trailing slash
};

// The region names, in the order the official clients list them.
const std::vector<std::string>& regionNames();

// A region name or a base URL. nullopt for an unknown name, a URL that is not https (outside
// loopback), or a URL with a query or fragment.
std::optional<Endpoint> resolveEndpoint(std::string_view nameOrUrl);

// The full URL of `path` ("/me", "/v1/call", "/me?x=y"): paths starting with /v1/ or /v2/
// replace the /1.0 suffix of the base, as python-ovh's _get_target and go-ovh's getTarget do.
std::string targetUrl(const Endpoint& endpoint, std::string_view path);

}  // namespace vigie::ovh
