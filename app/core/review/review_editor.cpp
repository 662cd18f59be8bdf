#include "review/review_editor.h"

#include <algorithm>

#include "platform/text_hygiene.h"

#include "review/item_value.h"

namespace vigie {

namespace {

std::string trimmed(const std::string& text) {
    const char* blank = " \t\r\n";
    std::size_t first = text.find_first_not_of(blank);
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(blank) - first + 1);
}

ProfileFields normalized(ProfileFields fields) {
    fields.label = trimmed(fields.label);
    fields.nic = trimmed(fields.nic);
    return fields;
}

// The names a profile answers to on the command line (--profile NAME).
bool answersTo(const Profile& profile, const std::string& name) {
    return !name.empty() && (profile.id == name || profile.label == name || profile.nic == name);
}

void applyFields(Profile& profile, const ProfileFields& fields) {
    profile.label = fields.label;
    profile.nic = fields.nic;
    profile.region = fields.region;
    profile.reviewPeriodMonths = fields.reviewPeriodMonths;
}

// The rule, once: an answer completes a to-do item and taking it back undoes that, unless the
// status was chosen by hand.
void applyAnswer(ItemState& state, const std::string& value) {
    state.value = value;
    if (!state.statusSetByHand) state.status = value.empty() ? ItemStatus::Todo : ItemStatus::Done;
}

}  // namespace

ProfileFields fieldsOf(const Profile& profile) {
    return {profile.label, profile.nic, profile.region, profile.reviewPeriodMonths};
}

UserMessage profileProblem(const ReviewState& state, const ProfileFields& raw, const std::string& exceptId) {
    const ProfileFields fields = normalized(raw);
    if (fields.label.empty()) return {N_("Enter a name for this profile."), {}};
    for (const std::string* text : {&fields.label, &fields.nic})
        if (auto problem = userTextProblem(*text)) return *problem;
    if (!validReviewPeriod(fields.reviewPeriodMonths))
        return {N_("The review period must be from {} to {} months."),
                {std::to_string(kMinReviewPeriodMonths), std::to_string(kMaxReviewPeriodMonths)}};
    for (const Profile& other : state.profiles) {
        if (other.id == exceptId) continue;
        if (answersTo(other, fields.label))
            return {N_("\"{}\" already names another profile (its name, NIC handle or id): choose another name."),
                    {fields.label}};
        if (answersTo(other, fields.nic))
            return {N_("\"{}\" already names another profile (its name, NIC handle or id): each profile needs its "
                       "own NIC handle."),
                    {fields.nic}};
    }
    return {};
}

ReviewEditor::ReviewEditor(ReviewState& state, ReviewSink& sink, std::string defaultProfileLabel, ClockFunction clock)
    : state_(state), sink_(sink), defaultProfileLabel_(std::move(defaultProfileLabel)), clock_(std::move(clock)) {}

// Creating the default profile is not a change worth saving: it is saved with the first answer.
const Profile& ReviewEditor::currentProfile() const { return state_.current(defaultProfileLabel_); }

Profile& ReviewEditor::profile(const std::string& profileId) {
    for (Profile& candidate : state_.profiles)
        if (candidate.id == profileId) return candidate;
    throw UserError(UserMessage{N_("no profile is called \"{}\""), {profileId}});
}

ItemState ReviewEditor::itemState(const std::string& profileId, const std::string& itemId) const {
    for (const Profile& candidate : state_.profiles)
        if (candidate.id == profileId) {
            const ItemState* found = candidate.item(itemId);
            return found ? *found : ItemState{};
        }
    return {};
}

void ReviewEditor::edit(const std::string& profileId, const Item& item, const ItemEdit& edit, Pace pace) {
    if (edit.answer) {
        UserMessage problem = checkItemValue(item, *edit.answer);
        if (!problem.empty()) throw UserError(problem);
    }
    // Text that XML 1.0 cannot hold or a terminal would obey is refused at entry (text_hygiene.h).
    for (const std::optional<std::string>* text : {&edit.answer, &edit.note})
        if (*text)
            if (auto problem = userTextProblem(**text)) throw UserError(*problem);
    ItemState& state = profile(profileId).items[item.id];
    if (edit.answer) applyAnswer(state, *edit.answer);
    if (edit.status) {
        state.status = *edit.status;
        state.unknownStatus.clear();
        state.statusSetByHand = true;
    }
    if (edit.note) state.note = *edit.note;
    state.changed = clock_();
    changed(pace);
}

void ReviewEditor::setStatus(const std::string& profileId, const Item& item, ItemStatus status) {
    edit(profileId, item, ItemEdit{status, std::nullopt, std::nullopt});
}

