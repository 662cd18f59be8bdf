#include "accessible_name.h"

#include <gtk/gtk.h>
#include <wx/window.h>

namespace vigie::gui {

namespace {
AtkObject* atkOf(wxWindow* window) {
    auto* widget = static_cast<GtkWidget*>(window ? window->GetHandle() : nullptr);
    return widget ? gtk_widget_get_accessible(widget) : nullptr;
}
}  // namespace

void setAccessibleName(wxWindow* window, const wxString& name) {
    if (AtkObject* atk = atkOf(window)) atk_object_set_name(atk, name.utf8_str());
}

wxString accessibleName(wxWindow* window) {
    AtkObject* atk = atkOf(window);
    const char* name = atk ? atk_object_get_name(atk) : nullptr;
    return name ? wxString::FromUTF8(name) : wxString();
}

}  // namespace vigie::gui
