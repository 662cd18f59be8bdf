#include "cli/status_command.h"

#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/usage.h"
#include "review/presentation.h"

namespace vigie::cli {

namespace {

void printWizards(Context& context, const Profile& profile) {
    const Translator& tr = context.translator();
    for (const Wizard& wizard : context.catalog().definitions.wizards) {
        context.out << tr(wizard.title) << " [" << wizard.id << "]\n";
        context.out << "  " << progressText(tr, profile.progress(wizard)) << "\n";
    }
}

void printAttention(Context& context, const Profile& profile) {
    const Translator& tr = context.translator();
    bool any = false;
    for (const std::string& id : context.catalog().definitions.allItemIds()) {
        const ItemState* state = profile.item(id);
        if (!state || state->status != ItemStatus::Attention) continue;
        if (!any) context.out << "\n" << tr("Needs attention:") << "\n";
        any = true;
        context.out << "  " << id << "  " << tr(context.catalog().definitions.findItem(id)->label) << "\n";
        if (!state->note.empty()) context.out << "      " << format(tr("Note: {}"), {state->note}) << "\n";
    }
}

void printNextReview(Context& context, const Profile& profile) {
    const Translator& tr = context.translator();
    const NextReview next = nextReviewOf(profile, now());
    context.out << "\n" << nextReviewSentence(tr, next) << "\n";
    if (next.due) context.out << reviewDueAdvice(tr) << "\n";
}

}  // namespace

int runStatusCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args, {{"profile", 0, true}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("status", tr);
        return kExitOk;
    }
    if (!parsed.positionals.empty())
        return usageError(context.err, format(tr("unexpected argument \"{}\""), {parsed.positionals[0]}), "status", tr);
    const Profile* profile = context.profile(parsed.value("profile"));
    if (!profile) return kExitFailure;
    context.out << format(tr("Profile: {}"), {profileLine(tr, *profile)}) << "\n\n";
    printWizards(context, *profile);
    printAttention(context, *profile);
    printNextReview(context, *profile);
    return kExitOk;
}

}  // namespace vigie::cli
