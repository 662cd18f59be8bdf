// A wizard on the overview: its title and summary, how far the current profile got (gauge and
// text), how many items need attention, when it was last reviewed, and a button to open it.
#pragma once

#include <functional>
#include <string>

#include <wx/sizer.h>

#include "definitions/definitions.h"

class wxButton;
class wxGauge;
class wxStaticText;

namespace vigie::gui {

class ReviewSession;
class WrappedText;

class WizardCard {
public:
    WizardCard(wxWindow* parent, wxSizer* into, ReviewSession& session, const Wizard& wizard,
               std::function<void()> open);
    WizardCard(const WizardCard&) = delete;
    WizardCard& operator=(const WizardCard&) = delete;

    // Shows the current profile's progress.
    void refresh();
    const std::string& wizardId() const { return wizard_.id; }
    wxButton* openButton() const { return open_; }

private:
    wxString name(const char* role) const;

    ReviewSession& session_;
    const Wizard& wizard_;
    wxGauge* gauge_ = nullptr;
    wxStaticText* progress_ = nullptr;
    WrappedText* attention_ = nullptr;
    WrappedText* verified_ = nullptr;  // connected mode: what the readings verified
    WrappedText* lastReviewed_ = nullptr;
    wxButton* open_ = nullptr;
};

}  // namespace vigie::gui
