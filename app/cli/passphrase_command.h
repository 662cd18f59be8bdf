// `vigie passphrase [--lang fr|en] [--words N] [--separator S] [--json]`: one passphrase made as
// the window makes it (password/passphrase.h: OVHcloud's rules met), with its strength.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runPassphraseCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
