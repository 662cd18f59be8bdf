// `vigie status`: where the review stands, per wizard, for one profile.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runStatusCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
