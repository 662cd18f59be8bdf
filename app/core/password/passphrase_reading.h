// A passphrase read as what it is: words joined by one repeated separator, with an optional
// number at the end ("tortue bleue mange des crêpes", "Tortue-Bleue-Mange-7"). zxcvbn-c prices
// such a phrase part by part: each separator as brute force (5 to 7 bits a character) and each
// capital again, so a sentence of common words scored higher than it deserves and higher than
// the generator's own exact figure for a random phrase. An attacker who guesses phrases tries a
// separator once for the whole phrase and one capitalisation style for every word: this reading
// prices it that way, and competes with the others in the meter's cheapest reading.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "password/cheapest_reading.h"
#include "password/word_finder.h"

namespace vigie::password {

// The separators people and generators use; any of them costs log2(8) = 3 bits, once. Any other
// ASCII punctuation costs log2(33), zxcvbn's price for a symbol.
constexpr std::string_view kCommonSeparators = " -._,;+/";
// A phrase has at least this many words.
constexpr std::size_t kMinPhraseWords = 2;
// The number at the end: at most this many digits, log2(10) bits each.
constexpr std::size_t kMaxTrailingDigits = 4;

// The whole password as one part (kind Phrase), when every piece between separators is a word
// found in it (a span of `found`), except perhaps a last piece of digits. Its bits: each word's
// log2(rank) and substitutions, the separator once, one bit when every word is capitalised the
// same way (Capitalised or UPPER), otherwise each word's capitalisation, and the digits.
std::optional<Candidate> phraseReading(std::string_view password, const std::vector<FoundWord>& found);

}  // namespace vigie::password
