// The overview: first what to do next (the first wizard due, the items needing attention: core's
// whatNext), then the current profile (choose, add, edit, delete), its region and next review
// date, and a card per wizard with the profile's progress. Tab follows that order.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/sizer.h>

#include "scrolled_page.h"

class wxButton;
class wxChoice;
class wxSizer;

namespace vigie {
struct AttentionItem;
struct DueWizard;
struct Profile;
}  // namespace vigie

namespace vigie::gui {

class ReviewSession;
class WizardCard;
class WrappedText;

class HomePanel : public ScrolledPage {
public:
    using OpenWizard = std::function<void(const std::string& wizardId, std::size_t step)>;

    HomePanel(wxWindow* parent, ReviewSession& session, OpenWizard openWizard);
    ~HomePanel() override;

    // Redraws the profile's figures (after a wizard closed or the profile changed).
    void refresh();
    void focusWizard(const std::string& wizardId);

private:
    // One click on a partly hidden card's button opens it: the page scrolls to a focused control
    // only when the keyboard moved the focus, not under a mouse press (which it would miss).
    bool ShouldScrollToChildOnFocus(wxWindow* child) override;
    wxSizer* createProfileBar();
    void showWhatNext();
    void showDueWizard(const DueWizard& due);
    void showAttentionItem(const AttentionItem& attention);
    void addWhatNextLine(wxWindow* line, wxSizerFlags flags);
    wxSizer* createProfileDetails();
    void addCards(wxSizer* into);
    void fillProfileChoice();
    void showNextReview(const Profile& profile);
    void addProfile();
    void editCurrentProfile();
    void deleteCurrentProfile();

    ReviewSession& session_;
    OpenWizard openWizard_;
    wxSizer* whatNext_ = nullptr;
    wxWindow* firstOfProfileBar_ = nullptr;  // what-next lines go before it in tab order
    wxChoice* profiles_ = nullptr;
    wxButton* delete_ = nullptr;
    WrappedText* details_ = nullptr;
    WrappedText* nextReview_ = nullptr;
    std::vector<std::unique_ptr<WizardCard>> cards_;
};

}  // namespace vigie::gui
