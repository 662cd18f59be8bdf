// A native gauge (GtkProgressBar) filled in a given colour: wxGauge has no colour of its own on
// GTK, so the meter's bar stayed the theme's blue whatever the band. A CSS provider on the
// widget itself colours its "progress" node; the gauge stays a native, accessible control.
#pragma once

#include <wx/colour.h>

class wxGauge;

namespace vigie::gui {

void tintGauge(wxGauge* gauge, const wxColour& colour);

}  // namespace vigie::gui
