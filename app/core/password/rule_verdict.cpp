#include "password/rule_verdict.h"

namespace vigie::password {

const char* refusalReason(RuleId id) {
    switch (id) {
        case RuleId::Length:
            return N_("fewer than 12 characters");
        case RuleId::Case:
            return N_("not both upper-case and lower-case letters");
        case RuleId::Digit:
            return N_("no digit");
        case RuleId::Special:
            return N_("no special character");
        case RuleId::NoPersonalInformation:
            break;
    }
    return N_("personal information");
}

std::string refusalSentence(const std::vector<RuleCheck>& rules, const Translator& tr) {
    std::string reasons;
    for (const RuleCheck& rule : rules) {
        if (rule.ok) continue;
        if (!reasons.empty()) reasons += ", ";
        reasons += tr(refusalReason(rule.id));
    }
    if (reasons.empty()) return {};
    return format(tr(N_("OVHcloud will refuse this password: {}.")), {reasons});
}

}  // namespace vigie::password
