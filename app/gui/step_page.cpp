#include "step_page.h"

#include <algorithm>

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/hyperlink.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include "closure_banner.h"
#include "item_row.h"
#include "review/checklist_state.h"
#include "review/presentation.h"
#include "review_session.h"
#include "step_widgets.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

// Below this width (DIPs) the checklist and the text go one above the other: side by side, each
// column would be too narrow for an item's answer or the Control Panel path.
constexpr int kTwoColumnWidth = 820;
// Text after the first paragraph longer than this (characters) folds into an expander.
constexpr std::size_t kFoldedLength = 500;

std::size_t lengthOf(const TextBlock& block, const Translator& tr) {
    std::size_t length = 0;
    for (const std::string& text : block.texts) length += tr(text).size();
    return length;
}

bool isIntro(const Step& step, std::size_t block) {
    return block == 0 && !step.blocks.empty() && step.blocks.front().kind == BlockKind::Paragraph;
}

}  // namespace

StepPage::StepPage(wxWindow* parent, ReviewSession& session, const Step& step, std::function<void()> statusChanged)
    : ScrolledPage(parent, "step_page_" + toWx(step.id)),
      session_(session),
      step_(step),
      statusChanged_(std::move(statusChanged)),
      sizer_(new wxBoxSizer(wxVERTICAL)) {
    addTitle();
    if (wxSizer* banner = createClosureBanner(this, session_, step_))
        sizer_->Add(banner, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    addIntro();
    columns_ = new wxBoxSizer(wxVERTICAL);
    checklist_ = new wxBoxSizer(wxVERTICAL);
    prose_ = new wxBoxSizer(wxVERTICAL);
    // Stacked to begin with (beforeLayout puts them side by side when the page is wide).
    columns_->Add(checklist_, wxSizerFlags().Expand());
    columns_->Add(prose_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));
    sizer_->Add(columns_, wxSizerFlags().Expand());
    addChecklist();
    addProse();
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(sizer_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    SetSizer(outer);
}

// The rows' event handlers refer to the rows: the controls go first.
StepPage::~StepPage() { DestroyChildren(); }

ItemRow* StepPage::row(const std::string& itemId) const {
    for (const auto& row : rows_)
        if (row->item().id == itemId) return row.get();
    return nullptr;
}

// A tool open below its item needs the page's width: the checklist then goes above the text.
void StepPage::beforeLayout(int width) {
    const bool toolOpen = std::any_of(rows_.begin(), rows_.end(), [](const auto& row) { return row->anyToolOpen(); });
    const bool wide = width >= FromDIP(kTwoColumnWidth) && !toolOpen;
    if (wide == twoColumns_ && columns_->GetOrientation() == (wide ? wxHORIZONTAL : wxVERTICAL)) return;
    twoColumns_ = wide;
    columns_->SetOrientation(wide ? wxHORIZONTAL : wxVERTICAL);
    // Side by side, a gap between the columns; stacked, a gap above the text.
    wxSizerItem* text = columns_->GetItem(prose_);
    text->SetFlag((text->GetFlag() & ~wxALL) | (wide ? wxLEFT : wxTOP));
    text->SetBorder(FromDIP(wide ? 24 : 12));
    // Stacked, each part takes its own height (a proportion would stretch them vertically).
    columns_->GetItem(checklist_)->SetProportion(wide ? 3 : 0);
    text->SetProportion(wide ? 2 : 0);
}

void StepPage::addTitle() {
    auto* title = new WrappedText(this, session_.text(step_.title), "step_title");
    title->SetFont(title->GetFont().Larger().Larger().Bold());
    sizer_->Add(title, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
}

void StepPage::addIntro() {
    if (!isIntro(step_, 0)) return;
    for (const std::string& text : step_.blocks.front().texts)
        sizer_->Add(new WrappedText(this, session_.text(text), "step_intro"),
                    wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(8)));
}

wxSizer* StepPage::addHeading(wxSizer* into, const wxString& text, const wxString& name) {
    auto* line = new wxBoxSizer(wxHORIZONTAL);
    auto* heading = new wxStaticText(this, wxID_ANY, wxControl::EscapeMnemonics(text), wxDefaultPosition, wxDefaultSize,
                                     0, name.empty() ? wxString(wxStaticTextNameStr) : name);
    heading->SetFont(heading->GetFont().Larger().Bold());
    line->Add(heading, wxSizerFlags().CenterVertical());
    into->Add(line, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    return line;
}

void StepPage::addChecklist() {
    if (step_.items.empty()) return;
    wxSizer* heading = addHeading(checklist_, _("Checklist"), "checklist_heading");
    checklistState_ = new WrappedText(this, wxEmptyString, "checklist_state");
    checklistState_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    heading->Add(checklistState_, wxSizerFlags(1).CenterVertical().Border(wxLEFT, FromDIP(10)));
    ItemRow::Callbacks callbacks{[this] {
                                     showChecklistState();
                                     statusChanged_();
                                 },
                                 [this] { relayout(); },
                                 [this](const std::string& name) {
                                     return createStepWidget(name, this, StepWidgetContext{session_, step_});
                                 }};
    for (const Item& item : step_.items) {
        checklist_->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
        rows_.push_back(std::make_unique<ItemRow>(this, checklist_, session_, item, callbacks));
    }
    checklist_->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    showChecklistState();
}

void StepPage::showChecklistState() {
    if (checklistState_)
        checklistState_->setText(toWx(stepStateText(session_.translator(), step_, session_.profile())));
}

// The text after the first paragraph: the Control Panel path first (it is what the items ask the
// user to go and look at), then the rest of the text, folded when long, warnings always shown.
void StepPage::addProse() {
    for (const PanelPath& panel : step_.panels) addPanelPath(panel);
    std::size_t folded = 0;
    for (std::size_t i = 0; i < step_.blocks.size(); ++i)
        if (!isIntro(step_, i) && step_.blocks[i].kind != BlockKind::Warning)
            folded += lengthOf(step_.blocks[i], session_.translator());
    if (folded > kFoldedLength) {
        more_ = new wxButton(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                             wxBU_EXACTFIT | wxBORDER_NONE, wxDefaultValidator, "step_more");
        more_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showMoreText(!moreShown_); });
        prose_->Add(more_, wxSizerFlags().Left().Border(wxTOP, FromDIP(4)));
        moreSlot_ = new wxBoxSizer(wxVERTICAL);
        prose_->Add(moreSlot_, wxSizerFlags().Expand());
        showMoreText(false);
    }
    for (std::size_t i = 0; i < step_.blocks.size(); ++i)
        if (!isIntro(step_, i) && (!more_ || step_.blocks[i].kind == BlockKind::Warning))
            addBlock(this, prose_, step_.blocks[i]);
    addLooseWidgets();
    addLinks();
}

