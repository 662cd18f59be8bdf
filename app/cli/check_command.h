// `vigie check`: reads the account through the API (or a saved snapshot, or the bundled demo
// account), runs the connected-mode checks and prints their verdicts with evidence, as text or
// JSON. Exit status: 0 when every check is ok, 1 when any is not (attention or unknown), 2 on
// error, so a cron job can act on it.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runCheckCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
