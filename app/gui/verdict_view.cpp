#include "verdict_view.h"

#include <wx/artprov.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>

#include "checks/item_verification.h"
#include "definitions/definitions.h"
#include "review_session.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

std::optional<checks::ItemVerification> verificationFor(const ReviewSession& session, const Item& item) {
    if (item.check.empty()) return std::nullopt;
    return checks::verificationOf(session.connected().viewed(session.profile()), item);
}

wxArtID iconOf(checks::Verdict verdict) {
    switch (verdict) {
        case checks::Verdict::Ok:
            return wxART_TICK_MARK;
        case checks::Verdict::Attention:
            return wxART_WARNING;
        case checks::Verdict::Unknown:
            break;
    }
    return wxART_QUESTION;
}

// A light tint of the verdict's colour over the window's own background, so it reads in a dark
// theme too.
wxColour tintOf(checks::Verdict verdict) {
    const wxColour base = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    wxColour accent(0x9a, 0x9a, 0x9a);
    if (verdict == checks::Verdict::Ok) accent = wxColour(0x2e, 0xc2, 0x7e);
    if (verdict == checks::Verdict::Attention) accent = wxColour(0xf5, 0xc2, 0x11);
    auto mix = [](unsigned char a, unsigned char b) { return static_cast<unsigned char>((a * 82 + b * 18) / 100); };
    return wxColour(mix(base.Red(), accent.Red()), mix(base.Green(), accent.Green()), mix(base.Blue(), accent.Blue()));
}

}  // namespace

VerdictView* VerdictView::create(wxWindow* parent, ReviewSession& session, const Item& item) {
    if (!verificationFor(session, item)) return nullptr;
    return new VerdictView(parent, session, item);
}

VerdictView::VerdictView(wxWindow* parent, ReviewSession& session, const Item& item)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              wxString("item_verdict_") + toWx(item.id)),
      session_(session),
      item_(item) {
    const int gap = FromDIP(6);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    icon_ = new wxStaticBitmap(this, wxID_ANY,
                               wxArtProvider::GetBitmapBundle(wxART_QUESTION, wxART_OTHER, FromDIP(wxSize(24, 24))));
    row->Add(icon_, wxSizerFlags().Top().Border(wxALL, gap));
    column_ = new wxBoxSizer(wxVERTICAL);
    const wxString base = toWx(item.id);
    verdict_ = new WrappedText(this, wxString(), "item_verdict_text_" + base);
    verdict_->SetFont(verdict_->GetFont().Bold());
    evidence_ = new WrappedText(this, wxString(), "item_verdict_evidence_" + base);
    for (WrappedText* text : {verdict_, evidence_})
        column_->Add(text, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(2)));
    row->Add(column_, wxSizerFlags(1).Expand().Border(wxTOP | wxBOTTOM | wxRIGHT, gap));
    SetSizer(row);
    refresh();
}

bool VerdictView::refresh() {
    const std::optional<checks::ItemVerification> found = verificationFor(session_, item_);
    if (!found) return false;
    const checks::ItemVerification& verification = *found;
    const Translator& tr = session_.translator();
    wxString label = toWx(tr(checks::verdictItemLabel(verification.verdict)));
    if (session_.connected().demo()) label = formatText(_("{} (demo account)"), label);
    wxString evidence;
    for (const UserMessage& line : verification.evidence)
        evidence += (evidence.empty() ? "" : "\n") + wxString::FromUTF8("\u2022 ") + toWx(tr(line));
    const wxString read = toWx(tr(checks::readingAge(verification.readAt, now())));
    const wxString disagreement = verification.disagrees ? toWx(tr(verification.disagreement)) : wxString();
    const wxString all = label + "|" + evidence + "|" + read + "|" + disagreement;
    if (all == shown_) return false;
    shown_ = all;
    SetBackgroundColour(tintOf(verification.verdict));
    icon_->SetBitmap(
        wxArtProvider::GetBitmapBundle(iconOf(verification.verdict), wxART_OTHER, FromDIP(wxSize(24, 24))));
    verdict_->setText(label);
    evidence_->setText(evidence.empty() ? read : evidence + "\n" + read);
    if (!disagreement.empty() && !disagreement_) {
        disagreement_ = new WrappedText(this, disagreement, "item_verdict_disagreement_" + toWx(item_.id));
        disagreement_->SetFont(disagreement_->GetFont().Bold());
        disagreement_->SetForegroundColour(wxColour(0xa5, 0x1d, 0x2d));
        column_->Add(disagreement_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    } else if (disagreement_ && disagreement.empty()) {
        column_->Detach(disagreement_);
        disagreement_->Destroy();
        disagreement_ = nullptr;
    } else if (disagreement_) {
        disagreement_->setText(disagreement);
    }
    Layout();
    Refresh();
    return true;
}

}  // namespace vigie::gui
