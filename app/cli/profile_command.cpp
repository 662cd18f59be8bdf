#include "cli/profile_command.h"

#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/usage.h"
#include "platform/text_hygiene.h"
#include "review/presentation.h"

namespace vigie::cli {

namespace {

int listProfiles(Context& context) {
    const Translator& tr = context.translator();
    const ReviewState& state = context.state();
    if (state.profiles.empty()) {
        context.out << tr("No profile yet: add one with \"vigie profile add LABEL\".") << "\n";
        return kExitOk;
    }
    for (const Profile& profile : state.profiles) {
        bool current = profile.id == state.currentProfileId;
        context.out << (current ? "* " : "  ") << profileLine(tr, profile) << "\n";
    }
    return kExitOk;
}

// Reads --period: whole months; the range itself is the editor's to check.
std::optional<int> parsePeriod(const std::string& text) {
    if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos) return {};
    return std::stoi(text);
}

// --nic, --region and --period (and --label when editing) over `fields`; a usage error's
// message, or empty.
std::string readFields(const Translator& tr, const ParsedArguments& parsed, ProfileFields& fields) {
    if (auto label = parsed.value("label")) fields.label = *label;
    if (auto nic = parsed.value("nic")) fields.nic = *nic;
    if (auto code = parsed.value("region")) {
        std::optional<Region> region = parseRegion(*code);
        if (!region) return tr("--region must be eu, ca or us");
        fields.region = *region;
    }
    if (auto text = parsed.value("period")) {
        std::optional<int> period = parsePeriod(*text);
        if (!period || !validReviewPeriod(*period))
            return format(tr("--period must be a number of months from {} to {}"),
                          {std::to_string(kMinReviewPeriodMonths), std::to_string(kMaxReviewPeriodMonths)});
        fields.reviewPeriodMonths = *period;
    }
    return {};
}

int addProfile(Context& context, const std::string& label, const ParsedArguments& parsed) {
    const Translator& tr = context.translator();
    ProfileFields fields;
    fields.label = label;
    std::string usage = readFields(tr, parsed, fields);
    if (!usage.empty()) return usageError(context.err, usage, "profile", tr);
    UserMessage problem = profileProblem(context.state(), fields);
    if (!problem.empty()) return failure(context.err, tr(problem));
    const Profile& profile = context.editor().addProfile(fields);
    if (!context.savedEverything()) return kExitFailure;
    context.out << format(tr("Profile added: {}"), {profileLine(tr, profile)}) << "\n";
    return kExitOk;
}

int editProfile(Context& context, const std::string& name, const ParsedArguments& parsed) {
    const Translator& tr = context.translator();
    const Profile* profile = context.profile(name);
    if (!profile) return kExitFailure;
    ProfileFields fields = fieldsOf(*profile);
    std::string usage = readFields(tr, parsed, fields);
    if (!usage.empty()) return usageError(context.err, usage, "profile", tr);
    UserMessage problem = profileProblem(context.state(), fields, profile->id);
    if (!problem.empty()) return failure(context.err, tr(problem));
    const std::string id = profile->id;
    context.editor().updateProfile(id, fields);
    if (!context.savedEverything()) return kExitFailure;
    context.out << format(tr("Profile changed: {}"), {profileLine(tr, *context.state().findProfile(id))}) << "\n";
    return kExitOk;
}

int deleteProfile(Context& context, const std::string& name) {
    const Translator& tr = context.translator();
    const Profile* profile = context.profile(name);
    if (!profile) return kExitFailure;
    const std::string line = profileLine(tr, *profile);
    context.editor().deleteProfile(profile->id);
    if (!context.savedEverything()) return kExitFailure;
    context.out << format(tr("Profile deleted, with its answers and notes: {}"), {line}) << "\n";
    return kExitOk;
}

int useProfile(Context& context, const std::string& name) {
    const Translator& tr = context.translator();
    const Profile* profile = context.profile(name);
    if (!profile) return kExitFailure;
    context.editor().selectProfile(profile->id);
    if (!context.savedEverything()) return kExitFailure;
    context.out << format(tr("Current profile: {}"), {profileLine(tr, *profile)}) << "\n";
    return kExitOk;
}

}  // namespace

int runProfileCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed =
        parseArguments(args, {{"label", 0, true}, {"nic", 0, true}, {"region", 0, true}, {"period", 0, true}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("profile", tr);
        return kExitOk;
    }
    const std::vector<std::string>& words = parsed.positionals;
    std::string action = words.empty() ? "list" : words[0];
    bool fieldOptions = parsed.has("nic") || parsed.has("region") || parsed.has("period");
    bool named = words.size() == 2 && !words[1].empty();
    if (action == "list" && words.size() <= 1 && !fieldOptions && !parsed.has("label")) return listProfiles(context);
    if (action == "add" && named && !parsed.has("label")) return addProfile(context, words[1], parsed);
    if (action == "edit" && named && (fieldOptions || parsed.has("label")))
        return editProfile(context, words[1], parsed);
    if (action == "delete" && named && !fieldOptions && !parsed.has("label")) return deleteProfile(context, words[1]);
    if (action == "use" && named && !fieldOptions && !parsed.has("label")) return useProfile(context, words[1]);
    return usageError(context.err, tr("profile needs list, add LABEL, edit NAME, delete NAME or use NAME"), "profile",
                      tr);
}

}  // namespace vigie::cli
