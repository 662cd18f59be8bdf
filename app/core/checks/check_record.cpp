#include "checks/check_record.h"

namespace vigie::checks {

std::size_t recordResults(Profile& profile, const std::vector<CheckResult>& results) {
    std::size_t stored = 0;
    for (const CheckResult& result : results) {
        auto existing = profile.checks.find(result.id);
        if (existing != profile.checks.end() && existing->second.readAt > result.readAt) continue;
        profile.checks[result.id] = CheckEvidence{verdictCode(result.verdict), result.evidence, result.readAt};
        ++stored;
    }
    return stored;
}

Verdict storedVerdict(const CheckEvidence& evidence) {
    return parseVerdict(evidence.verdict).value_or(Verdict::Unknown);
}

}  // namespace vigie::checks
