#include "password/word_lists.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>

#include "password/text_normalizer.h"
#include "platform/paths.h"

namespace vigie::password {
namespace {

constexpr const char* kCuratedFile = "passwords-fr.txt";
constexpr const char* kRankedFiles[] = {"words-fr.txt", "words-en.txt"};

std::mutex& stateMutex() {
    static std::mutex mutex;
    return mutex;
}
// Both guarded by stateMutex().
std::optional<WordListPaths>& configuredPaths() {
    static std::optional<WordListPaths> paths;
    return paths;
}
std::shared_ptr<const MeterDictionary>& loadedDictionary() {
    static std::shared_ptr<const MeterDictionary> dictionary;
    return dictionary;
}
// Bumped by setWordListPaths(), so a load that raced with it is not kept.
unsigned& pathsGeneration() {
    static unsigned generation = 0;
    return generation;
}
// Held for a whole load: concurrent first callers wait for one load instead of starting their
// own. Separate from stateMutex() so that reading the paths never waits for a load.
std::mutex& loadMutex() {
    static std::mutex mutex;
    return mutex;
}

std::optional<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Folded, without apostrophes and hyphens (aujourd'hui -> aujourdhui), or empty when the entry
// has anything but letters left.
std::string plainLetters(std::string_view raw) {
    std::string folded = foldWord(raw);
    std::string out;
    out.reserve(folded.size());
    for (char c : folded) {
        if (c == '\'' || c == '-') continue;
        if (c < 'a' || c > 'z') return {};
        out += c;
    }
    return out;
}

std::string_view trim(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    return line;
}

std::optional<WordSource> sectionSource(std::string_view name) {
    if (name == "common") return WordSource::CommonPassword;
    if (name == "keyboard") return WordSource::Keyboard;
    if (name == "names") return WordSource::Name;
    if (name == "places") return WordSource::Place;
    if (name == "clubs") return WordSource::Club;
    return std::nullopt;
}

std::string localeFile(const std::string& localesDir, const char* name) { return localesDir + "/" + name; }

template <class Append>
std::size_t appendFile(const std::string& path, std::vector<WordEntry>& entries, MeterDictionary& dictionary,
                       Append&& append) {
    const std::size_t before = entries.size();
    if (auto content = readFile(path))
        append(*content, entries);
    else
        dictionary.unreadableFiles.push_back(path);
    return entries.size() - before;
}

}  // namespace

WordListPaths defaultWordListPaths() {
    const std::string locales = localesSourceDir();
    return {locales, "/usr/share/dict/french", localeFile(locales, "passphrase-fr.txt"),
            localeFile(locales, "passphrase-en.txt")};
}

void setWordListPaths(const WordListPaths& paths) {
    std::lock_guard lock(stateMutex());
    configuredPaths() = paths;
    loadedDictionary().reset();
    ++pathsGeneration();
}

WordListPaths wordListPaths() {
    std::lock_guard lock(stateMutex());
    if (!configuredPaths()) configuredPaths() = defaultWordListPaths();
    return *configuredPaths();
}

std::vector<WordEntry> parseCuratedList(std::istream& in) {
    std::vector<WordEntry> entries;
    std::optional<WordSource> source;
    std::uint32_t rank = 0;
    std::string line;
    while (std::getline(in, line)) {
        std::string_view text = trim(line);
        if (text.empty() || text.front() == '#') continue;
        if (text.front() == '[' && text.back() == ']') {
            source = sectionSource(text.substr(1, text.size() - 2));
            rank = 0;
            continue;
        }
        std::string word = plainLetters(text);
        if (!source || word.size() < kMinCuratedWordLength || word.size() > kMaxWordLength) continue;
        entries.push_back({std::move(word), ++rank, *source});
    }
    return entries;
}

namespace {

// Calls take(word, line number) for each line's plain letters of `minLength` to kMaxWordLength.
template <class Take>
void forEachPlainWord(std::string_view content, std::size_t minLength, Take&& take) {
    std::uint32_t line = 0;
    while (!content.empty()) {
        std::size_t end = content.find('\n');
        std::string_view text = trim(content.substr(0, end));
        content.remove_prefix(end == std::string_view::npos ? content.size() : end + 1);
        ++line;
        std::string word = plainLetters(text);
        if (word.size() >= minLength && word.size() <= kMaxWordLength) take(std::move(word), line);
    }
}

}  // namespace

void appendDictionaryWords(std::string_view content, std::vector<WordEntry>& out, std::uint32_t rank) {
    forEachPlainWord(content, kMinDictionaryWordLength, [&](std::string word, std::uint32_t) {
        out.push_back({std::move(word), rank, WordSource::Dictionary});
    });
}

void appendRankedWords(std::string_view content, std::vector<WordEntry>& out) {
    forEachPlainWord(content, kMinRankedWordLength, [&](std::string word, std::uint32_t line) {
        out.push_back({std::move(word), line, WordSource::Dictionary});
    });
}

MeterDictionary loadMeterDictionary(const WordListPaths& paths) {
    auto start = std::chrono::steady_clock::now();
    MeterDictionary dictionary;
    std::vector<WordEntry> entries;
    std::string curated = localeFile(paths.localesDir, kCuratedFile);
    if (std::ifstream in(curated); in) {
        entries = parseCuratedList(in);
        dictionary.curatedWords = entries.size();
    } else {
        dictionary.unreadableFiles.push_back(curated);
    }
    for (const char* ranked : kRankedFiles) {
        dictionary.rankedWords +=
            appendFile(localeFile(paths.localesDir, ranked), entries, dictionary,
                       [](std::string_view content, auto& out) { appendRankedWords(content, out); });
    }
    dictionary.dictionaryWords +=
        appendFile(paths.frenchDictionary, entries, dictionary,
                   [](std::string_view content, auto& out) { appendDictionaryWords(content, out); });
    for (const std::string& list : {paths.frenchPassphraseWords, paths.englishPassphraseWords}) {
        // Counted first, so that each word's rank is its list's size.
        std::optional<std::string> content = readFile(list);
        if (!content) continue;  // the generator says so; the meter only loses a cap on prices
        std::vector<WordEntry> words;
        appendDictionaryWords(*content, words, 1);
        for (WordEntry& word : words) word.rank = static_cast<std::uint32_t>(std::max<std::size_t>(words.size(), 2));
        dictionary.dictionaryWords += words.size();
        entries.insert(entries.end(), std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
    }
    dictionary.index = WordIndex::build(std::move(entries));
    dictionary.loadTime =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
    return dictionary;
}

std::shared_ptr<const MeterDictionary> meterDictionary() {
    std::lock_guard loading(loadMutex());
    WordListPaths paths;
    unsigned generation = 0;
    {
        std::lock_guard lock(stateMutex());
        if (loadedDictionary()) return loadedDictionary();
        if (!configuredPaths()) configuredPaths() = defaultWordListPaths();
        paths = *configuredPaths();
        generation = pathsGeneration();
    }
    auto loaded = std::make_shared<const MeterDictionary>(loadMeterDictionary(paths));
    std::lock_guard lock(stateMutex());
    if (generation == pathsGeneration()) loadedDictionary() = loaded;
    return loaded;
}

void preloadWordLists() { meterDictionary(); }

bool wordListsReady() {
    std::lock_guard lock(stateMutex());
    return loadedDictionary() != nullptr;
}

}  // namespace vigie::password
