#include "cli/connect_command.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/interrupt.h"
#include "cli/usage.h"
#include "ovh/consumer_key.h"
#include "ovh/credentials.h"
#include "ovh/keyring.h"

extern char** environ;

namespace vigie::cli {
namespace {

constexpr int kExitError = 2;

int error(Context& context, const std::string& message) {
    context.err << "vigie: " << message << "\n";
    return kExitError;
}

bool haveDisplay() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

// xdg-open in the background, its output discarded; false when it cannot start. The address is
// the validation page (a one-time token, not a key), so it may be an argument.
bool openInBrowser(const std::string& url) {
    if (!haveDisplay()) return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::string program = "xdg-open";
    char* argv[] = {program.data(), const_cast<char*>(url.c_str()), nullptr};
    pid_t child = 0;
    int rc = posix_spawnp(&child, "xdg-open", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return false;
    int status = 0;
    ::waitpid(child, &status, 0);  // xdg-open hands over to the browser and returns
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::chrono::milliseconds waitLimit(const ParsedArguments& parsed, const Translator& tr) {
    std::string text = parsed.value("wait").value_or("600");
    char* end = nullptr;
    long seconds = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || seconds < 1 || seconds > 86400)
        throw UsageError(format(tr("--wait takes a number of seconds between 1 and 86400, not \"{}\""), {text}));
    return std::chrono::milliseconds(seconds * 1000);
}

void showRules(Context& context, const nlohmann::json& credential) {
    const Translator& tr = context.translator();
    ovh::RulesSummary summary = ovh::summariseRules(credential);
    context.out << tr("This key allows:") << "\n";
    for (const std::string& rule : summary.rules) context.out << "  " << rule << "\n";
    if (!summary.writing.empty()) {
        std::string writing;
        for (const std::string& rule : summary.writing) writing += (writing.empty() ? "" : ", ") + rule;
        context.err << "vigie: "
                    << format(tr("Warning: this key allows more than reading ({}). Vigie only reads, but anyone who "
                                 "gets the key could change your account: revoke it and run \"vigie connect\" "
                                 "again."),
                              {writing})
                    << "\n";
    }
}

void keep(Context& context, bool remember, const std::string& endpointName, const ovh::Credentials& keys) {
    const Translator& tr = context.translator();
    if (remember) {
        UserMessage problem;
        if (ovh::Keyring().store(endpointName, keys, problem)) {
            context.out << tr("The keys are stored in your desktop keyring: \"vigie check\" will find them.") << "\n";
            return;
        }
        context.err << "vigie: " << tr(problem) << "\n";
    }
    context.out << "\n"
                << tr("To use this key, put these lines in ~/.ovh.conf (readable by you only, chmod 600), with "
                      "your application secret:")
                << "\n\n"
                << ovh::ovhConfSnippet(endpointName, keys);
}

}  // namespace

int runConnectCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(
        args, {{"endpoint", 0, true}, {"remember", 0, false}, {"no-browser", 0, false}, {"wait", 0, true}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("connect", tr);
        return kExitOk;
    }
    if (!parsed.positionals.empty())
        return usageError(context.err, format(tr("unexpected argument \"{}\""), {parsed.positionals[0]}), "connect",
                          tr);
    std::chrono::milliseconds limit = waitLimit(parsed, tr);

    ovh::CredentialLookup lookup;
    lookup.endpointOption = parsed.value("endpoint");
    ovh::CredentialsOutcome keysFound = ovh::findCredentials(lookup, ovh::KeysNeeded::Application);
    if (!keysFound.ok()) return error(context, tr(keysFound.problem));
    ConnectChoices choices;
    choices.openBrowser = !parsed.has("no-browser");
    choices.remember = parsed.has("remember");
    choices.limit = limit;
    return requestReadOnlyAccess(context, keysFound.found, choices) ? kExitOk : kExitError;
}

std::optional<ovh::Credentials> requestReadOnlyAccess(Context& context, const ovh::ResolvedCredentials& found,
                                                      const ConnectChoices& choices) {
    const Translator& tr = context.translator();
    auto fail = [&context](const std::string& message) -> std::optional<ovh::Credentials> {
        error(context, message);
        return std::nullopt;
    };
    InterruptGuard guard;
    ovh::ClientOptions options;
    options.cancel = &interruptFlag();
    ovh::Credentials keys;
    keys.applicationKey = found.keys.applicationKey;
    keys.applicationSecret = found.keys.applicationSecret;
    ovh::ApiClient client(*found.endpoint, keys, options);
    ovh::ClockCheck clock = client.synchroniseClock();
    if (clock.skewed()) context.err << "vigie: " << tr(ovh::describeClock(clock)) << "\n";
    ovh::CredentialRequest request = ovh::requestCredential(client);
    if (!request.ok()) return fail(tr(ovh::describeApiError(request.error)));

    context.out << tr("Open this address, log in to your OVHcloud account and accept the read-only access:") << "\n  "
                << request.validationUrl << "\n";
    if (choices.openBrowser && openInBrowser(request.validationUrl))
        context.out << tr("(opened in your browser)") << "\n";
    context.out << tr("Waiting for your validation\u2026 (Ctrl-C to cancel)") << "\n" << std::flush;

    client.setConsumerKey(request.consumerKey);
    ovh::ValidationResult result =
        ovh::waitForValidation(client, std::chrono::milliseconds(2000), choices.limit, &interruptFlag());
    switch (result.outcome) {
        case ovh::ValidationOutcome::Validated:
            break;
        case ovh::ValidationOutcome::Refused:
            return fail(tr("The access was refused on the validation page: no key was created."));
        case ovh::ValidationOutcome::Expired:
            return fail(tr("The key expired before it was validated: run \"vigie connect\" again."));
        case ovh::ValidationOutcome::Cancelled:
            return fail(tr("Cancelled: the key was not validated."));
        case ovh::ValidationOutcome::TimedOut:
            return fail(tr("No validation came in time: run \"vigie connect\" again when you are ready."));
        case ovh::ValidationOutcome::Failed:
            return fail(tr(ovh::describeApiError(result.error)));
    }
    context.out << tr("The key is validated.") << "\n";
    showRules(context, result.credential);
    keys.consumerKey = request.consumerKey;
    keep(context, choices.remember, found.endpointName, keys);
    return keys;
}

}  // namespace vigie::cli
