#include "cli/secret_input.h"

#include <istream>

namespace vigie::cli {

bool readSecretLine(std::istream& in, SecureString& secret, std::size_t maxBytes) {
    bool any = false;
    for (int c = in.get(); c != std::char_traits<char>::eof() && c != '\n'; c = in.get()) {
        any = true;
        if (secret.size() < maxBytes) secret.push_back(static_cast<char>(c));
    }
    if (!secret.empty() && secret[secret.size() - 1] == '\r') secret.truncate(secret.size() - 1);
    return any || !secret.empty();
}

}  // namespace vigie::cli
