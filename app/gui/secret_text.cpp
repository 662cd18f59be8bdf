#include "secret_text.h"

#include <openssl/crypto.h>
#include <wx/textctrl.h>

#ifdef __WXGTK__
#include <gtk/gtk.h>
#endif

namespace vigie::gui {

namespace {

#ifdef __WXGTK__
// wxGTK builds a single-line wxTextCtrl on a GtkEntry and makes it the control's handle.
GtkEntry* entryOf(const wxTextCtrl* control) {
    if (control->IsMultiLine()) return nullptr;
    GtkWidget* widget = control->GetHandle();
    return widget && GTK_IS_ENTRY(widget) ? GTK_ENTRY(widget) : nullptr;
}
#endif

// UTF-8 of one code point, appended without any intermediate buffer.
void appendUtf8(SecureString& out, char32_t c) {
    char bytes[4];
    std::size_t length = 0;
    if (c < 0x80) {
        bytes[length++] = static_cast<char>(c);
    } else if (c < 0x800) {
        bytes[length++] = static_cast<char>(0xC0 | (c >> 6));
        bytes[length++] = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        bytes[length++] = static_cast<char>(0xE0 | (c >> 12));
        bytes[length++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
        bytes[length++] = static_cast<char>(0xF0 | (c >> 18));
        bytes[length++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        bytes[length++] = static_cast<char>(0x80 | (c & 0x3F));
    }
    out.append(std::string_view(bytes, length));
    OPENSSL_cleanse(bytes, sizeof bytes);
}

SecureString utf8Of(const wxString& text) {
    SecureString out;
    out.reserve(text.length() * 4);  // one allocation: no partial copy is left behind by a regrowth
    for (wxUniChar c : text) appendUtf8(out, static_cast<char32_t>(c.GetValue()));
    return out;
}

// The reverse, sized up front for the same reason. Input is our own UTF-8 (from a control or the
// core), so a malformed sequence is skipped rather than reported.
wxString utf8ToWx(const SecureString& secret) {
    std::string_view bytes = secret.view();
    wxString out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + length > bytes.size()) break;
        char32_t c = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
        out += wxUniChar(static_cast<wxUint32>(c));
        i += length;
    }
    return out;
}

}  // namespace

SecureString readSecret(const wxTextCtrl* control) {
#ifdef __WXGTK__
    if (GtkEntry* entry = entryOf(control)) return SecureString(gtk_entry_get_text(entry));
#endif
    wxString value = control->GetValue();
    SecureString secret = utf8Of(value);
    wipe(value);
    return secret;
}

void writeSecret(wxTextCtrl* control, const SecureString& secret) {
#ifdef __WXGTK__
    if (GtkEntry* entry = entryOf(control)) {
        gtk_entry_set_text(entry, secret.c_str());
        return;
    }
#endif
    wxString value = utf8ToWx(secret);
    control->ChangeValue(value);
    wipe(value);
}

wxString secretAsWx(const SecureString& secret) { return utf8ToWx(secret); }

void clearSecret(wxTextCtrl* control) {
    control->ChangeValue(wxString());
    control->Clear();
}

void wipe(wxString& text) {
#if wxUSE_UNICODE_WCHAR
    // wc_str() is the string's own buffer in this build: overwrite it before it is released.
    if (!text.empty()) OPENSSL_cleanse(const_cast<wchar_t*>(text.wc_str()), text.length() * sizeof(wchar_t));
#else
    for (wxString::iterator c = text.begin(); c != text.end(); ++c) *c = ' ';
#endif
    text.clear();
}

}  // namespace vigie::gui
