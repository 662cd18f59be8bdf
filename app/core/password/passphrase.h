// Passphrases of random words: easy to type and remember, and their strength is exactly known
// (count x log2(list size) bits), unlike anything a person makes up.
//
// Lists: locales/passphrase-fr.txt and passphrase-en.txt, 4,096 common, easy words each (12 bits a
// word), built from frequency-ranked lists by a documented rule (locales/make-passphrase-lists):
// unaccented lower-case words of 4 to 8 letters, no conjugated forms, no coarse words.
// Words are drawn with OpenSSL's RAND_bytes, without modulo bias (secure_random.h).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/translator.h"
#include "password/secure_random.h"
#include "secret/secure_string.h"

namespace vigie::password {

constexpr int kMinPassphraseWords = 3;
constexpr int kMaxPassphraseWords = 12;
constexpr std::size_t kMaxSeparatorBytes = 8;

struct PassphraseOptions {
    Language language = Language::English;
    int wordCount = 5;
    std::string separator = "-";
};

struct Passphrase {
    SecureString text;
    double entropyBits = 0;
    std::size_t listSize = 0;
    const char* error = "";  // msgid when no passphrase could be made
    bool ok() const { return *error == '\0'; }
};

Passphrase generatePassphrase(const PassphraseOptions& options, const RandomBytes& random = systemRandomBytes());

// count x log2(listSize): what an attacker who knows the list and the count must search.
double passphraseEntropyBits(int wordCount, std::size_t listSize);

// Lines of `content` that are 4 to 8 letters a-z (no accents, no capitals: proper nouns and
// accented words are dropped, not altered), sorted and de-duplicated.
std::vector<std::string> filterPassphraseWords(std::string_view content);

// The filtered list for `language`, loaded on first use and shared; empty if the file is missing.
std::shared_ptr<const std::vector<std::string>> passphraseWords(Language language);

}  // namespace vigie::password
