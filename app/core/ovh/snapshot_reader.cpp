#include "ovh/snapshot_reader.h"

#include <ctime>
#include <functional>
#include <memory>

namespace vigie::ovh {
namespace {

using nlohmann::json;
using Fetcher = ApiClient::Fetcher;

Availability availabilityFor(const ApiError& error) {
    if (error.kind == ApiErrorKind::MalformedBody) return Availability::Malformed;
    if (error.kind == ApiErrorKind::Http && error.httpStatus == 403) return Availability::Forbidden;
    if (error.kind == ApiErrorKind::Http && error.httpStatus == 404) return Availability::NotFound;
    return Availability::Failed;
}

// Fields that must not be kept: links and passwords that open invoices and orders without a
// login, and application keys.
void stripSecrets(json& object) {
    if (!object.is_object()) return;
    for (const char* key : {"password", "pdfUrl", "url", "applicationKey"}) object.erase(key);
}

std::string dateDaysAgo(TimePoint now, int days) {
    return toIso8601(now - std::chrono::seconds(static_cast<long long>(days) * 86400)).substr(0, 10);
}

// An element of a list answer: an id to fetch, or (expanded) the object itself. The Manager's
// expanded answers may wrap each object as {"key":..., "value": {...}}.
const json* expandedObject(const json& element) {
    if (!element.is_object()) return nullptr;
    if (element.contains("value") && element["value"].is_object() && element.contains("key")) return &element["value"];
    return &element;
}

ApiError routeError(ApiErrorKind kind, const std::string& path) {
    ApiError error;
    error.kind = kind;
    error.method = "GET";
    error.path = path;
    return error;
}

std::string idText(const json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

class Plan {
public:
    Plan(ApiClient& client, AccountSnapshot& snapshot) : snapshot_(snapshot), fetcher_(client) {}

    void run() {
        TimePoint now = snapshot_.readAt;
        section("/me", snapshot_.me);
        list("/me/accessRestriction/sms", snapshot_.sms);
        list("/me/accessRestriction/totp", snapshot_.totp);
        list("/me/accessRestriction/u2f", snapshot_.u2f);
        section("/me/accessRestriction/backupCode", snapshot_.backupCode);
        section("/me/autorenew", snapshot_.autorenew);
        list("/me/payment/method", snapshot_.paymentMethods);
        orders("/me/order?date.from=" + dateDaysAgo(now, 365) + "&date.to=" + dateDaysAgo(now, -1));
        section("/me/debtAccount", snapshot_.debtAccount);
        list("/me/debtAccount/debt", snapshot_.debts);
        list("/me/bill?date.from=" + dateDaysAgo(now, 92), snapshot_.bills, "/me/bill");
        list("/services", snapshot_.services);
        names("/domain", snapshot_.domains);
        list("/me/api/credential", snapshot_.apiCredentials);
        list("/me/api/application", snapshot_.apiApplications, "/me/api/application", [](json& application) {
            json kept = json::object();
            for (const char* key : {"applicationId", "name", "description", "status"})
                if (application.contains(key)) kept[key] = application[key];
            application = std::move(kept);
        });
        section("/auth/currentCredential", snapshot_.currentCredential);
        fetcher_.run();
    }

    const std::optional<ApiError>& fatal() const { return fatal_; }

private:
    using Transform = std::function<void(json&)>;

    // Notes a failed route; returns its availability.
    Availability failed(const ApiError& error, const std::string& path) {
        if (isCredentialFailure(error) && !fatal_) fatal_ = error;
        if (path == "/me" && !isRouteUnavailable(error) && error.kind != ApiErrorKind::MalformedBody && !fatal_)
            fatal_ = error;  // no connection at all: there is nothing to check
        snapshot_.problems.push_back(describeApiError(error));
        return availabilityFor(error);
    }

    void section(const std::string& path, Section& target) {
        fetcher_.get(path, [this, path, &target](ApiResponse&& response) {
            if (!response.ok()) {
                target.availability = failed(response.error, path);
                return;
            }
            target.availability = Availability::Read;
            target.data = std::move(response.json);
        });
    }

    // The list at `path`; ids are fetched at `objectBase` + "/" + id.
    void list(const std::string& path, ListSection& target, std::string objectBase = {},
              const Transform& transform = {}) {
        if (objectBase.empty()) objectBase = path;
        fetcher_.get(
            path,
            [this, path, objectBase, transform, &target](ApiResponse&& response) {
                if (!response.ok()) {
                    target.availability = failed(response.error, path);
                    return;
                }
                if (!response.json.is_array()) {
                    ApiError malformed = response.error;
                    malformed.kind = ApiErrorKind::MalformedBody;
                    malformed.method = "GET";
                    malformed.path = path;
                    target.availability = failed(malformed, path);
                    return;
                }
                target.availability = Availability::Read;
                auto slots = std::make_shared<std::vector<json>>(response.json.size());
                auto pending = std::make_shared<std::size_t>(0);
                auto finish = [slots, transform, &target] {
                    for (json& object : *slots) {
                        if (object.is_null()) continue;
                        stripSecrets(object);
                        if (transform) transform(object);
                        target.items.push_back(std::move(object));
                    }
                };
                for (std::size_t i = 0; i < response.json.size(); ++i) {
                    const json& element = response.json[i];
                    if (const json* object = expandedObject(element)) {
                        (*slots)[i] = *object;
                        continue;
                    }
                    if (!element.is_number_integer() && !element.is_string()) {
                        ++target.unreadable;
                        continue;
                    }
                    ++*pending;
                    std::string objectPath = objectBase + "/" + idText(element);
                    fetcher_.get(objectPath,
                                 [this, objectPath, slots, pending, finish, i, &target](ApiResponse&& item) {
                                     if (item.ok() && item.json.is_object()) {
                                         (*slots)[i] = std::move(item.json);
                                     } else {
                                         ApiError error = item.error;
                                         if (!error) error = routeError(ApiErrorKind::MalformedBody, objectPath);
                                         failed(error, objectPath);
                                         ++target.unreadable;
                                     }
                                     if (--*pending == 0) finish();
                                 });
                }
                if (*pending == 0) finish();
            },
            true);
    }

    // A list of names (strings), kept as it is.
    void names(const std::string& path, ListSection& target) {
        fetcher_.get(path, [this, path, &target](ApiResponse&& response) {
            if (!response.ok()) {
                target.availability = failed(response.error, path);
                return;
            }
            if (!response.json.is_array()) {
                target.availability = failed(routeError(ApiErrorKind::MalformedBody, path), path);
                return;
            }
            target.availability = Availability::Read;
            for (const json& name : response.json)
                if (name.is_string()) target.items.push_back(name);
        });
    }

    // Orders: the list, then per order its object, its status (a bare string) and its follow-up.
    void orders(const std::string& path) {
        ListSection& target = snapshot_.orders;
        fetcher_.get(path, [this, path, &target](ApiResponse&& response) {
            if (!response.ok()) {
                target.availability = failed(response.error, path);
                return;
            }
            if (!response.json.is_array()) {
                target.availability = failed(routeError(ApiErrorKind::MalformedBody, path), path);
                return;
            }
            target.availability = Availability::Read;
            auto slots = std::make_shared<std::vector<json>>(response.json.size(), json::object());
            auto pending = std::make_shared<std::size_t>(0);
            auto broken = std::make_shared<std::vector<bool>>(response.json.size(), false);
            auto finish = [slots, broken, &target] {
                for (std::size_t i = 0; i < slots->size(); ++i) {
                    if ((*broken)[i]) continue;
                    stripSecrets((*slots)[i]);
                    target.items.push_back(std::move((*slots)[i]));
                }
            };
            for (std::size_t i = 0; i < response.json.size(); ++i) {
                const json& id = response.json[i];
                if (!id.is_number_integer()) {
                    ++target.unreadable;
                    (*broken)[i] = true;
                    continue;
                }
                std::string base = "/me/order/" + id.dump();
                (*slots)[i]["orderId"] = id;
                *pending += 3;
                auto part = [this, slots, pending, broken, finish, i, &target](const std::string& partPath,
                                                                               const std::string& key) {
                    fetcher_.get(partPath, [this, partPath, key, slots, pending, broken, finish, i,
                                            &target](ApiResponse&& answer) {
                        if (answer.ok()) {
                            if (key.empty() && answer.json.is_object()) {
                                for (auto& [field, value] : answer.json.items()) (*slots)[i][field] = value;
                            } else if (!key.empty()) {
                                (*slots)[i][key] = std::move(answer.json);
                            }
                        } else {
                            failed(answer.error, partPath);
                            if (key.empty() && !(*broken)[i]) {  // without the order itself, nothing to name
                                (*broken)[i] = true;
                                ++target.unreadable;
                            }
                        }
                        if (--*pending == 0) finish();
                    });
                };
                part(base, "");
                part(base + "/status", "status");
                part(base + "/followUp", "followUp");
            }
            if (*pending == 0) finish();
        });
    }

    AccountSnapshot& snapshot_;
    Fetcher fetcher_;
    std::optional<ApiError> fatal_;
};

}  // namespace

AccountSnapshot readSnapshot(ApiClient& client) {
    AccountSnapshot snapshot;
    snapshot.endpoint = client.endpoint().name;
    ClockCheck clock = client.synchroniseClock();
    if (clock.read) snapshot.clockOffsetSeconds = clock.deltaSeconds;
    if (clock.error && clock.error.kind != ApiErrorKind::Http && clock.error.kind != ApiErrorKind::MalformedBody)
        throw ApiFailure(clock.error);  // no connection: say so once, rather than per route
    snapshot.readAt = now();
    Plan plan(client, snapshot);
    plan.run();
    if (client.options().cancel && client.options().cancel->load())
        throw ApiFailure(routeError(ApiErrorKind::Cancelled, "/me"));
    if (plan.fatal()) throw ApiFailure(*plan.fatal());
    return snapshot;
}

UserMessage describeReadProgress(std::size_t done, std::size_t planned) {
    return {N_("Reading the account: {} of {} requests\u2026"), {std::to_string(done), std::to_string(planned)}};
}

}  // namespace vigie::ovh
