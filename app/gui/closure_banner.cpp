#include "closure_banner.h"

#include <wx/artprov.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>

#include "checks/closure_readiness.h"
#include "checks/item_verification.h"
#include "definitions/definitions.h"
#include "review_session.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

// Where the core says the step stands in the closure wizard (checks::closurePartOf).
checks::ClosurePart partOf(const ReviewSession& session, const Step& step) {
    for (const Wizard& wizard : session.definitions().wizards)
        for (const Step& each : wizard.steps)
            if (&each == &step) return checks::closurePartOf(wizard, step);
    return checks::ClosurePart::None;
}

wxArtID iconOf(const std::optional<checks::Verdict>& verdict) {
    if (!verdict) return wxART_QUESTION;
    if (*verdict == checks::Verdict::Ok) return wxART_TICK_MARK;
    if (*verdict == checks::Verdict::Attention) return wxART_WARNING;
    return wxART_QUESTION;
}

wxArtID iconOf(checks::ClosureState state) {
    switch (state) {
        case checks::ClosureState::Ready:
            return wxART_TICK_MARK;
        case checks::ClosureState::NotReady:
            return wxART_WARNING;
        case checks::ClosureState::Unverified:
        case checks::ClosureState::NotConnected:
            break;
    }
    return wxART_INFORMATION;
}

}  // namespace

wxSizer* createClosureBanner(wxWindow* page, const ReviewSession& session, const Step& step) {
    const checks::ClosurePart part = partOf(session, step);
    if (part == checks::ClosurePart::None) return nullptr;
    const Translator& tr = session.translator();
    const checks::ClosureReadiness readiness = checks::closureReadiness(session.connected().viewed(session.profile()));
    auto* box = new wxStaticBoxSizer(wxVERTICAL, page, wxString());
    wxWindow* frame = box->GetStaticBox();
    frame->SetName("closure_banner");
    const int gap = page->FromDIP(6);
    const wxSize big = page->FromDIP(wxSize(32, 32));
    const wxSize small = page->FromDIP(wxSize(16, 16));

    auto* head = new wxBoxSizer(wxHORIZONTAL);
    head->Add(
        new wxStaticBitmap(frame, wxID_ANY, wxArtProvider::GetBitmapBundle(iconOf(readiness.state), wxART_OTHER, big)),
        wxSizerFlags().Top().Border(wxRIGHT, gap));
    auto* summary = new WrappedText(frame, toWx(tr(readiness.summary)), "closure_readiness");
    summary->SetFont(summary->GetFont().Bold());
    head->Add(summary, wxSizerFlags(1).CenterVertical());
    box->Add(head, wxSizerFlags().Expand().Border(wxALL, gap));

    if (readiness.state != checks::ClosureState::NotConnected) {
        auto* grid = new wxFlexGridSizer(2, wxSize(gap, gap));
        grid->AddGrowableCol(1);
        for (const checks::ClosureCondition& condition : readiness.conditions) {
            // The erasure step names only what stands in the way.
            if (part == checks::ClosurePart::Erasure && condition.verdict == checks::Verdict::Ok) continue;
            grid->Add(new wxStaticBitmap(frame, wxID_ANY,
                                         wxArtProvider::GetBitmapBundle(iconOf(condition.verdict), wxART_OTHER, small)),
                      wxSizerFlags().Top().Border(wxTOP, page->FromDIP(2)));
            wxString text = toWx(tr(condition.title ? condition.title : "")) +
                            wxString::FromUTF8("\u2002\u2014\u2002") + toWx(tr(condition.fact));
            for (const UserMessage& line : condition.evidence) text += "\n" + toWx(tr(line));
            grid->Add(new WrappedText(frame, text, "closure_condition_" + toWx(condition.checkId)),
                      wxSizerFlags().Expand());
        }
        if (readiness.readAt) {
            grid->AddSpacer(0);
            auto* age = new WrappedText(frame, toWx(tr(checks::readingAge(*readiness.readAt, now()))), "closure_read");
            age->SetFont(age->GetFont().Smaller());
            grid->Add(age, wxSizerFlags().Expand());
        }
        auto* indented = new wxBoxSizer(wxHORIZONTAL);
        indented->AddSpacer(big.x + gap);
        indented->Add(grid, wxSizerFlags(1).Expand());
        box->Add(indented, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    }
    return box;
}

}  // namespace vigie::gui
