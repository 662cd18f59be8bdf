#include "password/feedback.h"

#include <algorithm>

#include "i18n/translator.h"
#include "password/strength_bands.h"

namespace vigie::password {
namespace {

// Most serious first: what an attacker tries earliest.
constexpr PatternKind kSeverityOrder[] = {
    PatternKind::UserData, PatternKind::CommonPassword, PatternKind::Name,
    PatternKind::Keyboard, PatternKind::Phrase,         PatternKind::DictionaryWord,
    PatternKind::Repeat,   PatternKind::Sequence,       PatternKind::Date,
};

const char* warningFor(PatternKind kind) {
    switch (kind) {
        case PatternKind::UserData:
            return N_(
                "It contains your own details (name, e-mail address, NIC handle) or the OVHcloud name, "
                "which attackers try first.");
        case PatternKind::CommonPassword:
            return N_("It is built on one of the most common French passwords, places or football clubs.");
        case PatternKind::Name:
            return N_("First names are among the first guesses attackers make.");
        case PatternKind::Keyboard:
            return N_("Keyboard rows such as azerty or qwerty are guessed in seconds.");
        case PatternKind::Phrase:
            return N_("A phrase of common words is guessed word by word, the most frequent words first.");
        case PatternKind::DictionaryWord:
            return N_("A dictionary word is easy to guess, even with capitals or symbols added.");
        case PatternKind::Repeat:
            return N_("Repeats such as aaa or abcabc are hardly harder to guess than what is repeated.");
        case PatternKind::Sequence:
            return N_("Sequences such as abc or 6543 are easy to guess.");
        case PatternKind::Date:
            return N_("Dates and years are easy to guess.");
        case PatternKind::Random:
            break;
    }
    return "";
}

const char* suggestionFor(PatternKind kind) {
    switch (kind) {
        case PatternKind::UserData:
            return N_("Leave out your name, e-mail address, NIC handle and the OVHcloud name.");
        case PatternKind::CommonPassword:
            return N_("Avoid popular bases such as soleil, jetaime, a town or your favourite club.");
        case PatternKind::Name:
            return N_("Avoid first names, yours and those of people close to you.");
        case PatternKind::Keyboard:
            return N_("Avoid keyboard patterns.");
        case PatternKind::Phrase:
            return N_(
                "Let chance choose the words (the passphrase generator does): a sentence you make up is easier "
                "to guess.");
        case PatternKind::DictionaryWord:
            return N_("Combine several unrelated words rather than dressing up a single one.");
        case PatternKind::Repeat:
            return N_("Avoid repeated words and characters.");
        case PatternKind::Sequence:
            return N_("Avoid sequences of letters or digits.");
        case PatternKind::Date:
            return N_("Avoid dates and years, especially those linked to you.");
        case PatternKind::Random:
            break;
    }
    return "";
}

// zxcvbn reads a lone "!" as a substituted "i" and "a" as a word: true, but not worth advice.
constexpr std::size_t kShortestAdvisedWord = 3;

bool worthAdvice(const PasswordPart& part) {
    bool wordLike = part.kind == PatternKind::DictionaryWord || part.kind == PatternKind::Phrase ||
                    part.kind == PatternKind::CommonPassword || part.kind == PatternKind::Name;
    return !wordLike || part.length >= kShortestAdvisedWord;
}

bool contains(const std::vector<PatternKind>& kinds, PatternKind kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

std::vector<PatternKind> weaknessesOf(const std::vector<PasswordPart>& parts) {
    std::vector<PatternKind> found;
    for (PatternKind kind : kSeverityOrder) {
        bool present = std::any_of(parts.begin(), parts.end(), [&](const PasswordPart& p) {
            return worthAdvice(p) && (p.kind == kind || (kind == PatternKind::Repeat && p.repeated));
        });
        if (present) found.push_back(kind);
    }
    return found;
}

bool hasAdvisedSubstitution(const std::vector<PasswordPart>& parts) {
    return std::any_of(parts.begin(), parts.end(),
                       [](const PasswordPart& p) { return p.substituted && worthAdvice(p); });
}

Feedback feedbackFor(const std::vector<PatternKind>& weaknesses, bool substituted, int score) {
    Feedback feedback;
    if (score >= kAcceptableScore) {
        if (contains(weaknesses, PatternKind::UserData)) {
            feedback.warning = warningFor(PatternKind::UserData);
            feedback.suggestions.push_back(suggestionFor(PatternKind::UserData));
        }
        return feedback;
    }
    if (!weaknesses.empty()) feedback.warning = warningFor(weaknesses.front());
    feedback.suggestions.push_back(
        N_("Add another word or two: four or five random words are easy to remember "
           "and hard to guess."));
    for (PatternKind kind : weaknesses) feedback.suggestions.push_back(suggestionFor(kind));
    if (substituted)
        feedback.suggestions.push_back(N_("Predictable substitutions such as @ for a or 0 for o do not help much."));
    if (weaknesses.empty())
        feedback.suggestions.push_back(N_("Make it longer: length counts more than odd characters."));
    return feedback;
}

const char* truncationNotice() { return N_("Only the first {} characters were evaluated."); }

}  // namespace vigie::password
