#include "cli/totp_check_command.h"

#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/secret_input.h"
#include "cli/usage.h"
#include "totp/authenticator_check.h"

namespace vigie::cli {

namespace {

// A link with a long issuer and account name fits; anything longer is not a secret anyone pastes.
constexpr std::size_t kMaxSecretBytes = 4096;

}  // namespace

int runTotpCheckCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args, {{"digits", 0, true}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("totp-check", tr);
        return kExitOk;
    }
    if (parsed.positionals.size() != 1)
        return usageError(context.err, tr("totp-check needs the code your app shows"), "totp-check", tr);
    std::optional<int> digits;
    if (auto text = parsed.value("digits")) {
        if (*text != "6" && *text != "8")
            return usageError(context.err, tr("--digits must be 6 or 8"), "totp-check", tr);
        digits = *text == "6" ? 6 : 8;
    }
    SecureString secret;
    if (!readSecretLine(context.in, secret, kMaxSecretBytes))
        return usageError(context.err, tr("No secret key or otpauth:// link was given on standard input."),
                          "totp-check", tr);
    const totp::AuthenticatorCheck result =
        totp::checkAuthenticator(secret.view(), parsed.positionals[0], totp::unixNow(), tr, digits);
    secret.wipe();
    context.out << result.text << "\n";
    return result.matches() ? kExitOk : kExitFailure;
}

}  // namespace vigie::cli
