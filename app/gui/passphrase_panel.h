// The passphrase generator a step embeds (<widget name="passphrase"/>): random words from the
// French or English list, how many and what goes between them, the result with its strength in
// bits, a Copy button and "Test it in the meter" (the password meter on the same page).
// By default OVHcloud's rules are met (capitals and a digit: password/passphrase.h says why and
// what they are worth).
//
// A generated passphrase is a password: it is held in a wiped buffer and cleared with the field
// when the step is left. Copying it is the user's explicit choice.
#pragma once

#include <memory>

#include <wx/panel.h>

#include "i18n/translator.h"
#include "secret/secure_string.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxSizer;
class wxSpinCtrl;
class wxTextCtrl;

namespace vigie::gui {

class HiddenWatch;
class ReviewSession;
class WrappedText;

class PassphrasePanel : public wxPanel {
public:
    static constexpr const char* kName = "passphrase";

    PassphrasePanel(wxWindow* parent, ReviewSession& session);
    ~PassphrasePanel() override;

private:
    void addOptions(wxWindow* box, wxSizer* into);
    void addResult(wxWindow* box, wxSizer* into);
    void generate();
    void copy();
    void testInMeter();
    void showStatus(const wxString& text);
    void forget();

    Translator translator_;
    SecureString passphrase_;
    std::unique_ptr<HiddenWatch> hiddenWatch_;
    wxChoice* language_ = nullptr;
    wxSpinCtrl* words_ = nullptr;
    wxChoice* separator_ = nullptr;
    wxCheckBox* rules_ = nullptr;
    wxTextCtrl* result_ = nullptr;
    WrappedText* entropy_ = nullptr;
    wxButton* copy_ = nullptr;
    wxButton* test_ = nullptr;
    WrappedText* status_ = nullptr;
};

}  // namespace vigie::gui
