#include "record/record_time.h"

#include <cstdio>
#include <ctime>

namespace vigie {

namespace {

std::tm localParts(TimePoint t) {
    std::time_t seconds = Clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    return local;
}

std::string strftimeString(const char* pattern, const std::tm& parts) {
    char buffer[64];
    std::size_t length = std::strftime(buffer, sizeof buffer, pattern, &parts);
    return std::string(buffer, length);
}

// "+01:00"; tm_gmtoff is a glibc/BSD extension every platform Vigie targets has.
std::string utcOffset(const std::tm& parts) {
    int offset = static_cast<int>(parts.tm_gmtoff);  // within a day, by definition
    char sign = offset < 0 ? '-' : '+';
    if (offset < 0) offset = -offset;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", sign, offset / 3600 % 100, offset % 3600 / 60);
    return buffer;
}

}  // namespace

std::string formatLocalDateTime(TimePoint t) { return strftimeString("%Y-%m-%d %H:%M", localParts(t)); }

std::string formatLocalDateTimeWithZone(TimePoint t) {
    std::tm parts = localParts(t);
    std::string text = strftimeString("%Y-%m-%d %H:%M", parts);
    if (parts.tm_gmtoff == 0) return text + " UTC";
    text += " UTC" + utcOffset(parts);
    // Abbreviations like "CET" help a reader; numeric ones like "+01" would only repeat the offset.
    std::string abbreviation = strftimeString("%Z", parts);
    if (!abbreviation.empty() && abbreviation[0] != '+' && abbreviation[0] != '-') text += " (" + abbreviation + ")";
    return text;
}

std::string formatIsoWithOffset(TimePoint t) {
    std::tm parts = localParts(t);
    return strftimeString("%Y-%m-%dT%H:%M:%S", parts) + (parts.tm_gmtoff == 0 ? std::string("Z") : utcOffset(parts));
}

}  // namespace vigie
