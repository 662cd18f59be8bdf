#include "cli/passphrase_command.h"

#include <cmath>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/usage.h"
#include "password/passphrase.h"

namespace vigie::cli {

namespace {

std::optional<int> parseWordCount(const std::string& text) {
    if (text.empty() || text.size() > 2 || text.find_first_not_of("0123456789") != std::string::npos) return {};
    const int count = std::stoi(text);
    if (count < password::kMinPassphraseWords || count > password::kMaxPassphraseWords) return {};
    return count;
}

}  // namespace

int runPassphraseCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args, {{"words", 0, true}, {"separator", 0, true}, {"json", 0, false}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("passphrase", tr);
        return kExitOk;
    }
    if (!parsed.positionals.empty())
        return usageError(context.err, format(tr("unexpected argument \"{}\""), {parsed.positionals[0]}), "passphrase",
                          tr);
    password::PassphraseOptions options = password::recommendedPassphraseOptions(context.language());
    if (auto words = parsed.value("words")) {
        std::optional<int> count = parseWordCount(*words);
        if (!count)
            return usageError(
                context.err,
                format(tr("--words must be a number from {} to {}"),
                       {std::to_string(password::kMinPassphraseWords), std::to_string(password::kMaxPassphraseWords)}),
                "passphrase", tr);
        options.wordCount = *count;
    }
    if (auto separator = parsed.value("separator")) {
        if (separator->size() > password::kMaxSeparatorBytes)
            return usageError(
                context.err,
                format(tr("--separator takes at most {} bytes"), {std::to_string(password::kMaxSeparatorBytes)}),
                "passphrase", tr);
        options.separator = *separator;
    }
    password::Passphrase made = password::generatePassphrase(options);
    if (!made.ok()) return failure(context.err, tr(made.error));
    if (parsed.has("json")) {
        nlohmann::json json = {{"passphrase", std::string(made.text.view())},
                               {"entropy_bits", std::round(made.entropyBits * 10) / 10},
                               {"words", made.wordCount},
                               {"list_size", made.listSize}};
        context.out << json.dump(2) << "\n";
        // nlohmann's copy of the text is gone with `json`; ours is wiped with `made`.
    } else {
        context.out << made.text.view() << "\n" << password::describePassphrase(made, tr) << "\n";
    }
    made.text.wipe();
    return kExitOk;
}

}  // namespace vigie::cli
