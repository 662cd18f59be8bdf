#include "password/strength_meter.h"

#include <algorithm>
#include <cmath>

#include <zxcvbn.h>

#include "password/cheapest_reading.h"
#include "password/passphrase_reading.h"
#include "platform/text_hygiene.h"
#include "password/strength_bands.h"
#include "password/text_normalizer.h"
#include "password/word_cost.h"
#include "password/word_finder.h"
#include "secret/secure_string.h"

namespace vigie::password {
namespace {

// zxcvbn-c analyses only this many bytes in detail (ZXCVBN_DETAIL_LEN in zxcvbn.c) and prices
// the rest as one long sequence; words beyond it change nothing.
constexpr std::size_t kZxcvbnDetailBytes = 100;
// zxcvbn-c tries every user word at every position, forwards and backwards.
constexpr std::size_t kMaxUserWords = 24;

// The account details found in the password, handed to zxcvbn as user words: the exact text
// found, ASCII lower-cased, so zxcvbn matches it where it stands and prices capitals, leet,
// reversal and repetition itself. Their rank (position in the list) is how early an attacker
// who targets this account tries them, which is what zxcvbn expects of user words.
struct UserWords {
    std::vector<SecureString> words;
    std::vector<const char*> pointers;  // NULL-terminated, as ZxcvbnMatch wants
};

SecureString lowerAscii(std::string_view text) {
    SecureString out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        char& c = out.data()[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

UserWords accountUserWords(std::string_view password, const std::vector<FoundWord>& found) {
    std::vector<const FoundWord*> context;
    for (const FoundWord& word : found) {
        if (word.fromContext && word.end <= kZxcvbnDetailBytes) context.push_back(&word);
    }
    std::stable_sort(context.begin(), context.end(),
                     [](const FoundWord* a, const FoundWord* b) { return a->rank < b->rank; });
    UserWords result;
    for (const FoundWord* word : context) {
        if (result.words.size() == kMaxUserWords) break;
        SecureString text = lowerAscii(password.substr(word->begin, word->end - word->begin));
        if (std::find(result.words.begin(), result.words.end(), text) == result.words.end())
            result.words.push_back(std::move(text));
    }
    for (const SecureString& word : result.words) result.pointers.push_back(word.c_str());
    result.pointers.push_back(nullptr);
    return result;
}

// zxcvbn-c's brute-force price per byte (Cardinality() in zxcvbn.c).
double bruteForceBitsPerByte(std::string_view password) {
    bool lower = false, upper = false, digit = false, punct = false, other = false;
    for (char ch : password) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 0x80)
            punct = true;
        else
            other = true;
    }
    int cardinality = 26 * lower + 26 * upper + 10 * digit + 33 * punct + 100 * other;
    return cardinality ? std::log2(cardinality) : 0.0;
}

PatternKind kindOfMatch(int type) {
    switch (type) {
        case DICTIONARY_MATCH:
        case DICT_LEET_MATCH:
            return PatternKind::DictionaryWord;
        case USER_MATCH:
        case USER_LEET_MATCH:
            return PatternKind::UserData;  // only account details are user words
        case REPEATS_MATCH:
            return PatternKind::Repeat;
        case SEQUENCE_MATCH:
            return PatternKind::Sequence;
        case SPATIAL_MATCH:
            return PatternKind::Keyboard;
        case DATE_MATCH:
        case YEAR_MATCH:
            return PatternKind::Date;
        default:
            return PatternKind::Random;
    }
}

PatternKind kindOfSource(WordSource source) {
    switch (source) {
        case WordSource::Dictionary:
            return PatternKind::DictionaryWord;
        case WordSource::Keyboard:
            return PatternKind::Keyboard;
        case WordSource::Name:
            return PatternKind::Name;
        case WordSource::CommonPassword:
        case WordSource::Place:
        case WordSource::Club:
            break;
    }
    return PatternKind::CommonPassword;
}

// zxcvbn's cheapest reading, as candidates (its parts already carry the multi-part allowance).
void addZxcvbnReading(const ZxcMatch_t* info, std::size_t length, std::vector<Candidate>& out) {
    for (const ZxcMatch_t* match = info; match; match = match->Next) {
        int type = match->Type & ~MULTIPLE_MATCH;
        Candidate c;
        c.begin = std::min<std::size_t>(static_cast<std::size_t>(match->Begin), length);
        c.end = std::min<std::size_t>(c.begin + static_cast<std::size_t>(match->Length), length);
        c.bits = match->MltEnpy;
        c.kind = kindOfMatch(type);
        c.substituted = type == DICT_LEET_MATCH || type == USER_LEET_MATCH;
        c.repeated = (match->Type & MULTIPLE_MATCH) != 0;
        out.push_back(c);
    }
}

bool sameIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
    });
}