void ReviewEditor::setAnswer(const std::string& profileId, const Item& item, const std::string& value, Pace pace) {
    edit(profileId, item, ItemEdit{std::nullopt, value, std::nullopt}, pace);
}

void ReviewEditor::setNote(const std::string& profileId, const Item& item, const std::string& note, Pace pace) {
    edit(profileId, item, ItemEdit{std::nullopt, std::nullopt, note}, pace);
}

void ReviewEditor::addEntry(const std::string& profileId, const Item& item, const ListEntry& entry) {
    for (const std::string* text : {&entry.name, &entry.option, &entry.date})
        if (auto problem = userTextProblem(*text)) throw UserError(*problem);
    ItemState& state = profile(profileId).items[item.id];
    state.entries.push_back(entry);
    if (!state.statusSetByHand) state.status = ItemStatus::Done;
    state.changed = clock_();
    changed(Pace::Now);
}

void ReviewEditor::removeEntry(const std::string& profileId, const Item& item, std::size_t index) {
    ItemState& state = profile(profileId).items[item.id];
    if (index >= state.entries.size()) return;
    state.entries.erase(state.entries.begin() + static_cast<std::ptrdiff_t>(index));
    if (!state.statusSetByHand && state.entries.empty()) state.status = ItemStatus::Todo;
    state.changed = clock_();
    changed(Pace::Now);
}

std::size_t ReviewEditor::keepReadings(Profile& target, const std::map<std::string, CheckEvidence>& readings) {
    std::size_t kept = 0;
    for (const auto& [id, reading] : readings) {
        auto stored = target.checks.find(id);
        if (stored != target.checks.end() && stored->second.readAt > reading.readAt) continue;
        target.checks[id] = reading;
        ++kept;
    }
    return kept;
}

std::size_t ReviewEditor::recordChecks(const std::string& profileId,
                                       const std::map<std::string, CheckEvidence>& readings) {
    std::size_t kept = keepReadings(profile(profileId), readings);
    if (kept > 0) changed(Pace::Now);
    return kept;
}

std::size_t ReviewEditor::recordChecks(const std::string& profileId,
                                       const std::map<std::string, CheckEvidence>& readings,
                                       const ConnectionInfo& connection) {
    Profile& target = profile(profileId);
    std::size_t kept = keepReadings(target, readings);
    bool newer = !target.connection || target.connection->readAt <= connection.readAt;
    if (newer) {
        // The account's name comes from the API: what no view could show is left out, not refused.
        ConnectionInfo clean = connection;
        for (std::string* text : {&clean.account, &clean.endpoint, &clean.snapshotFile})
            *text = withoutControlCharacters(*text);
        target.connection = std::move(clean);
    }
    if (kept > 0 || newer) changed(Pace::Now);
    return kept;
}

TimePoint ReviewEditor::completePass(const std::string& profileId, const std::string& wizardId) {
    Profile& target = profile(profileId);
    target.passes.push_back(CompletedPass{wizardId, clock_()});
    changed(Pace::Now);
    return *target.nextReview();
}

const Profile& ReviewEditor::addProfile(const ProfileFields& raw) {
    UserMessage problem = profileProblem(state_, raw);
    if (!problem.empty()) throw UserError(problem);
    Profile& added = state_.addProfile(trimmed(raw.label));
    applyFields(added, normalized(raw));
    changed(Pace::Now);
    return added;
}

void ReviewEditor::updateProfile(const std::string& profileId, const ProfileFields& raw) {
    Profile& target = profile(profileId);
    UserMessage problem = profileProblem(state_, raw, profileId);
    if (!problem.empty()) throw UserError(problem);
    applyFields(target, normalized(raw));
    changed(Pace::Now);
}

void ReviewEditor::deleteProfile(const std::string& profileId) {
    auto& profiles = state_.profiles;
    const auto before = profiles.size();
    profiles.erase(std::remove_if(profiles.begin(), profiles.end(),
                                  [&](const Profile& candidate) { return candidate.id == profileId; }),
                   profiles.end());
    if (profiles.size() == before) return;
    if (profiles.empty()) state_.addProfile(defaultProfileLabel_);
    if (!state_.findProfile(state_.currentProfileId)) state_.currentProfileId = profiles.front().id;
    changed(Pace::Now);
}

void ReviewEditor::selectProfile(const std::string& profileId) {
    if (state_.currentProfileId == profileId) return;
    profile(profileId);  // throws when there is none
    state_.currentProfileId = profileId;
    changed(Pace::Now);
}

}  // namespace vigie
