// What the connected mode says about a wizard item, decided once for the window, the terminal
// mode and the record: the verdict of the check that verifies the item (wizards/*.xml,
// check="..."), its evidence, when the account was read, and whether the user's own status
// disagrees with it. A view shows all of it and changes nothing: a reading never changes the
// user's status.
//
// The disagreement rule, once: the user's own status (chosen by hand, or given by an answer)
// disagrees with a reading when it is "done" and the reading says "needs attention", or it is
// "needs attention" and the reading says the item is verified. "To do" says nothing yet, "not
// applicable" is the user's decision whatever the account holds, and a reading that could not
// verify the item contradicts nobody: none of those disagree. Both are then shown, side by side.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "i18n/translator.h"
#include "review/review.h"

namespace vigie::checks {

struct ItemVerification {
    std::string checkId;
    Verdict verdict = Verdict::Unknown;  // Ok: verified; Attention: needs attention; Unknown: could not be verified
    std::vector<UserMessage> evidence;  // the services, dates and amounts concerned, one sentence each
    TimePoint readAt{};
    bool disagrees = false;  // the user's own status contradicts the verdict
    UserMessage disagreement;  // the sentence a view shows then (empty otherwise)
};

// The reading of the check that verifies `item`, kept with the profile; nullopt when the item
// names no check or the profile has no reading of it.
std::optional<ItemVerification> verificationOf(const Profile& profile, const Item& item);

// How a verdict reads next to an item. msgids: "Verified", "Needs attention", "Could not be
// verified" (checks::verdictLabel is the check's own wording, for `vigie check`).
const char* verdictItemLabel(Verdict verdict);

// Items of one wizard that a reading verifies, for the hub cards and `vigie status`. Items that
// name a check the profile has no reading of are not counted. Pass the wizard as the profile's
// region shows it (Definitions::forRegion).
struct VerifiedCounts {
    std::size_t verified = 0;  // verdict ok
    std::size_t attention = 0;  // verdict needs attention
    std::size_t unverified = 0;  // read, but the check could not verify the item
    std::size_t total() const { return verified + attention + unverified; }
};
VerifiedCounts verifiedCounts(const Profile& profile, const Wizard& wizard);
// "Verified by the account read: 4 of 6 · 1 needs attention · 1 could not be verified", or ""
// when no item of the wizard has a reading.
std::string verifiedCountsText(const Translator& tr, const VerifiedCounts& counts);
// The hub card's sentence on the user's own statuses (`marked`: items the user set to needs
// attention), worded so it cannot be read against verifiedCountsText just below it: "You marked
// no item as needing attention." once the account read verifies an item of the wizard,
// attentionSentence (presentation.h) otherwise.
std::string markedAttentionSentence(const Translator& tr, std::size_t marked, const VerifiedCounts& counts);

// ---- the connection the readings came from (Profile::connection) ----

// "Data read on 4 December 2026 at 11:00, 3 hours ago" (ovh::describeAge): the age every view states.
UserMessage readingAge(TimePoint readAt, TimePoint now);
// The account read: its label, "Demo: a fictional account bundled with Vigie, not yours." for
// the demo, or "Not connected: every item is your own statement." when the profile has no
// readings.
UserMessage connectionAccount(const Profile& profile);
// "Read live through the OVHcloud API" or "From the snapshot file /path/file.json".
UserMessage connectionSource(const ConnectionInfo& connection);
// One line for a view's header: "Connected: ab12345-ovh (jo@example.com) · ovh-eu · Data read
// on ..., 3 hours ago", or the not-connected sentence.
std::string connectionLine(const Translator& tr, const Profile& profile, TimePoint now);

}  // namespace vigie::checks
