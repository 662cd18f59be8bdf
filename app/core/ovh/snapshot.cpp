#include "ovh/snapshot.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "platform/atomic_file.h"
#include "platform/paths.h"
#include "review/worded_time.h"

namespace vigie::ovh {
namespace {

constexpr const char* kFormatKey = "vigie_snapshot";

const std::pair<Availability, const char*> kAvailabilityCodes[] = {
    {Availability::Read, "read"},     {Availability::Forbidden, "forbidden"}, {Availability::NotFound, "not_found"},
    {Availability::Failed, "failed"}, {Availability::Malformed, "malformed"},
};

nlohmann::json messageToJson(const UserMessage& message) { return {{"msgid", message.msgid}, {"args", message.args}}; }

UserMessage messageFromJson(const nlohmann::json& json) {
    UserMessage message;
    if (!json.is_object() || !json.value("msgid", nlohmann::json()).is_string()) return message;
    message.msgid = json["msgid"];
    if (json.contains("args") && json["args"].is_array())
        for (const auto& arg : json["args"])
            if (arg.is_string()) message.args.push_back(arg);
    return message;
}

Availability availabilityFrom(const nlohmann::json& json) {
    if (!json.is_object() || !json.value("availability", nlohmann::json()).is_string())
        throw FormatError(UserMessage{N_("The snapshot file is damaged: a section has no availability."), {}});
    auto parsed = parseAvailability(json["availability"]);
    if (!parsed) throw FormatError(UserMessage{N_("The snapshot file is damaged: a section has no availability."), {}});
    return *parsed;
}

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UserError(UserMessage{N_("Cannot read the snapshot file {}."), {path}});
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace

std::string availabilityCode(Availability availability) {
    for (const auto& [value, code] : kAvailabilityCodes)
        if (value == availability) return code;
    return "failed";
}

std::optional<Availability> parseAvailability(const std::string& code) {
    for (const auto& [value, name] : kAvailabilityCodes)
        if (code == name) return value;
    return std::nullopt;
}

nlohmann::json snapshotToJson(const AccountSnapshot& snapshot) {
    nlohmann::json out;
    out[kFormatKey] = kSnapshotFormatVersion;
    out["read_at"] = toIso8601(snapshot.readAt);
    out["endpoint"] = snapshot.endpoint;
    if (snapshot.demo) out["demo"] = true;
    if (snapshot.clockOffsetSeconds) out["clock_offset_seconds"] = *snapshot.clockOffsetSeconds;
    nlohmann::json& sections = out["sections"];
    forEachSection(
        snapshot,
        [&](const char* name, const Section& section) {
            sections[name] = {{"availability", availabilityCode(section.availability)}};
            if (section.read()) sections[name]["data"] = section.data;
        },
        [&](const char* name, const ListSection& list) {
            nlohmann::json entry = {{"availability", availabilityCode(list.availability)}};
            entry["items"] = list.items;
            if (list.unreadable) entry["unreadable"] = list.unreadable;
            sections[name] = std::move(entry);
        });
    nlohmann::json problems = nlohmann::json::array();
    for (const UserMessage& problem : snapshot.problems) problems.push_back(messageToJson(problem));
    out["problems"] = std::move(problems);
    return out;
}

AccountSnapshot snapshotFromJson(const nlohmann::json& json) {
    if (!json.is_object() || !json.contains(kFormatKey))
        throw FormatError(UserMessage{N_("This file is not a Vigie account snapshot."), {}});
    if (!json[kFormatKey].is_number_integer() || json[kFormatKey].get<int>() > kSnapshotFormatVersion)
        throw FormatError(UserMessage{N_("This snapshot was written by a newer Vigie: update Vigie to read it."), {}});
    AccountSnapshot snapshot;
    auto readAt = json.value("read_at", nlohmann::json()).is_string() ? parseIso8601(json["read_at"].get<std::string>())
                                                                      : std::nullopt;
    if (!readAt) throw FormatError(UserMessage{N_("The snapshot file is damaged: its read time is missing."), {}});
    snapshot.readAt = *readAt;
    snapshot.endpoint = json.value("endpoint", nlohmann::json()).is_string() ? json["endpoint"].get<std::string>() : "";
    snapshot.demo = json.value("demo", false);
    if (json.contains("clock_offset_seconds") && json["clock_offset_seconds"].is_number_integer())
        snapshot.clockOffsetSeconds = json["clock_offset_seconds"].get<long long>();
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json& sections =
        json.contains("sections") && json["sections"].is_object() ? json["sections"] : empty;
    forEachSection(
        snapshot,
        [&](const char* name, Section& section) {
            if (!sections.contains(name)) return;  // an older file without this route: unknown
            section.availability = availabilityFrom(sections[name]);
            if (section.read()) section.data = sections[name].value("data", nlohmann::json());
        },
        [&](const char* name, ListSection& list) {
            if (!sections.contains(name)) return;
            const nlohmann::json& entry = sections[name];
            list.availability = availabilityFrom(entry);
            if (entry.contains("items") && entry["items"].is_array())
                for (const auto& item : entry["items"]) list.items.push_back(item);
            if (entry.contains("unreadable") && entry["unreadable"].is_number_unsigned())
                list.unreadable = entry["unreadable"];
        });
    if (json.contains("problems") && json["problems"].is_array())
        for (const auto& problem : json["problems"]) {
            UserMessage message = messageFromJson(problem);
            if (!message.empty()) snapshot.problems.push_back(std::move(message));
        }
    return snapshot;
}

void saveSnapshot(const AccountSnapshot& snapshot, const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        // Replace only a snapshot Vigie wrote: anything else is the user's file.
        bool ours = false;
        try {
            nlohmann::json existing = nlohmann::json::parse(readWholeFile(path), nullptr, false);
            ours = existing.is_object() && existing.contains(kFormatKey);
        } catch (const UserError&) {
        }
        if (!ours)
            throw SaveError(UserMessage{N_("{} exists and is not a Vigie snapshot: Vigie does not replace it. "
                                           "Choose another file name."),
                                        {path}});
    }
    writeFileAtomically(path, snapshotToJson(snapshot).dump(1, '\t') + "\n", 0600);
}

AccountSnapshot loadSnapshot(const std::string& path) {
    nlohmann::json json = nlohmann::json::parse(readWholeFile(path), nullptr, false);
    if (json.is_discarded())
        throw FormatError(UserMessage{N_("{} is not a Vigie account snapshot (it is not valid JSON)."), {path}});
    return snapshotFromJson(json);
}

UserMessage describeAge(TimePoint readAt, TimePoint reference) {
    long long seconds = (reference - readAt).count();
    if (seconds < 0)
        return withLocalDateTime(N_("Data read on {} {} {} at {}:{} (later than this computer's clock)"), readAt);
    if (seconds < 120) return withLocalDateTime(N_("Data read on {} {} {} at {}:{}, just now"), readAt);
    if (seconds < 2 * 3600)
        return withLocalDateTime(N_("Data read on {} {} {} at {}:{}, {} minutes ago"), readAt,
                                 {std::to_string(seconds / 60)});
    if (seconds < 2 * 86400)
        return withLocalDateTime(N_("Data read on {} {} {} at {}:{}, {} hours ago"), readAt,
                                 {std::to_string(seconds / 3600)});
    return withLocalDateTime(N_("Data read on {} {} {} at {}:{}, {} days ago"), readAt,
                             {std::to_string(seconds / 86400)});
}

std::string accountLabel(const AccountSnapshot& snapshot) {
    if (!snapshot.me.read() || !snapshot.me.data.is_object()) return {};
    const nlohmann::json& me = snapshot.me.data;
    std::string nic = me.value("nichandle", nlohmann::json()).is_string() ? me["nichandle"].get<std::string>() : "";
    std::string email = me.value("email", nlohmann::json()).is_string() ? me["email"].get<std::string>() : "";
    if (nic.empty()) return email;
    return email.empty() ? nic : nic + " (" + email + ")";
}

std::string demoSnapshotPath() { return wizardsDir() + "/demo/demo-account.json"; }

}  // namespace vigie::ovh
