// A field for a secret: masked by default, with a "Show" checkbox, copy and cut refused, and
// everything it held wiped when cleared. Not a window of its own: its controls sit on the parent
// (like ItemRow's), right after the label the caller created, so wxGTK makes that label the
// field's mnemonic and accessible name.
//
// GTK cannot switch a GtkEntry between masked and plain once created, so there are two controls
// sharing one value: only the shown one holds the text, and toggling moves it across (through a
// wiped buffer, see secret_text.h) with the caret, the selection and the focus. Clicking "Show"
// does not take the focus from the field.
//
// Copy and cut are refused in both, by not skipping wxEVT_TEXT_COPY / wxEVT_TEXT_CUT: a password
// on the clipboard is readable by every program and kept by clipboard managers. A masked GtkEntry
// offers only bullets to the X primary selection; a revealed one offers the text the user
// selects, for as long as it stays selected and shown.
#pragma once

#include <functional>

#include <wx/string.h>

#include "secret/secure_string.h"

class wxCheckBox;
class wxCommandEvent;
class wxSizer;
class wxTextCtrl;
class wxWindow;

namespace vigie::gui {

class SecretField {
public:
    // Adds the field (full width) and the "Show" checkbox under it to `column`, a vertical sizer:
    // side by side they would not fit a narrow window. Names: `name` (the masked field),
    // name + "_plain", name + "_show".
    SecretField(wxWindow* parent, wxSizer* column, const wxString& name, const wxString& showLabel);
    ~SecretField();
    SecretField(const SecretField&) = delete;
    SecretField& operator=(const SecretField&) = delete;

    // Called on the UI thread after each change the user makes (not after setValue or clear).
    void onChange(std::function<void()> callback) { onChange_ = std::move(callback); }

    SecureString value() const;
    bool empty() const;
    void setValue(const SecureString& secret);
    // Empties both controls; GTK zeroes the buffers it releases.
    void clear();

    bool revealed() const;
    void setRevealed(bool revealed);

    // The control that is shown and holds the text.
    wxTextCtrl* control() const;
    bool hasFocus() const;
    void setHint(const wxString& hint);

private:
    void bindControl(wxTextCtrl* control);
    void onText(wxCommandEvent& event);

    wxTextCtrl* masked_;
    wxTextCtrl* plain_;
    wxCheckBox* show_;
    std::function<void()> onChange_;
    bool quiet_ = false;  // changes made by this class are not the user's
};

}  // namespace vigie::gui
