#include "secret_field.h"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "secret_text.h"

#ifdef __WXGTK__
#include <gtk/gtk.h>
#endif

namespace vigie::gui {

SecretField::SecretField(wxWindow* parent, wxSizer* column, const wxString& name, const wxString& showLabel)
    : masked_(new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD,
                             wxDefaultValidator, name)),
      plain_(new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                            name + "_plain")),
      show_(new wxCheckBox(parent, wxID_ANY, showLabel, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           name + "_show")) {
    plain_->Hide();
    bindControl(masked_);
    bindControl(plain_);
    column->Add(masked_, wxSizerFlags().Expand());
    column->Add(plain_, wxSizerFlags().Expand());
    column->Add(show_, wxSizerFlags().Border(wxTOP, parent->FromDIP(4)));
    show_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) { setRevealed(event.IsChecked()); });
#ifdef __WXGTK__
    // A click on "Show" leaves the focus (and the caret) in the field, so typing goes on; the
    // checkbox is still reached with Tab, and its mnemonic focuses it as GTK always does.
    gtk_widget_set_focus_on_click(show_->GetHandle(), FALSE);
#endif
}

SecretField::~SecretField() { clear(); }

void SecretField::bindControl(wxTextCtrl* control) {
    control->Bind(wxEVT_TEXT, &SecretField::onText, this);
    // Not skipped: the toolkit then does not copy. See the header.
    control->Bind(wxEVT_TEXT_COPY, [](wxClipboardTextEvent&) {});
    control->Bind(wxEVT_TEXT_CUT, [](wxClipboardTextEvent&) {});
}

void SecretField::onText(wxCommandEvent&) {
    // Not skipped either: no other window needs to see a secret change.
    if (!quiet_ && onChange_) onChange_();
}

SecureString SecretField::value() const { return readSecret(control()); }

bool SecretField::empty() const { return control()->IsEmpty(); }

void SecretField::setValue(const SecureString& secret) {
    quiet_ = true;
    writeSecret(control(), secret);
    quiet_ = false;
    control()->SetInsertionPointEnd();
}

void SecretField::clear() {
    quiet_ = true;
    clearSecret(masked_);
    clearSecret(plain_);
    quiet_ = false;
}

bool SecretField::revealed() const { return plain_->IsShown(); }

void SecretField::setRevealed(bool reveal) {
    show_->SetValue(reveal);
    if (reveal == revealed()) return;
    wxTextCtrl* from = control();
    wxTextCtrl* to = reveal ? plain_ : masked_;
    const bool focused = wxWindow::FindFocus() == from;
    long selectionStart = 0, selectionEnd = 0;
    from->GetSelection(&selectionStart, &selectionEnd);
    const long caret = from->GetInsertionPoint();
    quiet_ = true;
    writeSecret(to, readSecret(from));
    clearSecret(from);
    quiet_ = false;
    from->Hide();
    to->Show();
    if (wxSizer* column = to->GetContainingSizer()) column->Layout();
    if (focused) to->SetFocus();  // GTK selects everything on focus: restore the caret after
    if (selectionStart != selectionEnd)
        to->SetSelection(selectionStart, selectionEnd);
    else
        to->SetInsertionPoint(caret);
}

wxTextCtrl* SecretField::control() const { return revealed() ? plain_ : masked_; }

bool SecretField::hasFocus() const {
    const wxWindow* focus = wxWindow::FindFocus();
    return focus && (focus == masked_ || focus == plain_);
}

void SecretField::setHint(const wxString& hint) {
    masked_->SetHint(hint);
    plain_->SetHint(hint);
}

}  // namespace vigie::gui
