#include "totp_check_panel.h"

#include <algorithm>
#include <chrono>
#include <string_view>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "hidden_watch.h"
#include "review_session.h"
#include "secret_field.h"
#include "secret_text.h"
#include "totp/authenticator_check.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

constexpr unsigned long kMaxCodeCharacters = 16;  // 8 digits and the spaces an app groups them with

Tone toneOf(totp::CheckVerdict verdict) {
    switch (verdict) {
        case totp::CheckVerdict::Match:
            return Tone::Good;
        case totp::CheckVerdict::ClockOffset:
            return Tone::Fair;
        case totp::CheckVerdict::NoMatch:
        case totp::CheckVerdict::BadInput:
            break;
    }
    return Tone::Bad;
}

// The verdict starts with a sign, so that it does not rest on its colour.
wxString markOf(Tone tone) { return wxString::FromUTF8(tone == Tone::Good ? "✔ " : tone == Tone::Fair ? "⚠ " : "✘ "); }

}  // namespace

TotpCheckPanel::TotpCheckPanel(wxWindow* parent, ReviewSession& session)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, kName),
      translator_(session.language()) {
    wxStaticBoxSizer* box = widgetBox(this, _("Check your authenticator app"), "totp_check_box");
    wxWindow* in = box->GetStaticBox();
    auto* content = new wxBoxSizer(wxVERTICAL);
    addParagraph(in, content,
                 _("Paste the secret key shown under the QR code, or the otpauth:// link the QR code holds, then "
                   "type the code your app shows now. The check happens on this computer: the key is not saved, "
                   "and it is cleared when you leave this step."));
    addFields(in, content);
    box->Add(content, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(box, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    Bind(wxEVT_CHAR_HOOK, &TotpCheckPanel::onCharHook, this);
    hiddenWatch_ = std::make_unique<HiddenWatch>(this, [this] { forget(); });
}

TotpCheckPanel::~TotpCheckPanel() {
    secret_->clear();
    code_->ChangeValue(wxString());
}

void TotpCheckPanel::addFields(wxWindow* box, wxSizer* into) {
    const int gap = FromDIP(4);
    into->Add(new wxStaticText(box, wxID_ANY, _("Secret &key or otpauth:// link:")),
              wxSizerFlags().Border(wxTOP | wxBOTTOM, gap));
    secret_ = std::make_unique<SecretField>(box, into, "totp_secret", _("&Show secret"));
    secret_->setHint(_("For example: JBSW Y3DP EHPK 3PXP"));
    secret_->onChange([this] { showResult(wxString(), Tone::Fair); });

    into->AddSpacer(gap);
    into->Add(new wxStaticText(box, wxID_ANY, _("Co&de shown by your app:")),
              wxSizerFlags().Border(wxTOP | wxBOTTOM, gap));
    auto* codeRow = new wxBoxSizer(wxHORIZONTAL);
    code_ = new wxTextCtrl(box, wxID_ANY, wxString(), wxDefaultPosition, wxSize(FromDIP(120), -1), 0,
                           wxDefaultValidator, "totp_code");
    code_->SetHint("123456");
    code_->SetMaxLength(kMaxCodeCharacters);
    code_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { showResult(wxString(), Tone::Fair); });
    codeRow->Add(code_, wxSizerFlags().CenterVertical());
    checkButton_ = new wxButton(box, wxID_ANY, _("&Test the code"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "totp_check_button");
    checkButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { check(); });
    codeRow->Add(checkButton_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(8)));
    into->Add(codeRow, wxSizerFlags().Border(wxBOTTOM, 2 * gap));

    result_ = addParagraph(box, into, wxString(), "totp_result");
    result_->SetFont(result_->GetFont().Bold());
    result_->Hide();
}

// Enter in either field runs the check, rather than moving to the next step.
void TotpCheckPanel::onCharHook(wxKeyEvent& event) {
    const bool enter = event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER;
    if (enter && event.GetModifiers() == wxMOD_NONE && (secret_->hasFocus() || wxWindow::FindFocus() == code_))
        check();
    else
        event.Skip();
}

// Reading what was pasted and judging the code is totp/authenticator_check.h's job, shared with
// the terminal mode and `vigie totp-check`; the panel shows the verdict.
void TotpCheckPanel::check() {
    const std::string code = toUtf8(code_->GetValue());
    SecureString pasted = secret_->value();
    const totp::AuthenticatorCheck result = totp::checkAuthenticator(pasted.view(), code, totp::unixNow(), translator_);
    pasted.wipe();
    const Tone tone = toneOf(result.verdict);
    showResult(markOf(tone) + toWx(result.text), tone);
}

void TotpCheckPanel::showResult(const wxString& text, Tone tone) {
    if (text.empty() && !result_->IsShown()) return;
    result_->setText(text);
    result_->SetForegroundColour(toneColour(tone));
    result_->Show(!text.empty());
    relayoutPage(this);
}

void TotpCheckPanel::forget() {
    secret_->clear();
    code_->ChangeValue(wxString());
    if (IsBeingDeleted()) return;
    secret_->setRevealed(false);
    showResult(wxString(), Tone::Fair);
}

}  // namespace vigie::gui
