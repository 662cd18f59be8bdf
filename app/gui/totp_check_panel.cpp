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
#include "totp/base32.h"
#include "totp/otpauth_uri.h"
#include "totp/totp.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

constexpr unsigned long kMaxCodeCharacters = 16;  // 8 digits and the spaces an app groups them with

std::string_view trimmed(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

// Anything with a scheme is read as a link, so "https://..." gets "not an authenticator link"
// rather than a complaint about the character at position 6.
bool looksLikeLink(std::string_view text) { return text.find("://") != std::string_view::npos; }

int digitsIn(std::string_view code) {
    return static_cast<int>(std::count_if(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

std::int64_t unixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Tone toneOf(totp::VerifyOutcome outcome) {
    switch (outcome) {
        case totp::VerifyOutcome::MatchesNow:
            return Tone::Good;
        case totp::VerifyOutcome::MatchesWithClockOffset:
            return Tone::Fair;
        case totp::VerifyOutcome::NoMatch:
        case totp::VerifyOutcome::MalformedCode:
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

void TotpCheckPanel::check() {
    const std::string code = toUtf8(code_->GetValue());
    SecureString pasted = secret_->value();
    const std::string_view text = trimmed(pasted.view());
    totp::TotpParameters parameters;
    const auto refuse = [this](const std::string& problem) {
        showResult(markOf(Tone::Bad) + toWx(problem), Tone::Bad);
    };
    if (looksLikeLink(text)) {
        totp::UriParseResult parsed = totp::parseOtpauthUri(text);
        if (!parsed.ok()) return refuse(totp::describe(parsed, translator_));
        parameters = std::move(parsed.parameters);
    } else {
        totp::Base32Result decoded = totp::decodeBase32(text);
        if (!decoded.ok()) return refuse(totp::describe(decoded, translator_));
        parameters.key = std::move(decoded.bytes);
        parameters.digits = digitsIn(code) == 8 ? 8 : 6;
    }
    pasted.wipe();
    const totp::VerifyResult result = totp::verify(parameters, code, unixNow());
    const Tone tone = toneOf(result.outcome);
    showResult(markOf(tone) + toWx(totp::describe(result, parameters, translator_)), tone);
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
