// The authenticator-app check a step embeds (<widget name="totp-check"/>): the user pastes the
// secret key shown under the QR code, or the otpauth:// link inside it, types the code the app
// shows, and learns whether the app is set up right, right but with its clock off (by how much,
// in which direction), or wrong, or what exactly is wrong with what was pasted.
//
// The code is computed here (RFC 6238). The secret sits in a masked field (it is as good as the
// second factor itself), is never stored, and is wiped when the step is left or the widget goes.
// A bare key means SHA-1 and 30-second codes, as OVHcloud and nearly every site use; the number
// of digits is read from the code typed (6, or 8 when 8 digits are typed). A link says all three.
#pragma once

#include <memory>

#include <wx/panel.h>

#include "i18n/translator.h"
#include "step_widget_kit.h"

class wxButton;
class wxKeyEvent;
class wxSizer;
class wxTextCtrl;

namespace vigie::gui {

class HiddenWatch;
class ReviewSession;
class SecretField;
class WrappedText;

class TotpCheckPanel : public wxPanel {
public:
    static constexpr const char* kName = "totp_check";

    TotpCheckPanel(wxWindow* parent, ReviewSession& session);
    ~TotpCheckPanel() override;

private:
    void addFields(wxWindow* box, wxSizer* into);
    void onCharHook(wxKeyEvent& event);
    void check();
    void showResult(const wxString& text, Tone tone);
    void forget();

    Translator translator_;
    std::unique_ptr<SecretField> secret_;
    std::unique_ptr<HiddenWatch> hiddenWatch_;
    wxTextCtrl* code_ = nullptr;
    wxButton* checkButton_ = nullptr;
    WrappedText* result_ = nullptr;
};

}  // namespace vigie::gui
