// The meter's last step: among zxcvbn's reading of the password and the French words found in
// it, the cheapest way to cover the whole password, as zxcvbn itself chooses (a shortest path
// over the positions between characters, where each edge is a recognised part priced in bits).
// Gaps are filled by brute force at zxcvbn's price, so the result is never above zxcvbn's own
// estimate, and French words lower it only where they explain a part more cheaply.
#pragma once

#include <cstddef>
#include <vector>

#include "password/pattern.h"

namespace vigie::password {

// A possible reading of bytes [begin, end) of the password.
struct Candidate {
    std::size_t begin = 0;
    std::size_t end = 0;
    double bits = 0;  // including multiPartAllowance()
    PatternKind kind = PatternKind::Random;
    bool substituted = false;
    bool repeated = false;
};

// zxcvbn-c's extra cost for a part that is not the first (MULTI_END_ADDITION and
// MULTI_MID_ADDITION in zxcvbn.c): 0 at the start, 1 bit when it reaches `detailEnd`, else 1.75.
double multiPartAllowance(std::size_t begin, std::size_t end, std::size_t detailEnd);

// The cheapest sequence of candidates and brute-force gaps covering [0, length), in order.
std::vector<Candidate> cheapestReading(const std::vector<Candidate>& candidates, std::size_t length,
                                       double bruteBitsPerByte, std::size_t detailEnd);

}  // namespace vigie::password
