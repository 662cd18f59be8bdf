// A wizard in progress, shown in place of the overview in the main window: the list of steps
// beside the current step (one page of a wxSimplebook each), the progress, and Back, Next,
// Finish and Close. Any step can be reached from the list. Keyboard: Enter does Next (Finish on
// the last step), Escape closes (once no calendar, list or note being typed has it),
// Alt+Left/Right and Ctrl+PgUp/PgDn move between steps. Finish shows what the review holds and
// records it only when the user confirms (finish_dialog.h).
#pragma once

#include <functional>

#include <wx/panel.h>

#include "definitions/definitions.h"

class wxButton;
class wxGauge;
class wxKeyEvent;
class wxSimplebook;
class wxStaticText;

namespace vigie::gui {

class ReviewSession;
class StepList;

class WizardPanel : public wxPanel {
public:
    // `closed` runs after Finish (true) or Close (false); the owner then destroys this panel.
    WizardPanel(wxWindow* parent, ReviewSession& session, const Wizard& wizard, std::size_t step,
                std::function<void(bool finished)> closed);

    const Wizard& wizard() const { return wizard_; }
    std::size_t currentStep() const { return current_; }
    void showStep(std::size_t step);
    void focusDefaultButton();

private:
    wxSizer* createHeader();
    wxSizer* createBody();
    wxSizer* createButtons();
    void updateProgress();
    void updateButtons();
    void finish();
    void escape(wxKeyEvent& event);
    void onCharHook(wxKeyEvent& event);
    bool enterBelongsToFocus() const;

    ReviewSession& session_;
    const Wizard& wizard_;
    std::function<void(bool)> closed_;
    std::size_t current_ = 0;

    wxStaticText* position_ = nullptr;
    wxStaticText* itemsDone_ = nullptr;
    wxGauge* gauge_ = nullptr;
    StepList* steps_ = nullptr;
    wxSimplebook* book_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* next_ = nullptr;
    wxButton* finish_ = nullptr;
};

}  // namespace vigie::gui
