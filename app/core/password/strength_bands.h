// The 0-4 score shown as a bar and a word. Bands are cut on zxcvbn-c's estimate in bits (the
// log2 of the guesses it thinks an attacker needs), at points that mean something for an
// OVHcloud account, whose password guards every service and invoice:
//   0 very weak    < 25 bits   found online within weeks even at 10 guesses per second
//   1 weak         < 40 bits   minutes offline against a fast hash
//   2 fair         < 60 bits   hours to a few years offline against a fast hash
//   3 strong       < 80 bits   years to millennia offline; what the CLI accepts (exit 0)
//   4 very strong  >= 80 bits  out of reach of any known attack
// The cuts are stricter than zxcvbn's own (whose top band starts near 33 bits) because zxcvbn
// targets web sign-ups while this account holds payment means and infrastructure.
#pragma once

namespace vigie::password {

constexpr int kMaxScore = 4;
// The lowest score Vigie calls good enough.
constexpr int kAcceptableScore = 3;

int scoreForBits(double bits);
// Lowest bits for `score` (0 for score 0).
double bitsForScore(int score);
// English msgid of the band name ("Very weak"...); views translate it.
const char* bandName(int score);

}  // namespace vigie::password
