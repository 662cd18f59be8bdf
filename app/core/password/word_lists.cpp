#include "password/word_lists.h"

#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>

#include "password/text_normalizer.h"
#include "platform/paths.h"

namespace vigie::password {
namespace {

constexpr const char* kCuratedFile = "passwords-fr.txt";

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

std::string curatedPath(const WordListPaths& paths) { return paths.localesDir + "/" + kCuratedFile; }

}  // namespace

WordListPaths defaultWordListPaths() {
    return {localesSourceDir(), "/usr/share/dict/french", "/usr/share/dict/american-english"};
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

void appendDictionaryWords(std::string_view content, std::vector<WordEntry>& out) {
    while (!content.empty()) {
        std::size_t end = content.find('\n');
        std::string_view line = trim(content.substr(0, end));
        content.remove_prefix(end == std::string_view::npos ? content.size() : end + 1);
        std::string word = plainLetters(line);
        if (word.size() < kMinDictionaryWordLength || word.size() > kMaxWordLength) continue;
        out.push_back({std::move(word), kDictionaryWordRank, WordSource::Dictionary});
    }
}

MeterDictionary loadMeterDictionary(const WordListPaths& paths) {
    auto start = std::chrono::steady_clock::now();
    MeterDictionary dictionary;
    std::vector<WordEntry> entries;
    std::string curated = curatedPath(paths);
    if (std::ifstream in(curated); in) {
        entries = parseCuratedList(in);
        dictionary.curatedWords = entries.size();
    } else {
        dictionary.unreadableFiles.push_back(curated);
    }
    if (auto content = readFile(paths.frenchDictionary)) {
        appendDictionaryWords(*content, entries);
        dictionary.dictionaryWords = entries.size() - dictionary.curatedWords;
    } else {
        dictionary.unreadableFiles.push_back(paths.frenchDictionary);
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

}  // namespace vigie::password
