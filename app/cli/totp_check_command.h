// `vigie totp-check [--digits 6|8] CODE`: is the authenticator app set up right? The secret key
// or otpauth:// link is read from standard input (echo off at a terminal), never from an
// argument; the verdict uses the window's words (totp/authenticator_check.h).
// Exit status: 0 when the code matches (even with the phone's clock off), 1 when it does not or
// the secret cannot be read, 2 on bad usage.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runTotpCheckCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
