// `vigie mark ITEM-ID STATUS`: changes one item from a script, as the wizard would.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runMarkCommand(const std::vector<std::string>& args, Context& context);

// Checks an answer for `item` (a choice's option id, a YYYY-MM-DD date, a note's text) and
// returns the reason it is refused, translated; empty when it is fine.
std::string checkItemValue(const Translator& tr, const Item& item, const std::string& value);

}  // namespace vigie::cli
