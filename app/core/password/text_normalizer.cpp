#include "password/text_normalizer.h"

#include "platform/text_hygiene.h"

namespace vigie::password {
namespace {

struct CodePoint {
    char32_t value;
    std::size_t length;  // bytes
};

// A byte that is not UTF-8 (platform/text_hygiene.h decides) comes back alone, as a value no
// table below knows, so that it passes through unchanged and nothing is read past the end.
constexpr char32_t kNotUtf8 = 0xFFFFFFFF;

CodePoint decodeAt(std::string_view text, std::size_t pos) {
    std::uint32_t value = 0;
    const std::size_t length = decodeUtf8(text, pos, value);
    if (length == 0) return {kNotUtf8, 1};
    return {value, length};
}

// Latin-1 letters and the French ligatures, without their accents.
std::string_view stripAccent(char32_t c) {
    if (c == 0x152 || c == 0x153) return "oe";
    if (c == 0x178) return "y";
    if (c < 0xC0 || c > 0xFF) return {};
    static const char* const table[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // C0
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "",  "ss",  // D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // E0
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "",  "y"};  // F0
    return table[c - 0xC0];
}

char foldAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

char undoLeet(char c, LeetOne one) {
    switch (c) {
        case '4':
        case '@':
            return 'a';
        case '3':
            return 'e';
        case '1':
            return one == LeetOne::AsI ? 'i' : 'l';
        case '0':
            return 'o';
        case '5':
        case '$':
            return 's';
        case '7':
            return 't';
        default:
            return c;
    }
}

void emit(NormalizedText& out, std::string_view bytes, std::size_t begin, std::size_t end) {
    out.text.append(bytes);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        out.sourceBegin.push_back(static_cast<std::uint32_t>(begin));
        out.sourceEnd.push_back(static_cast<std::uint32_t>(end));
    }
}

}  // namespace

void normalizePassword(std::string_view password, LeetOne one, NormalizedText& out) {
    out.clear();
    out.text.reserve(password.size() + 8);
    out.sourceBegin.reserve(password.size() + 8);
    out.sourceEnd.reserve(password.size() + 8);
    for (std::size_t pos = 0; pos < password.size();) {
        CodePoint cp = decodeAt(password, pos);
        std::size_t end = pos + cp.length;
        if (cp.length == 1 && cp.value < 0x80) {
            char c = undoLeet(foldAscii(password[pos]), one);
            emit(out, std::string_view(&c, 1), pos, end);
        } else if (std::string_view plain = stripAccent(cp.value); !plain.empty()) {
            emit(out, plain, pos, end);
        } else {
            emit(out, password.substr(pos, cp.length), pos, end);
        }
        pos = end;
    }
}

std::string foldWord(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t pos = 0; pos < word.size();) {
        CodePoint cp = decodeAt(word, pos);
        if (cp.length == 1 && cp.value < 0x80) {
            out += foldAscii(word[pos]);
        } else if (std::string_view plain = stripAccent(cp.value); !plain.empty()) {
            out += plain;
        } else {
            out += word.substr(pos, cp.length);
        }
        pos += cp.length;
    }
    return out;
}

bool hasLeetOne(std::string_view password) { return password.find('1') != std::string_view::npos; }

std::size_t countCharacters(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); pos += decodeAt(text, pos).length) ++count;
    return count;
}

std::size_t byteLengthOfCharacters(std::string_view text, std::size_t characters) {
    std::size_t pos = 0;
    for (std::size_t n = 0; n < characters && pos < text.size(); ++n) pos += decodeAt(text, pos).length;
    return pos;
}

}  // namespace vigie::password
