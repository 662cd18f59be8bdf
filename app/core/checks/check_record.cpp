#include "checks/check_record.h"

namespace vigie::checks {

std::map<std::string, CheckEvidence> readingsOf(const std::vector<CheckResult>& results) {
    std::map<std::string, CheckEvidence> readings;
    for (const CheckResult& result : results)
        readings[result.id] = CheckEvidence{verdictCode(result.verdict), result.evidence, result.readAt};
    return readings;
}

Verdict storedVerdict(const CheckEvidence& evidence) {
    return parseVerdict(evidence.verdict).value_or(Verdict::Unknown);
}

ConnectionInfo connectionOf(const ovh::AccountSnapshot& snapshot, const std::string& snapshotFile) {
    ConnectionInfo connection;
    connection.account = ovh::accountLabel(snapshot);
    connection.endpoint = snapshot.endpoint;
    connection.readAt = snapshot.readAt;
    connection.demo = snapshot.demo;
    connection.snapshotFile = snapshotFile;
    return connection;
}

UserMessage readingsMismatch(const Profile& profile, const ovh::AccountSnapshot& snapshot) {
    if (snapshot.demo) return {N_("These results are for the demo account: they are not kept with the profile."), {}};
    std::string nic;
    if (snapshot.me.read() && snapshot.me.data.is_object() &&
        snapshot.me.data.value("nichandle", nlohmann::json()).is_string())
        nic = snapshot.me.data["nichandle"].get<std::string>();
    if (!profile.nic.empty() && !nic.empty() && profile.nic != nic)
        return {N_("These results are for {}, not {} (the profile's NIC handle): they are not kept with the "
                   "profile."),
                {nic, profile.nic}};
    return {};
}

UserMessage recordReadings(ReviewEditor& editor, const std::string& profileId, const ovh::AccountSnapshot& snapshot,
                           const std::vector<CheckResult>& results, const std::string& snapshotFile) {
    const Profile* profile = editor.findProfile(profileId);
    if (!profile) throw UserError(UserMessage{N_("no profile is called \"{}\""), {profileId}});
    UserMessage mismatch = readingsMismatch(*profile, snapshot);
    if (!mismatch.empty()) return mismatch;
    editor.recordChecks(profileId, readingsOf(results), connectionOf(snapshot, snapshotFile));
    return {};
}

}  // namespace vigie::checks