void StepPage::addBlock(wxWindow* parent, wxSizer* into, const TextBlock& block) {
    switch (block.kind) {
        case BlockKind::Paragraph:
            for (const std::string& text : block.texts)
                into->Add(new WrappedText(parent, session_.text(text)),
                          wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
            break;
        case BlockKind::BulletList:
        case BlockKind::NumberedList:
            addList(parent, into, block);
            break;
        case BlockKind::Tip:
        case BlockKind::Warning:
            addCallout(parent, into, block);
            break;
    }
}

void StepPage::addList(wxWindow* parent, wxSizer* into, const TextBlock& block) {
    auto* list = new wxFlexGridSizer(2, wxSize(FromDIP(6), FromDIP(4)));
    list->AddGrowableCol(1);
    int number = 0;
    for (const std::string& text : block.texts) {
        const wxString marker =
            block.kind == BlockKind::NumberedList ? wxString::Format("%d.", ++number) : wxString::FromUTF8("•");
        list->Add(new wxStaticText(parent, wxID_ANY, marker), wxSizerFlags().Right());
        list->Add(new WrappedText(parent, session_.text(text)), wxSizerFlags().Expand());
    }
    into->Add(list, wxSizerFlags().Expand().Border(wxLEFT | wxTOP | wxBOTTOM, FromDIP(8)));
}

// Tips and warnings: a framed box with the native information or warning icon and a heading, so
// they stand out without colour alone and a screen reader announces what they are.
void StepPage::addCallout(wxWindow* parent, wxSizer* into, const TextBlock& block) {
    const bool warning = block.kind == BlockKind::Warning;
    auto* box = new wxStaticBoxSizer(wxHORIZONTAL, parent, warning ? _("Warning") : _("Tip"));
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
    into->Add(box, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
}

void StepPage::addPanelPath(const PanelPath& panel) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("In the Control Panel"));
    wxStaticBox* frame = box->GetStaticBox();
    frame->SetName("panel_path");
    // "Name (formerly: Old name)": OVHcloud renamed menus, and users follow older screenshots.
    const wxString path = toWx(controlPanelPath(panel, session_.translator()));
    box->Add(new WrappedText(frame, path, "panel_path_text"), wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    if (!panel.page.empty()) addLink(frame, box, "page:" + panel.page, _("Open this page in the Control Panel"));
    prose_->Add(box, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
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

// A widget no item names stays with the text, open.
void StepPage::addLooseWidgets() {
    for (const std::string& name : step_.widgets) {
        const bool served = std::any_of(step_.items.begin(), step_.items.end(), [&](const Item& item) {
            return std::find(item.tools.begin(), item.tools.end(), name) != item.tools.end();
        });
        if (served) continue;
        if (wxWindow* widget = createStepWidget(name, this, StepWidgetContext{session_, step_})) {
            prose_->Add(widget, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
            looseWidgets_[name] = widget;
        }
    }
}

void StepPage::addLinks() {
    if (step_.links.empty()) return;
    auto* links = new wxBoxSizer(wxVERTICAL);
    for (const Link& link : step_.links) addLink(this, links, link.target, session_.text(link.text));
    if (links->IsEmpty()) {
        delete links;
        return;
    }
    addHeading(prose_, _("Learn more"));
    prose_->Add(links, wxSizerFlags().Expand());
}

// The folded text is made when shown and destroyed when folded again: windows kept hidden in a
// scrolled page make GTK complain at every layout. It holds text only, nothing Tab stops at.
void StepPage::showMoreText(bool shown) {
    moreShown_ = shown;
    more_->SetLabel(wxString::FromUTF8(shown ? "\u25BE " : "\u25B8 ") +
                    (shown ? _("Less about this step") : _("More about t&his step")));
    moreSlot_->Clear(true);
    if (shown)
        for (std::size_t i = 0; i < step_.blocks.size(); ++i)
            if (!isIntro(step_, i) && step_.blocks[i].kind != BlockKind::Warning)
                addBlock(this, moreSlot_, step_.blocks[i]);
    relayout();
}

bool StepPage::hasTool(const std::string& name) const {
    if (looseWidgets_.count(name)) return true;
    return std::any_of(rows_.begin(), rows_.end(), [&](const auto& row) { return row->hasTool(name); });
}

wxWindow* StepPage::openTool(const std::string& name) {
    if (auto found = looseWidgets_.find(name); found != looseWidgets_.end()) return found->second;
    for (const auto& row : rows_)
        if (row->hasTool(name)) return row->openTool(name);
    return nullptr;
}

}  // namespace vigie::gui
