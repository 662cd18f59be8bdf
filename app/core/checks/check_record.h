// Check results as the evidence a profile keeps beside the user's own status (Profile::checks);
// ReviewEditor::recordChecks decides which readings the profile keeps.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "review/review.h"

namespace vigie::checks {

// Each result as the reading a profile keeps, by check id.
std::map<std::string, CheckEvidence> readingsOf(const std::vector<CheckResult>& results);

// The stored verdict, for a view; Unknown when the code is not one Vigie knows.
Verdict storedVerdict(const CheckEvidence& evidence);

}  // namespace vigie::checks
