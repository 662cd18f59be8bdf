// Drives a checklist row as a user does (item_row.h): a click on an item's mark toggles done / to
// do; the status menu (the [v] button, Alt+Down) sends one of ItemRow::statusCommand to the mark.
#pragma once

#include <string>

#include <wx/bmpbuttn.h>

#include "gui_driver.h"
#include "item_row.h"
#include "review/review.h"

namespace vigie::gui::test {

inline wxString rowName(const char* role, const std::string& itemId) {
    return wxString("item_") + role + "_" + wxString::FromUTF8(itemId);
}

inline wxBitmapButton* markOf(const std::string& itemId, wxWindow* within) {
    return find<wxBitmapButton>(rowName("status", itemId), within);
}

// What choosing `status` from the row's status menu does.
inline void chooseStatus(wxWindow* mark, ItemStatus status) {
    wxCommandEvent event(wxEVT_MENU, ItemRow::statusCommand(status));
    event.SetEventObject(mark);
    mark->HandleWindowEvent(event);
    pump();
}

inline void chooseStatus(const std::string& itemId, wxWindow* within, ItemStatus status) {
    chooseStatus(markOf(itemId, within), status);
}

}  // namespace vigie::gui::test
