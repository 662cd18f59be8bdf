#include "checks/checks.h"

#include <algorithm>
#include <functional>
#include <set>

#include "checks/check_evidence.h"

namespace vigie::checks {
namespace {

using ovh::AccountSnapshot;
using ovh::ListSection;
using ovh::Section;
constexpr long long kDay = 86400;

struct Builder {
    CheckResult result;
    Builder(const char* id, const AccountSnapshot& snapshot) {
        result.id = id;
        result.readAt = snapshot.readAt;
    }
    CheckResult done(Verdict verdict, UserMessage message) {
        result.verdict = verdict;
        result.evidence.insert(result.evidence.begin(), std::move(message));
        return result;
    }
    void add(UserMessage message) { result.evidence.push_back(std::move(message)); }
};

bool lifecycleOver(const json& service) {
    auto state = at(service, {"billing", "lifecycle", "current", "state"});
    auto resource = at(service, {"resource", "state"});
    return (state && state->is_string() && *state == "terminated") ||
           (resource && resource->is_string() && *resource == "deleted");
}

// ---- security -----------------------------------------------------------------------------

CheckResult twoFactor(const AccountSnapshot& s) {
    Builder b("security.two-factor", s);
    struct Kind {
        const ListSection* list;
        const char* enabledMsgid;
    };
    const Kind kinds[] = {{&s.sms, N_("SMS codes are enabled.")},
                          {&s.totp, N_("An authenticator app is enabled.")},
                          {&s.u2f, N_("A security key is enabled.")}};
    bool anyEnabled = false;
    bool allRead = true;
    for (const Kind& kind : kinds) {
        allRead = allRead && kind.list->complete();
        bool enabled = std::any_of(kind.list->items.begin(), kind.list->items.end(),
                                   [](const json& device) { return text(device, "status") == std::string("enabled"); });
        if (enabled) b.add({kind.enabledMsgid, {}});
        anyEnabled = anyEnabled || enabled;
    }
    if (anyEnabled) return b.done(Verdict::Ok, {N_("Two-factor authentication is on."), {}});
    if (!allRead)
        return b.done(Verdict::Unknown, {N_("Vigie could not read the two-factor methods from the API."), {}});
    return b.done(Verdict::Attention,
                  {N_("No two-factor method (SMS, app or security key) is enabled on this account."), {}});
}

CheckResult backupCodes(const AccountSnapshot& s) {
    Builder b("security.backup-codes", s);
    if (s.backupCode.availability == ovh::Availability::NotFound)
        return b.done(Verdict::Attention, {N_("Backup codes are not set up on this account."), {}});
    if (!s.backupCode.read())
        return b.done(Verdict::Unknown, UserMessage{N_("Vigie could not read the backup codes from the API."), {}});
    auto status = text(s.backupCode.data, "status");
    auto remaining = number(s.backupCode.data, "remaining");
    if (!status)
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the backup codes' status from the API."), {}});
    if (*status != "enabled") return b.done(Verdict::Attention, {N_("Backup codes are not enabled ({})."), {*status}});
    if (!remaining)
        return b.done(Verdict::Unknown, UserMessage{N_("Vigie could not read how many backup codes are left."), {}});
    std::string count = std::to_string(static_cast<long>(*remaining));
    if (*remaining <= 3)
        return b.done(Verdict::Attention, {N_("Only {} backup codes are left: generate new ones."), {count}});
    return b.done(Verdict::Ok, {N_("Backup codes are enabled, {} left."), {count}});
}

CheckResult apiCredentials(const AccountSnapshot& s) {
    Builder b("security.api-credentials", s);
    if (!s.apiCredentials.complete())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the account's API keys from the API."), {}});
    auto applicationName = [&](const json& credential) {
        auto id = number(credential, "applicationId");
        for (const json& app : s.apiApplications.items)
            if (id && number(app, "applicationId") == id && text(app, "name")) return *text(app, "name");
        return id ? "#" + std::to_string(static_cast<long long>(*id)) : std::string("?");
    };
    std::vector<std::string> wideOpen, unused;
    TimePoint yearAgo = s.readAt - std::chrono::seconds(365 * kDay);
    for (const json& credential : s.apiCredentials.items) {
        if (text(credential, "status") != std::string("validated")) continue;
        std::string name = applicationName(credential);
        auto id = number(credential, "credentialId");
        if (id) name += " (#" + std::to_string(static_cast<long long>(*id)) + ")";
        bool writesEverywhere = false;
        if (const json* rules = at(credential, {"rules"}); rules && rules->is_array())
            for (const json& rule : *rules) {
                auto method = text(rule, "method");
                auto path = text(rule, "path");
                writesEverywhere = writesEverywhere || (method && *method != "GET" && path && *path == "/*");
            }
        bool expires = date(credential, "expiration").has_value();
        if (writesEverywhere && !expires) wideOpen.push_back(name);
        auto lastUse = date(credential, "lastUse");
        auto created = date(credential, "creation");
        if ((lastUse && *lastUse < yearAgo) || (!lastUse && created && *created < yearAgo)) unused.push_back(name);
    }
    if (!wideOpen.empty())
        b.add({N_("API keys that can change anything on the account and never expire: {}."), {joinNames(wideOpen)}});
    if (!unused.empty()) b.add({N_("API keys not used for a year: {}."), {joinNames(unused)}});
    if (wideOpen.empty() && unused.empty())
        return b.done(Verdict::Ok, {N_("{} validated API keys; none writes on the whole API without an expiry, none "
                                       "lies unused for a year."),
                                    {std::to_string(s.apiCredentials.items.size())}});
    return b.done(Verdict::Attention, {N_("Revoke the API keys you no longer use, or limit them."), {}});
}

// ---- contact and profile --------------------------------------------------------------------

std::string domainOf(const std::string& email) {
    std::size_t at = email.rfind('@');
    return at == std::string::npos ? std::string() : lowerCase(email.substr(at + 1));
}

CheckResult backupEmail(const AccountSnapshot& s) {
    Builder b("contact.backup-email", s);
    if (!s.me.read() || !has(s.me.data, "spareEmail"))
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the backup e-mail address from the API."), {}});
    auto spare = text(s.me.data, "spareEmail").value_or("");
    auto primary = text(s.me.data, "email").value_or("");
    if (spare.empty()) return b.done(Verdict::Attention, {N_("No backup e-mail address is set."), {}});
    if (lowerCase(spare) == lowerCase(primary))
        return b.done(Verdict::Attention, {N_("The backup e-mail address is the same as the main one ({})."), {spare}});
    return b.done(Verdict::Ok, {N_("Backup e-mail address: {} (main: {})."), {spare, primary}});
}

CheckResult backupEmailIndependent(const AccountSnapshot& s) {
    Builder b("contact.backup-email-independent", s);
    if (!s.me.read() || !has(s.me.data, "spareEmail"))
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the backup e-mail address from the API."), {}});
    auto spare = text(s.me.data, "spareEmail").value_or("");
    if (spare.empty()) return b.done(Verdict::Attention, {N_("No backup e-mail address is set."), {}});
    std::set<std::string> domains;
    for (const json& name : s.domains.items)
        if (name.is_string()) domains.insert(lowerCase(name.get<std::string>()));
    for (const json& service : s.services.items) {
        auto path = at(service, {"route", "path"});
        auto name = at(service, {"resource", "name"});
        if (path && path->is_string() && path->get<std::string>().rfind("/domain", 0) == 0 && name && name->is_string())
            domains.insert(lowerCase(name->get<std::string>()));
    }
    std::string domain = domainOf(spare);
    for (const std::string& own : domains) {
        bool same = domain == own || (domain.size() > own.size() &&
                                      domain.compare(domain.size() - own.size() - 1, own.size() + 1, "." + own) == 0);
        if (same)
            return b.done(Verdict::Attention, {N_("The backup e-mail address {} is on {}, a domain of this account: if "
                                                  "the domain lapses, the backup address stops working too."),
                                               {spare, own}});
    }
    if (!s.domains.read() && !s.services.complete())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the account's domains from the API."), {}});
    return b.done(Verdict::Ok, {N_("The backup e-mail address {} is not on a domain of this account."), {spare}});
}

CheckResult mobilePhone(const AccountSnapshot& s) {
    Builder b("contact.mobile-phone", s);
    if (!s.me.read() || !has(s.me.data, "phone"))
        return b.done(Verdict::Unknown, UserMessage{N_("Vigie could not read the phone number from the API."), {}});
    auto phone = text(s.me.data, "phone").value_or("");
    if (phone.empty()) return b.done(Verdict::Attention, {N_("No phone number is set."), {}});
    auto type = text(s.me.data, "phoneType");
    if (type == std::string("mobile")) return b.done(Verdict::Ok, {N_("Mobile phone: {}."), {maskPhone(phone)}});
    if (type == std::string("landline"))
        return b.done(Verdict::Attention,
                      {N_("The phone number {} is a landline: SMS codes cannot reach it."), {maskPhone(phone)}});
    return b.done(Verdict::Unknown, {N_("The phone number {} is set, but the API does not say whether it is a mobile."),
                                     {maskPhone(phone)}});
}

CheckResult profileComplete(const AccountSnapshot& s) {
    Builder b("profile.complete", s);
    if (!s.me.read())
        return b.done(Verdict::Unknown, UserMessage{N_("Vigie could not read the profile from the API."), {}});
    std::vector<std::string> missing;
    for (const char* field : {"firstname", "name", "address", "city", "zip", "country", "phone"})
        if (has(s.me.data, field) && text(s.me.data, field).value_or("").empty()) missing.emplace_back(field);
    auto state = text(s.me.data, "state");
    if (state == std::string("complete") && missing.empty())
        return b.done(Verdict::Ok, {N_("The profile is complete."), {}});
    if (state == std::string("incomplete") || !missing.empty()) {
        if (!missing.empty()) b.add({N_("Empty fields: {}."), {joinNames(missing)}});
        return b.done(Verdict::Attention, {N_("The profile is incomplete."), {}});
    }
    return b.done(Verdict::Unknown, UserMessage{N_("The API does not say whether the profile is complete."), {}});
}

// ---- renewal ------------------------------------------------------------------------------

CheckResult accountAutorenew(const AccountSnapshot& s) {
    Builder b("renewal.account-autorenew", s);
    auto active = s.autorenew.read() ? flag(s.autorenew.data, "active") : std::nullopt;
    if (!active)
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the automatic renewal setting from the API."), {}});
    if (!*active) return b.done(Verdict::Attention, {N_("Automatic renewal is off for this account."), {}});
    auto day = number(s.autorenew.data, "renewDay");
    if (day && *day > 0)
        return b.done(Verdict::Ok, {N_("Automatic renewal is on (renewals on day {} of the month)."),
                                    {std::to_string(static_cast<int>(*day))}});
    return b.done(Verdict::Ok, {N_("Automatic renewal is on."), {}});
}

std::string methodName(const json& method) {
    std::string name = text(method, "label").value_or(text(method, "description").value_or(""));
    std::string type = text(method, "paymentType").value_or("?");
    if (auto sub = text(method, "paymentSubType")) type += " " + *sub;
    return name.empty() ? type : type + " " + name;
}

const json* defaultMethod(const AccountSnapshot& s) {
    for (const json& method : s.paymentMethods.items)
        if (flag(method, "default") == true) return &method;
    return nullptr;
}

const std::set<std::string> kPaymentStatuses = {"CANCELED", "CANCELING", "CREATED",     "CREATING", "ERROR",
                                                "EXPIRED",  "FAILED",    "MAINTENANCE", "PAUSED",   "REJECTED",
                                                "REPLACED", "VALID",     "VALIDATING"};

CheckResult defaultPaymentMethod(const AccountSnapshot& s) {
    Builder b("renewal.default-payment-method", s);
    const json* method = defaultMethod(s);
    if (!method) {
        if (!s.paymentMethods.complete())
            return b.done(Verdict::Unknown,
                          UserMessage{N_("Vigie could not read the payment methods from the API."), {}});
        return b.done(Verdict::Attention, {N_("There is no default payment method."), {}});
    }
    auto status = text(*method, "status").value_or("");
    if (!kPaymentStatuses.count(status))
        return b.done(Verdict::Unknown,
                      {N_("The default payment method {} has a status Vigie does not know (\u201C{}\u201D)."),
                       {methodName(*method), status}});
    if (status != "VALID")
        return b.done(Verdict::Attention,
                      {N_("The default payment method {} is not valid (status {})."), {methodName(*method), status}});
    auto expires = date(*method, "expirationDate");
    if (expires && *expires < s.readAt)
        return b.done(Verdict::Attention,
                      {N_("The default payment method {} expired on {}."), {methodName(*method), dayOf(*expires)}});
    if (expires)
        return b.done(Verdict::Ok,
                      {N_("Default payment method: {}, valid until {}."), {methodName(*method), dayOf(*expires)}});
    return b.done(Verdict::Ok, {N_("Default payment method: {}, valid."), {methodName(*method)}});
}

std::optional<TimePoint> renewalDate(const json& service) {
    if (const json* next = at(service, {"billing", "renew", "current", "nextDate"}); next && next->is_string())
        return parseApiDate(*next);
    if (const json* expiry = at(service, {"billing", "expirationDate"}); expiry && expiry->is_string())
        return parseApiDate(*expiry);
    return std::nullopt;
}

std::optional<std::string> renewMode(const json& service) {
    const json* mode = at(service, {"billing", "renew", "current", "mode"});
    if (!mode || !mode->is_string()) return std::nullopt;
    return mode->get<std::string>();
}

CheckResult methodOutlivesRenewals(const AccountSnapshot& s) {
    Builder b("renewal.payment-method-outlives-renewals", s);
    const json* method = defaultMethod(s);
    if (!method) {
        if (!s.paymentMethods.complete())
            return b.done(Verdict::Unknown,
                          UserMessage{N_("Vigie could not read the payment methods from the API."), {}});
        return b.done(Verdict::Attention, {N_("There is no default payment method to pay the renewals."), {}});
    }
    auto status = text(*method, "status").value_or("");
    if (!kPaymentStatuses.count(status))
        return b.done(Verdict::Unknown,
                      {N_("The default payment method {} has a status Vigie does not know (\u201C{}\u201D)."),
                       {methodName(*method), status}});
    if (status != "VALID")
        return b.done(Verdict::Attention, {N_("The default payment method {} is not valid (status {}): it will not "
                                              "pay the renewals."),
                                           {methodName(*method), status}});
    if (!s.services.complete())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the services and their renewal dates from the API."), {}});
    auto expires = date(*method, "expirationDate");
    TimePoint horizon = s.readAt + std::chrono::seconds(365 * kDay);
    std::vector<std::string> failing;
    std::size_t due = 0;
    for (const json& service : s.services.items) {
        if (lifecycleOver(service) || renewMode(service) != std::string("automatic")) continue;
        auto when = renewalDate(service);
        if (!when || *when < s.readAt || *when > horizon) continue;
        ++due;
        if (expires && *when > *expires) failing.push_back(serviceName(service) + " (" + dayOf(*when) + ")");
    }
    if (!failing.empty())
        return b.done(Verdict::Attention, {N_("The default payment method {} expires on {}, before these automatic "
                                              "renewals: {}."),
                                           {methodName(*method), dayOf(*expires), joinNames(failing)}});
    if (!expires)
        return b.done(Verdict::Ok, {N_("The default payment method {} has no expiry date; {} automatic renewals are "
                                       "due in the next 12 months."),
                                    {methodName(*method), std::to_string(due)}});
    return b.done(Verdict::Ok, {N_("The default payment method {} is valid until {}, after the {} automatic renewals "
                                   "due in the next 12 months."),
                                {methodName(*method), dayOf(*expires), std::to_string(due)}});
}

CheckResult manualExpiring(const AccountSnapshot& s) {
    Builder b("renewal.manual-expiring", s);
    if (!s.services.complete())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the services and their renewal dates from the API."), {}});
    TimePoint soon = s.readAt + std::chrono::seconds(30 * kDay);
    std::vector<std::string> expiring, unclear;
    for (const json& service : s.services.items) {
        if (lifecycleOver(service)) continue;
        auto mode = renewMode(service);
        if (mode == std::string("automatic")) continue;
        auto when = renewalDate(service);
        if (mode == std::string("manual")) {
            if (!when)
                unclear.push_back(serviceName(service));
            else if (*when <= soon)
                expiring.push_back(serviceName(service) + " (" + dayOf(*when) + ")");
        } else if (!when || *when <= soon) {
            unclear.push_back(serviceName(service) + (mode ? " (" + *mode + ")" : std::string()));
        }
    }
    if (!expiring.empty()) {
        if (!unclear.empty()) b.add({N_("Renewal mode or date unknown for: {}."), {joinNames(unclear)}});
        return b.done(Verdict::Attention,
                      {N_("Services on manual renewal that expire within 30 days: {}."), {joinNames(expiring)}});
    }
    if (!unclear.empty())
        return b.done(Verdict::Unknown, {N_("Renewal mode or date unknown for: {}."), {joinNames(unclear)}});
    return b.done(Verdict::Ok, {N_("No service on manual renewal expires within 30 days."), {}});
}

// ---- orders and billing -------------------------------------------------------------------

const std::set<std::string> kOrderStatuses = {"cancelled",  "cancelling",         "checking", "delivered",
                                              "delivering", "documentsRequested", "notPaid"};

std::string orderName(const json& order) {
    std::string name = "#" + (has(order, "orderId") ? order["orderId"].dump() : std::string("?"));
    if (auto when = date(order, "date")) name += " " + dayOf(*when);
    if (std::string amount = price(order, "priceWithTax"); !amount.empty()) name += " " + amount;
    return name;
}

// The step under way in an order's follow-up ("VALIDATING"), or "".
std::string currentStep(const json& order) {
    const json* followUp = at(order, {"followUp"});
    if (!followUp || !followUp->is_array()) return {};
    for (const json& step : *followUp)
        if (text(step, "status") == std::string("DOING") || text(step, "status") == std::string("ERROR"))
            return text(step, "step").value_or("") + " " + text(step, "status").value_or("");
    return {};
}

CheckResult ordersMatching(const char* id, const AccountSnapshot& s, const std::set<std::string>& wanted,
                           const char* foundMsgid, const char* noneMsgid) {
    Builder b(id, s);
    if (!s.orders.read())
        return b.done(Verdict::Unknown, UserMessage{N_("Vigie could not read the orders from the API."), {}});
    std::vector<std::string> found, unclear;
    for (const json& order : s.orders.items) {
        auto status = text(order, "status");
        if (!status || !kOrderStatuses.count(*status)) {
            unclear.push_back(orderName(order));
            continue;
        }
        if (!wanted.count(*status)) continue;
        std::string step = currentStep(order);
        found.push_back(orderName(order) + " (" + *status + (step.empty() ? "" : ", " + step) + ")");
    }
    if (!found.empty()) {
        if (!unclear.empty()) b.add({N_("Status unknown for orders: {}."), {joinNames(unclear)}});
        return b.done(Verdict::Attention, {foundMsgid, {joinNames(found)}});
    }
    if (!unclear.empty() || s.orders.unreadable)
        return b.done(Verdict::Unknown, {N_("Status unknown for orders: {}."),
                                         {unclear.empty() ? std::to_string(s.orders.unreadable) : joinNames(unclear)}});
    return b.done(Verdict::Ok, {noneMsgid, {std::to_string(s.orders.items.size())}});
}

CheckResult ordersActionRequired(const AccountSnapshot& s) {
    return ordersMatching("orders.action-required", s, {"notPaid", "documentsRequested"},
                          N_("Orders waiting for payment or documents: {}."),
                          N_("No order is waiting for payment or documents ({} orders in the last 12 months)."));
}

CheckResult ordersInProgress(const AccountSnapshot& s) {
    return ordersMatching("orders.in-progress", s, {"checking", "delivering", "cancelling"},
                          N_("Orders still in progress: {}."),
                          N_("No order is still in progress ({} orders in the last 12 months)."));
}

CheckResult unpaid(const AccountSnapshot& s) {
    Builder b("billing.unpaid", s);
    bool known = false;
    bool owed = false;
    if (s.debtAccount.read()) {
        const std::pair<const char*, const char*> amounts[] = {{"dueAmount", N_("Amount due: {}.")},
                                                               {"todoAmount", N_("Amount to pay: {}.")}};
        for (const auto& [key, msgid] : amounts) {
            auto amount = at(s.debtAccount.data, {key, "value"});
            if (!amount || !amount->is_number()) continue;
            known = true;
            if (amount->get<double>() <= 0) continue;
            owed = true;
            b.add({msgid, {price(s.debtAccount.data, key)}});
        }
    }
    std::vector<std::string> debts;
    for (const json& debt : s.debts.items) {
        auto status = text(debt, "status");
        if (status != std::string("UNPAID") && status != std::string("TO_BE_PAID")) continue;
        std::string name = "#" + (has(debt, "debtId") ? debt["debtId"].dump() : std::string("?"));
        if (auto due = date(debt, "dueDate")) name += ", " + dayOf(*due);
        if (std::string amount = price(debt, "dueAmount"); !amount.empty()) name += ", " + amount;
        debts.push_back(name);
    }
    if (!debts.empty()) b.add({N_("Debts to pay: {}."), {joinNames(debts)}});
    if (owed) return b.done(Verdict::Attention, {N_("Something is due on the account."), {}});
    if (!debts.empty()) return b.done(Verdict::Attention, {N_("Some debts are still to be paid."), {}});
    if (!known || !s.debts.complete())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the account's balance from the API."), {}});
    std::string pending = price(s.debtAccount.data, "pendingAmount");
    auto pendingValue = at(s.debtAccount.data, {"pendingAmount", "value"});
    if (pendingValue && pendingValue->is_number() && pendingValue->get<double>() > 0)
        return b.done(Verdict::Ok, {N_("Nothing is due; {} is being paid."), {pending}});
    return b.done(Verdict::Ok, {N_("Nothing is due or to pay."), {}});
}

// ---- closure and contacts -----------------------------------------------------------------

CheckResult noActiveServices(const AccountSnapshot& s) {
    Builder b("closure.no-active-services", s);
    if (!s.services.complete())
        return b.done(Verdict::Unknown, UserMessage{N_("Vigie could not read the services from the API."), {}});
    std::vector<std::string> active, unclear;
    for (const json& service : s.services.items) {
        if (lifecycleOver(service)) continue;
        const json* state = at(service, {"billing", "lifecycle", "current", "state"});
        const json* resource = at(service, {"resource", "state"});
        bool stated = (state && state->is_string()) || (resource && resource->is_string());
        (stated ? active : unclear).push_back(serviceName(service));
    }
    if (active.empty() && !unclear.empty())
        return b.done(Verdict::Unknown,
                      {N_("The API does not say whether these services are terminated: {}."), {joinNames(unclear)}});
    if (!unclear.empty())
        b.add({N_("The API does not say whether these services are terminated: {}."), {joinNames(unclear)}});
    if (active.empty()) return b.done(Verdict::Ok, {N_("No service is left: every one is terminated or deleted."), {}});
    return b.done(Verdict::Attention,
                  {N_("{} services are not terminated: {}."), {std::to_string(active.size()), joinNames(active)}});
}

CheckResult foreignContacts(const AccountSnapshot& s) {
    Builder b("contacts.foreign", s);
    if (!s.me.read())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the account's customer code from the API."), {}});
    std::set<std::string> own;
    for (const char* key : {"customerCode", "nichandle"})
        if (auto value = text(s.me.data, key)) own.insert(lowerCase(*value));
    if (own.empty())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the account's customer code from the API."), {}});
    if (!s.services.complete())
        return b.done(Verdict::Unknown,
                      UserMessage{N_("Vigie could not read the services' contacts from the API."), {}});
    std::vector<std::string> foreign;
    for (const json& service : s.services.items) {
        if (lifecycleOver(service)) continue;
        const json* contacts = at(service, {"customer", "contacts"});
        if (!contacts || !contacts->is_array()) continue;
        for (const json& contact : *contacts) {
            auto type = text(contact, "type");
            auto code = text(contact, "customerCode");
            if (!type || !code || (*type != "administrator" && *type != "billing")) continue;
            if (!own.count(lowerCase(*code)))
                foreign.push_back(serviceName(service) + " (" + *type + ": " + *code + ")");
        }
    }
    if (foreign.empty())
        return b.done(Verdict::Ok, {N_("Every service's administrator and billing contact is this account."), {}});
    b.add({N_("An administrator contact can cancel the service; a billing contact must pay it."), {}});
    return b.done(Verdict::Attention, {N_("Services whose administrator or billing contact is another account: {}."),
                                       {joinNames(foreign)}});
}

struct CheckEntry {
    const char* id;
    const char* title;
    CheckResult (*run)(const AccountSnapshot&);
};

const CheckEntry kChecks[] = {
    {"security.two-factor", N_("Two-factor authentication"), twoFactor},
    {"security.backup-codes", N_("Backup codes"), backupCodes},
    {"contact.backup-email", N_("Backup e-mail address"), backupEmail},
    {"contact.backup-email-independent", N_("Backup e-mail independent of the account"), backupEmailIndependent},
    {"contact.mobile-phone", N_("Mobile phone"), mobilePhone},
    {"profile.complete", N_("Complete profile"), profileComplete},
    {"renewal.account-autorenew", N_("Automatic renewal"), accountAutorenew},
    {"renewal.default-payment-method", N_("Default payment method"), defaultPaymentMethod},
    {"renewal.payment-method-outlives-renewals", N_("Payment method outlives the renewals"), methodOutlivesRenewals},
    {"renewal.manual-expiring", N_("Manual renewals expiring soon"), manualExpiring},
    {"orders.action-required", N_("Orders needing action"), ordersActionRequired},
    {"orders.in-progress", N_("Orders in progress"), ordersInProgress},
    {"billing.unpaid", N_("Nothing left to pay"), unpaid},
    {"closure.no-active-services", N_("No service left"), noActiveServices},
    {"security.api-credentials", N_("API keys"), apiCredentials},
    {"contacts.foreign", N_("Contacts from other accounts"), foreignContacts},
};

}  // namespace

std::string verdictCode(Verdict verdict) {
    switch (verdict) {
        case Verdict::Ok:
            return "ok";
        case Verdict::Attention:
            return "attention";
        case Verdict::Unknown:
            break;
    }
    return "unknown";
}

std::optional<Verdict> parseVerdict(const std::string& code) {
    for (Verdict v : {Verdict::Ok, Verdict::Attention, Verdict::Unknown})
        if (verdictCode(v) == code) return v;
    return std::nullopt;
}

const char* verdictLabel(Verdict verdict) {
    switch (verdict) {
        case Verdict::Ok:
            return N_("OK");
        case Verdict::Attention:
            return N_("Needs attention");
        case Verdict::Unknown:
            break;
    }
    return N_("Unknown");
}

const std::vector<std::string>& checkIds() {
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const CheckEntry& entry : kChecks) out.emplace_back(entry.id);
        return out;
    }();
    return ids;
}

const char* checkTitle(const std::string& id) {
    for (const CheckEntry& entry : kChecks)
        if (id == entry.id) return entry.title;
    return nullptr;
}

std::vector<CheckResult> runChecks(const ovh::AccountSnapshot& snapshot) {
    std::vector<CheckResult> results;
    for (const CheckEntry& entry : kChecks) results.push_back(entry.run(snapshot));
    return results;
}

Verdict overall(const std::vector<CheckResult>& results) {
    Verdict worst = Verdict::Ok;
    for (const CheckResult& result : results) {
        if (result.verdict == Verdict::Attention) return Verdict::Attention;
        if (result.verdict == Verdict::Unknown) worst = Verdict::Unknown;
    }
    return worst;
}

}  // namespace vigie::checks
