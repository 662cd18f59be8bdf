#include "escape_keys.h"

#include <memory>

#include <wx/combo.h>
#include <wx/textctrl.h>
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

void cancelTypingOnEscape(wxTextCtrl* text, std::function<void()> cancelled) {
    auto before = std::make_shared<wxString>(text->GetValue());
    text->Bind(wxEVT_SET_FOCUS, [text, before](wxFocusEvent& event) {
        *before = text->GetValue();
        event.Skip();
    });
    text->Bind(kCancelEditEvent, [text, before, cancelled = std::move(cancelled)](wxCommandEvent&) {
        if (text->GetValue() != *before) text->SetValue(*before);
        if (cancelled)
            cancelled();
        else
            text->Navigate(wxNavigationKeyEvent::IsBackward);  // typing is over: the focus leaves the note
    });
}

}  // namespace vigie::gui
