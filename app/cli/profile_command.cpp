#include "cli/profile_command.h"

#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/status_command.h"
#include "cli/usage.h"
#include "platform/text_hygiene.h"

namespace vigie::cli {

namespace {

int listProfiles(Context& context) {
    const Translator& tr = context.translator();
    ReviewState& state = context.state();
    if (state.profiles.empty()) {
        context.out << tr("No profile yet: add one with \"vigie profile add LABEL\".") << "\n";
        return kExitOk;
    }
    for (const Profile& profile : state.profiles) {
        bool current = profile.id == state.currentProfileId;
        context.out << (current ? "* " : "  ") << describeProfile(tr, profile) << " \u00B7 "
                    << format(tr.plural("review every month", "review every {} months",
                                        static_cast<unsigned long>(profile.reviewPeriodMonths)),
                              {std::to_string(profile.reviewPeriodMonths)})
                    << "\n";
    }
    return kExitOk;
}

// Reads --period: whole months, 1 to 60 (what the state file accepts).
std::optional<int> parsePeriod(const std::string& text) {
    if (text.empty() || text.size() > 2 || text.find_first_not_of("0123456789") != std::string::npos) return {};
    int months = std::stoi(text);
    if (months < 1 || months > 60) return {};
    return months;
}

int addProfile(Context& context, const std::string& label, const ParsedArguments& parsed) {
    const Translator& tr = context.translator();
    std::optional<Region> region = parseRegion(parsed.value("region").value_or("eu"));
    if (!region) return usageError(context.err, tr("--region must be eu, ca or us"), "profile", tr);
    std::optional<int> period = parsePeriod(parsed.value("period").value_or("3"));
    if (!period) return usageError(context.err, tr("--period must be a number of months from 1 to 60"), "profile", tr);
    if (auto problem = userTextProblem(label)) return usageError(context.err, tr(*problem), "profile", tr);
    ReviewState& state = context.state();
    if (state.findProfile(label))
        return failure(context.err, format(tr("a profile called \"{}\" already exists"), {label}));
    Profile& profile = state.addProfile(label);
    profile.nic = parsed.value("nic").value_or("");
    profile.region = *region;
    profile.reviewPeriodMonths = *period;
    std::string description = describeProfile(tr, profile);
    if (!context.save()) return kExitFailure;
    context.out << format(tr("Profile added: {}"), {description}) << "\n";
    return kExitOk;
}

int useProfile(Context& context, const std::string& name) {
    const Translator& tr = context.translator();
    Profile* profile = context.profile(name);
    if (!profile) return kExitFailure;
    context.state().currentProfileId = profile->id;
    std::string description = describeProfile(tr, *profile);
    if (!context.save()) return kExitFailure;
    context.out << format(tr("Current profile: {}"), {description}) << "\n";
    return kExitOk;
}

}  // namespace

int runProfileCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args, {{"nic", 0, true}, {"region", 0, true}, {"period", 0, true}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("profile", tr);
        return kExitOk;
    }
    const std::vector<std::string>& words = parsed.positionals;
    std::string action = words.empty() ? "list" : words[0];
    bool addOptions = parsed.has("nic") || parsed.has("region") || parsed.has("period");
    if (action == "list" && words.size() <= 1 && !addOptions) return listProfiles(context);
    if (action == "add" && words.size() == 2 && !words[1].empty()) return addProfile(context, words[1], parsed);
    if (action == "use" && words.size() == 2 && !addOptions) return useProfile(context, words[1]);
    return usageError(context.err, tr("profile needs list, add LABEL or use NAME"), "profile", tr);
}

}  // namespace vigie::cli
