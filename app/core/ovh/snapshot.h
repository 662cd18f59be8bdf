// One reading of an account through the API: every route the checks need, as the API returned
// it (minus what must not be kept: order and bill passwords and links, application keys), with
// what could not be read and why. Immutable once read; the checks are pure functions of it.
//
// Saved as JSON (mode 0600, no secrets) so it can be checked later offline; its read time goes
// with it and every view states its age.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/errors.h"
#include "review/review.h"

namespace vigie::ovh {

inline constexpr int kSnapshotFormatVersion = 1;

// What became of one route.
enum class Availability {
    Read,
    Forbidden,  // 403: the key does not allow it
    NotFound,  // 404: nothing there (for backup codes: never set up)
    Failed,  // transport error, 5xx after retries, 429 that kept coming
    Malformed,  // the body was not the JSON the route returns
};
std::string availabilityCode(Availability availability);
std::optional<Availability> parseAvailability(const std::string& code);

struct Section {
    Availability availability = Availability::Failed;
    nlohmann::json data;  // the object (or value) the route returned
    bool read() const { return availability == Availability::Read; }
};

struct ListSection {
    Availability availability = Availability::Failed;
    std::vector<nlohmann::json> items;  // objects, in the order of the API's list
    std::size_t unreadable = 0;  // listed ids whose object could not be read
    bool read() const { return availability == Availability::Read; }
    bool complete() const { return read() && unreadable == 0; }
};

struct AccountSnapshot {
    TimePoint readAt{};
    std::string endpoint;  // "ovh-eu" or the URL
    bool demo = false;  // the bundled fictional account
    std::optional<long long> clockOffsetSeconds;  // server - local, from /auth/time

    Section me;  // /me
    Section backupCode;  // /me/accessRestriction/backupCode
    Section autorenew;  // /me/autorenew
    Section debtAccount;  // /me/debtAccount
    Section currentCredential;  // /auth/currentCredential
    ListSection sms, totp, u2f;  // /me/accessRestriction/{sms,totp,u2f}
    ListSection paymentMethods;  // /me/payment/method
    ListSection orders;  // /me/order, last 12 months; each object gains "status" and "followUp"
    ListSection debts;  // /me/debtAccount/debt
    ListSection bills;  // /me/bill, last 3 months
    ListSection services;  // /services
    ListSection domains;  // /domain: names (strings)
    ListSection apiCredentials;  // /me/api/credential
    ListSection apiApplications;  // /me/api/application (name and description only)

    std::vector<UserMessage> problems;  // routes that could not be read, in words
};

// Calls `visit(name, section)` for every Section and `visitList(name, list)` for every list, in
// a fixed order: the JSON keys of the file.
template <typename S, typename VisitSection, typename VisitList>
void forEachSection(S& snapshot, VisitSection visit, VisitList visitList) {
    visit("me", snapshot.me);
    visit("backup_code", snapshot.backupCode);
    visit("autorenew", snapshot.autorenew);
    visit("debt_account", snapshot.debtAccount);
    visit("current_credential", snapshot.currentCredential);
    visitList("sms", snapshot.sms);
    visitList("totp", snapshot.totp);
    visitList("u2f", snapshot.u2f);
    visitList("payment_methods", snapshot.paymentMethods);
    visitList("orders", snapshot.orders);
    visitList("debts", snapshot.debts);
    visitList("bills", snapshot.bills);
    visitList("services", snapshot.services);
    visitList("domains", snapshot.domains);
    visitList("api_credentials", snapshot.apiCredentials);
    visitList("api_applications", snapshot.apiApplications);
}

nlohmann::json snapshotToJson(const AccountSnapshot& snapshot);
AccountSnapshot snapshotFromJson(const nlohmann::json& json);  // throws FormatError

// Writes atomically with mode 0600; throws SaveError. Never replaces a file that is not a
// snapshot (a file Vigie did not write).
void saveSnapshot(const AccountSnapshot& snapshot, const std::string& path);
AccountSnapshot loadSnapshot(const std::string& path);  // throws FormatError / UserError

// "Data read on 4 December 2026 at 22:49, 3 days ago" (local time, in the view's language):
// the snapshot's age, to be shown with every result.
UserMessage describeAge(TimePoint readAt, TimePoint reference);

// The account's name for a view: "nichandle (email)" or "" when /me was not read.
std::string accountLabel(const AccountSnapshot& snapshot);

// The bundled fictional account, for `vigie check --demo`: its file's path.
std::string demoSnapshotPath();

}  // namespace vigie::ovh
