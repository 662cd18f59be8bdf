#include "password_meter_panel.h"

#include <algorithm>
#include <cmath>

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gauge_tint.h"
#include "hidden_watch.h"
#include "password/password_rules.h"
#include "password/rule_verdict.h"
#include "password/strength_bands.h"
#include "review/account_words.h"
#include "review_session.h"
#include "secret_field.h"
#include "step_widget_kit.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

// Long enough that a pause between two keys shows the estimate at once, short enough that a key
// held down or a paste is evaluated once, not per character.
constexpr int kEvaluateDelayMs = 80;
// While the word lists load on their worker (a fraction of a second, once), the estimate waits
// without holding up typing; after this many tries it waits for the load on the UI thread.
constexpr int kMaxWaitsForWordLists = 40;

Tone toneForScore(int score) {
    static const Tone tones[] = {Tone::Bad, Tone::Poor, Tone::Fair, Tone::Good, Tone::Best};
    return tones[std::clamp(score, 0, password::kMaxScore)];
}

}  // namespace

PasswordMeterPanel::PasswordMeterPanel(wxWindow* parent, ReviewSession& session)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, kName),
      translator_(session.language()),
      context_(accountContextOf(session.profile())),
      evaluateTimer_(this),
      breach_([this](const password::BreachCheckResult& result) { showBreachResult(result); }) {
    wxStaticBoxSizer* box = widgetBox(this, _("Password strength meter"), "password_meter_box");
    wxWindow* in = box->GetStaticBox();
    const int gap = FromDIP(6);
    auto* content = new wxBoxSizer(wxVERTICAL);
    addParagraph(in, content,
                 _("Type a password to see how hard it would be to guess. It stays on this computer: Vigie never "
                   "saves it, and clears it when you leave this step."));
    addInput(in, content);
    addEstimate(in, content);
    addRules(in, content);
    addBreachCheck(in, content);
    box->Add(content, wxSizerFlags(1).Expand().Border(wxALL, gap));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(box, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { evaluateNow(); }, evaluateTimer_.GetId());
    Bind(wxEVT_CHAR_HOOK, &PasswordMeterPanel::onCharHook, this);
    hiddenWatch_ = std::make_unique<HiddenWatch>(this, [this] { forget(); });
    showEmpty();
}

PasswordMeterPanel::~PasswordMeterPanel() { wipe(); }

wxString PasswordMeterPanel::tr(const char* msgid) const { return toWx(translator_(msgid)); }

void PasswordMeterPanel::addInput(wxWindow* box, wxSizer* into) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(box, wxID_ANY, _("&Password:")), wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    field_ = std::make_unique<SecretField>(box, column, "password_meter_input", _("&Show password"));
    field_->onChange([this] { onEdited(); });
    into->Add(column, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    hint_ = addParagraph(box, into, _("The estimate appears here as you type."), "password_meter_hint");
}

