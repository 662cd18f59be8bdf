#include "checks/closure_readiness.h"

#include "checks/check_record.h"

namespace vigie::checks {

namespace {

struct ConditionWords {
    const char* checkId;
    const char* title;
    const char* ok;
    const char* attention;
    const char* unknown;
};

const ConditionWords kConditions[] = {
    {"closure.no-active-services", N_("Services left"), N_("No service is left."),
     N_("Some services are still active."), N_("Vigie could not verify whether any service is left.")},
    {"billing.unpaid", N_("Unpaid amounts"), N_("Nothing is left to pay."), N_("Something is left to pay."),
     N_("Vigie could not verify whether anything is left to pay.")},
    {"orders.in-progress", N_("Orders in progress"), N_("No order is in progress."),
     N_("Some orders are still in progress."), N_("Vigie could not verify whether any order is in progress.")},
};

ClosureCondition conditionOf(const Profile& profile, const ConditionWords& words) {
    ClosureCondition condition;
    condition.checkId = words.checkId;
    condition.title = words.title;
    auto found = profile.checks.find(words.checkId);
    if (found == profile.checks.end()) {
        condition.fact = {N_("Not read yet: connect to verify it."), {}};
        return condition;
    }
    condition.verdict = storedVerdict(found->second);
    condition.evidence = found->second.evidence;
    condition.readAt = found->second.readAt;
    switch (*condition.verdict) {
        case Verdict::Ok:
            condition.fact = {words.ok, {}};
            break;
        case Verdict::Attention:
            condition.fact = {words.attention, {}};
            break;
        case Verdict::Unknown:
            condition.fact = {words.unknown, {}};
            break;
    }
    return condition;
}

UserMessage summaryOf(ClosureState state, const std::optional<TimePoint>& readAt) {
    const std::string day = readAt ? toLocalDate(*readAt) : std::string();
    switch (state) {
        case ClosureState::Ready:
            return {N_("The account read on {} is ready to close: no service is left, nothing is left to pay and no "
                       "order is in progress."),
                    {day}};
        case ClosureState::NotReady:
            return {N_("The account read on {} is not ready to close: settle what needs attention first, then "
                       "read the account again."),
                    {day}};
        case ClosureState::Unverified:
            return {N_("Vigie could not verify everything on the account read on {}: check the conditions marked "
                       "\"could not be verified\" yourself before asking for the closure."),
                    {day}};
        case ClosureState::NotConnected:
            break;
    }
    return {N_("Not connected: whether the account is ready to close rests on your own statements. Connect "
               "to verify it."),
            {}};
}

}  // namespace

const std::vector<std::string>& closureCheckIds() {
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const ConditionWords& words : kConditions) out.emplace_back(words.checkId);
        return out;
    }();
    return ids;
}

ClosureReadiness closureReadiness(const Profile& profile) {
    ClosureReadiness out;
    bool anyRead = false, anyAttention = false, allOk = true;
    for (const ConditionWords& words : kConditions) {
        ClosureCondition condition = conditionOf(profile, words);
        if (condition.readAt) {
            anyRead = true;
            if (!out.readAt || *condition.readAt < *out.readAt) out.readAt = condition.readAt;
        }
        anyAttention |= condition.verdict == Verdict::Attention;
        allOk &= condition.verdict == Verdict::Ok;
        out.conditions.push_back(std::move(condition));
    }
    if (!anyRead)
        out.state = ClosureState::NotConnected;
    else if (anyAttention)
        out.state = ClosureState::NotReady;
    else if (allOk)
        out.state = ClosureState::Ready;
    else
        out.state = ClosureState::Unverified;
    out.summary = summaryOf(out.state, out.readAt);
    return out;
}

ClosurePart closurePartOf(const Wizard& wizard, const Step& step) {
    if (wizard.id != "closure") return ClosurePart::None;
    if (step.id == "preconditions") return ClosurePart::Conditions;
    if (step.id == "request") return ClosurePart::Erasure;
    return ClosurePart::None;
}

}  // namespace vigie::checks
