#include "passphrase_panel.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/clipbrd.h>
#include <wx/intl.h>
#include <wx/renderer.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include "hidden_watch.h"
#include "language.h"
#include "password/passphrase.h"
#include "password_meter_panel.h"
#include "step_widgets.h"
#include "review_session.h"
#include "secret_text.h"
#include "step_widget_kit.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

// A label above its control, for a wrap sizer to move as one: side by side, a pair is wider than
// a narrow window, and GTK complains when it has to squeeze a spin button. The label is created
// first, so that wxGTK makes it the control's mnemonic and accessible name.
wxSizer* labelAbove(wxStaticText* label, wxWindow* control) {
    auto* pair = new wxBoxSizer(wxVERTICAL);
    pair->Add(label, wxSizerFlags().Border(wxBOTTOM, label->FromDIP(4)));
    pair->Add(control);
    return pair;
}

}  // namespace

PassphrasePanel::PassphrasePanel(wxWindow* parent, ReviewSession& session)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, kName),
      translator_(session.language()) {
    wxStaticBoxSizer* box = widgetBox(this, _("Passphrase generator"), "passphrase_box");
    wxWindow* in = box->GetStaticBox();
    auto* content = new wxBoxSizer(wxVERTICAL);
    addParagraph(in, content,
                 _("Words drawn at random by this computer: easy to type and to remember, and their strength is "
                   "known exactly. Nothing is sent anywhere."));
    addOptions(in, content);
    addResult(in, content);
    box->Add(content, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(box, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    hiddenWatch_ = std::make_unique<HiddenWatch>(this, [this] { forget(); });
    // The meter is usually on the same page; once the page is complete, offer to test there.
    CallAfter([this] {
        if (StepToolHost* host = toolHostOf(this); host && host->hasTool("password-meter")) return;
        test_->Hide();
        relayoutPage(this);
    });
}

PassphrasePanel::~PassphrasePanel() {
    passphrase_.wipe();
    clearSecret(result_);
}

void PassphrasePanel::addOptions(wxWindow* box, wxSizer* into) {
    // Wraps onto several lines when the window is narrow or the text large.
    auto* options = new wxWrapSizer(wxHORIZONTAL);
    const wxSizerFlags spaced = wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(12));

    auto* languageLabel = new wxStaticText(box, wxID_ANY, _("L&anguage:"));
    language_ = new wxChoice(box, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                             "passphrase_language");
    for (Language language : supportedLanguages()) {
        language_->Append(languageName(language));
        if (language == translator_.language()) language_->SetSelection(static_cast<int>(language_->GetCount()) - 1);
    }
    options->Add(labelAbove(languageLabel, language_), spaced);

    auto* wordsLabel = new wxStaticText(box, wxID_ANY, _("&Words:"));
    words_ = new wxSpinCtrl(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                            password::kMinPassphraseWords, password::kMaxPassphraseWords,
                            password::kDefaultPassphraseWords, "passphrase_words");
    options->Add(labelAbove(wordsLabel, words_), spaced);

    auto* separatorLabel = new wxStaticText(box, wxID_ANY, _("Sepa&rator:"));
    separator_ = new wxChoice(box, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                              "passphrase_separator");
    for (const password::PassphraseSeparator& separator : password::passphraseSeparators())
        separator_->Append(_(separator.label));
    separator_->SetSelection(0);
    options->Add(labelAbove(separatorLabel, separator_), spaced);
    into->Add(options, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));

    // A short label (a checkbox's label does not wrap), the reason in a paragraph that does.
    rules_ = new wxCheckBox(box, wxID_ANY, _("Capital letters and a &digit"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "passphrase_rules");
    rules_->SetValue(true);
    into->Add(rules_, wxSizerFlags().Border(wxBOTTOM, FromDIP(2)));
    auto* note = new WrappedText(box,
                                 _("OVHcloud's rules ask for both. Capitals add no strength (an attacker knows where "
                                   "they are); the digit adds a little."),
                                 "passphrase_rules_note");
    // Lined up with the checkbox's label, as its explanation.
    const int indent = wxRendererNative::Get().GetCheckBoxSize(box).x + FromDIP(6);
    into->Add(note, wxSizerFlags().Expand().Border(wxLEFT, indent));
    into->AddSpacer(FromDIP(8));
}

void PassphrasePanel::addResult(wxWindow* box, wxSizer* into) {
    auto* generateButton = new wxButton(box, wxID_ANY, _("&Generate"), wxDefaultPosition, wxDefaultSize, 0,
                                        wxDefaultValidator, "passphrase_generate");
    generateButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { generate(); });
    into->Add(generateButton, wxSizerFlags().Left().Border(wxBOTTOM, FromDIP(6)));
    result_ = new wxTextCtrl(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_READONLY,
                             wxDefaultValidator, "passphrase_result");
    result_->SetHint(_("Your passphrase appears here."));
    result_->SetFont(result_->GetFont().Larger());
    into->Add(result_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    entropy_ = addParagraph(box, into, wxString(), "passphrase_entropy");

    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    copy_ = new wxButton(box, wxID_ANY, _("C&opy"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                         "passphrase_copy");
    copy_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copy(); });
    buttons->Add(copy_, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6)));
    test_ = new wxButton(box, wxID_ANY, _("&Test it in the meter"), wxDefaultPosition, wxDefaultSize, 0,
                         wxDefaultValidator, "passphrase_test");
    test_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { testInMeter(); });
    buttons->Add(test_, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6)));
    into->Add(buttons, wxSizerFlags().Expand());
    copy_->Disable();
    test_->Disable();
    status_ = addParagraph(box, into, wxString(), "passphrase_status");
    status_->Hide();
    entropy_->Hide();
}

