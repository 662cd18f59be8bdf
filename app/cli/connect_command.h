// `vigie connect`: gets a read-only consumer key for the application keys the user already has
// (OVH_APPLICATION_KEY / OVH_APPLICATION_SECRET or ovh.conf), the way OVHcloud's own clients do:
// POST /auth/credential with GET /* only, the validation address printed (and opened when a
// browser is available), a wait the user can cancel with Ctrl-C, then the key's rules from
// GET /auth/currentCredential with a warning when it allows more than reading. --remember stores
// the keys in the desktop keyring; otherwise (or when no keyring answers) it prints the lines to
// put in ovh.conf. Keys never reach Vigie's state, settings or logs.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_context.h"
#include "ovh/credentials.h"

namespace vigie::cli {

int runConnectCommand(const std::vector<std::string>& args, Context& context);

struct ConnectChoices {
    bool openBrowser = true;  // false: --no-browser
    bool remember = false;  // --remember: the desktop keyring
    std::chrono::milliseconds limit{std::chrono::seconds(600)};  // --wait
};

// The credential flow of `vigie connect`, also offered by the terminal mode's "k": for the
// application keys in `found` (found.endpoint set), requests a read-only consumer key, waits for
// its validation (Ctrl-C cancels), shows its rules and keeps the keys as `choices` says. Returns
// the three keys, or nullopt once the reason is written to context.err.
std::optional<ovh::Credentials> requestReadOnlyAccess(Context& context, const ovh::ResolvedCredentials& found,
                                                      const ConnectChoices& choices);

}  // namespace vigie::cli
