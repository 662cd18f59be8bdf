// The offline checklist: per profile, the status of every item, the user's notes and dates.
// Plain data plus the few rules that derive progress and the next review date from it.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "definitions/definitions.h"
#include "definitions/links.h"
#include "i18n/translator.h"

namespace vigie {

using Clock = std::chrono::system_clock;
using TimePoint = std::chrono::time_point<Clock, std::chrono::seconds>;

TimePoint now();
std::string toIso8601(TimePoint t);  // "2026-11-27T20:36:00Z"
std::optional<TimePoint> parseIso8601(const std::string& text);
std::string toLocalDate(TimePoint t);  // "2026-11-27", local time zone

enum class ItemStatus { Todo, Done, NotApplicable, Attention };

std::string statusCode(ItemStatus status);  // "todo", "done", "na", "attention"
std::optional<ItemStatus> parseStatus(const std::string& code);
const char* statusLabel(ItemStatus status);  // msgid: "To do", "Done", ...
const std::vector<ItemStatus>& allStatuses();

// One row of a list item: e.g. a service, the way chosen to stop it, and its date.
struct ListEntry {
    std::string name;
    std::string option;  // an option id of the item, may be empty
    std::string date;  // YYYY-MM-DD, may be empty
    bool operator==(const ListEntry& other) const {
        return name == other.name && option == other.option && date == other.date;
    }
};

// What a newer Vigie (or a hand edit) wrote that this version does not understand: kept as it
// is and written back, so opening the file with an older Vigie loses nothing.
struct UnknownContent {
    std::vector<std::pair<std::string, std::string>> attributes;
    std::string elements;  // the unknown child elements, serialised as XML
    bool empty() const { return attributes.empty() && elements.empty(); }
};

struct ItemState {
    ItemStatus status = ItemStatus::Todo;
    // A status code this version does not know (non-empty: `status` is only a stand-in and the
    // views show the item as unknown). Setting a status clears it.
    std::string unknownStatus;
    // True once the user chose the status themselves; an answer then never changes it
    // (review_editor.h).
    bool statusSetByHand = false;
    std::string value;  // choice: option id; date: YYYY-MM-DD; note: the text
    std::vector<ListEntry> entries;  // list items: one per row, in the order added
    std::string note;  // the user's own note on any item
    std::optional<TimePoint> changed;
    UnknownContent unknown;
};

// What a connected-mode check found, kept with the profile beside the user's own status: the
// verdict code ("ok", "attention", "unknown": checks::verdictCode), the evidence as msgids with
// their values (so it reads in either language), and when the account was read.
struct CheckEvidence {
    std::string verdict;
    std::vector<UserMessage> evidence;
    TimePoint readAt{};
};

// Where a profile's readings came from, kept with the profile so every view (and the record) can
// say which account was read, through which endpoint, when, and from where. Never a key: only
// what `vigie check` prints anyway.
struct ConnectionInfo {
    std::string account;  // ovh::accountLabel: "ab12345-ovh (jo@example.com)"; "" when /me was not read
    std::string endpoint;  // "ovh-eu", or the URL
    TimePoint readAt{};  // when the account was read (a snapshot file's read time, not when it was opened)
    bool demo = false;  // the bundled fictional account
    std::string snapshotFile;  // "" when read live; else the snapshot file the readings came from
    UnknownContent unknown;  // what a newer Vigie wrote here
    bool live() const { return snapshotFile.empty(); }
};

// A list row as every view shows it: "example.com · Cancellation at expiry · 2026-05-01", the
// option in tr's language, empty parts left out.
std::string describeListEntry(const Item& item, const ListEntry& entry, const Translator& tr);

// The msgid a view shows for an item's status: statusLabel(state.status), or "Unknown status"
// for a status written by a newer Vigie (kept as it is in the file).
const char* statusLabelOf(const ItemState& state);

struct CompletedPass {
    std::string wizardId;
    TimePoint completed;
};

struct WizardProgress {
    std::size_t total = 0;
    std::size_t done = 0;  // done or not applicable
    std::size_t attention = 0;
    std::optional<TimePoint> lastReviewed;  // last completed pass
};

// How often a profile is reviewed: one range for the state file, the window and the command line.
inline constexpr int kMinReviewPeriodMonths = 1;
inline constexpr int kMaxReviewPeriodMonths = 60;
inline constexpr int kDefaultReviewPeriodMonths = 3;
inline constexpr bool validReviewPeriod(int months) {
    return months >= kMinReviewPeriodMonths && months <= kMaxReviewPeriodMonths;
}

struct Profile {
    std::string id;  // stable, generated
    std::string label;
    std::string nic;  // optional NIC handle, e.g. "ab12345-ovh"
    Region region = Region::Europe;
    int reviewPeriodMonths = kDefaultReviewPeriodMonths;
    std::map<std::string, ItemState> items;  // by item id; unknown ids are kept (a wizard changed)
    std::vector<CompletedPass> passes;  // oldest first
    std::map<std::string, CheckEvidence> checks;  // by check id, the latest reading of each
    // The connection the latest readings came from (ReviewEditor::recordChecks); nullopt before
    // the first reading, and in files written before it was kept.
    std::optional<ConnectionInfo> connection;
    UnknownContent unknown;

    const ItemState* item(const std::string& itemId) const;
    WizardProgress progress(const Wizard& wizard) const;
    std::optional<TimePoint> lastPass(const std::string& wizardId) const;
    // Last completed pass of any wizard plus the review period; nullopt before the first pass.
    std::optional<TimePoint> nextReview() const;
};

// The msgid of the profile created when there is none; callers translate it.
inline constexpr const char* kDefaultProfileLabel = N_("My account");
// True for kDefaultProfileLabel in any language Vigie speaks: such a label says nothing about
// the account (the password meter must not treat it as the owner's name).
bool isDefaultProfileLabel(const std::string& label);

struct ReviewState {
    std::vector<Profile> profiles;
    std::string currentProfileId;
    UnknownContent unknown;

    // The current profile; when there is none, creates one called `labelIfNone`.
    Profile& current(const std::string& labelIfNone = kDefaultProfileLabel);
    const Profile* findProfile(const std::string& idOrLabel) const;
    Profile* findProfile(const std::string& idOrLabel);
    Profile& addProfile(const std::string& label);
};

// A time point `months` calendar months later (day clamped to the month's length).
TimePoint addMonths(TimePoint t, int months);

}  // namespace vigie
