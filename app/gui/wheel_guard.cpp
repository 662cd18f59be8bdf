#include "wheel_guard.h"

#include <algorithm>
#include <cmath>

#include <wx/choice.h>
#include <wx/combo.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/scrolwin.h>
#include <wx/slider.h>
#include <wx/spinbutt.h>
#include <wx/spinctrl.h>

namespace vigie::gui {

namespace {

bool changesWithTheWheel(wxWindow* window) {
    return dynamic_cast<wxChoice*>(window) || dynamic_cast<wxComboBox*>(window) || dynamic_cast<wxComboCtrl*>(window) ||
           dynamic_cast<wxDatePickerCtrl*>(window) || dynamic_cast<wxSpinCtrl*>(window) ||
           dynamic_cast<wxSpinCtrlDouble*>(window) || dynamic_cast<wxSpinButton*>(window) ||
           dynamic_cast<wxSlider*>(window);
}

bool g_pressed = false;

bool hasFocus(wxWindow* control) {
    wxWindow* focus = wxWindow::FindFocus();
    return focus && (focus == control || control->IsDescendant(focus));
}

}  // namespace

WheelGuard::WheelGuard() { wxEvtHandler::AddFilter(this); }

WheelGuard::~WheelGuard() { wxEvtHandler::RemoveFilter(this); }

wxWindow* WheelGuard::valueControlAt(wxWindow* window) {
    // The outermost such control: a date picker holds a combo, which holds a text field.
    wxWindow* found = nullptr;
    for (wxWindow* w = window; w && !w->IsTopLevel(); w = w->GetParent())
        if (changesWithTheWheel(w)) found = w;
    return found;
}

bool WheelGuard::scrollPageOf(wxWindow* window, const wxMouseEvent& wheel) {
    wxScrolledWindow* page = nullptr;
    for (wxWindow* w = window->GetParent(); w && !page && !w->IsTopLevel(); w = w->GetParent())
        page = dynamic_cast<wxScrolledWindow*>(w);
    if (!page || wheel.GetWheelAxis() != wxMOUSE_WHEEL_VERTICAL) return false;
    int unitX = 0, unitY = 0, startX = 0, startY = 0;
    page->GetScrollPixelsPerUnit(&unitX, &unitY);
    if (unitY <= 0) return false;
    page->GetViewStart(&startX, &startY);
    // GTK's own step for one notch of a scrolled window: the visible height to the power 2/3.
    const double notches = static_cast<double>(wheel.GetWheelRotation()) / std::max(1, wheel.GetWheelDelta());
    const double pixels = std::pow(std::max(1, page->GetClientSize().y), 2.0 / 3.0) * notches;
    const int units = static_cast<int>(std::lround(pixels / unitY));
    page->Scroll(-1, std::max(0, startY - (units != 0 ? units : (notches > 0 ? 1 : -1))));
    return true;
}

bool WheelGuard::mouseButtonPressed() { return g_pressed; }

int WheelGuard::FilterEvent(wxEvent& event) {
    const wxEventType type = event.GetEventType();
    if (type == wxEVT_LEFT_DOWN || type == wxEVT_MIDDLE_DOWN || type == wxEVT_RIGHT_DOWN) g_pressed = true;
    if (type == wxEVT_LEFT_UP || type == wxEVT_MIDDLE_UP || type == wxEVT_RIGHT_UP) g_pressed = false;
    if (type != wxEVT_MOUSEWHEEL) return Event_Skip;
    wxWindow* control = valueControlAt(dynamic_cast<wxWindow*>(event.GetEventObject()));
    if (!control || hasFocus(control)) return Event_Skip;
    scrollPageOf(control, static_cast<wxMouseEvent&>(event));
    // Handled either way: the list keeps its value even where there is no page to scroll.
    return Event_Processed;
}

}  // namespace vigie::gui
