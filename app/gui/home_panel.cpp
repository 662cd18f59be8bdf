#include "home_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/hyperlink.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "connection_bar.h"
#include "profile_dialog.h"
#include "review/presentation.h"
#include "review_session.h"
#include "wheel_guard.h"
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
    whatNext_ = new wxBoxSizer(wxVERTICAL);
    sizer->Add(whatNext_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(14)));
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
    firstOfProfileBar_ = new wxStaticText(this, wxID_ANY, _("&Profile:"));
    bar->Add(firstOfProfileBar_, spaced);
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
        cards_.push_back(
            std::make_unique<WizardCard>(this, into, session_, wizard, [this, id] { openWizard_(id, 0); }));
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
    showWhatNext();
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

bool HomePanel::ShouldScrollToChildOnFocus(wxWindow* child) {
    if (WheelGuard::mouseButtonPressed()) return false;
    return ScrolledPage::ShouldScrollToChildOnFocus(child);
}

// Rebuilt on every refresh: what is due changes with each answer. The lines are windows of their
// own (a link per item), placed before the profile bar in tab order as they are on screen.
void HomePanel::showWhatNext() {
    whatNext_->Clear(true);
    const Translator& tr = session_.translator();
    const WhatNext next = whatNext(
        session_.state(), session_.profile().id,
        [this](const Profile&) -> const Definitions& { return session_.definitions(); }, now());
    auto* heading = new WrappedText(this, toWx(whatNextHeading(tr)), "what_next_heading");
    heading->SetFont(heading->GetFont().Larger().Bold());
    addWhatNextLine(heading, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    if (next.nothing()) {
        addWhatNextLine(new WrappedText(this, wxString::FromUTF8("✓ ") + toWx(nothingDueText(tr)), "what_next_nothing"),
                        wxSizerFlags().Expand());
        return;
    }
    if (next.due) showDueWizard(*next.due);
    for (std::size_t i = 0; i < next.attention.size() && i < kAttentionItemsShown; ++i)
        showAttentionItem(next.attention[i]);
    if (next.attention.size() > kAttentionItemsShown)
        addWhatNextLine(new WrappedText(this, toWx(moreAttentionText(tr, next.attention.size() - kAttentionItemsShown)),
                                        "what_next_more"),
                        wxSizerFlags().Expand().Border(wxLEFT, FromDIP(4)));
}

void HomePanel::showDueWizard(const DueWizard& due) {
    const bool current = due.profile->id == session_.profile().id;
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* text = new WrappedText(this, toWx(dueWizardText(session_.translator(), due, current)), "what_next_due");
    auto* start = new wxButton(this, wxID_ANY, _("&Review now"), wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "what_next_review");
    const std::string profileId = due.profile->id;
    const std::string wizardId = due.wizard->id;
    // Another profile's wizard: the line names the profile, and the click switches to it.
    start->Bind(wxEVT_BUTTON, [this, profileId, wizardId](wxCommandEvent&) {
        if (profileId != session_.profile().id) {
            session_.selectProfile(profileId);
            refresh();
        }
        openWizard_(wizardId, 0);
    });
    for (wxWindow* part : std::initializer_list<wxWindow*>{text, start}) part->MoveBeforeInTabOrder(firstOfProfileBar_);
    row->Add(text, wxSizerFlags(1).CenterVertical());
    row->Add(start, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(10)));
    whatNext_->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
}

void HomePanel::showAttentionItem(const AttentionItem& attention) {
    const wxString label = toWx(attentionItemText(session_.translator(), attention));
    // "Needs attention" in words and a sign, not by colour alone.
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* sign = new wxStaticText(this, wxID_ANY, wxString::FromUTF8("⚠"));
    auto* link = new wxHyperlinkCtrl(this, wxID_ANY, label, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                     wxHL_ALIGN_LEFT, "what_next_item_" + toWx(attention.item->id));
    link->SetToolTip(formatText(_("Needs attention. Open “{}” at this item."), session_.text(attention.wizard->title)));
    const std::string wizardId = attention.wizard->id;
    const std::size_t step = attention.step;
    link->Bind(wxEVT_HYPERLINK, [this, wizardId, step](wxHyperlinkEvent&) { openWizard_(wizardId, step); });
    for (wxWindow* part : std::initializer_list<wxWindow*>{sign, link}) part->MoveBeforeInTabOrder(firstOfProfileBar_);
    row->Add(sign, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(6)));
    row->Add(link, wxSizerFlags(1).CenterVertical());
    whatNext_->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM | wxLEFT, FromDIP(2)));
}

void HomePanel::addWhatNextLine(wxWindow* line, wxSizerFlags flags) {
    line->MoveBeforeInTabOrder(firstOfProfileBar_);
    whatNext_->Add(line, flags);
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
