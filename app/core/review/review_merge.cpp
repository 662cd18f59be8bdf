#include "review/review_merge.h"

#include <algorithm>

namespace vigie {
namespace {

bool same(const ItemState& a, const ItemState& b) {
    return a.status == b.status && a.unknownStatus == b.unknownStatus && a.value == b.value && a.note == b.note &&
           a.entries == b.entries && a.statusSetByHand == b.statusSetByHand && a.changed == b.changed;
}

bool same(const CheckEvidence& a, const CheckEvidence& b) {
    if (a.verdict != b.verdict || a.readAt != b.readAt || a.evidence.size() != b.evidence.size()) return false;
    for (std::size_t i = 0; i < a.evidence.size(); ++i)
        if (a.evidence[i].msgid != b.evidence[i].msgid || a.evidence[i].args != b.evidence[i].args) return false;
    return true;
}

bool same(const std::optional<ConnectionInfo>& a, const std::optional<ConnectionInfo>& b) {
    if (!a || !b) return !a && !b;
    return a->account == b->account && a->endpoint == b->endpoint && a->readAt == b->readAt && a->demo == b->demo &&
           a->snapshotFile == b->snapshotFile;
}

// Readings this writer recorded come in, unless the file meanwhile got a newer one (the
// editor's rule: a newer reading wins).
void applyReadings(const Profile* base, const Profile& mine, Profile& onDisk) {
    for (const auto& [id, reading] : mine.checks) {
        if (base) {
            auto before = base->checks.find(id);
            if (before != base->checks.end() && same(before->second, reading)) continue;
        }
        auto stored = onDisk.checks.find(id);
        if (stored == onDisk.checks.end() || stored->second.readAt <= reading.readAt) onDisk.checks[id] = reading;
    }
    if (mine.connection && !same(base ? base->connection : std::nullopt, mine.connection) &&
        (!onDisk.connection || onDisk.connection->readAt <= mine.connection->readAt))
        onDisk.connection = mine.connection;
}

bool sameFields(const Profile& a, const Profile& b) {
    return a.label == b.label && a.nic == b.nic && a.region == b.region && a.reviewPeriodMonths == b.reviewPeriodMonths;
}

const Profile* byId(const ReviewState& state, const std::string& id) {
    for (const Profile& profile : state.profiles)
        if (profile.id == id) return &profile;
    return nullptr;
}

void applyProfileChanges(const Profile* base, const Profile& mine, Profile& onDisk) {
    if (!base || !sameFields(*base, mine)) {
        onDisk.label = mine.label;
        onDisk.nic = mine.nic;
        onDisk.region = mine.region;
        onDisk.reviewPeriodMonths = mine.reviewPeriodMonths;
    }
    for (const auto& [id, item] : mine.items) {
        const ItemState* before = base ? base->item(id) : nullptr;
        if (!before || !same(*before, item)) onDisk.items[id] = item;
    }
    const std::size_t known = base ? base->passes.size() : 0;
    for (std::size_t i = known; i < mine.passes.size(); ++i) onDisk.passes.push_back(mine.passes[i]);
    applyReadings(base, mine, onDisk);
}

}  // namespace

void applyChanges(const ReviewState& base, const ReviewState& mine, ReviewState& onDisk) {
    // Profiles this writer deleted go; those it added or changed come in.
    for (const Profile& before : base.profiles) {
        if (byId(mine, before.id)) continue;
        auto& profiles = onDisk.profiles;
        profiles.erase(
            std::remove_if(profiles.begin(), profiles.end(), [&](const Profile& p) { return p.id == before.id; }),
            profiles.end());
    }
    for (const Profile& profile : mine.profiles) {
        auto found = std::find_if(onDisk.profiles.begin(), onDisk.profiles.end(),
                                  [&](const Profile& p) { return p.id == profile.id; });
        if (found == onDisk.profiles.end()) {
            if (byId(base, profile.id)) continue;  // deleted by the other writer meanwhile: stays deleted
            onDisk.profiles.push_back(profile);
            continue;
        }
        applyProfileChanges(byId(base, profile.id), profile, *found);
    }
    if (mine.currentProfileId != base.currentProfileId || onDisk.currentProfileId.empty() ||
        !byId(onDisk, onDisk.currentProfileId))
        onDisk.currentProfileId = mine.currentProfileId;
}

}  // namespace vigie
