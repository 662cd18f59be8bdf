// `vigie profile list | add | use`: the accounts a person reviews, one state each.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runProfileCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
