#include "cli/check_command.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>

#include "checks/check_record.h"
#include "checks/checks.h"
#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/interrupt.h"
#include "cli/progress_line.h"
#include "cli/usage.h"
#include "ovh/credentials.h"
#include "ovh/snapshot_reader.h"

namespace vigie::cli {
namespace {

constexpr int kExitAttention = 1;
constexpr int kExitError = 2;

int error(Context& context, const std::string& message) {
    context.err << "vigie: " << message << "\n";
    return kExitError;
}

std::optional<ovh::AccountSnapshot> readLive(Context& context, const ParsedArguments& parsed, const Profile& profile) {
    const Translator& tr = context.translator();
    ovh::CredentialLookup lookup;
    lookup.endpointOption = parsed.value("endpoint");
    lookup.fallbackEndpoint = ovh::regionEndpoint(profile.region);
    ovh::CredentialsOutcome keys = ovh::findCredentials(lookup, ovh::KeysNeeded::All);
    if (!keys.ok()) {
        if (!keys.warning.empty()) context.err << "vigie: " << tr(keys.warning) << "\n";
        error(context, tr(keys.problem));
        return std::nullopt;
    }
    ovh::ResolvedCredentials& found = keys.found;
    InterruptGuard guard;
    ProgressLine progress(context.err, context.terminalErr());
    ovh::ClientOptions options;
    options.cancel = &interruptFlag();
    if (progress.active())
        options.progress = [&progress, &tr](std::size_t done, std::size_t queued) {
            progress.show(tr(ovh::describeReadProgress(done, queued)));
        };
    ovh::ApiClient client(*found.endpoint, std::move(found.keys), std::move(options));
    try {
        ovh::AccountSnapshot snapshot = ovh::readSnapshot(client);
        progress.clear();
        return snapshot;
    } catch (const ovh::ApiFailure& failure) {
        progress.clear();
        error(context, tr(failure.message()));
        return std::nullopt;
    }
}

std::optional<ovh::AccountSnapshot> obtainSnapshot(Context& context, const ParsedArguments& parsed,
                                                   const Profile* profile) {
    const Translator& tr = context.translator();
    try {
        if (parsed.has("demo")) {
            ovh::AccountSnapshot demo = ovh::loadSnapshot(ovh::demoSnapshotPath());
            demo.demo = true;
            return demo;
        }
        if (auto file = parsed.value("snapshot")) return ovh::loadSnapshot(*file);
    } catch (const UserError& problem) {
        error(context, describeError(problem, tr));
        return std::nullopt;
    }
    return readLive(context, parsed, *profile);
}

std::string evidenceText(const checks::CheckResult& result, const Translator& tr) {
    std::string text;
    for (const UserMessage& line : result.evidence) text += (text.empty() ? "" : " ") + tr(line);
    return text;
}

void printText(Context& context, const ovh::AccountSnapshot& snapshot,
               const std::vector<checks::CheckResult>& results) {
    const Translator& tr = context.translator();
    std::ostream& out = context.out;
    if (snapshot.demo) out << tr("Demo: a fictional account bundled with Vigie, not yours.") << "\n";
    std::string account = ovh::accountLabel(snapshot);
    out << format(tr("Account: {}"), {account.empty() ? "?" : account}) << " \u00B7 " << snapshot.endpoint << "\n";
    out << tr(ovh::describeAge(snapshot.readAt, now())) << ".\n\n";
    std::size_t counts[3] = {0, 0, 0};
    for (const checks::CheckResult& result : results) {
        ++counts[static_cast<int>(result.verdict)];
        out << "[" << tr(checks::verdictLabel(result.verdict)) << "] " << tr(checks::checkTitle(result.id)) << "  ("
            << result.id << ")\n";
        for (const UserMessage& line : result.evidence) out << "    " << tr(line) << "\n";
    }
    if (!snapshot.problems.empty()) {
        out << "\n" << tr("Not read:") << "\n";
        for (const UserMessage& problem : snapshot.problems) out << "  " << tr(problem) << "\n";
    }
    out << "\n"
        << format(tr("{} OK, {} need attention, {} unknown."),
                  {std::to_string(counts[0]), std::to_string(counts[1]), std::to_string(counts[2])})
        << "\n";
}

void printJson(Context& context, const ovh::AccountSnapshot& snapshot,
               const std::vector<checks::CheckResult>& results) {
    const Translator& tr = context.translator();
    nlohmann::json account = nlohmann::json::object();
    if (snapshot.me.read() && snapshot.me.data.is_object()) {
        for (const char* key : {"nichandle", "email", "customerCode", "ovhSubsidiary"})
            if (snapshot.me.data.contains(key) && snapshot.me.data[key].is_string())
                account[key] = snapshot.me.data[key];
    }
    account["endpoint"] = snapshot.endpoint;
    account["demo"] = snapshot.demo;
    nlohmann::json checks = nlohmann::json::array();
    for (const checks::CheckResult& result : results)
        checks.push_back({{"id", result.id},
                          {"title", tr(checks::checkTitle(result.id))},
                          {"status", checks::verdictCode(result.verdict)},
                          {"evidence", evidenceText(result, tr)}});
    nlohmann::json problems = nlohmann::json::array();
    for (const UserMessage& problem : snapshot.problems) problems.push_back(tr(problem));
    nlohmann::json document = {{"account", account},
                               {"read_at", toIso8601(snapshot.readAt)},
                               {"age_seconds", (now() - snapshot.readAt).count()},
                               {"checks", checks},
                               {"not_read", problems}};
    context.out << document.dump(2) << "\n";
}

// The results become the profile's evidence with their connection (checks::recordReadings
// decides when they may), so the window, the terminal mode and the record see them.
void keepWithProfile(Context& context, const Profile& profile, const ovh::AccountSnapshot& snapshot,
                     const std::vector<checks::CheckResult>& results, const std::string& snapshotFile) {
    UserMessage refused = checks::recordReadings(context.editor(), profile.id, snapshot, results, snapshotFile);
    if (!refused.empty()) context.err << "vigie: " << context.translator()(refused) << "\n";
}

}  // namespace

int runCheckCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args,
                                            {{"profile", 0, true},
                                             {"endpoint", 0, true},
                                             {"snapshot", 0, true},
                                             {"save-snapshot", 0, true},
                                             {"json", 0, false},
                                             {"demo", 0, false}},
                                            tr);
    if (parsed.has("help")) {
        context.out << synopsis("check", tr);
        return kExitOk;
    }
    if (!parsed.positionals.empty())
        return usageError(context.err, format(tr("unexpected argument \"{}\""), {parsed.positionals[0]}), "check", tr);
    int sources = (parsed.has("demo") ? 1 : 0) + (parsed.has("snapshot") ? 1 : 0) + (parsed.has("endpoint") ? 1 : 0);
    if (sources > 1)
        return usageError(context.err, tr("--demo, --snapshot and --endpoint cannot be combined"), "check", tr);
    // Live results are kept with the profile (named, or the current one); a saved snapshot's only
    // with a profile named for it, since the file may be another account's. Never the demo's.
    const Profile* profile = nullptr;
    if (!parsed.has("demo") && (!parsed.has("snapshot") || parsed.has("profile"))) {
        profile = context.profile(parsed.value("profile"));
        if (!profile) return kExitError;
    }
    std::optional<ovh::AccountSnapshot> snapshot = obtainSnapshot(context, parsed, profile);
    if (!snapshot) return kExitError;
    if (snapshot->clockOffsetSeconds) {
        ovh::ClockCheck clock;
        clock.read = true;
        clock.deltaSeconds = *snapshot->clockOffsetSeconds;
        if (clock.skewed() && !parsed.has("snapshot"))
            context.err << "vigie: " << tr(ovh::describeClock(clock)) << "\n";
    }
    if (auto target = parsed.value("save-snapshot")) {
        try {
            ovh::saveSnapshot(*snapshot, *target);
        } catch (const UserError& problem) {
            return error(context, describeError(problem, tr));
        }
    }
    std::vector<checks::CheckResult> results = checks::runChecks(*snapshot);
    if (profile) {
        std::string file = parsed.value("snapshot").value_or("");
        std::error_code ignored;
        if (!file.empty()) file = std::filesystem::absolute(file, ignored).string();
        keepWithProfile(context, *profile, *snapshot, results, file);
    }
    if (parsed.has("json"))
        printJson(context, *snapshot, results);
    else
        printText(context, *snapshot, results);
    return checks::overall(results) == checks::Verdict::Ok ? kExitOk : kExitAttention;
}

}  // namespace vigie::cli
