#include "password_command.h"

#include <cmath>
#include <istream>
#include <optional>
#include <utility>
#include <ostream>

#include <nlohmann/json.hpp>

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

// Never repeats an argument's text: it might be a password typed there by mistake.
struct UsageError {
    const char* msgid;
    std::string detail = {};  // fills the msgid's "{}"
};

const char* usageText() {
    return N_(
        "Usage: vigie password [--email ADDRESS]... [--nic HANDLE]... [--name NAME]... [--lang fr|en] [--json]\n"
        "Reads one password from standard input and estimates its strength.\n"
        "The e-mail addresses, NIC handle and names are the account's details: a password containing them "
        "is weaker.\n"
        "Exit status: 0 when the password is strong (score 3 or 4), 1 when it is not, 2 on bad usage.\n");
}

// "--email=x" or "--email x"; true when `arg` is option `name` and its value was found.
bool takeValue(const std::vector<std::string>& args, std::size_t& i, std::string_view name, std::string& value,
               std::optional<UsageError>& error) {
    const std::string& arg = args[i];
    if (arg.compare(0, name.size(), name) != 0) return false;
    if (arg.size() > name.size() && arg[name.size()] == '=') {
        value = arg.substr(name.size() + 1);
        return true;
    }
    if (arg.size() != name.size()) return false;
    if (i + 1 >= args.size()) {
        error = UsageError{N_("{} needs a value."), std::string(name)};
        return false;
    }
    value = args[++i];
    return true;
}

std::optional<UsageError> parseArguments(const std::vector<std::string>& args, Options& options) {
    std::optional<UsageError> error;
    for (std::size_t i = 0; i < args.size() && !error; ++i) {
        std::string value;
        if (args[i] == "--json") {
            options.json = true;
        } else if (args[i] == "--help" || args[i] == "-h") {
            options.help = true;
        } else if (takeValue(args, i, "--email", value, error)) {
            options.context.emails.push_back(value);
        } else if (takeValue(args, i, "--nic", value, error)) {
            options.context.nicHandles.push_back(value);
        } else if (takeValue(args, i, "--name", value, error)) {
            options.context.names.push_back(value);
        } else if (takeValue(args, i, "--lang", value, error)) {
            auto language = parseLanguage(value);
            if (!language || value.size() != 2)
                error = UsageError{N_("--lang takes fr or en.")};
            else
                options.language = *language;
        } else if (!error) {
            error = UsageError{N_("Argument {} is not an option of vigie password. The password itself is read "
                                  "from standard input, never from the command line."),
                               std::to_string(i + 1)};
        }
    }
    return error;
}

// One line, without its line ending; false when the input is empty.
bool readPassword(std::istream& in, SecureString& password) {
    bool any = false;
    for (int c = in.get(); c != std::char_traits<char>::eof() && c != '\n'; c = in.get()) {
        any = true;
        if (password.size() < kMaxStoredBytes) password.push_back(static_cast<char>(c));
    }
    if (!password.empty() && password[password.size() - 1] == '\r') password.truncate(password.size() - 1);
    // A long paste cut at kMaxStoredBytes may end inside a character: drop that partial one, so
    // the input is not refused as invalid UTF-8 for a cut Vigie made.
    if (password.size() >= kMaxStoredBytes) {
        std::size_t whole = 0;
        for (std::size_t pos = 0, n; pos < password.size() && (n = utf8CharacterLength(password.view(), pos)) > 0;
             pos += n)
            whole = pos + n;
        if (whole + 4 > password.size()) password.truncate(whole);
    }
    return any || !password.empty();
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

int usageFailure(const Translator& tr, const UsageError& error, std::ostream& err) {
    err << "vigie password: " << format(tr(error.msgid), {error.detail}) << '\n' << tr(usageText());
    return 2;
}

}  // namespace

int runPasswordCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    Options options;
    std::optional<UsageError> error = parseArguments(args, options);
    Translator tr(options.language);
    if (error) return usageFailure(tr, *error, err);
    if (options.help) {
        out << tr(usageText());
        return 0;
    }
    SecureString password;
    if (!readPassword(in, password)) return usageFailure(tr, {N_("No password was given on standard input.")}, err);
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
