#include "cli/cli.h"

#include "platform/text_hygiene.h"

#include <iostream>
#include <optional>

#include "cli/arguments.h"
#include "cli/check_command.h"
#include "cli/connect_command.h"
#include "cli/cli_context.h"
#include "cli/progress_line.h"
#include "cli/export_command.h"
#include "cli/mark_command.h"
#include "cli/passphrase_command.h"
#include "cli/totp_check_command.h"
#include "cli/profile_command.h"
#include "cli/status_command.h"
#include "cli/terminal.h"
#include "cli/text_mode.h"
#include "cli/usage.h"
#include "platform/errors.h"
#include "platform/version.h"
#include "cli/password_command.h"

namespace vigie::cli {

bool wantsCommandLine(const std::vector<std::string>& args) {
    // `vigie --demo` (with or without --lang) opens the window on the demo account.
    std::vector<std::string> rest;
    for (const std::string& arg : args)
        if (arg != "--demo") rest.push_back(arg);
    if (rest.size() != args.size() && rest.size() + 1 != args.size()) return true;  // --demo twice
    bool onlyLanguage = rest.size() == 2 && rest[0] == "--lang";
    onlyLanguage = onlyLanguage || (rest.size() == 1 && rest[0].rfind("--lang=", 0) == 0);
    return !rest.empty() && !onlyLanguage;
}

namespace {

// Drops "--lang CODE" / "--lang=CODE" that precede the command: they were read already.
std::vector<std::string> withoutLeadingLanguage(std::vector<std::string> args) {
    while (!args.empty()) {
        if (args[0] == "--lang" && args.size() >= 2)
            args.erase(args.begin(), args.begin() + 2);
        else if (args[0].rfind("--lang=", 0) == 0)
            args.erase(args.begin());
        else
            break;
    }
    return args;
}

// A secret is read from standard input; at a terminal, it must not be echoed.
template <typename Command>
int withEchoOff(Context& context, Command command) {
    std::optional<EchoOff> quiet;
    if (&context.in == &std::cin) quiet.emplace();
    int code = command();
    if (quiet && quiet->active()) context.err << "\n";  // the Enter that was not echoed
    return code;
}

int dispatch(const std::string& command, const std::vector<std::string>& rest, Context& context) {
    const Translator& tr = context.translator();
    if (command == "--help" || command == "-h" || command == "help") {
        context.out << helpText(tr);
        return kExitOk;
    }
    if (command == "--version") {
        context.out << "vigie " << vigieVersion() << "\n";
        return kExitOk;
    }
    if (command == "--text") {
        // "vigie --lang fr --text": the language was read before the command; pass it on.
        std::vector<std::string> textArgs = rest;
        textArgs.insert(textArgs.end(), {"--lang", std::string(languageCode(context.language()))});
        return runTextMode(textArgs, context.in, context.out, context.err, context.terminalOut());
    }
    if (command == "status") return runStatusCommand(rest, context);
    if (command == "mark") return runMarkCommand(rest, context);
    if (command == "export") return runExportCommand(rest, context);
    if (command == "profile") return runProfileCommand(rest, context);
    if (command == "password")
        return withEchoOff(context, [&] { return runPasswordCommand(rest, context.in, context.out, context.err); });
    if (command == "passphrase") return runPassphraseCommand(rest, context);
    if (command == "totp-check") return withEchoOff(context, [&] { return runTotpCheckCommand(rest, context); });
    if (command == "check") return runCheckCommand(rest, context);
    if (command == "connect") return runConnectCommand(rest, context);
    if (command.rfind('-', 0) == 0)
        return usageError(context.err, format(tr("unknown option \"{}\""), {command}), {}, tr);
    return usageError(context.err, format(tr("unknown command \"{}\""), {command}), {}, tr);
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& rawOut, std::ostream& rawErr) {
    // A note or a label may hold escape sequences: everything shown goes through the filter.
    TerminalSafeBuffer outFilter(rawOut.rdbuf()), errFilter(rawErr.rdbuf());
    std::ostream out(&outFilter), err(&errFilter);
    Language language = systemLanguage();
    try {
        if (auto chosen = languageArgument(args)) language = *chosen;
    } catch (const UsageError& error) {
        return usageError(err, error.what(), {}, Translator(systemLanguage()));
    }
    Context context(language, in, out, err);
    context.setTerminals(terminalBehind(rawOut), terminalBehind(rawErr));
    std::vector<std::string> rest = withoutLeadingLanguage(args);
    const Translator& tr = context.translator();
    if (rest.empty()) return usageError(err, tr("a command is missing"), {}, tr);
    std::string command = rest.front();
    rest.erase(rest.begin());
    try {
        return dispatch(command, rest, context);
    } catch (const UsageError& error) {
        return usageError(err, error.what(), command.rfind('-', 0) == 0 ? std::string() : command, tr);
    } catch (...) {
        return failure(err, describeCurrentException(tr));
    }
}

int runTextMode(const std::vector<std::string>& args, std::istream& in, std::ostream& rawOut, std::ostream& rawErr) {
    return runTextMode(args, in, rawOut, rawErr, terminalBehind(rawOut));
}

int runTextMode(const std::vector<std::string>& args, std::istream& in, std::ostream& rawOut, std::ostream& rawErr,
                std::ostream* terminalOut) {
    TerminalSafeBuffer outFilter(rawOut.rdbuf()), errFilter(rawErr.rdbuf());
    std::ostream out(&outFilter), err(&errFilter);
    Language language = systemLanguage();
    try {
        if (auto chosen = languageArgument(args)) language = *chosen;
        Context context(language, in, out, err);
        context.setTerminals(terminalOut, nullptr);
        const Translator& tr = context.translator();
        ParsedArguments parsed = parseArguments(args, {{"profile", 0, true}, {"wizard", 0, true}}, tr);
        if (parsed.has("help")) {
            out << synopsis("text", tr);
            return kExitOk;
        }
        if (!parsed.positionals.empty())
            return usageError(err, format(tr("unexpected argument \"{}\""), {parsed.positionals[0]}), "text", tr);
        std::optional<std::string> wizard = parsed.value("wizard");
        if (wizard && !context.catalog().definitions.findWizard(*wizard))
            return usageError(err, format(tr("unknown wizard \"{}\""), {*wizard}), "text", tr);
        const Profile* profile = context.profile(parsed.value("profile"));
        if (!profile) return kExitFailure;
        return TextMode(context, *profile, terminalWidth()).run(wizard);
    } catch (const UsageError& error) {
        return usageError(err, error.what(), "text", Translator(language));
    } catch (...) {
        return failure(err, describeCurrentException(Translator(language)));
    }
}

}  // namespace vigie::cli
