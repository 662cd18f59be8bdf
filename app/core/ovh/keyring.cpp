#include "ovh/keyring.h"

#include <libsecret/secret.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace vigie::ovh {
namespace {

const SecretSchema* schema() {
    static const SecretSchema value = {
        "org.vigie.Vigie.OvhApiKeys",
        SECRET_SCHEMA_NONE,
        {{"endpoint", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr};
    return &value;
}

// Without a session bus libsecret would try to autolaunch one; say so at once instead.
bool haveSessionBus(UserMessage& problem) {
    const char* bus = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    if (bus && *bus) return true;
    problem = {N_("No desktop keyring is reachable (no D-Bus session): Vigie keeps the keys in memory only, for "
                  "this run."),
               {}};
    return false;
}

void failed(GError* error, UserMessage& problem) {
    problem = {N_("The desktop keyring could not be used ({}): Vigie keeps the keys in memory only, for this run."),
               {error && error->message ? error->message : "Secret Service"}};
    if (error) g_error_free(error);
}

// The three keys as one secret: {"application_key":..., ...}. The JSON text is wiped after use.
SecureString encode(const Credentials& keys) {
    SecureString text;
    text.append("{\"application_key\":\"");
    text.append(keys.applicationKey.view());
    text.append("\",\"application_secret\":\"");
    text.append(keys.applicationSecret.view());
    text.append("\",\"consumer_key\":\"");
    text.append(keys.consumerKey.view());
    text.append("\"}");
    return text;
}

std::optional<Credentials> decode(std::string_view text) {
    nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    if (!parsed.is_object()) return std::nullopt;
    Credentials keys;
    auto take = [&](const char* name, SecureString& field) {
        auto it = parsed.find(name);
        if (it == parsed.end() || !it->is_string()) return;
        std::string& value = it->get_ref<std::string&>();
        field = SecureString(value);
        OPENSSL_cleanse(value.data(), value.size());
    };
    take("application_key", keys.applicationKey);
    take("application_secret", keys.applicationSecret);
    take("consumer_key", keys.consumerKey);
    return keys;
}

}  // namespace

bool Keyring::available(UserMessage& problem) const {
    if (!haveSessionBus(problem)) return false;
    GError* error = nullptr;
    SecretService* service = secret_service_get_sync(SECRET_SERVICE_NONE, nullptr, &error);
    if (!service) {
        failed(error, problem);
        return false;
    }
    g_object_unref(service);
    return true;
}

bool Keyring::store(const std::string& endpointName, const Credentials& keys, UserMessage& problem) const {
    if (!haveSessionBus(problem)) return false;
    SecureString secret = encode(keys);
    std::string label = "Vigie: OVHcloud API keys (" + endpointName + ")";
    GError* error = nullptr;
    gboolean stored = secret_password_store_sync(schema(), SECRET_COLLECTION_DEFAULT, label.c_str(), secret.c_str(),
                                                 nullptr, &error, "endpoint", endpointName.c_str(), nullptr);
    if (!stored) {
        failed(error, problem);
        return false;
    }
    return true;
}

std::optional<Credentials> Keyring::load(const std::string& endpointName, UserMessage& problem) const {
    if (!haveSessionBus(problem)) return std::nullopt;
    GError* error = nullptr;
    gchar* secret = secret_password_lookup_sync(schema(), nullptr, &error, "endpoint", endpointName.c_str(), nullptr);
    if (error) {
        failed(error, problem);
        return std::nullopt;
    }
    if (!secret) return std::nullopt;
    std::optional<Credentials> keys = decode(secret);
    secret_password_free(secret);  // wipes before freeing
    return keys;
}

bool Keyring::forget(const std::string& endpointName, UserMessage& problem) const {
    if (!haveSessionBus(problem)) return false;
    GError* error = nullptr;
    secret_password_clear_sync(schema(), nullptr, &error, "endpoint", endpointName.c_str(), nullptr);
    if (error) {
        failed(error, problem);
        return false;
    }
    return true;
}

}  // namespace vigie::ovh
