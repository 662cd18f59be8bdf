#include "cli/status_command.h"

#include <ostream>

#include "checks/check_record.h"
#include "checks/item_verification.h"
#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/usage.h"
#include "review/presentation.h"

namespace vigie::cli {

namespace {

void printWizards(Context& context, const Profile& profile, const Definitions& definitions) {
    const Translator& tr = context.translator();
    for (const Wizard& wizard : definitions.wizards) {
        context.out << tr(wizard.title) << " [" << wizard.id << "]\n";
        context.out << "  " << progressText(tr, profile.progress(wizard)) << "\n";
        std::string verified = checks::verifiedCountsText(tr, checks::verifiedCounts(profile, wizard));
        if (!verified.empty()) context.out << "  " << verified << "\n";
    }
}

void printAttention(Context& context, const Profile& profile, const Definitions& definitions) {
    const Translator& tr = context.translator();
    bool any = false;
    for (const std::string& id : definitions.allItemIds()) {
        const ItemState* state = profile.item(id);
        if (!state || state->status != ItemStatus::Attention) continue;
        if (!any) context.out << "\n" << tr("Needs attention:") << "\n";
        any = true;
        context.out << "  " << id << "  " << tr(definitions.findItem(id)->label) << "\n";
        if (!state->note.empty()) context.out << "      " << format(tr("Note: {}"), {state->note}) << "\n";
    }
}

// What `vigie check` last found, beside the user's own statuses above.
void printChecks(Context& context, const Profile& profile) {
    if (profile.checks.empty()) return;
    const Translator& tr = context.translator();
    context.out << "\n" << tr("Verified through the OVHcloud API:") << "\n";
    context.out << "  " << checks::connectionLine(tr, profile, now()) << "\n";
    for (const std::string& id : checks::checkIds()) {
        auto found = profile.checks.find(id);
        if (found == profile.checks.end()) continue;
        const CheckEvidence& kept = found->second;
        context.out << "  [" << tr(checks::verdictLabel(checks::storedVerdict(kept))) << "] "
                    << tr(checks::checkTitle(id)) << "  (" << id << ", " << toLocalDate(kept.readAt) << ")\n";
        for (const UserMessage& line : kept.evidence) context.out << "      " << tr(line) << "\n";
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
    const Definitions shown = context.catalog().definitions.forRegion(profile->region);
    printWizards(context, *profile, shown);
    printAttention(context, *profile, shown);
    printChecks(context, *profile);
    printNextReview(context, *profile);
    return kExitOk;
}

}  // namespace vigie::cli
