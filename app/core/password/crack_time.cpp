#include "password/crack_time.h"

#include <cmath>

#include "i18n/translator.h"

namespace vigie::password {
namespace {

constexpr double kMinute = 60;
constexpr double kHour = 60 * kMinute;
constexpr double kDay = 24 * kHour;
constexpr double kYear = 365.25 * kDay;
constexpr double kMonth = kYear / 12;

enum class Unit { Second, Minute, Hour, Day, Month, Year };

struct UnitScale {
    Unit unit;
    double seconds;
    long long limit;  // from this count on, the next unit reads better
};

constexpr UnitScale kScales[] = {
    {Unit::Second, 1, 60}, {Unit::Minute, kMinute, 60}, {Unit::Hour, kHour, 24},
    {Unit::Day, kDay, 31}, {Unit::Month, kMonth, 12},   {Unit::Year, kYear, 100},
};

// Literal pairs so that xgettext extracts each as one plural entry.
std::string pluralPattern(Unit unit, unsigned long n, const Translator& tr) {
    switch (unit) {
        case Unit::Second:
            return tr.plural("{} second", "{} seconds", n);
        case Unit::Minute:
            return tr.plural("{} minute", "{} minutes", n);
        case Unit::Hour:
            return tr.plural("{} hour", "{} hours", n);
        case Unit::Day:
            return tr.plural("{} day", "{} days", n);
        case Unit::Month:
            return tr.plural("{} month", "{} months", n);
        case Unit::Year:
            break;
    }
    return tr.plural("{} year", "{} years", n);
}

}  // namespace

CrackTimes crackTimesForBits(double bits) {
    double guesses = std::exp2(bits);
    return {guesses / kOnlineGuessesPerSecond, guesses / kOfflineGuessesPerSecond};
}

std::string formatDuration(double seconds, const Translator& tr) {
    if (!(seconds >= 1.0)) return tr(N_("less than a second"));
    if (seconds >= 100 * kYear) return tr(N_("centuries"));
    for (const UnitScale& scale : kScales) {
        long long count = std::llround(seconds / scale.seconds);
        if (count < scale.limit) {
            auto n = static_cast<unsigned long>(count);
            return format(pluralPattern(scale.unit, n, tr), {std::to_string(n)});
        }
    }
    return tr(N_("centuries"));
}

const char* onlineAttackLabel() { return N_("Online attack (10 guesses per second)"); }

const char* offlineAttackLabel() { return N_("Offline attack on a stolen fast hash (10 billion guesses per second)"); }

}  // namespace vigie::password
