// Advice drawn from what was recognised: one warning naming the main weakness, and suggestions
// for each weakness found. Texts are English msgids; views translate them.
#pragma once

#include <vector>

#include "password/pattern.h"

namespace vigie::password {

struct Feedback {
    const char* warning = "";  // msgid, empty when there is nothing to warn about
    std::vector<const char*> suggestions;  // msgids
};

// The weaknesses present among `parts`, most serious first, each once. One- and two-letter
// "words" (zxcvbn reads a lone "!" as a substituted "i") are not worth advice and are skipped.
std::vector<PatternKind> weaknessesOf(const std::vector<PasswordPart>& parts);
// Whether a part worth advice was recognised through leet substitutions.
bool hasAdvisedSubstitution(const std::vector<PasswordPart>& parts);

// Warnings appear for scores below kAcceptableScore, except the account's own details, which are
// flagged at any score: OVHcloud's rules forbid them.
Feedback feedbackFor(const std::vector<PatternKind>& weaknesses, bool substituted, int score);

// The msgid saying the input was cut to kMaxEvaluatedCharacters ("{}" is that number).
const char* truncationNotice();

}  // namespace vigie::password
