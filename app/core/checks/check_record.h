// Check results as the evidence a profile keeps beside the user's own status (Profile::checks);
// ReviewEditor::recordChecks decides which readings the profile keeps.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "ovh/snapshot.h"
#include "review/review.h"
#include "review/review_editor.h"

namespace vigie::checks {

// Each result as the reading a profile keeps, by check id.
std::map<std::string, CheckEvidence> readingsOf(const std::vector<CheckResult>& results);

// The stored verdict, for a view; Unknown when the code is not one Vigie knows.
Verdict storedVerdict(const CheckEvidence& evidence);

// The connection a snapshot came from, as a profile keeps it: its account label, endpoint, read
// time and demo flag, and `snapshotFile` ("" for a live read). Never a key.
ConnectionInfo connectionOf(const ovh::AccountSnapshot& snapshot, const std::string& snapshotFile = {});

// Why the readings of `snapshot` must not be kept with `profile`, or an empty message when they
// may: the demo account is nobody's, and a profile that names a NIC handle keeps only that
// account's readings.
UserMessage readingsMismatch(const Profile& profile, const ovh::AccountSnapshot& snapshot);

// The one way the views keep a reading: unless readingsMismatch() objects (its message is
// returned, nothing is kept), the results and their connection go to the profile through the
// editor (ReviewEditor::recordChecks, newer wins). Used by `vigie check`, the terminal mode's
// connect command and the window.
UserMessage recordReadings(ReviewEditor& editor, const std::string& profileId, const ovh::AccountSnapshot& snapshot,
                           const std::vector<CheckResult>& results, const std::string& snapshotFile = {});

}  // namespace vigie::checks
