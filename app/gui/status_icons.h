// The marks the checklist draws: an item's status (review/checklist_state.h decides which mark a
// status takes) and the note icon. Drawn here rather than taken from the icon theme: the theme
// has no empty circle or "not applicable" cross, and a bare X session may have no theme at all.
// Each mark differs by its shape, not only by its colour.
#pragma once

#include <wx/bmpbndl.h>

#include "review/checklist_state.h"

class wxWindow;

namespace vigie::gui {

// `size` in DIPs; the bundle holds 1x and 2x.
wxBitmapBundle statusMarkIcon(StatusMark mark, int size = 20);
wxBitmapBundle stepStateIcon(StepState state, int size = 16);
// A page with lines; `filled` when the item has a note.
wxBitmapBundle noteIcon(bool filled, int size = 16);

}  // namespace vigie::gui
