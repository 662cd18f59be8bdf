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

}  // namespace vigie::checks
