// Reading a secret (a password, an authenticator secret) from standard input, never from an
// argument: one line, without its line ending, into a wiped buffer, at most `maxBytes` kept (the
// rest of a long line is read and dropped, so a huge paste neither freezes nor fills memory).
#pragma once

#include <cstddef>
#include <iosfwd>

#include "secret/secure_string.h"

namespace vigie::cli {

// False when the input is empty.
bool readSecretLine(std::istream& in, SecureString& secret, std::size_t maxBytes);

}  // namespace vigie::cli
