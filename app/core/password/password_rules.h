// OVHcloud's own password rules as a checklist (its "manage your password" guide): at least 12
// characters, upper and lower case, a digit, a special character, no personal information.
// Passing them does not make a password strong ("Azerty1234!!" passes): the meter's score is
// what matters; the checklist shows what OVHcloud's guide asks for.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace vigie::password {

enum class RuleId { Length, Case, Digit, Special, NoPersonalInformation };

struct RuleCheck {
    RuleId id;
    bool ok;
};

constexpr std::size_t kMinimumLength = 12;  // characters

// `containsPersonalInformation`: the meter found one of the account's context words.
std::vector<RuleCheck> checkRules(std::string_view password, bool containsPersonalInformation);

// Stable identifier for machine output ("length", "case", "digit", "special", "personal").
std::string_view ruleKey(RuleId id);
// English msgid for the checklist line.
const char* ruleLabel(RuleId id);

}  // namespace vigie::password
