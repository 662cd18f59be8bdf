#include "totp/base32.h"

#include "i18n/translator.h"

namespace vigie::totp {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int symbolValue(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= '2' && c <= '7') return c - '2' + 26;
    return -1;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Symbols left over after whole 8-symbol groups: only 0, 2, 4, 5 and 7 encode whole bytes.
bool validRemainder(std::size_t symbols) {
    switch (symbols % 8) {
        case 0:
        case 2:
        case 4:
        case 5:
        case 7:
            return true;
        default:
            return false;
    }
}

Base32Result failure(Base32Error error, std::size_t position = 0) {
    Base32Result result;
    result.error = error;
    result.position = position;
    return result;
}

}  // namespace

Base32Result decodeBase32(std::string_view text) {
    Base32Result result;
    std::size_t symbols = 0, padding = 0, position = 0;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (!isContinuationByte(c)) ++position;
        if (isSpace(c)) continue;
        if (c == '=') {
            ++padding;
            continue;
        }
        int value = symbolValue(c);
        if (value < 0) return failure(Base32Error::InvalidCharacter, position);
        if (padding > 0) return failure(Base32Error::BadPadding, position);
        ++symbols;
        buffer = (buffer << 5 | static_cast<unsigned>(value)) & 0x1FFF;  // at most 12 live bits
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            result.bytes.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    if (symbols == 0) return failure(padding ? Base32Error::BadPadding : Base32Error::Empty);
    if (!validRemainder(symbols)) return failure(Base32Error::BadLength);
    if (padding > 0 && padding != (8 - symbols % 8) % 8) return failure(Base32Error::BadPadding);
    return result;
}

SecureString encodeBase32(std::string_view bytes, bool pad) {
    SecureString out;
    unsigned buffer = 0;
    int bits = 0;
    for (char byte : bytes) {
        buffer = (buffer << 8 | static_cast<unsigned char>(byte)) & 0xFFF;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(kAlphabet[(buffer >> bits) & 0x1F]);
        }
    }
    if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
    while (pad && out.size() % 8 != 0) out.push_back('=');
    return out;
}

std::string describe(const Base32Result& result, const Translator& tr) {
    switch (result.error) {
        case Base32Error::None:
            return {};
        case Base32Error::Empty:
            return tr(N_("The secret is empty."));
        case Base32Error::InvalidCharacter:
            return format(
                tr(N_("The secret has a character that cannot be in it, at position {}. Secrets use only the "
                      "letters A to Z and the digits 2 to 7 (a 0 is usually the letter O, a 1 the letter I).")),
                {std::to_string(result.position)});
        case Base32Error::BadLength:
            return tr(N_("The secret has the wrong length: a character is probably missing or doubled."));
        case Base32Error::BadPadding:
            break;
    }
    return tr(N_("The secret's padding (the = signs at its end) is wrong."));
}

}  // namespace vigie::totp
