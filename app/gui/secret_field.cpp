#include "secret_field.h"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "secret_text.h"

namespace vigie::gui {

SecretField::SecretField(wxWindow* parent, wxSizer* row, const wxString& name, const wxString& showLabel)
    : masked_(new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD,
                             wxDefaultValidator, name)),
      plain_(new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                            name + "_plain")),
      show_(new wxCheckBox(parent, wxID_ANY, showLabel, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           name + "_show")) {
    plain_->Hide();
    bindControl(masked_);
    bindControl(plain_);
    row->Add(masked_, wxSizerFlags(1).CenterVertical());
    row->Add(plain_, wxSizerFlags(1).CenterVertical());
    row->Add(show_, wxSizerFlags().CenterVertical().Border(wxLEFT, parent->FromDIP(8)));
    show_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) { setRevealed(event.IsChecked()); });
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
    if (wxSizer* row = to->GetContainingSizer()) row->Layout();
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

void SecretField::setMaxLength(unsigned long characters) {
    masked_->SetMaxLength(characters);
    plain_->SetMaxLength(characters);
}

}  // namespace vigie::gui
