#include "wizard_card.h"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "checks/item_verification.h"
#include "review/presentation.h"
#include "review_session.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

WizardCard::WizardCard(wxWindow* parent, wxSizer* into, ReviewSession& session, const Wizard& wizard,
                       std::function<void()> open)
    : session_(session), wizard_(wizard) {
    auto* card = new wxStaticBoxSizer(wxHORIZONTAL, parent, wxEmptyString);
    wxStaticBox* box = card->GetStaticBox();
    box->SetName(name("card"));
    const int gap = parent->FromDIP(4);

    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* title = new WrappedText(box, session_.text(wizard.title), name("title"));
    title->SetFont(title->GetFont().Larger().Bold());
    column->Add(title, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
    if (!wizard.summary.empty())
        column->Add(new WrappedText(box, session_.text(wizard.summary), name("summary")),
                    wxSizerFlags().Expand().Border(wxBOTTOM, gap));

    auto* progress = new wxBoxSizer(wxHORIZONTAL);
    gauge_ = new wxGauge(box, wxID_ANY, 1, wxDefaultPosition, wxSize(parent->FromDIP(140), -1), wxGA_HORIZONTAL,
                         wxDefaultValidator, name("gauge"));
    progress->Add(gauge_, wxSizerFlags().CenterVertical());
    progress_ = new wxStaticText(box, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0, name("progress"));
    progress->Add(progress_, wxSizerFlags().CenterVertical().Border(wxLEFT, parent->FromDIP(8)));
    column->Add(progress, wxSizerFlags().Border(wxBOTTOM, gap));
    attention_ = new WrappedText(box, wxEmptyString, name("attention"));
    column->Add(attention_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
    verified_ = new WrappedText(box, wxEmptyString, name("verified"));
    column->Add(verified_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
    lastReviewed_ = new WrappedText(box, wxEmptyString, name("last_reviewed"));
    column->Add(lastReviewed_, wxSizerFlags().Expand());
    card->Add(column, wxSizerFlags(1).Expand().Border(wxALL, parent->FromDIP(6)));

    open_ =
        new wxButton(box, wxID_ANY, _("&Open"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name("open"));
    open_->Bind(wxEVT_BUTTON, [open = std::move(open)](wxCommandEvent&) { open(); });
    card->Add(open_, wxSizerFlags().CenterVertical().Border(wxALL, parent->FromDIP(8)));
    into->Add(card, wxSizerFlags().Expand().Border(wxBOTTOM, parent->FromDIP(10)));
    refresh();
}

wxString WizardCard::name(const char* role) const { return wxString("wizard_") + role + "_" + toWx(wizard_.id); }

void WizardCard::refresh() {
    // The profile may have changed region since the card was made: count what its region shows.
    const Wizard* shown = session_.definitions().findWizard(wizard_.id);
    const WizardProgress progress = session_.profile().progress(shown ? *shown : wizard_);
    gauge_->SetRange(std::max<int>(1, static_cast<int>(progress.total)));
    gauge_->SetValue(static_cast<int>(progress.done));
    const Translator& tr = session_.translator();
    progress_->SetLabel(toWx(doneCountText(tr, progress)));
    const Profile viewed = session_.connected().viewed(session_.profile());
    const checks::VerifiedCounts counts = checks::verifiedCounts(viewed, shown ? *shown : wizard_);
    attention_->setText(toWx(checks::markedAttentionSentence(tr, progress.attention, counts)));
    wxFont font = attention_->GetFont();
    font.SetWeight(progress.attention > 0 ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL);
    attention_->SetFont(font);
    lastReviewed_->setText(toWx(lastReviewedText(tr, progress)));
    verified_->setText(toWx(checks::verifiedCountsText(tr, counts)));
}

}  // namespace vigie::gui
