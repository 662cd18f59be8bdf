#include "cli/secret_input.h"

#include <istream>

#include "platform/text_hygiene.h"

namespace vigie::cli {

bool readSecretLine(std::istream& in, SecureString& secret, std::size_t maxBytes) {
    bool any = false;
    for (int c = in.get(); c != std::char_traits<char>::eof() && c != '\n'; c = in.get()) {
        any = true;
        if (secret.size() < maxBytes) secret.push_back(static_cast<char>(c));
    }
    if (!secret.empty() && secret[secret.size() - 1] == '\r') secret.truncate(secret.size() - 1);
    // A long paste cut at maxBytes may end inside a character: drop that partial one, so the
    // input is not refused as invalid UTF-8 for a cut Vigie made.
    if (secret.size() >= maxBytes) {
        std::size_t whole = 0;
        for (std::size_t pos = 0, n; pos < secret.size() && (n = utf8CharacterLength(secret.view(), pos)) > 0; pos += n)
            whole = pos + n;
        if (whole + 4 > secret.size()) secret.truncate(whole);
    }
    return any || !secret.empty();
}

}  // namespace vigie::cli
