#include "review_session.h"

#include <algorithm>

#include "platform/text_hygiene.h"
#include "wx_text.h"

namespace vigie::gui {

ReviewSession::ReviewSession(Catalog catalog, ReviewStore store, ReviewState state, Language language)
    : catalog_(std::move(catalog)),
      state_(std::move(state)),
      translator_(language),
      autosaver_(std::move(store), state_) {
    // The first profile is named in the user's language rather than with the core's msgid.
    if (state_.profiles.empty()) state_.addProfile(translator_(kDefaultProfileLabel));
    state_.current();  // makes currentProfileId name an existing profile; every change keeps it so
    for (Region region : allRegions()) shown_.emplace(region, catalog_.definitions.forRegion(region));
}

const Profile& ReviewSession::profile() const { return *state_.findProfile(state_.currentProfileId); }

void ReviewSession::setLanguage(Language language) { translator_ = Translator(language); }

wxString ReviewSession::text(const std::string& msgid) const { return toWx(translator_(msgid)); }

std::optional<std::string> ReviewSession::resolveLink(const std::string& target) const {
    return catalog_.links.resolve(target, profile().region, language());
}

bool ReviewSession::reloadIfChangedOnDisk() {
    const ReviewStore& store = autosaver_.store();
    if (!store.changedOnDisk()) return false;
    try {
        state_ = store.load().state;
    } catch (const UserError&) {
        return false;  // unreadable for now: keep what the window shows; saving will tell why
    }
    autosaver_.rebase();
    if (state_.profiles.empty()) state_.addProfile(translator_(kDefaultProfileLabel));
    state_.current();
    return true;
}

void ReviewSession::selectProfile(const std::string& profileId) {
    if (state_.currentProfileId == profileId || !state_.findProfile(profileId)) return;
    state_.currentProfileId = profileId;
    autosaver_.saveNow();
}

namespace {
void applyFields(Profile& profile, const ProfileFields& fields) {
    profile.label = fields.label;
    profile.nic = fields.nic;
    profile.region = fields.region;
    profile.reviewPeriodMonths = fields.reviewPeriodMonths;
}
}  // namespace

void ReviewSession::addProfile(const ProfileFields& fields) {
    Profile& added = state_.addProfile(fields.label);
    applyFields(added, fields);
    state_.currentProfileId = added.id;
    autosaver_.saveNow();
}

void ReviewSession::updateProfile(const ProfileFields& fields) {
    applyFields(currentProfile(), fields);
    autosaver_.saveNow();
}

void ReviewSession::deleteProfile(const std::string& profileId) {
    auto& profiles = state_.profiles;
    profiles.erase(
        std::remove_if(profiles.begin(), profiles.end(), [&](const Profile& p) { return p.id == profileId; }),
        profiles.end());
    if (profiles.empty()) state_.addProfile(translator_(kDefaultProfileLabel));
    if (!state_.findProfile(state_.currentProfileId)) state_.currentProfileId = profiles.front().id;
    autosaver_.saveNow();
}

bool ReviewSession::labelTaken(const std::string& label, const std::string& exceptId) const {
    return std::any_of(state_.profiles.begin(), state_.profiles.end(),
                       [&](const Profile& p) { return p.id != exceptId && p.label == label; });
}

ItemState ReviewSession::itemState(const std::string& itemId) const {
    const ItemState* found = profile().item(itemId);
    return found ? *found : ItemState{};
}

ItemState& ReviewSession::touch(const std::string& itemId) {
    ItemState& state = currentProfile().items[itemId];
    state.changed = now();
    return state;
}

void ReviewSession::setStatus(const std::string& itemId, ItemStatus status) {
    ItemState& item = touch(itemId);
    item.status = status;
    item.unknownStatus.clear();
    autosaver_.saveNow();
}

void ReviewSession::setValue(const std::string& itemId, const std::string& value, bool typing) {
    touch(itemId).value = value;
    typing ? autosaver_.saveSoon() : autosaver_.saveNow();
}

void ReviewSession::setNote(const std::string& itemId, const std::string& note) {
    touch(itemId).note = withoutControlCharacters(note);  // pasted control characters are dropped
    autosaver_.saveSoon();
}

void ReviewSession::addEntry(const std::string& itemId, const ListEntry& entry) {
    ItemState& state = touch(itemId);
    state.entries.push_back(entry);
    if (state.status == ItemStatus::Todo) state.status = ItemStatus::Done;
    autosaver_.saveNow();
}

void ReviewSession::removeEntry(const std::string& itemId, std::size_t index) {
    ItemState& state = touch(itemId);
    if (index < state.entries.size()) state.entries.erase(state.entries.begin() + static_cast<std::ptrdiff_t>(index));
    autosaver_.saveNow();
}

void ReviewSession::completePass(const std::string& wizardId) {
    currentProfile().passes.push_back(CompletedPass{wizardId, now()});
    autosaver_.saveNow();
}

}  // namespace vigie::gui
