// Passphrases of random words: easy to type and remember, and their strength is exactly known
// (count x log2(list size) bits), unlike anything a person makes up.
//
// Lists: locales/passphrase-fr.txt and passphrase-en.txt, 4,096 common, easy words each (12 bits a
// word), built from frequency-ranked lists by a documented rule (locales/make-passphrase-lists):
// unaccented lower-case words of 4 to 8 letters, no conjugated forms, no coarse words.
// Words are drawn with OpenSSL's RAND_bytes, without modulo bias (secure_random.h).
//
// OVHcloud's rules ask for capital letters and a digit, so the recommended options capitalise
// each word and end the passphrase with a random digit (after the separator, itself a special
// character): the Control Panel would otherwise refuse it. Capitals add no strength, since an
// attacker who knows the scheme knows where they are, and are not counted; the digit adds
// log2(10) bits and is.
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

constexpr int kDefaultPassphraseWords = 6;  // 72 bits from a list of 4,096 words, 75 with the digit

struct PassphraseOptions {
    Language language = Language::English;
    int wordCount = kDefaultPassphraseWords;
    std::string separator = "-";
    bool capitals = false;  // each word starts with a capital letter
    bool digit = false;  // a random digit ends the passphrase, after a separator
};

// What the window and `vigie passphrase` offer by default: OVHcloud's rules met.
PassphraseOptions recommendedPassphraseOptions(Language language);

// The separators offered by name: a space or a dot is hard to see in a text field.
struct PassphraseSeparator {
    const char* label;  // msgid
    const char* text;
};
const std::vector<PassphraseSeparator>& passphraseSeparators();

struct Passphrase {
    SecureString text;
    double entropyBits = 0;  // words and digit; capitals count for nothing
    std::size_t listSize = 0;
    int wordCount = 0;
    bool withDigit = false;
    const char* error = "";  // msgid when no passphrase could be made
    bool ok() const { return *error == '\0'; }
};

Passphrase generatePassphrase(const PassphraseOptions& options, const RandomBytes& random = systemRandomBytes());

// count x log2(listSize): what an attacker who knows the list and the count must search.
double passphraseEntropyBits(int wordCount, std::size_t listSize);
// The same plus log2(10) for a random digit.
double passphraseEntropyBits(const PassphraseOptions& options, std::size_t listSize);

// "About 75 bits: 6 words drawn at random from a list of 4,096, and a digit." in tr's language.
std::string describePassphrase(const Passphrase& passphrase, const Translator& tr);

// Lines of `content` that are 4 to 8 letters a-z (no accents, no capitals: proper nouns and
// accented words are dropped, not altered), sorted and de-duplicated.
std::vector<std::string> filterPassphraseWords(std::string_view content);

// The filtered list for `language`, loaded on first use and shared; empty if the file is missing.
std::shared_ptr<const std::vector<std::string>> passphraseWords(Language language);

}  // namespace vigie::password