void PasswordMeterPanel::addEstimate(wxWindow* box, wxSizer* into) {
    // Its own window, so that hiding it (nothing typed) leaves the advice rows' own state alone.
    results_ = new wxPanel(box, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "password_meter_results");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // The words first (what a screen reader says), the bar under them.
    band_ = new WrappedText(results_, wxString(), "password_meter_band");
    band_->SetFont(band_->GetFont().Bold());
    sizer->Add(band_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    refusal_ = addParagraph(results_, sizer, wxString(), "password_meter_refusal");
    gauge_ = new wxGauge(results_, wxID_ANY, password::kMaxScore + 1, wxDefaultPosition, wxSize(-1, FromDIP(10)),
                         wxGA_HORIZONTAL, wxDefaultValidator, "password_meter_gauge");
    sizer->Add(gauge_, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    bits_ = addParagraph(results_, sizer, wxString(), "password_meter_bits");
    addSubheading(results_, sizer, _("Time to guess it:"));
    online_ = addParagraph(results_, sizer, wxString(), "password_meter_online");
    offline_ = addParagraph(results_, sizer, wxString(), "password_meter_offline");
    warning_ = addParagraph(results_, sizer, wxString(), "password_meter_warning");
    warning_->SetFont(warning_->GetFont().Bold());
    suggestions_ = std::make_unique<BulletList>(results_, sizer, "password_meter_suggestion");
    truncated_ = addParagraph(results_, sizer, wxString(), "password_meter_truncated");
    listsMissing_ =
        addParagraph(results_, sizer, _("The French word lists could not be read: French words are not recognised."),
                     "password_meter_lists_missing");
    addParagraph(
        results_, sizer,
        _("These figures are estimates, not promises: they assume an attacker who guesses in the order the meter "
          "expects. A password that has leaked is guessed at once, whatever its score."),
        "password_meter_disclaimer");
    results_->SetSizer(sizer);
    into->Add(results_, wxSizerFlags().Expand());
}

void PasswordMeterPanel::addRules(wxWindow* box, wxSizer* into) {
    addSubheading(box, into, _("OVHcloud's password rules:"));
    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(2)));
    grid->AddGrowableCol(1);
    for (const password::RuleCheck& rule : password::checkRules("", false)) {
        const wxString name = "password_rule_" + toWx(password::ruleKey(rule.id));
        auto* mark = new wxStaticText(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, name + "_mark");
        mark->SetFont(mark->GetFont().Bold());
        auto* label = new WrappedText(box, tr(password::ruleLabel(rule.id)), name);
        grid->Add(mark);
        grid->Add(label, wxSizerFlags().Expand());
        rules_.emplace_back(mark, label);
    }
    into->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxBOTTOM, FromDIP(6)));
}

void PasswordMeterPanel::addBreachCheck(wxWindow* box, wxSizer* into) {
    breachButton_ = new wxButton(box, wxID_ANY, _("Check whether this password has &leaked…"), wxDefaultPosition,
                                 wxDefaultSize, 0, wxDefaultValidator, "breach_check_button");
    breachButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startBreachCheck(); });
    into->Add(breachButton_, wxSizerFlags().Left().Border(wxTOP, FromDIP(8)));
    addParagraph(
        box, into,
        _("Optional, and only when you click. Only the first 5 characters of the password's SHA-1 fingerprint are "
          "sent to Have I Been Pwned, never the password: the service answers with every leaked fingerprint that "
          "starts the same way, and this computer looks for a match (k-anonymity)."),
        "breach_check_explanation");
    breachResult_ = addParagraph(box, into, wxString(), "breach_check_result");
}

void PasswordMeterPanel::onEdited() {
    // A result, or a check under way, was about a password that is no longer there.
    breach_.cancel();
    setBreachText(wxString());
    breachButton_->Enable(!field_->empty());
    if (field_->empty()) {
        evaluateTimer_.Stop();
        showEmpty();
        return;
    }
    evaluateTimer_.StartOnce(kEvaluateDelayMs);
}

// Enter in the field shows the estimate now, instead of going to the next step (which would
// clear what was just typed).
void PasswordMeterPanel::onCharHook(wxKeyEvent& event) {
    const bool enter = event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER;
    if (!enter || event.GetModifiers() != wxMOD_NONE || !field_->hasFocus()) {
        event.Skip();
        return;
    }
    evaluateTimer_.Stop();
    evaluateNow();
}

const password::StrengthMeter& PasswordMeterPanel::meter() {
    if (!meter_) meter_ = std::make_unique<password::StrengthMeter>(context_);
    return *meter_;
}

void PasswordMeterPanel::evaluateNow() {
    if (field_->empty()) {
        showEmpty();
        return;
    }
    if (!meter_ && !password::wordListsReady() && waitsForWordLists_++ < kMaxWaitsForWordLists) {
        evaluateTimer_.StartOnce(kEvaluateDelayMs);
        return;
    }
    SecureString password = field_->value();
    const password::StrengthEstimate estimate = meter().evaluate(password.view());
    password.wipe();
    showEstimate(estimate);
}

