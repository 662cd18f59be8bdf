#include "password/passphrase.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>

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

}  // namespace

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
    result.listSize = words->size();
    result.entropyBits = passphraseEntropyBits(options.wordCount, words->size());
    return result;
}

}  // namespace vigie::password
