// What a French word found in a password costs an attacker, in bits, priced the way zxcvbn-c
// prices a word from its own lists (DictionaryEntropy in zxcvbn.c), so that both kinds of word
// compete fairly in the meter's cheapest reading: log2(rank) + capitalisationBits(word) +
// substitutionBits(word).
#pragma once

#include <string_view>

namespace vigie::password {

// 0 for all lower case; 1 bit for all upper case or only the first or last letter capitalised;
// otherwise log2 of the number of ways to capitalise that many letters.
double capitalisationBits(std::string_view original);
// 0 without substitutions; otherwise log2 of the ways to substitute that many letters, at least 1.
double substitutionBits(std::string_view original);

}  // namespace vigie::password
