#include "wrapping.h"

#include <gtk/gtk.h>
#include <wx/fontutil.h>
#include <wx/renderer.h>

namespace vigie::gui {

namespace {

// Pango breaks the lines, as GTK itself would: where the language allows a break (after a space,
// after a '/' or '-' in a path), and inside a word only when the word alone is wider than the
// line. One layout per label, shaped once. wxTextWrapper measured through a wxClientDC, which
// under wxGTK builds a scratch GTK widget to find the default colours: at start-up that was a
// fifth of the time Vigie took to show its first window.
wxString wrapWithPango(wxWindow* window, const wxString& text, int width) {
    const wxScopedCharBuffer utf8 = text.utf8_str();
    PangoContext* context = gtk_widget_get_pango_context(GTK_WIDGET(window->GetHandle()));
    PangoLayout* layout = pango_layout_new(context);
    pango_layout_set_font_description(layout, window->GetFont().GetNativeFontInfo()->description);
    pango_layout_set_text(layout, utf8.data(), static_cast<int>(utf8.length()));
    pango_layout_set_width(layout, width * PANGO_SCALE);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    std::string wrapped;
    wrapped.reserve(utf8.length() + 16);
    const char* bytes = utf8.data();
    for (GSList* line = pango_layout_get_lines_readonly(layout); line; line = line->next) {
        const auto* current = static_cast<const PangoLayoutLine*>(line->data);
        std::string_view piece(bytes + current->start_index, static_cast<std::size_t>(current->length));
        // The break's own space and the paragraph's line feed are not part of the line shown.
        while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\n' || piece.back() == '\r'))
            piece.remove_suffix(1);
        if (line != pango_layout_get_lines_readonly(layout)) wrapped += '\n';
        wrapped.append(piece);
    }
    g_object_unref(layout);
    return wxString::FromUTF8(wrapped.data(), wrapped.size());
}

int minimumWidth(wxWindow* window) { return window->FromDIP(120); }

// GTK lays the label out with Pango, whose measure of a line can differ from wx's by a pixel or
// two; a line wrapped to the exact width could then be wrapped again by GTK, one line more than
// the height given, and the last line cut off. A small margin avoids it.
int wrapWidth(wxWindow* window, int width) { return width - window->FromDIP(4); }

}  // namespace

wxString wrapToWidth(wxWindow* window, const wxString& text, int width) {
    return wrapWithPango(window, text, std::max(width, 1));
}

WrappedText::WrappedText(wxWindow* parent, const wxString& text, const wxString& name)
    : wxStaticText(parent, wxID_ANY, wxControl::EscapeMnemonics(text), wxDefaultPosition, wxDefaultSize, 0, name),
      text_(text) {
    SetMinSize(wxSize(minimumWidth(this), -1));
}

void WrappedText::setText(const wxString& text) {
    if (text == text_) return;
    text_ = text;
    wrappedWidth_ = -1;
    SetLabel(wxControl::EscapeMnemonics(text));
    rewrap();
}

bool WrappedText::rewrap() {
    const int width = GetSize().x;
    if (width <= 1 || width == wrappedWidth_) return false;
    wrappedWidth_ = width;
    SetLabel(wxControl::EscapeMnemonics(wrapToWidth(this, text_, wrapWidth(this, width))));
    return true;
}

WrappedCheckBox::WrappedCheckBox(wxWindow* parent, const wxString& text, const wxString& name)
    : wxCheckBox(parent, wxID_ANY, wxControl::EscapeMnemonics(text), wxDefaultPosition, wxDefaultSize, 0,
                 wxDefaultValidator, name),
      text_(text) {
    SetMinSize(wxSize(minimumWidth(this), -1));
    // GTK reports an error when a check button gets less width than its label needs, which the
    // unwrapped label would until the first layout: start at the minimum width.
    wrapLabel(minimumWidth(this));
}

void WrappedCheckBox::wrapLabel(int width) {
    // The box itself and the gap GTK puts after it take part of the width.
    const int indicator = wxRendererNative::Get().GetCheckBoxSize(this).x + FromDIP(10);
    SetLabel(wxControl::EscapeMnemonics(wrapToWidth(this, text_, width - indicator)));
}

bool WrappedCheckBox::rewrap() {
    const int width = GetSize().x;
    if (width <= 1 || width == wrappedWidth_) return false;
    wrappedWidth_ = width;
    wrapLabel(width);
    return true;
}

bool rewrapAll(wxWindow* root) {
    bool changed = false;
    for (wxWindow* child : root->GetChildren()) {
        if (auto* wrappable = dynamic_cast<Rewrappable*>(child)) changed |= wrappable->rewrap();
        changed |= rewrapAll(child);
    }
    return changed;
}

}  // namespace vigie::gui
