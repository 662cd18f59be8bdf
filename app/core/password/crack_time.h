// How long guessing the password would take, for two attacks, in words a person reads. These are
// estimates from zxcvbn's guess count, not promises: they assume the attacker guesses in the
// order zxcvbn models, and real attackers may be luckier or better equipped.
//   online:  10 guesses per second, an attacker sending guesses to the login page who got round
//            its rate limit (zxcvbn's "online_no_throttling_10_per_second")
//   offline: 10 billion guesses per second, a stolen database of fast hashes (SHA-1, MD5)
//            cracked on GPUs (zxcvbn's "offline_fast_hashing_1e10_per_second")
// Time = 2^bits / rate: the whole search, as zxcvbn counts it.
#pragma once

#include <string>

namespace vigie {
class Translator;
}

namespace vigie::password {

constexpr double kOnlineGuessesPerSecond = 10.0;
constexpr double kOfflineGuessesPerSecond = 1e10;

struct CrackTimes {
    double onlineSeconds = 0;
    double offlineSeconds = 0;
};

CrackTimes crackTimesForBits(double bits);

// "less than a second", "3 hours", "2 months", "centuries" (at and beyond 100 years), translated
// with plurals. Rounded to the nearest unit; a value that rounds up to the next unit uses it.
std::string formatDuration(double seconds, const Translator& translator);

// msgids naming each attack, for labels.
const char* onlineAttackLabel();
const char* offlineAttackLabel();

}  // namespace vigie::password
