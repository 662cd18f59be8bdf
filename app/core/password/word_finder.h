// Finds the known words inside a password (French dictionary, common French bases, the account's
// own details) before zxcvbn runs, so that zxcvbn is handed a handful of relevant user words
// rather than 220,000: one walk of the word index from each position of each normalized
// reading of the password.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "password/word_index.h"

namespace vigie::password {

struct FoundWord {
    std::size_t begin;  // byte offsets of the original (typed) text
    std::size_t end;
    std::uint32_t rank;  // the attacker's rank in the list the word came from
    bool fromContext;  // the account's own details (rank = position in contextWords())
    WordSource source;  // when not from the context
};

class WordFinder {
public:
    // `contextWords` as contextWords() returns them: folded, most personal first.
    WordFinder(const WordIndex& index, const std::vector<std::string>& contextWords);

    // Every occurrence, sorted by position. A span found in several lists appears once: as the
    // account's own detail if it is one, otherwise with its lowest rank.
    std::vector<FoundWord> find(std::string_view password) const;

private:
    struct ContextForm {
        std::string asI;  // the word under the leet map, reading 1 as i
        std::string asL;  // ... reading 1 as l
    };
    const WordIndex& index_;
    std::vector<ContextForm> context_;
};

}  // namespace vigie::password
