#include "password/word_cost.h"

#include <algorithm>
#include <cmath>

namespace vigie::password {
namespace {

double binomial(int n, int k) {
    if (k > n) return 0.0;
    double r = 1.0;
    for (int d = 1; d <= k; ++d) r = r * (n - k + d) / d;
    return r;
}

// Sum over i <= min(a, b) of C(a + b, i): the ways to pick up to min(a, b) of a + b positions.
double waysToPick(int a, int b) {
    double ways = 0.0;
    for (int i = 0; i <= std::min(a, b); ++i) ways += binomial(a + b, i);
    return ways;
}

// The letters the leet map can stand for, and which substitute reads as which.
constexpr char kLetters[] = "aeilost";
int letterSlot(char letter) {
    for (int i = 0; kLetters[i]; ++i) {
        if (kLetters[i] == letter) return i;
    }
    return -1;
}
int substituteSlot(char c) {
    switch (c) {
        case '4':
        case '@':
            return letterSlot('a');
        case '3':
            return letterSlot('e');
        case '1':
            return letterSlot('i');
        case '0':
            return letterSlot('o');
        case '5':
        case '$':
            return letterSlot('s');
        case '7':
            return letterSlot('t');
        default:
            return -1;
    }
}

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

double capitalisationBits(std::string_view word) {
    int upper = 0, lower = 0;
    for (char c : word) {
        upper += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
    }
    if (upper == 0) return 0.0;
    auto isUpper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (lower == 0) return 1.0;
    if (upper == 1 && (isUpper(word.front()) || isUpper(word.back()))) return 1.0;
    return std::log2(waysToPick(upper, lower));
}

double substitutionBits(std::string_view word) {
    int substituted[sizeof kLetters] = {};
    int plain[sizeof kLetters] = {};
    bool any = false;
    for (char c : word) {
        if (int slot = substituteSlot(c); slot >= 0) {
            ++substituted[slot];
            any = true;
        } else if (int letter = letterSlot(lowerAscii(c)); letter >= 0) {
            ++plain[letter];
        }
    }
    if (!any) return 0.0;
    double ways = 0.0;
    for (std::size_t i = 0; i + 1 < sizeof kLetters; ++i) {
        if (substituted[i]) ways += waysToPick(substituted[i], plain[i]);
    }
    return std::max(1.0, std::log2(ways));
}

}  // namespace vigie::password
