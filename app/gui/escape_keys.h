// Escape closes the innermost thing only: an open drop-down or date calendar first, then the note
// being typed, and only then the wizard. The wizard asks the focused control before it closes:
// it sends kCancelEditEvent from the focus upwards, and a control that gives Escape a meaning of
// its own (an inline note cancelling its edit) handles it.
#pragma once

#include <wx/event.h>

namespace vigie::gui {

wxDECLARE_EVENT(kCancelEditEvent, wxCommandEvent);

// True when a drop-down (a date picker's calendar, a combo's list) below `root` is open: Escape
// then belongs to it.
bool popupOpenWithin(wxWindow* root);

// Sends kCancelEditEvent to the focused window (it propagates to its parents up to `root`); true
// when a control took it.
bool cancelEditAtFocus(wxWindow* root);

}  // namespace vigie::gui
