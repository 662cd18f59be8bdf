#include "escape_keys.h"

#include <wx/combo.h>
#include <wx/window.h>

namespace vigie::gui {

wxDEFINE_EVENT(kCancelEditEvent, wxCommandEvent);

bool popupOpenWithin(wxWindow* root) {
    if (!root) return false;
    if (auto* combo = dynamic_cast<wxComboCtrl*>(root); combo && combo->IsPopupShown()) return true;
    for (wxWindow* child : root->GetChildren())
        if (!child->IsTopLevel() && child->IsShown() && popupOpenWithin(child)) return true;
    return false;
}

bool cancelEditAtFocus(wxWindow* root) {
    wxWindow* focus = wxWindow::FindFocus();
    if (!focus || !root || (focus != root && !root->IsDescendant(focus))) return false;
    wxCommandEvent cancel(kCancelEditEvent, focus->GetId());
    cancel.SetEventObject(focus);
    return focus->HandleWindowEvent(cancel);
}

}  // namespace vigie::gui