void PasswordMeterPanel::showEstimate(const password::StrengthEstimate& estimate) {
    hint_->Hide();
    results_->Show();
    gauge_->SetValue(estimate.score + 1);
    band_->setText(formatText(_("Strength (an estimate): {}"), tr(password::bandName(estimate.score))));
    band_->SetForegroundColour(toneColour(toneForScore(estimate.score)));
    tintGauge(gauge_, toneColour(toneForScore(estimate.score)));
    const wxString refusal = toWx(password::refusalSentence(estimate.rules, translator_));
    refusal_->setText(refusal);
    refusal_->SetForegroundColour(toneColour(Tone::Bad));
    refusal_->Show(!refusal.empty());
    bits_->setText(formatText(_("Estimated entropy: {} bits"), std::lround(estimate.entropyBits)));
    const auto attack = [this](const char* label, double seconds) {
        return formatText(_("{}: {}"), tr(label), toWx(password::formatDuration(seconds, translator_)));
    };
    online_->setText(attack(password::onlineAttackLabel(), estimate.crackTimes.onlineSeconds));
    offline_->setText(attack(password::offlineAttackLabel(), estimate.crackTimes.offlineSeconds));
    const bool warn = *estimate.feedback.warning != '\0';
    warning_->setText(warn ? formatText(_("{}: {}"), _("Warning"), tr(estimate.feedback.warning)) : wxString());
    warning_->Show(warn);
    std::vector<wxString> suggestions;
    for (const char* suggestion : estimate.feedback.suggestions) suggestions.push_back(tr(suggestion));
    suggestions_->set(suggestions);
    showNotices(estimate);
    showRules(estimate.rules);
    relayoutPage(this);
}

void PasswordMeterPanel::showNotices(const password::StrengthEstimate& estimate) {
    if (estimate.truncated) {
        truncated_->setText(formatText(tr(password::truncationNotice()), password::kMaxEvaluatedCharacters) + " " +
                            _("Longer passwords are already beyond any attacker's reach, and estimating more of "
                              "one would only slow the meter down."));
    }
    truncated_->Show(estimate.truncated);
    listsMissing_->Show(estimate.frenchListsMissing);
}

void PasswordMeterPanel::showEmpty() {
    results_->Hide();
    hint_->Show();
    breachButton_->Enable(false);
    showRules(password::checkRules("", false));
    relayoutPage(this);
}

void PasswordMeterPanel::showRules(const std::vector<password::RuleCheck>& rules) {
    for (std::size_t i = 0; i < rules.size() && i < rules_.size(); ++i) {
        wxStaticText* mark = rules_[i].first;
        // The mark is a character, not only a colour; screen readers read it with the rule.
        mark->SetLabel(wxString::FromUTF8(rules[i].ok ? "✔" : "✘"));
        mark->SetForegroundColour(toneColour(rules[i].ok ? Tone::Good : Tone::Bad));
    }
}

void PasswordMeterPanel::startBreachCheck() {
    if (field_->empty()) return;
    breach_.start(field_->value(), BreachCheckTask::serviceUrl());
    setBreachText(_("Checking with Have I Been Pwned…"));
}

void PasswordMeterPanel::showBreachResult(const password::BreachCheckResult& result) {
    const wxString text = toWx(password::describe(result, translator_));
    switch (result.status) {
        case password::BreachStatus::Found:
            setBreachText(text, toneColour(Tone::Bad));
            break;
        case password::BreachStatus::NotFound:
            setBreachText(text, toneColour(Tone::Good));
            break;
        default:
            setBreachText(text);
    }
}

void PasswordMeterPanel::setBreachText(const wxString& text, const wxColour& colour) {
    if (text == breachResult_->text() && breachResult_->IsShown() == !text.empty()) return;
    breachResult_->setText(text);
    breachResult_->SetForegroundColour(colour.IsOk() ? colour : GetForegroundColour());
    breachResult_->Show(!text.empty());
    relayoutPage(this);
}

void PasswordMeterPanel::wipe() {
    evaluateTimer_.Stop();
    breach_.cancel();
    field_->clear();
}

void PasswordMeterPanel::forget() {
    wipe();
    if (IsBeingDeleted()) return;
    field_->setRevealed(false);
    setBreachText(wxString());
    showEmpty();
}

void PasswordMeterPanel::testPassword(const SecureString& password) {
    field_->setValue(password);
    onEdited();
    evaluateTimer_.Stop();
    evaluateNow();
    field_->control()->SetFocus();
}

}  // namespace vigie::gui
