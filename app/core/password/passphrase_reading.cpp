#include "password/passphrase_reading.h"

#include <algorithm>
#include <cmath>

#include "password/word_cost.h"

namespace vigie::password {
namespace {

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }

// The first ASCII character that is neither a letter nor a digit (UTF-8 letters such as ê are
// bytes >= 0x80, part of words); nothing when there is none.
std::optional<char> separatorOf(std::string_view password) {
    for (char c : password) {
        auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && !isAsciiLetter(c) && !isDigit(c)) return c;
    }
    return std::nullopt;
}

struct Piece {
    std::size_t begin;
    std::size_t end;
};

std::vector<Piece> split(std::string_view password, char separator) {
    std::vector<Piece> pieces;
    std::size_t begin = 0;
    for (std::size_t at = 0; at <= password.size(); ++at) {
        if (at == password.size() || password[at] == separator) {
            pieces.push_back({begin, at});
            begin = at + 1;
        }
    }
    return pieces;
}

std::optional<std::uint32_t> rankOf(const Piece& piece, const std::vector<FoundWord>& found) {
    std::optional<std::uint32_t> best;
    for (const FoundWord& word : found) {
        if (word.begin == piece.begin && word.end == piece.end && (!best || word.rank < *best)) best = word.rank;
    }
    return best;
}

enum class Style { Lower, Capitalised, Upper, Mixed };

Style styleOf(std::string_view word) {
    const bool anyUpper = std::any_of(word.begin(), word.end(), isUpper);
    const bool anyLower = std::any_of(word.begin(), word.end(), isLower);
    if (!anyUpper) return Style::Lower;
    if (!anyLower) return Style::Upper;
    if (isUpper(word.front()) && std::none_of(word.begin() + 1, word.end(), isUpper)) return Style::Capitalised;
    return Style::Mixed;
}

double separatorBits(char separator) {
    const bool common = kCommonSeparators.find(separator) != std::string_view::npos;
    return std::log2(common ? static_cast<double>(kCommonSeparators.size()) : 33.0);
}

bool isNumber(std::string_view text) {
    return !text.empty() && text.size() <= kMaxTrailingDigits && std::all_of(text.begin(), text.end(), isDigit);
}

}  // namespace

std::optional<Candidate> phraseReading(std::string_view password, const std::vector<FoundWord>& found) {
    const std::optional<char> separator = separatorOf(password);
    if (!separator) return std::nullopt;
    std::vector<Piece> pieces = split(password, *separator);
    double bits = separatorBits(*separator);
    const auto text = [&](const Piece& p) { return password.substr(p.begin, p.end - p.begin); };
    if (isNumber(text(pieces.back()))) {
        bits += static_cast<double>(pieces.back().end - pieces.back().begin) * std::log2(10.0);
        pieces.pop_back();
    }
    if (pieces.size() < kMinPhraseWords) return std::nullopt;
    double capitals = 0;
    const Style first = styleOf(text(pieces.front()));
    bool shared = true;  // every word in the style of the first
    for (const Piece& piece : pieces) {
        const std::optional<std::uint32_t> rank = rankOf(piece, found);
        if (!rank) return std::nullopt;
        bits += std::log2(static_cast<double>(*rank)) + substitutionBits(text(piece));
        capitals += capitalisationBits(text(piece));
        shared = shared && styleOf(text(piece)) == first;
    }
    if (shared && first == Style::Lower) capitals = 0;
    if (shared && (first == Style::Capitalised || first == Style::Upper)) capitals = 1;
    Candidate whole;
    whole.begin = 0;
    whole.end = password.size();
    whole.bits = bits + capitals;
    whole.kind = PatternKind::Phrase;
    return whole;
}

}  // namespace vigie::password
