#include "password_command.h"

#include <algorithm>
#include <cmath>
#include <istream>
#include <optional>
#include <utility>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/arguments.h"
#include "cli/secret_input.h"
#include "i18n/translator.h"
#include "password/rule_verdict.h"
#include "password/strength_bands.h"
#include "platform/text_hygiene.h"
#include "password/strength_meter.h"
#include "secret/secure_string.h"

namespace vigie {
namespace {

using password::StrengthEstimate;

// Enough bytes for kMaxEvaluatedCharacters characters of any UTF-8 width, and then some; the rest
// of a long line is read and dropped, so a huge paste neither freezes nor fills memory.
constexpr std::size_t kMaxStoredBytes = 4 * password::kMaxEvaluatedCharacters + 4;

struct Options {
    password::AccountContext context;
    Language language = systemLanguage();
    bool json = false;
    bool help = false;
};

const char* usageText() {
    return N_(
        "Usage: vigie password [--email ADDRESS]... [--nic HANDLE]... [--name NAME]... [--lang fr|en] [--json]\n"
        "Reads one password from standard input and estimates its strength.\n"
        "The e-mail addresses, NIC handle and names are the account's details: a password containing them "
        "is weaker.\n"
        "Exit status: 0 when the password is strong (score 3 or 4), 1 when it is not, 2 on bad usage.\n");
}

// The shared parser (cli/arguments.h), plus one rule of this command: a positional argument is
// refused by its position, never repeated, as it might be a password typed there by mistake.
// Returns the translated reason of a usage error, or nothing.
std::optional<std::string> readOptions(const std::vector<std::string>& args, Options& options) {
    try {
        if (auto language = cli::languageArgument(args)) options.language = *language;
        const Translator tr(options.language);
        cli::ParsedArguments parsed = cli::parseArguments(
            args, {{"email", 0, true}, {"nic", 0, true}, {"name", 0, true}, {"json", 0, false}}, tr);
        if (!parsed.positionals.empty()) {
            const auto at = std::find(args.begin(), args.end(), parsed.positionals.front());
            return format(tr(N_("Argument {} is not an option of vigie password. The password itself is read "
                                "from standard input, never from the command line.")),
                          {std::to_string(at - args.begin() + 1)});
        }
        if (auto code = parsed.value("lang"); code && code->size() != 2) return tr(N_("--lang takes fr or en."));
        options.context.emails = parsed.values("email");
        options.context.nicHandles = parsed.values("nic");
        options.context.names = parsed.values("name");
        options.json = parsed.has("json");
        options.help = parsed.has("help");
        return std::nullopt;
    } catch (const cli::UsageError& error) {
        return std::string(error.what());
    }
}

double roundedBits(double bits) { return std::round(bits * 10) / 10; }

nlohmann::json crackTimeJson(double seconds, const Translator& tr) {
    return {{"seconds", seconds}, {"display", password::formatDuration(seconds, tr)}};
}

void printJson(const StrengthEstimate& estimate, const Translator& tr, std::ostream& out) {
    nlohmann::json suggestions = nlohmann::json::array();
    for (const char* suggestion : estimate.feedback.suggestions) suggestions.push_back(tr(suggestion));
    nlohmann::json rules = nlohmann::json::array();
    for (const auto& rule : estimate.rules) {
        rules.push_back(
            {{"id", password::ruleKey(rule.id)}, {"label", tr(password::ruleLabel(rule.id))}, {"ok", rule.ok}});
    }
    nlohmann::json json = {
        {"score", estimate.score},
        {"band", tr(password::bandName(estimate.score))},
        {"entropy_bits", roundedBits(estimate.entropyBits)},
        {"crack_times",
         {{"online", crackTimeJson(estimate.crackTimes.onlineSeconds, tr)},
          {"offline", crackTimeJson(estimate.crackTimes.offlineSeconds, tr)}}},
        {"feedback", {{"warning", tr(estimate.feedback.warning)}, {"suggestions", suggestions}}},
        {"rules", rules},
        {"ovhcloud_refusal", password::refusalSentence(estimate.rules, tr)},  // "" when OVHcloud accepts it
        {"truncated", estimate.truncated},
    };
    out << json.dump(2) << '\n';
}

// "label: value", with the colon as each language sets it.
std::string labelled(const Translator& tr, std::string_view label, std::string_view value) {
    // TRANSLATORS: a label and its value; French puts a no-break space before the colon.
    return format(tr(N_("{}: {}")), {label, value});
}

void printCrackTimes(const StrengthEstimate& estimate, const Translator& tr, std::ostream& out) {
    out << tr(N_("Time to guess it:")) << '\n';
    const std::pair<const char*, double> attacks[] = {
        {password::onlineAttackLabel(), estimate.crackTimes.onlineSeconds},
        {password::offlineAttackLabel(), estimate.crackTimes.offlineSeconds},
    };
    for (const auto& [label, seconds] : attacks) {
        out << "  " << labelled(tr, tr(label), password::formatDuration(seconds, tr)) << '\n';
    }
}

void printAdvice(const StrengthEstimate& estimate, const Translator& tr, std::ostream& out) {
    if (*estimate.feedback.warning) out << labelled(tr, tr(N_("Warning")), tr(estimate.feedback.warning)) << '\n';
    if (!estimate.feedback.suggestions.empty()) out << tr(N_("Suggestions:")) << '\n';
    for (const char* suggestion : estimate.feedback.suggestions) out << "  - " << tr(suggestion) << '\n';
}

void printText(const StrengthEstimate& estimate, const Translator& tr, std::ostream& out) {
    out << format(tr(N_("Strength (an estimate): {}/4, {}")),
                  {std::to_string(estimate.score), tr(password::bandName(estimate.score))})
        << '\n';
    if (std::string refusal = password::refusalSentence(estimate.rules, tr); !refusal.empty()) out << refusal << '\n';
    out << format(tr(N_("Estimated entropy: {} bits")), {std::to_string(std::lround(estimate.entropyBits))}) << '\n';
    printCrackTimes(estimate, tr, out);
    printAdvice(estimate, tr, out);
    out << tr(N_("OVHcloud's password rules:")) << '\n';
    for (const auto& rule : estimate.rules) {
        out << (rule.ok ? "  [x] " : "  [ ] ") << tr(password::ruleLabel(rule.id)) << '\n';
    }
    if (estimate.truncated) {
        out << format(tr(password::truncationNotice()), {std::to_string(password::kMaxEvaluatedCharacters)}) << '\n';
    }
    if (estimate.frenchListsMissing) {
        out << tr(N_("The French word lists could not be read: French words are not recognised.")) << '\n';
    }
}

int usageFailure(const Translator& tr, const std::string& reason, std::ostream& err) {
    err << "vigie password: " << reason << '\n' << tr(usageText());
    return 2;
}

}  // namespace

int runPasswordCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    Options options;
    std::optional<std::string> error = readOptions(args, options);
    Translator tr(options.language);
    if (error) return usageFailure(tr, *error, err);
    if (options.help) {
        out << tr(usageText());
        return 0;
    }
    SecureString password;
    if (!cli::readSecretLine(in, password, kMaxStoredBytes))
        return usageFailure(tr, tr(N_("No password was given on standard input.")), err);
    if (const char* problem = password::passwordInputProblem(password.view())) {
        password.wipe();
        err << "vigie password: " << tr(problem) << '\n';
        return 2;
    }
    StrengthEstimate estimate = password::StrengthMeter(options.context).evaluate(password.view());
    password.wipe();
    if (options.json)
        printJson(estimate, tr, out);
    else
        printText(estimate, tr, out);
    return estimate.score >= password::kAcceptableScore ? 0 : 1;
}

}  // namespace vigie
