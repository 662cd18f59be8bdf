// The password strength meter: zxcvbn-c's estimate, taught French and the account's own details.
//
// zxcvbn-c knows only English lists. The meter first finds, in one pass, the known words (French
// and English ranked by frequency, the rest of wfrench, the passphrase lists), the common French
// password bases (passwords-fr.txt) and the account's details inside the password
// (word_finder.h). The account details go to zxcvbn as "user words": zxcvbn prices
// a user word by its place in the list it is given, which for them is exactly right (an attacker
// targeting the account tries them first). French words are not handed over that way, because
// zxcvbn would price every one of them as one of the first few guesses; instead each is priced
// at its real rank (word_cost.h) and competes with zxcvbn's own reading for the cheapest way to
// cover the password (cheapest_reading.h), as does the whole password read as a phrase
// (passphrase_reading.h). So the result is never above zxcvbn's estimate, and
// drops wherever French explains the password better. It is an estimate, and is shown as one.
//
// Evaluating is fast enough to run on every keystroke on the UI thread once the word lists are
// loaded (see word_lists.h: preloadWordLists()). The password is copied only into wiped buffers;
// zxcvbn-c itself keeps short-lived copies on its heap that it frees without wiping.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "password/account_context.h"
#include "password/crack_time.h"
#include "password/feedback.h"
#include "password/password_rules.h"
#include "password/pattern.h"
#include "password/word_lists.h"

namespace vigie::password {

// Longer input is cut to this many characters, and the result says so. zxcvbn-c's cost grows
// faster than linearly with length (it analyses the first 100 bytes in detail and prices the
// rest as a sequence), and no one types a password this long: 256 leaves room for long
// passphrases and generated passwords while a 10,000-character paste stays instant.
constexpr std::size_t kMaxEvaluatedCharacters = 256;

struct StrengthEstimate {
    int score = 0;  // 0-4, see strength_bands.h; bandName(score) names it
    double entropyBits = 0;  // log2 of the estimated guesses
    CrackTimes crackTimes;
    std::vector<PasswordPart> parts;  // the cheapest reading zxcvbn found, in order
    std::vector<PatternKind> weaknesses;  // most serious first
    Feedback feedback;
    std::vector<RuleCheck> rules;  // OVHcloud's checklist
    bool truncated = false;  // only the first kMaxEvaluatedCharacters were read
    std::size_t evaluatedCharacters = 0;
    bool frenchListsMissing = false;  // a word list could not be read: French is flattered
};

// Why a typed password cannot be evaluated as it is (a NUL byte, bytes that are not UTF-8), as a
// msgid; nullptr when it can. The command line refuses such input with this message; the window
// cannot produce it (its text field holds Unicode text only).
const char* passwordInputProblem(std::string_view password);

class StrengthMeter {
public:
    // Uses the shared word lists, loading them now if nobody preloaded them.
    explicit StrengthMeter(const AccountContext& context = {});
    StrengthMeter(const AccountContext& context, std::shared_ptr<const MeterDictionary> dictionary);
    ~StrengthMeter();
    StrengthMeter(StrengthMeter&&) noexcept;
    StrengthMeter& operator=(StrengthMeter&&) noexcept;

    // NUL bytes and bytes that are not UTF-8 are left out before evaluating: they can only lower
    // the score of what remains, never raise it.
    StrengthEstimate evaluate(std::string_view password) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace vigie::password
