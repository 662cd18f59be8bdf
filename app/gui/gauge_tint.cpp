#include "gauge_tint.h"

#include <gtk/gtk.h>
#include <wx/gauge.h>

namespace vigie::gui {

namespace {
constexpr const char* kProviderKey = "vigie-gauge-tint";
}  // namespace

void tintGauge(wxGauge* gauge, const wxColour& colour) {
    auto* widget = static_cast<GtkWidget*>(gauge->GetHandle());
    if (!widget || !colour.IsOk()) return;
    auto* provider = static_cast<GtkCssProvider*>(g_object_get_data(G_OBJECT(widget), kProviderKey));
    if (!provider) {
        provider = gtk_css_provider_new();
        gtk_style_context_add_provider(gtk_widget_get_style_context(widget), GTK_STYLE_PROVIDER(provider),
                                       GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
        g_object_set_data_full(G_OBJECT(widget), kProviderKey, provider, g_object_unref);
    }
    const wxString hex = colour.GetAsString(wxC2S_HTML_SYNTAX);
    const wxString css =
        "progressbar progress { background-image: none; background-color: " + hex + "; border-color: " + hex + "; }";
    gtk_css_provider_load_from_data(provider, css.utf8_str(), -1, nullptr);
}

}  // namespace vigie::gui
