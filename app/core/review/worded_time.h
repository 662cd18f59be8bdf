// Dates and times in words for the views: "on 4 December 2026 at 22:49", in the reader's
// language and local time zone.
#pragma once

#include <string>
#include <vector>

#include "platform/errors.h"
#include "review/review.h"

namespace vigie {

// A sentence naming a local date and time in words: `msgid`'s first five placeholders are the
// day, the month (a msgid, translated with the sentence), the year, the hour and the minute (two
// digits each); `more` fills the placeholders after them.
UserMessage withLocalDateTime(const char* msgid, TimePoint t, std::vector<std::string> more = {});

}  // namespace vigie
