// How the record writes times. A record is proof of *when* something was checked and may be read
// in another time zone, so the header time always carries its zone.
#pragma once

#include <string>

#include "review/review.h"

namespace vigie {

// "2026-11-27 21:36", local time.
std::string formatLocalDateTime(TimePoint t);
// "2026-11-27 21:36 UTC+01:00 (CET)", or "... UTC" when local time is UTC.
std::string formatLocalDateTimeWithZone(TimePoint t);
// "2026-11-27T21:36:00+01:00", the form PDF metadata expects.
std::string formatIsoWithOffset(TimePoint t);

}  // namespace vigie
