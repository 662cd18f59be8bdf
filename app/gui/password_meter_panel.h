// The password strength meter a step embeds (<widget name="password-meter"/>): a masked field,
// and, live as the user types, the score in words and colour, the estimated bits and crack
// times, the advice drawn from what was recognised, OVHcloud's rules as a checklist, and an
// optional breach check the user starts with a button.
//
// The password never leaves this computer (except the 5 hex digits the breach check sends when
// asked), reaches no file, log or clipboard, and is wiped, field included, when the step is left
// (the page is hidden), when the widget is destroyed (wizard closed, language changed, quit).
//
// Typing is never held up: each change restarts a short timer and the estimate runs when typing
// pauses. The meter takes well under a millisecond once the word lists are loaded and reads at
// most password::kMaxEvaluatedCharacters, so even a pasted document costs one short evaluation.
// The field itself is not capped: wxGTK refuses a whole paste that would overflow a maximum
// length, silently, where the meter can say what it did with a long one.
#pragma once

#include <memory>

#include <wx/panel.h>
#include <wx/timer.h>

#include "breach_check_task.h"
#include "i18n/translator.h"
#include "password/strength_meter.h"
#include "secret/secure_string.h"

class wxButton;
class wxGauge;
class wxKeyEvent;
class wxSizer;
class wxStaticText;

namespace vigie {
struct Profile;
}

namespace vigie::gui {

class BulletList;
class HiddenWatch;
class ReviewSession;
class SecretField;
class WrappedText;

class PasswordMeterPanel : public wxPanel {
public:
    static constexpr const char* kName = "password_meter";

    PasswordMeterPanel(wxWindow* parent, ReviewSession& session);
    ~PasswordMeterPanel() override;

    // Puts `password` in the field and shows its estimate at once (the passphrase generator's
    // "Test it in the meter"); the field takes the focus.
    void testPassword(const SecureString& password);

private:
    void addInput(wxWindow* box, wxSizer* into);
    void addEstimate(wxWindow* box, wxSizer* into);
    void addRules(wxWindow* box, wxSizer* into);
    void addBreachCheck(wxWindow* box, wxSizer* into);

    void onEdited();
    void onCharHook(wxKeyEvent& event);
    void evaluateNow();
    void showEstimate(const password::StrengthEstimate& estimate);
    void showEmpty();
    void showRules(const std::vector<password::RuleCheck>& rules);
    void showNotices(const password::StrengthEstimate& estimate);
    void startBreachCheck();
    void showBreachResult(const password::BreachCheckResult& result);
    void setBreachText(const wxString& text, const wxColour& colour = wxNullColour);
    // Wipes the password and everything derived from it that could hint at it.
    void wipe();
    // wipe(), then back to the empty, masked state: the step was left.
    void forget();
    const password::StrengthMeter& meter();
    wxString tr(const char* msgid) const;

    Translator translator_;
    password::AccountContext context_;
    std::unique_ptr<password::StrengthMeter> meter_;  // made on first use: it needs the word lists
    int waitsForWordLists_ = 0;
    std::unique_ptr<SecretField> field_;
    wxTimer evaluateTimer_;
    BreachCheckTask breach_;
    std::unique_ptr<HiddenWatch> hiddenWatch_;

    WrappedText* hint_ = nullptr;
    wxWindow* results_ = nullptr;
    wxGauge* gauge_ = nullptr;
    WrappedText* band_ = nullptr;
    WrappedText* refusal_ = nullptr;  // OVHcloud's rules failing, in words (rule_verdict.h)
    WrappedText* bits_ = nullptr;
    WrappedText* online_ = nullptr;
    WrappedText* offline_ = nullptr;
    WrappedText* warning_ = nullptr;
    std::unique_ptr<BulletList> suggestions_;
    WrappedText* truncated_ = nullptr;
    WrappedText* listsMissing_ = nullptr;
    std::vector<std::pair<wxStaticText*, WrappedText*>> rules_;  // mark, label
    wxButton* breachButton_ = nullptr;
    WrappedText* breachResult_ = nullptr;
};

}  // namespace vigie::gui
