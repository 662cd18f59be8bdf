// What the meter recognised in each part of a password, for the advice and for views that
// highlight the weak parts.
#pragma once

#include <cstddef>

namespace vigie::password {

enum class PatternKind {
    Random,  // nothing recognised: brute force
    DictionaryWord,  // a French or English dictionary word
    Phrase,  // common words joined by one separator (passphrase_reading.h)
    CommonPassword,  // a common French password base, place or football club
    Name,  // a first name
    UserData,  // the account's own details, or OVHcloud's names
    Keyboard,  // a keyboard row or pattern (azerty, qwerty, 7896)
    Repeat,  // aaa, abcabc, a word twice
    Sequence,  // abcd, 6543
    Date,  // a date or a year
};

struct PasswordPart {
    std::size_t begin = 0;  // in characters of the evaluated password
    std::size_t length = 0;  // in characters
    PatternKind kind = PatternKind::Random;
    bool substituted = false;  // leet substitutions (p@ssw0rd) were undone to see it
    bool repeated = false;  // the pattern appears several times in a row (soleilsoleil)
    double bits = 0;  // what this part adds to the estimate
};

}  // namespace vigie::password
