// The overview: the current profile (choose, add, edit, delete), its region and next review date,
// and a card per wizard with the profile's progress.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "scrolled_page.h"

class wxButton;
class wxChoice;
class wxSizer;

namespace vigie {
struct Profile;
}

namespace vigie::gui {

class ReviewSession;
class WizardCard;
class WrappedText;

class HomePanel : public ScrolledPage {
public:
    using OpenWizard = std::function<void(const std::string& wizardId)>;

    HomePanel(wxWindow* parent, ReviewSession& session, OpenWizard openWizard);
    ~HomePanel() override;

    // Redraws the profile's figures (after a wizard closed or the profile changed).
    void refresh();
    void focusWizard(const std::string& wizardId);

private:
    wxSizer* createProfileBar();
    wxSizer* createProfileDetails();
    void addCards(wxSizer* into);
    void fillProfileChoice();
    void showNextReview(const Profile& profile);
    void addProfile();
    void editCurrentProfile();
    void deleteCurrentProfile();

    ReviewSession& session_;
    OpenWizard openWizard_;
    wxChoice* profiles_ = nullptr;
    wxButton* delete_ = nullptr;
    WrappedText* details_ = nullptr;
    WrappedText* nextReview_ = nullptr;
    std::vector<std::unique_ptr<WizardCard>> cards_;
};

}  // namespace vigie::gui
