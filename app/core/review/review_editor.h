// The one editor of a review: the only code that changes review state. The window, the terminal
// mode and the command line all edit through it, so they cannot disagree about what an edit
// means. Its rules:
//   - an answer (a choice, a date, a text) completes a to-do item, and taking the answer back
//     makes it to do again, unless the user chose the item's status by hand: a status set by
//     hand is never overwritten by an answer;
//   - an answer is checked against its item (item_value.h) before it is kept;
//   - every change is time-stamped;
//   - profiles are added, edited and deleted with one definition of a clash (profileProblem) and
//     one range for the review period (review.h); there is always at least one profile, and the
//     current one always exists.
// After every change the editor tells its ReviewSink, which saves: the window's autosaver (at
// once, or shortly after the last keystroke), the command line's store (at once).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "platform/errors.h"
#include "review/review.h"

namespace vigie {

// Whether the user is still typing (a note, a text answer) or made a discrete change.
enum class Pace { Now, Typing };

class ReviewSink {
public:
    virtual ~ReviewSink() = default;
    // The state changed. May report a failure its own way; must not throw.
    virtual void reviewChanged(Pace pace) = 0;
};

// What a profile's owner chooses: the profile dialog and `vigie profile add` edit these.
struct ProfileFields {
    std::string label;
    std::string nic;
    Region region = Region::Europe;
    int reviewPeriodMonths = kDefaultReviewPeriodMonths;
};

ProfileFields fieldsOf(const Profile& profile);

// Why `fields` cannot be saved as the profile `exceptId` ("" for a new one); empty when they can.
// A profile is selected by its label, NIC handle or id (ReviewState::findProfile), so a new
// label or NIC handle clashes with any of the three of another profile. Spaces around the label
// and the NIC handle do not count (the editor trims them).
UserMessage profileProblem(const ReviewState& state, const ProfileFields& fields, const std::string& exceptId = {});

// Several changes to one item at once (`vigie mark ID done --note ...`): one save. The answer is
// applied before the status, so a status given with an answer wins.
struct ItemEdit {
    std::optional<ItemStatus> status;  // always counts as set by hand
    std::optional<std::string> answer;
    std::optional<std::string> note;
};

class ReviewEditor {
public:
    using ClockFunction = std::function<TimePoint()>;

    // `defaultProfileLabel`: the label, in the user's language, of the profile created when
    // there is none.
    ReviewEditor(ReviewState& state, ReviewSink& sink, std::string defaultProfileLabel, ClockFunction clock = now);

    const ReviewState& state() const { return state_; }
    // The current profile; when there is none yet, a default one is created (in memory).
    const Profile& currentProfile() const;
    const Profile* findProfile(const std::string& idOrLabel) const { return state_.findProfile(idOrLabel); }
    ItemState itemState(const std::string& profileId, const std::string& itemId) const;

    // Items of the profile `profileId`. setAnswer and edit throw UserError (nothing changed) when
    // the answer does not fit the item, or the profile does not exist.
    void setStatus(const std::string& profileId, const Item& item, ItemStatus status);
    void setAnswer(const std::string& profileId, const Item& item, const std::string& value, Pace pace = Pace::Now);
    void setNote(const std::string& profileId, const Item& item, const std::string& note, Pace pace = Pace::Now);
    void edit(const std::string& profileId, const Item& item, const ItemEdit& edit, Pace pace = Pace::Now);

    // A list item's rows (the services being cancelled...). A row is an answer: the first one
    // completes an item still to do, removing the last one makes it to do again, unless the user
    // set its status by hand. addEntry throws UserError for text a row cannot hold.
    void addEntry(const std::string& profileId, const Item& item, const ListEntry& entry);
    void removeEntry(const std::string& profileId, const Item& item, std::size_t index);

    // Connected-mode readings (check id -> what the check found), kept beside the user's own
    // statuses. A reading replaces the stored one only when it is as recent or newer: a saved
    // snapshot checked after a fresher live read must not replace it. Returns how many were kept.
    std::size_t recordChecks(const std::string& profileId, const std::map<std::string, CheckEvidence>& readings);
    // The same, and the connection they came from (account, endpoint, read time, source; never
    // a key) becomes the profile's, unless the profile already keeps a newer one. One save.
    std::size_t recordChecks(const std::string& profileId, const std::map<std::string, CheckEvidence>& readings,
                             const ConnectionInfo& connection);

    // Records that the profile went through `wizardId` now; returns the next review date.
    TimePoint completePass(const std::string& profileId, const std::string& wizardId);

    // Profiles. add and update throw UserError with profileProblem()'s message. The first
    // profile becomes the current one; later ones are selected with selectProfile.
    const Profile& addProfile(const ProfileFields& fields);
    void updateProfile(const std::string& profileId, const ProfileFields& fields);
    // The last profile cannot go: it is replaced by a fresh default one.
    void deleteProfile(const std::string& profileId);
    void selectProfile(const std::string& profileId);

private:
    Profile& profile(const std::string& profileId);
    std::size_t keepReadings(Profile& target, const std::map<std::string, CheckEvidence>& readings);
    void changed(Pace pace) { sink_.reviewChanged(pace); }

    ReviewState& state_;
    ReviewSink& sink_;
    std::string defaultProfileLabel_;
    ClockFunction clock_;
};

}  // namespace vigie