// The options are read from the controls; what they mean (capitals, the digit, the entropy) is
// password/passphrase.h's to decide.
void PassphrasePanel::generate() {
    password::PassphraseOptions options;
    options.language = supportedLanguages().at(static_cast<std::size_t>(std::max(0, language_->GetSelection())));
    options.wordCount = words_->GetValue();
    const auto& separators = password::passphraseSeparators();
    options.separator = separators.at(static_cast<std::size_t>(std::max(0, separator_->GetSelection()))).text;
    options.capitals = options.digit = rules_->GetValue();
    password::Passphrase made = password::generatePassphrase(options);
    if (!made.ok()) {
        forget();
        showStatus(toWx(translator_(made.error)));
        return;
    }
    passphrase_ = std::move(made.text);
    writeSecret(result_, passphrase_);
    entropy_->Show();
    entropy_->setText(toWx(password::describePassphrase(made, translator_)));
    copy_->Enable();
    test_->Enable();
    showStatus(wxString());
}

void PassphrasePanel::copy() {
    if (passphrase_.empty()) return;
    wxClipboardLocker locker;
    if (!locker) {
        showStatus(_("The clipboard is not available. Select the passphrase and copy it yourself."));
        return;
    }
    wxString text = secretAsWx(passphrase_);
    wxTheClipboard->SetData(new wxTextDataObject(text));
    wipe(text);
    showStatus(
        _("Copied. Paste it into your password manager, then copy something else: clipboard history tools "
          "may keep what you copy."));
}

void PassphrasePanel::testInMeter() {
    // The meter opens from its item when it is not open yet.
    StepToolHost* host = toolHostOf(this);
    auto* meter = host ? dynamic_cast<PasswordMeterPanel*>(host->openTool("password-meter")) : nullptr;
    if (meter && !passphrase_.empty()) meter->testPassword(passphrase_);
}

void PassphrasePanel::showStatus(const wxString& text) {
    status_->setText(text);
    status_->Show(!text.empty());
    relayoutPage(this);
}

void PassphrasePanel::forget() {
    passphrase_.wipe();
    clearSecret(result_);
    if (IsBeingDeleted()) return;
    entropy_->setText(wxString());
    entropy_->Hide();
    copy_->Disable();
    test_->Disable();
    showStatus(wxString());
}

}  // namespace vigie::gui
