// `vigie connect`: gets a read-only consumer key for the application keys the user already has
// (OVH_APPLICATION_KEY / OVH_APPLICATION_SECRET or ovh.conf), the way OVHcloud's own clients do:
// POST /auth/credential with GET /* only, the validation address printed (and opened when a
// browser is available), a wait the user can cancel with Ctrl-C, then the key's rules from
// GET /auth/currentCredential with a warning when it allows more than reading. --remember stores
// the keys in the desktop keyring; otherwise (or when no keyring answers) it prints the lines to
// put in ovh.conf. Keys never reach Vigie's state, settings or logs.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runConnectCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
