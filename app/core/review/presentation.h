// The words a review is shown with, decided once for the window, the terminal mode, the command
// line and the record: the Control Panel path, an answer's text, progress, whether a step is
// complete, what a review still lacks, the profile line and the next-review sentence. Each takes
// the Translator of the view that draws, so a record can be French under an English window.
// One msgid per concept: no view writes these sentences itself.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "definitions/definitions.h"
#include "i18n/translator.h"
#include "review/review.h"

namespace vigie {

// Between the menus of a Control Panel path, and between a wizard and its step: typography, not
// words, the same in every language and every view.
inline constexpr const char* kPathSeparator = " \u203A ";

// "Billing (formerly: Invoices)": a menu and the names it had before, leaving out any former
// name that reads the same as the current one (or as an earlier former name) in tr's language.
std::string menuEntryText(const MenuEntry& entry, const Translator& tr);
// "Your name › My offers and services (formerly: Products and services) › ...".
std::string controlPanelPath(const PanelPath& path, const Translator& tr);

// The text of an item's answer: a choice's option label, a date or a text as given; "" when the
// item has none (confirm items never do). An unknown option id is shown as it is.
std::string answerText(const Item& item, const ItemState& state, const Translator& tr);

// "Items done: 3 of 24".
std::string doneCountText(const Translator& tr, const WizardProgress& progress);
// "Items done: 5 of 12 · 1 needs attention · last reviewed on 2026-01-10": one line per wizard.
std::string progressText(const Translator& tr, const WizardProgress& progress);
// "2 items need attention." or "No item needs attention.".
std::string attentionSentence(const Translator& tr, std::size_t attention);
// "Last reviewed: 2026-01-10", "Last reviewed: 2026-01-10, incomplete" (finished with items left
// open) or "Not reviewed yet.".
std::string lastReviewedText(const Translator& tr, const WizardProgress& progress);

// A step is complete when it has items and each is done or not applicable.
bool isSettled(ItemStatus status);
bool stepComplete(const Step& step, const Profile& profile);

// What a wizard's review still lacks before it can be finished with nothing left open, and what
// is settled: the Finish summary lists the three.
struct ReviewGaps {
    std::vector<const Item*> toDo;  // in wizard order (an unknown status counts as to do)
    std::vector<const Item*> attention;  // in wizard order
    std::vector<const Item*> done;  // done or not applicable, in wizard order
    bool complete() const { return toDo.empty() && attention.empty(); }
};
ReviewGaps reviewGaps(const Wizard& wizard, const Profile& profile);
// "Left before this review is complete: 3 to do, 1 needing attention." or "Every item is done or
// not applicable."
std::string reviewGapsText(const Translator& tr, const ReviewGaps& gaps);

// The Finish summary's groups, in the order it shows them, and their headings with the count:
// "Needs attention (1)", "Still to do (22)", "Done or not applicable (2)".
enum class GapGroup { Attention, ToDo, Done };
const std::vector<const Item*>& itemsOf(const ReviewGaps& gaps, GapGroup group);
std::string gapGroupHeading(const Translator& tr, GapGroup group, std::size_t count);
// What recording the pass now means: "Recording it now marks this review as incomplete; the
// items left stay as they are." or "Recording it marks this review as complete.", then the next
// review date it sets (the profile's period from `now`).
std::string finishConsequenceText(const Translator& tr, const ReviewGaps& gaps, const Profile& profile, TimePoint now);
// What the terminal mode says once a pass is recorded: "“Orders” is complete." or "“Orders” is
// recorded as incomplete: 3 items to do and 1 item needing attention."
std::string passRecordedSentence(const Translator& tr, const std::string& wizardTitle, const ReviewGaps& gaps);

// What to do next, shown before the rest of the overview: the first wizard due (never reviewed,
// or its review period has passed since it was last finished), the current profile's first,
// then the other profiles' in order; and the items of the current profile that need attention.
struct DueWizard {
    const Profile* profile = nullptr;
    const Wizard* wizard = nullptr;
    std::optional<TimePoint> lastReviewed;  // nullopt: never reviewed
    std::optional<TimePoint> dueSince;  // when its review fell due (nullopt: never reviewed)
};
struct AttentionItem {
    const Wizard* wizard = nullptr;
    std::size_t step = 0;  // index in wizard->steps
    const Item* item = nullptr;
};
struct WhatNext {
    std::optional<DueWizard> due;
    std::vector<AttentionItem> attention;  // every one, in wizard order
    bool nothing() const { return !due && attention.empty(); }
};
// `definitionsOf` gives the wizards as a profile's region shows them.
WhatNext whatNext(const ReviewState& state, const std::string& currentProfileId,
                  const std::function<const Definitions&(const Profile&)>& definitionsOf, TimePoint now);
// True when `wizardId` has never been finished for `profile`, or its period has passed since.
bool wizardDue(const Profile& profile, const std::string& wizardId, TimePoint now);
// "What to do next".
std::string whatNextHeading(const Translator& tr);
// "Review “Secure your account”: not reviewed yet." or "Review “Orders”: due since 2026-03-10."
// For another profile than the current one it is named first: "For the profile “Client Dupont”,
// review “Orders”: not reviewed yet.".
std::string dueWizardText(const Translator& tr, const DueWizard& due, bool currentProfile);
// "Needs attention: Two-factor authentication is on (Secure your account)".
std::string attentionItemText(const Translator& tr, const AttentionItem& item);
// How many attention items the overview lists before "… and 3 more items need attention.".
inline constexpr std::size_t kAttentionItemsShown = 5;
std::string moreAttentionText(const Translator& tr, std::size_t more);
// "Nothing is due: every wizard is reviewed and no item needs attention."
std::string nothingDueText(const Translator& tr);

// "Dupont (ab12345-ovh) · Europe · review every 3 months".
std::string profileLine(const Translator& tr, const Profile& profile);

// When the profile is next reviewed: the period after its last completed pass.
struct NextReview {
    std::optional<TimePoint> date;  // nullopt before the first completed pass
    bool due = false;  // the date has come
    int periodMonths = kDefaultReviewPeriodMonths;
};
NextReview nextReviewOf(const Profile& profile, TimePoint now);
// "Next review: 2026-03-10 (every 3 months)", "Next review: 2026-03-10, overdue (every 3 months)"
// or "Next review: 3 months after you finish a wizard".
std::string nextReviewSentence(const Translator& tr, const NextReview& next);
// What to do when a review is due.
std::string reviewDueAdvice(const Translator& tr);
// The value of the record's "Next review" field: the date, or why there is none yet.
std::string nextReviewValue(const Translator& tr, const NextReview& next);

}  // namespace vigie
