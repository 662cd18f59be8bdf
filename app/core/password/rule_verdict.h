// What OVHcloud's rules mean for a password, said in words next to the meter's band: the meter
// may rate a long phrase strong while OVHcloud's form refuses it ("no digit"). Decided here so
// that the window and `vigie password` say the same thing.
#pragma once

#include <string>
#include <vector>

#include "i18n/translator.h"
#include "password/password_rules.h"

namespace vigie::password {

// English msgid of the short reason a rule fails ("no digit"), to list after the sentence.
const char* refusalReason(RuleId id);

// "OVHcloud will refuse this password: no digit, no special character.", in `tr`'s language;
// empty when every rule passes.
std::string refusalSentence(const std::vector<RuleCheck>& rules, const Translator& tr);

}  // namespace vigie::password
