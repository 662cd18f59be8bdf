// The word lists behind the meter and the passphrase generator, where they are and how they are
// loaded. The meter's lists are read once, on first use or by preloadWordLists(), and shared:
// reading and indexing wfrench takes a noticeable fraction of a second (see README.md), so the
// GUI calls preloadWordLists() from a background thread at start-up, never on the UI thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "password/word_index.h"

namespace vigie::password {

struct WordListPaths {
    std::string localesDir;  // holds passwords-fr.txt (shipped with Vigie)
    std::string frenchDictionary;  // wfrench
    std::string englishDictionary;  // wamerican, for English passphrases
};

// localesSourceDir() (which honours $VIGIE_LOCALES_DIR and finds the installed or build-tree
// copy, see platform/paths.h); the Debian word-list files.
WordListPaths defaultWordListPaths();
// Where lists are read from from now on; drops lists already loaded so the next use rereads.
void setWordListPaths(const WordListPaths& paths);
WordListPaths wordListPaths();

// An attacker's French list is ordered by frequency; without frequencies for wfrench we place
// every ordinary word at rank 10,000 (about 13.3 bits), in line with the ranks zxcvbn gives
// uncommon English words (its lists hold about 30,000 entries). Common bases sit in
// passwords-fr.txt at much lower ranks.
constexpr std::uint32_t kDictionaryWordRank = 10000;
// Shorter dictionary words are everywhere inside random text and zxcvbn scores them as cheaply
// on its own; curated entries (psg, om...) may be shorter.
constexpr std::size_t kMinDictionaryWordLength = 4;
constexpr std::size_t kMinCuratedWordLength = 3;
constexpr std::size_t kMaxWordLength = 32;

struct MeterDictionary {
    WordIndex index;
    std::size_t curatedWords = 0;
    std::size_t dictionaryWords = 0;
    std::chrono::microseconds loadTime{0};
    std::vector<std::string> unreadableFiles;  // the meter still works, with less knowledge
};

// Reads and indexes the lists now, without caching (tests, benchmarks, the cached loader).
MeterDictionary loadMeterDictionary(const WordListPaths& paths);
// The shared, lazily loaded dictionary. Thread-safe; concurrent first callers wait for one load.
std::shared_ptr<const MeterDictionary> meterDictionary();
// Loads the shared dictionary now (call from a worker thread at start-up).
void preloadWordLists();

// passwords-fr.txt: "# comment", "[section]" (common, keyboard, names, places, clubs), one word
// per line, most common first within a section. Words are folded; unknown sections are skipped.
std::vector<WordEntry> parseCuratedList(std::istream& in);
// A plain word list (one word per line), folded, apostrophes and hyphens dropped, a-z only,
// kMinDictionaryWordLength to kMaxWordLength letters.
void appendDictionaryWords(std::string_view fileContent, std::vector<WordEntry>& out);

}  // namespace vigie::password
