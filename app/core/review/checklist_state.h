// What the checklist of a step shows, decided once for every view: the state of a step in the
// step list (done, needs attention, to do) with the words a screen reader says for it, the mark an
// item's status takes (a tick, a cross, a warning, an empty circle: never a colour alone), what a
// click on that mark does, and the labels of the status menu with their access keys.
#pragma once

#include <string>

#include "definitions/definitions.h"
#include "i18n/translator.h"
#include "review/review.h"

namespace vigie {

// A step needs attention when any of its items does; it is done when every item is done or not
// applicable (stepComplete); otherwise it is still to do.
enum class StepState { ToDo, Attention, Done };
StepState stepState(const Step& step, const Profile& profile);

// How many of a step's items are settled (done or not applicable), and how many need attention.
struct StepCounts {
    std::size_t total = 0;
    std::size_t settled = 0;
    std::size_t attention = 0;
};
StepCounts stepCounts(const Step& step, const Profile& profile);

// The words under a step's title in the step list: "Done", "To do · 1 of 3 done",
// "Needs attention · 1 of 3 done". The state's word always comes first, so it is read before the
// count and survives when the line is shortened.
std::string stepStateText(const Translator& tr, const Step& step, const Profile& profile);
// The msgid of the state alone: "Done", "Needs attention", "To do".
const char* stepStateLabel(StepState state);

// The mark an item's status is drawn with.
enum class StatusMark { EmptyCircle, Tick, Cross, Warning, Unknown };
StatusMark statusMark(const ItemState& state);

// What one click (or Space) on an item's mark does: anything not done becomes done, done goes
// back to to do. The other statuses are chosen from the status menu.
ItemStatus toggledStatus(ItemStatus status);

// The entries of the status menu, with an access key each: "&Done", "&To do", "&Not applicable",
// "Needs &attention" (msgids).
const char* statusMenuLabel(ItemStatus status);

// What a screen reader says for an item's mark: "Status: Needs attention".
std::string statusMarkName(const Translator& tr, const ItemState& state);

}  // namespace vigie
