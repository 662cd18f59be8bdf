#include "cli/export_command.h"

#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/usage.h"
#include "platform/errors.h"
#include "record/record_export.h"

namespace vigie::cli {

namespace {

const std::vector<OptionSpec> kExportOptions{{"format", 0, true},   {"blank", 0, false},   {"profile", 0, true},
                                             {"output", 'o', true}, {"wizard", 0, true},   {"no-notes", 0, false},
                                             {"guide", 0, false},   {"no-guide", 0, false}};

std::optional<ExportOptions::Format> formatFor(const ParsedArguments& parsed, const std::string& path) {
    if (auto word = parsed.value("format")) return parseExportFormat(*word);
    std::size_t dot = path.rfind('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return std::nullopt;
    return parseExportFormat(path.substr(dot + 1));
}

// Returns a translated problem with the --wizard ids, or an empty string.
std::string checkWizardIds(const Translator& tr, const Catalog& catalog, const std::vector<std::string>& ids) {
    for (const std::string& id : ids) {
        if (catalog.definitions.findWizard(id)) continue;
        std::string known;
        for (const Wizard& wizard : catalog.definitions.wizards) known += (known.empty() ? "" : ", ") + wizard.id;
        return format(tr("unknown wizard \"{}\"; the wizards are: {}"), {id, known});
    }
    return {};
}

int writeRecord(Context& context, const Profile& profile, const ExportOptions& options, const std::string& path) {
    const Translator& tr = context.translator();
    try {
        exportRecord(context.catalog(), profile, options, path, {});
    } catch (const UserError& error) {
        return failure(context.err, describeError(error, tr));
    }
    context.out << format(tr("Record written to {}"), {path}) << "\n";
    return kExitOk;
}

}  // namespace

int runExportCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args, kExportOptions, tr);
    if (parsed.has("help")) {
        context.out << synopsis("export", tr);
        return kExitOk;
    }
    if (!parsed.positionals.empty())
        return usageError(context.err, format(tr("unexpected argument \"{}\""), {parsed.positionals[0]}), "export", tr);
    std::optional<std::string> path = parsed.value("output");
    if (!path || path->empty()) return usageError(context.err, tr("export needs -o FILE"), "export", tr);
    std::optional<ExportOptions::Format> chosenFormat = formatFor(parsed, *path);
    if (!chosenFormat) return usageError(context.err, tr("choose --format pdf or --format html"), "export", tr);
    std::string problem = checkWizardIds(tr, context.catalog(), parsed.values("wizard"));
    if (!problem.empty()) return usageError(context.err, problem, "export", tr);
    const Profile* profile = context.profile(parsed.value("profile"));
    if (!profile) return kExitFailure;
    ExportOptions options;
    options.format = *chosenFormat;
    options.language = context.language();
    options.wizardIds = parsed.values("wizard");
    options.includeNotes = !parsed.has("no-notes");
    options.blank = parsed.has("blank");
    // The guidance makes a paper checklist usable on its own, so a blank one has it unless refused.
    options.withGuidance = parsed.has("guide") || (options.blank && !parsed.has("no-guide"));
    return writeRecord(context, *profile, options, *path);
}

}  // namespace vigie::cli
