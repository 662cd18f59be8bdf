#include "password/passphrase.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>

#include "password/number_format.h"
#include "password/word_lists.h"

namespace vigie::password {
namespace {

constexpr std::size_t kMinLetters = 4;
constexpr std::size_t kMaxLetters = 8;

bool isPlainWord(std::string_view word) {
    return word.size() >= kMinLetters && word.size() <= kMaxLetters &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::shared_ptr<const std::vector<std::string>> loadList(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string content(std::istreambuf_iterator<char>(in), {});
    return std::make_shared<const std::vector<std::string>>(filterPassphraseWords(content));
}

const char* missingListError(Language language) {
    return language == Language::French ? N_("The French word list (passphrase-fr.txt) is missing: reinstall Vigie.")
                                        : N_("The English word list (passphrase-en.txt) is missing: reinstall Vigie.");
}

// The lists hold lower-case a-z words only, so every letter after a non-letter starts a word.
void capitaliseWords(SecureString& text) {
    bool wordStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char& c = text.data()[i];
        const bool letter = c >= 'a' && c <= 'z';
        if (letter && wordStart) c = static_cast<char>(c - 'a' + 'A');
        wordStart = !letter;
    }
}

}  // namespace

PassphraseOptions recommendedPassphraseOptions(Language language) {
    PassphraseOptions options;
    options.language = language;
    options.capitals = true;
    options.digit = true;
    return options;
}

const std::vector<PassphraseSeparator>& passphraseSeparators() {
    static const std::vector<PassphraseSeparator> separators{
        {N_("Hyphen ( - )"), "-"},
        {N_("Space"), " "},
        {N_("Full stop ( . )"), "."},
        {N_("Underscore ( _ )"), "_"},
    };
    return separators;
}

std::vector<std::string> filterPassphraseWords(std::string_view content) {
    std::vector<std::string> words;
    while (!content.empty()) {
        std::size_t end = content.find('\n');
        std::string_view line = content.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (isPlainWord(line)) words.emplace_back(line);
        content.remove_prefix(end == std::string_view::npos ? content.size() : end + 1);
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

// Cached by path, so changing the configured paths (tests, the resource locator) takes effect.
std::shared_ptr<const std::vector<std::string>> passphraseWords(Language language) {
    WordListPaths paths = wordListPaths();
    const std::string& path = language == Language::French ? paths.frenchPassphraseWords : paths.englishPassphraseWords;
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const std::vector<std::string>>> cache;
    std::lock_guard lock(mutex);
    auto& list = cache[path];
    if (!list) list = loadList(path);
    return list;
}

double passphraseEntropyBits(int wordCount, std::size_t listSize) {
    return listSize > 1 ? wordCount * std::log2(static_cast<double>(listSize)) : 0.0;
}

double passphraseEntropyBits(const PassphraseOptions& options, std::size_t listSize) {
    return passphraseEntropyBits(options.wordCount, listSize) + (options.digit ? std::log2(10.0) : 0.0);
}

std::string describePassphrase(const Passphrase& passphrase, const Translator& tr) {
    const std::string bits = std::to_string(std::lround(passphrase.entropyBits));
    const std::string words = std::to_string(passphrase.wordCount);
    const std::string list = formatCount(passphrase.listSize, tr.language());
    return passphrase.withDigit
               ? format(tr(N_("About {} bits: {} words drawn at random from a list of {}, and a digit.")),
                        {bits, words, list})
               : format(tr(N_("About {} bits: {} words drawn at random from a list of {}.")), {bits, words, list});
}

Passphrase generatePassphrase(const PassphraseOptions& options, const RandomBytes& random) {
    Passphrase result;
    if (options.wordCount < kMinPassphraseWords || options.wordCount > kMaxPassphraseWords) {
        result.error = N_("Choose between 3 and 12 words.");
        return result;
    }
    if (options.separator.size() > kMaxSeparatorBytes) {
        result.error = N_("The separator is too long.");
        return result;
    }
    auto words = passphraseWords(options.language);
    if (words->size() < 2) {
        result.error = missingListError(options.language);
        return result;
    }
    for (int i = 0; i < options.wordCount; ++i) {
        auto index = uniformIndex(static_cast<std::uint32_t>(words->size()), random);
        if (!index) {
            result.text.wipe();
            result.error = N_("The system could not provide random numbers.");
            return result;
        }
        if (i > 0) result.text.append(options.separator);
        result.text.append((*words)[*index]);
    }
    if (options.digit) {
        auto digit = uniformIndex(10, random);
        if (!digit) {
            result.text.wipe();
            result.error = N_("The system could not provide random numbers.");
            return result;
        }
        result.text.append(options.separator);
        result.text.push_back(static_cast<char>('0' + *digit));
    }
    if (options.capitals) capitaliseWords(result.text);
    result.listSize = words->size();
    result.wordCount = options.wordCount;
    result.withDigit = options.digit;
    result.entropyBits = passphraseEntropyBits(options, words->size());
    return result;
}

}  // namespace vigie::password
