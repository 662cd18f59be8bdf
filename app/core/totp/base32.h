// Base32 (RFC 4648 section 6), as authenticator secrets are written: accepts lower case, spaces
// and missing padding, and says precisely what is wrong otherwise. Decoded bytes go straight
// into a wiped buffer; error messages carry a position, never a character of the secret.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "secret/secure_string.h"

namespace vigie {
class Translator;
}

namespace vigie::totp {

enum class Base32Error {
    None,
    Empty,  // nothing but spaces
    InvalidCharacter,  // `position` says where
    BadLength,  // a symbol too many or too few: no byte count gives this length
    BadPadding,  // '=' in the middle, or the wrong number of '=' at the end
};

struct Base32Result {
    SecureString bytes;
    Base32Error error = Base32Error::None;
    std::size_t position = 0;  // 1-based character position in the input, for InvalidCharacter
    bool ok() const { return error == Base32Error::None; }
};

Base32Result decodeBase32(std::string_view text);
// Upper case, with '=' padding when `pad`.
SecureString encodeBase32(std::string_view bytes, bool pad = true);

std::string describe(const Base32Result& result, const Translator& translator);

}  // namespace vigie::totp
