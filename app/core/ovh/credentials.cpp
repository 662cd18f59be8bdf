#include "ovh/credentials.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "ovh/consumer_key.h"
#include "ovh/keyring.h"

namespace vigie::ovh {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

std::string lowerCase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

SecureString readSecretFile(const std::string& path) {
    SecureString content;
    std::ifstream in(path, std::ios::binary);
    if (!in) return content;
    char buffer[4096];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
        if (in.eof()) break;
    }
    OPENSSL_cleanse(buffer, sizeof buffer);
    return content;
}

}  // namespace

const SecureString* OvhConfig::find(const std::string& section, const std::string& name) const {
    auto s = sections.find(section);
    if (s == sections.end()) return nullptr;
    auto v = s->second.find(name);
    return v == s->second.end() || v->second.empty() ? nullptr : &v->second;
}

void OvhConfig::merge(std::string_view text) {
    std::string section;
    bool inSection = false;
    while (!text.empty()) {
        std::size_t end = text.find('\n');
        std::string_view line = trim(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line.front() == '#' || line.front() == ';') continue;
        if (line.front() == '[' && line.back() == ']') {
            section = std::string(trim(line.substr(1, line.size() - 2)));
            inSection = true;
            continue;
        }
        std::size_t separator = line.find_first_of("=:");
        if (!inSection || separator == std::string_view::npos) continue;
        std::string name = lowerCase(trim(line.substr(0, separator)));  // RawConfigParser lowers names
        sections[section][name] = SecureString(trim(line.substr(separator + 1)));
    }
}

std::vector<std::string> ovhConfigPaths() {
    std::vector<std::string> paths = {"/etc/ovh.conf"};
    if (const char* home = std::getenv("HOME"); home && *home) paths.push_back(std::string(home) + "/.ovh.conf");
    std::error_code error;
    std::filesystem::path here = std::filesystem::current_path(error);
    if (!error) paths.push_back((here / "ovh.conf").string());
    return paths;
}

OvhConfig readOvhConfig(const std::vector<std::string>& paths) {
    OvhConfig config;
    for (const std::string& path : paths) {
        SecureString content = readSecretFile(path);
        if (!content.empty()) config.merge(content.view());
    }
    return config;
}

Environment processEnvironment() {
    return [](const char* name) -> std::optional<std::string> {
        const char* value = std::getenv(name);
        if (!value || !*value) return std::nullopt;
        return std::string(value);
    };
}

ResolvedCredentials resolveCredentials(const CredentialLookup& lookup, const Environment& environment,
                                       const OvhConfig& config) {
    ResolvedCredentials out;
    if (lookup.endpointOption)
        out.endpointName = *lookup.endpointOption;
    else if (auto fromEnv = environment("OVH_ENDPOINT"))
        out.endpointName = *fromEnv;
    else if (const SecureString* fromFile = config.find("default", "endpoint"))
        out.endpointName = std::string(fromFile->view());
    else
        out.endpointName = lookup.fallbackEndpoint;
    out.endpoint = resolveEndpoint(out.endpointName);

    struct Source {
        const char* variable;
        const char* name;
        SecureString Credentials::*field;
    };
    const Source sources[] = {{"OVH_APPLICATION_KEY", "application_key", &Credentials::applicationKey},
                              {"OVH_APPLICATION_SECRET", "application_secret", &Credentials::applicationSecret},
                              {"OVH_CONSUMER_KEY", "consumer_key", &Credentials::consumerKey}};
    bool fromEnvironment = false;
    bool fromFile = false;
    for (const Source& source : sources) {
        if (auto value = environment(source.variable)) {
            out.keys.*source.field = SecureString(*value);
            OPENSSL_cleanse(value->data(), value->size());
            fromEnvironment = true;
        } else if (const SecureString* stored = config.find(out.endpointName, source.name)) {
            out.keys.*source.field = *stored;
            fromFile = true;
        }
    }
    out.keySource =
        fromEnvironment ? (fromFile ? "environment, ovh.conf" : "environment") : (fromFile ? "ovh.conf" : "");
    if (out.keys.complete() || !lookup.useKeyring) return out;

    Keyring keyring;
    std::optional<Credentials> remembered = keyring.load(out.endpointName, out.keyringProblem);
    if (!remembered) return out;
    // The keyring fills in what the other sources left empty, nothing more.
    for (const Source& source : sources) {
        if ((out.keys.*source.field).empty()) out.keys.*source.field = (*remembered).*source.field;
    }
    out.keySource = out.keySource.empty() ? "keyring" : out.keySource + ", keyring";
    return out;
}

CredentialsOutcome findCredentials(const CredentialLookup& lookup, KeysNeeded needed, const Environment& environment,
                                   const OvhConfig& config) {
    CredentialsOutcome out;
    out.found = resolveCredentials(lookup, environment, config);
    out.warning = out.found.keyringProblem;
    if (!out.found.endpoint) {
        ApiError bad;
        bad.kind = ApiErrorKind::BadEndpoint;
        bad.path = out.found.endpointName;
        out.problem = describeApiError(bad);
        return out;
    }
    const Credentials& keys = out.found.keys;
    if (keys.applicationKey.empty() || keys.applicationSecret.empty()) {
        out.problem = {N_("An application key and secret are needed first: create them at {}, then set "
                          "OVH_APPLICATION_KEY and OVH_APPLICATION_SECRET or put them in ovh.conf."),
                       {createAppUrl(*out.found.endpoint)}};
        if (needed == KeysNeeded::All)
            out.problem = {N_("No complete API keys for {}: run \"vigie connect\", or set OVH_APPLICATION_KEY, "
                              "OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, or put them in ovh.conf."),
                           {out.found.endpointName}};
        return out;
    }
    if (needed == KeysNeeded::All && keys.consumerKey.empty())
        out.problem = {N_("No complete API keys for {}: run \"vigie connect\", or set OVH_APPLICATION_KEY, "
                          "OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, or put them in ovh.conf."),
                       {out.found.endpointName}};
    return out;
}

CredentialsOutcome findCredentials(const CredentialLookup& lookup, KeysNeeded needed) {
    return findCredentials(lookup, needed, processEnvironment(), readOvhConfig(ovhConfigPaths()));
}

std::string regionEndpoint(Region region) {
    switch (region) {
        case Region::Canada:
            return "ovh-ca";
        case Region::UnitedStates:
            return "ovh-us";
        case Region::Europe:
            break;
    }
    return "ovh-eu";
}

std::string ovhConfSnippet(const std::string& endpointName, const Credentials& keys) {
    std::string text = "[default]\nendpoint=" + endpointName + "\n\n[" + endpointName + "]\n";
    text += "application_key=" + std::string(keys.applicationKey.view()) + "\n";
    text += "application_secret=\u2026\n";  // the user has it already; no reason to print it
    text += "consumer_key=" + std::string(keys.consumerKey.view()) + "\n";
    return text;
}

}  // namespace vigie::ovh
