#include "step_page.h"

#include <wx/artprov.h>
#include <wx/hyperlink.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include "closure_banner.h"
#include "item_row.h"
#include "review/presentation.h"
#include "review_session.h"
#include "step_widgets.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

StepPage::StepPage(wxWindow* parent, ReviewSession& session, const Step& step, std::function<void()> statusChanged)
    : ScrolledPage(parent, "step_page_" + toWx(step.id)),
      session_(session),
      step_(step),
      statusChanged_(std::move(statusChanged)),
      sizer_(new wxBoxSizer(wxVERTICAL)) {
    addTitle();
    if (wxSizer* banner = createClosureBanner(this, session_, step_))
        sizer_->Add(banner, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    for (const TextBlock& block : step.blocks) addBlock(block);
    for (const PanelPath& panel : step.panels) addPanelPath(panel);
    addWidgets();
    addLinks();
    addItems();
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(sizer_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    SetSizer(outer);
}

// The rows' event handlers refer to the rows: the controls go first.
StepPage::~StepPage() { DestroyChildren(); }

void StepPage::addTitle() {
    auto* title = new WrappedText(this, session_.text(step_.title), "step_title");
    title->SetFont(title->GetFont().Larger().Larger().Bold());
    sizer_->Add(title, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
}

void StepPage::addHeading(const wxString& text) {
    auto* heading = new WrappedText(this, text);
    heading->SetFont(heading->GetFont().Larger().Bold());
    sizer_->Add(heading, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(8)));
}

void StepPage::addBlock(const TextBlock& block) {
    switch (block.kind) {
        case BlockKind::Paragraph:
            for (const std::string& text : block.texts)
                sizer_->Add(new WrappedText(this, session_.text(text)),
                            wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
            break;
        case BlockKind::BulletList:
        case BlockKind::NumberedList:
            addList(block);
            break;
        case BlockKind::Tip:
        case BlockKind::Warning:
            addCallout(block);
            break;
    }
}

void StepPage::addList(const TextBlock& block) {
    auto* list = new wxFlexGridSizer(2, wxSize(FromDIP(6), FromDIP(4)));
    list->AddGrowableCol(1);
    int number = 0;
    for (const std::string& text : block.texts) {
        const wxString marker =
            block.kind == BlockKind::NumberedList ? wxString::Format("%d.", ++number) : wxString::FromUTF8("•");
        list->Add(new wxStaticText(this, wxID_ANY, marker), wxSizerFlags().Right());
        list->Add(new WrappedText(this, session_.text(text)), wxSizerFlags().Expand());
    }
    sizer_->Add(list, wxSizerFlags().Expand().Border(wxLEFT | wxTOP | wxBOTTOM, FromDIP(8)));
}

// Tips and warnings: a framed box with the native information or warning icon and a heading, so
// they stand out without colour alone and a screen reader announces what they are.
void StepPage::addCallout(const TextBlock& block) {
    const bool warning = block.kind == BlockKind::Warning;
    auto* box = new wxStaticBoxSizer(wxHORIZONTAL, this, warning ? _("Warning") : _("Tip"));
    wxStaticBox* frame = box->GetStaticBox();
    frame->SetName(warning ? "warning_box" : "tip_box");
    const wxArtID art = warning ? wxART_WARNING : wxART_INFORMATION;
    box->Add(
        new wxStaticBitmap(frame, wxID_ANY, wxArtProvider::GetBitmapBundle(art, wxART_MESSAGE_BOX, wxSize(24, 24))),
        wxSizerFlags().Top().Border(wxALL, FromDIP(6)));
    auto* texts = new wxBoxSizer(wxVERTICAL);
    for (const std::string& text : block.texts)
        texts->Add(new WrappedText(frame, session_.text(text)), wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    box->Add(texts, wxSizerFlags(1).CenterVertical().Border(wxALL, FromDIP(6)));
    sizer_->Add(box, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
}

void StepPage::addPanelPath(const PanelPath& panel) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("In the Control Panel"));
    wxStaticBox* frame = box->GetStaticBox();
    frame->SetName("panel_path");
    // "Name (formerly: Old name)": OVHcloud renamed menus, and users follow older screenshots.
    const wxString path = toWx(controlPanelPath(panel, session_.translator()));
    box->Add(new WrappedText(frame, path, "panel_path_text"), wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    if (!panel.page.empty()) addLink(frame, box, "page:" + panel.page, _("Open this page in the Control Panel"));
    sizer_->Add(box, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
}

void StepPage::addLink(wxWindow* parent, wxSizer* into, const std::string& target, const wxString& text) {
    // A link the profile's region does not offer is left out rather than shown broken.
    const std::optional<std::string> url = session_.resolveLink(target);
    if (!url) return;
    // wxHyperlinkCtrl opens the address with wxLaunchDefaultBrowser when activated.
    auto* link = new wxHyperlinkCtrl(parent, wxID_ANY, text, toWx(*url), wxDefaultPosition, wxDefaultSize,
                                     wxHL_DEFAULT_STYLE, "link_" + toWx(target));
    link->SetToolTip(toWx(*url));
    into->Add(link, wxSizerFlags().Left().Border(wxALL, FromDIP(4)));
}

void StepPage::addWidgets() {
    for (const std::string& name : step_.widgets)
        if (wxWindow* widget = createStepWidget(name, this, StepWidgetContext{session_, step_}))
            sizer_->Add(widget, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
}

void StepPage::addLinks() {
    if (step_.links.empty()) return;
    auto* links = new wxBoxSizer(wxVERTICAL);
    for (const Link& link : step_.links) addLink(this, links, link.target, session_.text(link.text));
    if (links->IsEmpty()) {
        delete links;
        return;
    }
    addHeading(_("Learn more"));
    sizer_->Add(links, wxSizerFlags().Expand());
}

void StepPage::addItems() {
    if (step_.items.empty()) return;
    addHeading(_("Checklist"));
    ItemRow::Callbacks callbacks{statusChanged_, [this] { relayout(); }};
    bool first = true;
    for (const Item& item : step_.items) {
        if (!first) sizer_->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(8)));
        first = false;
        rows_.push_back(std::make_unique<ItemRow>(this, sizer_, session_, item, callbacks));
    }
}

}  // namespace vigie::gui