// Each French word found, priced at its real rank, and as a repeated run when it is typed
// several times in a row (soleilsoleil).
void addFrenchWords(std::string_view password, const std::vector<FoundWord>& found, std::size_t detailEnd,
                    std::vector<Candidate>& out) {
    for (const FoundWord& word : found) {
        if (word.fromContext || word.end > detailEnd) continue;
        std::string_view text = password.substr(word.begin, word.end - word.begin);
        Candidate c;
        c.begin = word.begin;
        c.end = word.end;
        c.kind = kindOfSource(word.source);
        double substitution = substitutionBits(text);
        c.substituted = substitution > 0;
        double bits = std::log2(static_cast<double>(word.rank)) + capitalisationBits(text) + substitution;
        c.bits = bits + multiPartAllowance(c.begin, c.end, detailEnd);
        out.push_back(c);
        std::size_t times = 1;
        while (c.end + text.size() <= detailEnd && sameIgnoringCase(password.substr(c.end, text.size()), text)) {
            c.end += text.size();
            c.repeated = true;
            c.bits = bits + std::log2(static_cast<double>(++times)) + multiPartAllowance(c.begin, c.end, detailEnd);
            out.push_back(c);
        }
    }
}

PasswordPart toPart(const Candidate& c, std::string_view password) {
    PasswordPart part;
    part.begin = countCharacters(password.substr(0, c.begin));
    part.length = countCharacters(password.substr(c.begin, c.end - c.begin));
    part.kind = c.kind;
    part.substituted = c.substituted;
    part.repeated = c.repeated;
    part.bits = c.bits;
    return part;
}

bool anyPersonal(const std::vector<FoundWord>& found, std::size_t personalCount) {
    return std::any_of(found.begin(), found.end(),
                       [&](const FoundWord& w) { return w.fromContext && w.rank <= personalCount; });
}

}  // namespace

struct StrengthMeter::Impl {
    Impl(const AccountContext& context, std::shared_ptr<const MeterDictionary> dictionary)
        : dictionary(std::move(dictionary)),
          finder(this->dictionary->index, contextWords(context)),
          personalWordCount(personalWords(context).size()) {}

    std::vector<PasswordPart> read(std::string_view password, const std::vector<FoundWord>& found) const;

    std::shared_ptr<const MeterDictionary> dictionary;
    WordFinder finder;
    std::size_t personalWordCount;
};

// zxcvbn (taught the account's details), then the cheapest reading once French words join in.
std::vector<PasswordPart> StrengthMeter::Impl::read(std::string_view password,
                                                    const std::vector<FoundWord>& found) const {
    SecureString terminated(password);
    UserWords userWords = accountUserWords(password, found);
    ZxcMatch_t* info = nullptr;
    ZxcvbnMatch(terminated.c_str(), userWords.pointers.data(), &info);
    std::vector<Candidate> candidates;
    candidates.reserve(found.size() + 16);
    addZxcvbnReading(info, password.size(), candidates);
    ZxcvbnFreeInfo(info);
    std::size_t detailEnd = std::min(password.size(), kZxcvbnDetailBytes);
    addFrenchWords(password, found, detailEnd, candidates);
    if (auto phrase = phraseReading(password, found)) candidates.push_back(*phrase);
    std::vector<PasswordPart> parts;
    for (const Candidate& c :
         cheapestReading(candidates, password.size(), bruteForceBitsPerByte(password), detailEnd)) {
        parts.push_back(toPart(c, password));
    }
    return parts;
}

StrengthMeter::StrengthMeter(const AccountContext& context) : StrengthMeter(context, meterDictionary()) {}
StrengthMeter::StrengthMeter(const AccountContext& context, std::shared_ptr<const MeterDictionary> dictionary)
    : impl_(std::make_unique<Impl>(context, std::move(dictionary))) {}
StrengthMeter::~StrengthMeter() = default;
StrengthMeter::StrengthMeter(StrengthMeter&&) noexcept = default;
StrengthMeter& StrengthMeter::operator=(StrengthMeter&&) noexcept = default;

const char* passwordInputProblem(std::string_view password) {
    if (password.find('\0') != std::string_view::npos)
        return N_("The password contains a NUL byte, which no password field accepts; type it again without it.");
    if (!isValidUtf8(password))
        return N_(
            "The password contains bytes that are not UTF-8 text; check the terminal's encoding and type it "
            "again.");
    return nullptr;
}

StrengthEstimate StrengthMeter::evaluate(std::string_view input) const {
    StrengthEstimate result;
    // zxcvbn reads C strings and the word finder UTF-8: keep only the characters both can read.
    SecureString readable;
    readable.reserve(input.size());
    for (std::size_t pos = 0; pos < input.size();) {
        std::size_t length = utf8CharacterLength(input, pos);
        if (length == 0 || input[pos] == '\0') {
            ++pos;
            continue;
        }
        readable.append(input.substr(pos, length));
        pos += length;
    }
    std::string_view visible = readable.view();
    std::size_t characters = countCharacters(visible);
    result.truncated = characters > kMaxEvaluatedCharacters;
    result.evaluatedCharacters = std::min(characters, kMaxEvaluatedCharacters);
    std::string_view password = visible.substr(0, byteLengthOfCharacters(visible, kMaxEvaluatedCharacters));

    std::vector<FoundWord> found = impl_->finder.find(password);
    result.parts = impl_->read(password, found);
    for (const PasswordPart& part : result.parts) result.entropyBits += part.bits;
    result.score = scoreForBits(result.entropyBits);
    result.crackTimes = crackTimesForBits(result.entropyBits);
    result.weaknesses = weaknessesOf(result.parts);
    result.feedback = feedbackFor(result.weaknesses, hasAdvisedSubstitution(result.parts), result.score);
    result.rules = checkRules(password, anyPersonal(found, impl_->personalWordCount));
    result.frenchListsMissing = !impl_->dictionary->unreadableFiles.empty();
    return result;
}

}  // namespace vigie::password
