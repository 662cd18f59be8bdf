#include "home_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "connection_bar.h"
#include "profile_dialog.h"
#include "review/presentation.h"
#include "review_session.h"
#include "wizard_card.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

HomePanel::HomePanel(wxWindow* parent, ReviewSession& session, OpenWizard openWizard)
    : ScrolledPage(parent, "home_panel"), session_(session), openWizard_(std::move(openWizard)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const wxSizerFlags block = wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(10));
    sizer->Add(new WrappedText(this,
                               session_.connected().demo()
                                   ? _("Work through each checklist at your own pace. This is a demo: nothing you "
                                       "answer is saved.")
                                   : _("Work through each checklist at your own pace. Every answer is saved as "
                                       "soon as you give it."),
                               "home_intro"),
               block);
    sizer->Add(createProfileBar(), block);
    sizer->Add(createProfileDetails(), block);
    sizer->Add(createConnectionBar(this, session_), block);
    addCards(sizer);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(sizer, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    SetSizer(outer);
    refresh();
}

// The cards' handlers refer to the cards: the controls go first.
HomePanel::~HomePanel() { DestroyChildren(); }

wxSizer* HomePanel::createProfileBar() {
    // Wraps onto a second line rather than being cut off in a narrow window.
    auto* bar = new wxWrapSizer(wxHORIZONTAL);
    const wxSizerFlags spaced = wxSizerFlags().CenterVertical().Border(wxRIGHT | wxBOTTOM, FromDIP(6));
    bar->Add(new wxStaticText(this, wxID_ANY, _("&Profile:")), spaced);
    profiles_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(220), -1), 0, nullptr, 0,
                             wxDefaultValidator, "profile_choice");
    profiles_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        const auto index = static_cast<std::size_t>(event.GetSelection());
        if (index < session_.state().profiles.size()) session_.selectProfile(session_.state().profiles[index].id);
        refresh();
    });
    bar->Add(profiles_, spaced);
    auto* add = new wxButton(this, wxID_ANY, _("&Add…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                             "profile_add");
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addProfile(); });
    auto* edit = new wxButton(this, wxID_ANY, _("&Edit…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                              "profile_edit");
    edit->SetToolTip(_("Rename this profile or change its NIC handle, region or review period."));
    edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editCurrentProfile(); });
    delete_ = new wxButton(this, wxID_ANY, _("&Delete…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           "profile_delete");
    delete_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { deleteCurrentProfile(); });
    for (wxButton* button : {add, edit, delete_}) bar->Add(button, spaced);
    return bar;
}

// Lines that come and go (the NIC handle, "a review is due") are parts of these texts rather than
// windows of their own: GTK complains on every layout about hidden windows in a scrolled page.
wxSizer* HomePanel::createProfileDetails() {
    auto* details = new wxBoxSizer(wxVERTICAL);
    details_ = new WrappedText(this, wxEmptyString, "profile_details");
    nextReview_ = new WrappedText(this, wxEmptyString, "next_review");
    for (WrappedText* text : {details_, nextReview_})
        details->Add(text, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(2)));
    return details;
}

void HomePanel::addCards(wxSizer* into) {
    const auto& wizards = session_.definitions().wizards;
    if (wizards.empty())
        into->Add(new WrappedText(this, _("No wizard could be loaded. The message at the top of the window says why."),
                                  "no_wizards"),
                  wxSizerFlags().Expand());
    for (const Wizard& wizard : wizards) {
        const std::string id = wizard.id;
        cards_.push_back(std::make_unique<WizardCard>(this, into, session_, wizard, [this, id] { openWizard_(id); }));
    }
}

void HomePanel::fillProfileChoice() {
    profiles_->Clear();
    const ReviewState& state = session_.state();
    for (const Profile& profile : state.profiles) {
        profiles_->Append(toWx(profile.label));
        if (profile.id == state.currentProfileId) profiles_->SetSelection(static_cast<int>(profiles_->GetCount()) - 1);
    }
    delete_->Enable(state.profiles.size() > 1);
}

void HomePanel::refresh() {
    fillProfileChoice();
    const Profile& profile = session_.profile();
    details_->setText(toWx(profileLine(session_.translator(), profile)));
    showNextReview(profile);
    for (auto& card : cards_) card->refresh();
    relayout();
}

void HomePanel::showNextReview(const Profile& profile) {
    const Translator& tr = session_.translator();
    const NextReview next = nextReviewOf(profile, now());
    const bool due = next.due;
    wxString text = toWx(nextReviewSentence(tr, next));
    if (due) text += "\n" + toWx(reviewDueAdvice(tr));
    wxFont font = nextReview_->GetFont();
    font.SetWeight(due ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL);
    nextReview_->SetFont(font);
    nextReview_->setText(text);
}

void HomePanel::focusWizard(const std::string& wizardId) {
    for (auto& card : cards_)
        if (card->wizardId() == wizardId) card->openButton()->SetFocus();
}

void HomePanel::addProfile() {
    ProfileFields initial;
    initial.region = session_.profile().region;
    if (auto fields = editProfile(this, session_, initial, {})) {
        session_.addProfile(*fields);
        refresh();
    }
}

void HomePanel::editCurrentProfile() {
    const Profile& profile = session_.profile();
    const ProfileFields initial = fieldsOf(profile);
    if (auto fields = editProfile(this, session_, initial, profile.id)) {
        session_.updateProfile(*fields);
        refresh();
    }
}

void HomePanel::deleteCurrentProfile() {
    const Profile& profile = session_.profile();
    wxMessageDialog confirm(this,
                            formatText(_("Delete the profile “{}” and all its answers and notes? This cannot be "
                                         "undone."),
                                       toWx(profile.label)),
                            _("Delete profile"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetYesNoLabels(_("&Delete"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES) return;
    session_.deleteProfile(profile.id);
    refresh();
}

}  // namespace vigie::gui
