// The name a screen reader says for a control that shows no text of its own (an icon button).
// wxWidgets 3.2 has no accessibility API on GTK, so this sets the ATK name directly.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace vigie::gui {

void setAccessibleName(wxWindow* window, const wxString& name);
wxString accessibleName(wxWindow* window);

}  // namespace vigie::gui
