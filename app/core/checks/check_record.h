// Keeps check results with a profile, as evidence beside the user's own status (Profile::checks):
// the one place that decides how a run's results enter the review state.
#pragma once

#include <vector>

#include "checks/checks.h"
#include "review/review.h"

namespace vigie::checks {

// Stores each result under its check id, unless the profile already holds a later reading of
// that check (a saved snapshot checked after a fresher live read must not replace it).
// Returns how many were stored.
std::size_t recordResults(Profile& profile, const std::vector<CheckResult>& results);

// The stored verdict, for a view; Unknown when the code is not one Vigie knows.
Verdict storedVerdict(const CheckEvidence& evidence);

}  // namespace vigie::checks
