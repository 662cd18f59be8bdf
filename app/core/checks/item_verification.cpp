#include "checks/item_verification.h"

#include "checks/check_record.h"
#include "ovh/snapshot.h"
#include "platform/format.h"
#include "review/presentation.h"

namespace vigie::checks {

namespace {

// The rule of the header comment, in one place.
UserMessage disagreementOf(const ItemState* state, Verdict verdict, TimePoint readAt) {
    if (!state || !state->unknownStatus.empty()) return {};
    if (state->status == ItemStatus::Done && verdict == Verdict::Attention)
        return {N_("You marked this done; the account read on {} says it needs attention."), {toLocalDate(readAt)}};
    if (state->status == ItemStatus::Attention && verdict == Verdict::Ok)
        return {N_("You marked this as needing attention; the account read on {} says it is verified."),
                {toLocalDate(readAt)}};
    return {};
}

// The newest reading's time, for readings kept before their connection was.
std::optional<TimePoint> latestReading(const Profile& profile) {
    std::optional<TimePoint> latest;
    for (const auto& [id, reading] : profile.checks)
        if (!latest || reading.readAt > *latest) latest = reading.readAt;
    return latest;
}

}  // namespace

std::optional<ItemVerification> verificationOf(const Profile& profile, const Item& item) {
    if (item.check.empty()) return std::nullopt;
    auto found = profile.checks.find(item.check);
    if (found == profile.checks.end()) return std::nullopt;
    ItemVerification out;
    out.checkId = item.check;
    out.verdict = storedVerdict(found->second);
    out.evidence = found->second.evidence;
    out.readAt = found->second.readAt;
    out.disagreement = disagreementOf(profile.item(item.id), out.verdict, out.readAt);
    out.disagrees = !out.disagreement.empty();
    return out;
}

const char* verdictItemLabel(Verdict verdict) {
    switch (verdict) {
        case Verdict::Ok:
            return N_("Verified");
        case Verdict::Attention:
            return N_("Needs attention");
        case Verdict::Unknown:
            break;
    }
    return N_("Could not be verified");
}

VerifiedCounts verifiedCounts(const Profile& profile, const Wizard& wizard) {
    VerifiedCounts counts;
    for (const Step& step : wizard.steps)
        for (const Item& item : step.items) {
            std::optional<ItemVerification> verification = verificationOf(profile, item);
            if (!verification) continue;
            switch (verification->verdict) {
                case Verdict::Ok:
                    ++counts.verified;
                    break;
                case Verdict::Attention:
                    ++counts.attention;
                    break;
                case Verdict::Unknown:
                    ++counts.unverified;
                    break;
            }
        }
    return counts;
}

std::string verifiedCountsText(const Translator& tr, const VerifiedCounts& counts) {
    if (counts.total() == 0) return {};
    std::string text = format(tr("Verified by the account read: {} of {}"),
                              {std::to_string(counts.verified), std::to_string(counts.total())});
    if (counts.attention > 0)
        text += " \u00B7 " + format(tr.plural("{} needs attention", "{} need attention", counts.attention),
                                    {std::to_string(counts.attention)});
    if (counts.unverified > 0)
        text +=
            " \u00B7 " + format(tr.plural("{} could not be verified", "{} could not be verified", counts.unverified),
                                {std::to_string(counts.unverified)});
    return text;
}

std::string markedAttentionSentence(const Translator& tr, std::size_t marked, const VerifiedCounts& counts) {
    if (counts.total() == 0) return attentionSentence(tr, marked);
    if (marked == 0) return tr(N_("You marked no item as needing attention."));
    return format(
        tr.plural("You marked {} item as needing attention.", "You marked {} items as needing attention.", marked),
        {std::to_string(marked)});
}

UserMessage readingAge(TimePoint readAt, TimePoint now) { return ovh::describeAge(readAt, now); }

UserMessage connectionAccount(const Profile& profile) {
    if (!profile.connection) {
        if (profile.checks.empty()) return {N_("Not connected: every item is your own statement."), {}};
        return {N_("An account read by an earlier version of Vigie, which did not keep its name"), {}};
    }
    if (profile.connection->demo) return {N_("Demo: a fictional account bundled with Vigie, not yours."), {}};
    if (profile.connection->account.empty()) return {N_("The account's name could not be read"), {}};
    return {"{}", {profile.connection->account}};
}

UserMessage connectionSource(const ConnectionInfo& connection) {
    if (connection.live()) return {N_("Read live through the OVHcloud API"), {}};
    return {N_("From the snapshot file {}"), {connection.snapshotFile}};
}

std::string connectionLine(const Translator& tr, const Profile& profile, TimePoint now) {
    std::string account = tr(connectionAccount(profile));
    if (!profile.connection && profile.checks.empty()) return account;
    std::string line = format(tr("Connected: {}"), {account});
    if (profile.connection && !profile.connection->endpoint.empty()) line += " \u00B7 " + profile.connection->endpoint;
    std::optional<TimePoint> readAt = profile.connection ? profile.connection->readAt : latestReading(profile);
    if (readAt) line += " \u00B7 " + tr(readingAge(*readAt, now));
    return line;
}

}  // namespace vigie::checks
