// `vigie mark ITEM-ID [STATUS] [--value VALUE] [--note TEXT]`: changes one item from a script,
// through the same review editor as the window and the terminal mode.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runMarkCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
