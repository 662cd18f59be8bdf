// Brings a password and word-list entries to one comparable form, so "Sol3il", "SOLEIL" and
// "sôleil" all meet "soleil": ASCII case folded, Latin accents stripped (é -> e, œ -> oe), and,
// for passwords, the common leet substitutions undone (4 @ -> a, 3 -> e, 1 -> i or l, 0 -> o,
// 5 $ -> s, 7 -> t). Letters are never changed by the leet map, so a word spelled plainly is
// found in every variant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "secret/secure_string.h"

namespace vigie::password {

// "1" stands for both i and l; the finder tries each reading.
enum class LeetOne { AsI, AsL };

// A normalized password, with the way back to the original bytes: for each output byte, the
// original character it came from (begin and end byte offsets), so a word found here maps to
// the exact substring the user typed.
struct NormalizedText {
    SecureString text;
    std::vector<std::uint32_t> sourceBegin;
    std::vector<std::uint32_t> sourceEnd;

    void clear() {
        text.wipe();
        sourceBegin.clear();
        sourceEnd.clear();
    }
};

// Case folding, accent stripping and the leet map, on UTF-8 (invalid bytes pass through).
void normalizePassword(std::string_view password, LeetOne one, NormalizedText& out);

// Case folding and accent stripping only, for word-list entries and account details.
std::string foldWord(std::string_view word);

// Whether the password has a character that the leet map reads as a letter.
bool hasLeetOne(std::string_view password);

// Number of UTF-8 characters (code points; an invalid byte counts as one).
std::size_t countCharacters(std::string_view text);
// Byte length of the first `characters` characters of `text`.
std::size_t byteLengthOfCharacters(std::string_view text, std::size_t characters);

}  // namespace vigie::password
