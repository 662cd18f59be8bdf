// Finish: before a pass is recorded, what the review holds (what needs attention, what is still to
// do, what is done, by item title and step) and what recording it means (incomplete, the next
// review date). The pass is recorded only when the user confirms; the words come from core
// (review/presentation.h).
#pragma once

#include "definitions/definitions.h"

class wxWindow;

namespace vigie::gui {

class ReviewSession;

// Shows the summary of `wizard` for the current profile, modally; true when the user chose
// "Record the review", false for "Keep reviewing" (or Escape).
bool confirmFinish(wxWindow* parent, const ReviewSession& session, const Wizard& wizard);

}  // namespace vigie::gui
