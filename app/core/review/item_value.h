// What an item accepts as an answer, decided once for every view: a choice takes one of its
// option ids, a date a real calendar day written YYYY-MM-DD, a note any text, and a confirm item
// no answer at all (its status is the answer).
#pragma once

#include <string>

#include "definitions/definitions.h"
#include "platform/errors.h"

namespace vigie {

// Empty when `value` is a valid answer to `item` (the empty value, "no answer", always is).
UserMessage checkItemValue(const Item& item, const std::string& value);

// A real day of the Gregorian calendar written YYYY-MM-DD (2026-02-30 is not one).
bool isCalendarDate(const std::string& text);

}  // namespace vigie
