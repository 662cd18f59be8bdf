// The word lists behind the meter and the passphrase generator, where they are and how they are
// loaded. The meter's lists are read once, on first use or by preloadWordLists(), and shared:
// reading and indexing them takes a noticeable fraction of a second (see README.md), so the GUI
// calls preloadWordLists() from a background thread when a step with a meter is first built,
// never at start-up (the first screen does not need them) and never on the UI thread.
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
    // Vigie's own lists (see locales/WORD-LISTS.md): passwords-fr.txt, and words-fr.txt and
    // words-en.txt, French and English words ranked by frequency (rank = line number).
    std::string localesDir;
    std::string frenchDictionary;  // wfrench: the French words the ranked list does not hold
    std::string frenchPassphraseWords;  // the generator's lists, one word a line
    std::string englishPassphraseWords;
};

// localesSourceDir() (which honours $VIGIE_LOCALES_DIR and finds the installed or build-tree
// copy, see platform/paths.h), for Vigie's lists; Debian's wfrench.
WordListPaths defaultWordListPaths();
// Where lists are read from from now on; drops lists already loaded so the next use rereads.
void setWordListPaths(const WordListPaths& paths);
WordListPaths wordListPaths();

// An attacker's list is ordered by frequency: a word of words-fr.txt or words-en.txt has the
// rank of its line. wfrench has no frequencies: a word it alone holds is guessed after every
// ranked word, at rank 30,000 (about 14.9 bits). A word of a passphrase list has at most that
// list's size as rank: an attacker who knows Vigie's generator draws from it (12 bits a word).
constexpr std::uint32_t kUnrankedDictionaryWordRank = 30000;
// Unranked dictionary words shorter than this are everywhere inside random text; ranked words
// of three letters (des, est) are kept at their real, low, price, as zxcvbn does for English.
// Curated entries (psg, om...) may be short too.
constexpr std::size_t kMinDictionaryWordLength = 4;
constexpr std::size_t kMinRankedWordLength = 3;
constexpr std::size_t kMinCuratedWordLength = 3;
constexpr std::size_t kMaxWordLength = 32;

struct MeterDictionary {
    WordIndex index;
    std::size_t curatedWords = 0;
    std::size_t rankedWords = 0;  // words-fr.txt and words-en.txt
    std::size_t dictionaryWords = 0;  // wfrench and the passphrase lists
    std::chrono::microseconds loadTime{0};
    std::vector<std::string> unreadableFiles;  // the meter still works, with less knowledge
};

// Reads and indexes the lists now, without caching (tests, benchmarks, the cached loader).
MeterDictionary loadMeterDictionary(const WordListPaths& paths);
// The shared, lazily loaded dictionary. Thread-safe; concurrent first callers wait for one load.
std::shared_ptr<const MeterDictionary> meterDictionary();
// Loads the shared dictionary now (call from a worker thread).
void preloadWordLists();
// Whether meterDictionary() would return at once, without waiting for a load.
bool wordListsReady();

// passwords-fr.txt: "# comment", "[section]" (common, keyboard, names, places, clubs), one word
// per line, most common first within a section. Words are folded; unknown sections are skipped.
std::vector<WordEntry> parseCuratedList(std::istream& in);
// A plain word list (one word per line), folded, apostrophes and hyphens dropped, a-z only,
// kMinDictionaryWordLength to kMaxWordLength letters, every word at `rank`.
void appendDictionaryWords(std::string_view fileContent, std::vector<WordEntry>& out,
                           std::uint32_t rank = kUnrankedDictionaryWordRank);
// A list ranked by frequency (one word per line, most frequent first): each word, folded as
// above and of kMinRankedWordLength letters or more, at the rank of its line.
void appendRankedWords(std::string_view fileContent, std::vector<WordEntry>& out);

}  // namespace vigie::password
