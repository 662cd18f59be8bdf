#include "password/strength_bands.h"

#include <algorithm>

#include "i18n/translator.h"

namespace vigie::password {
namespace {

constexpr double kThresholds[kMaxScore + 1] = {0.0, 25.0, 40.0, 60.0, 80.0};

}  // namespace

int scoreForBits(double bits) {
    int score = 0;
    while (score < kMaxScore && bits >= kThresholds[score + 1]) ++score;
    return score;
}

double bitsForScore(int score) { return kThresholds[std::clamp(score, 0, kMaxScore)]; }

const char* bandName(int score) {
    static const char* const names[kMaxScore + 1] = {N_("Very weak"), N_("Weak"), N_("Fair"), N_("Strong"),
                                                     N_("Very strong")};
    return names[std::clamp(score, 0, kMaxScore)];
}

}  // namespace vigie::password
