#include "step_widget_kit.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "scrolled_page.h"
#include "wrapping.h"

namespace vigie::gui {

// Each light-theme colour has at least 4.5:1 contrast on white (WCAG AA for text); the dark-theme
// ones the same on a dark grey.
wxColour toneColour(Tone tone) {
    const bool dark = wxSystemSettings::GetAppearance().IsDark();
    switch (tone) {
        case Tone::Bad:
            return dark ? wxColour(0xFF, 0x8A, 0x80) : wxColour(0xB3, 0x26, 0x1E);
        case Tone::Poor:
            return dark ? wxColour(0xFF, 0xAB, 0x70) : wxColour(0xB4, 0x3C, 0x00);
        case Tone::Fair:
            return dark ? wxColour(0xFF, 0xD5, 0x4F) : wxColour(0x85, 0x5D, 0x00);
        case Tone::Good:
            return dark ? wxColour(0x81, 0xC7, 0x84) : wxColour(0x2E, 0x7D, 0x32);
        case Tone::Best:
            return dark ? wxColour(0x66, 0xBB, 0x6A) : wxColour(0x1B, 0x5E, 0x20);
    }
    return wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
}

// The title is a wrapped label inside the frame rather than the frame's own label: GTK clips a
// frame label wider than the frame, which a long title is in a narrow window or at 200 %.
wxStaticBoxSizer* widgetBox(wxWindow* panel, const wxString& title, const wxString& name) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, panel, wxString());
    wxStaticBox* frame = box->GetStaticBox();
    frame->SetName(name);
    auto* heading = new WrappedText(frame, title, name + "_title");
    heading->SetFont(heading->GetFont().Larger().Bold());
    box->Add(heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, panel->FromDIP(6)));
    return box;
}

WrappedText* addParagraph(wxWindow* parent, wxSizer* into, const wxString& text, const wxString& name) {
    auto* paragraph = new WrappedText(parent, text, name.empty() ? wxString(wxStaticTextNameStr) : name);
    into->Add(paragraph, wxSizerFlags().Expand().Border(wxBOTTOM, parent->FromDIP(6)));
    return paragraph;
}

wxStaticText* addSubheading(wxWindow* parent, wxSizer* into, const wxString& text) {
    auto* heading = new wxStaticText(parent, wxID_ANY, wxControl::EscapeMnemonics(text));
    heading->SetFont(heading->GetFont().Bold());
    into->Add(heading, wxSizerFlags().Border(wxTOP | wxBOTTOM, parent->FromDIP(4)));
    return heading;
}

BulletList::BulletList(wxWindow* parent, wxSizer* into, const wxString& name)
    : parent_(parent), grid_(new wxFlexGridSizer(2, wxSize(parent->FromDIP(6), parent->FromDIP(2)))), name_(name) {
    grid_->AddGrowableCol(1);
    into->Add(grid_, wxSizerFlags().Expand().Border(wxLEFT | wxBOTTOM, parent->FromDIP(6)));
}

bool BulletList::set(const std::vector<wxString>& lines) {
    if (this->lines() == lines) return false;
    while (rows_.size() < lines.size()) {
        auto* bullet = new wxStaticText(parent_, wxID_ANY, wxString::FromUTF8("•"));
        auto* text = new WrappedText(parent_, wxString(), wxString::Format("%s_%zu", name_, rows_.size()));
        grid_->Add(bullet);
        grid_->Add(text, wxSizerFlags().Expand());
        rows_.emplace_back(bullet, text);
    }
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const bool used = i < lines.size();
        if (used) rows_[i].second->setText(lines[i]);
        rows_[i].first->Show(used);
        rows_[i].second->Show(used);
    }
    shown_ = lines.size();
    return true;
}

std::vector<wxString> BulletList::lines() const {
    std::vector<wxString> shown;
    for (std::size_t i = 0; i < shown_; ++i) shown.push_back(rows_[i].second->text());
    return shown;
}

void relayoutPage(wxWindow* widget) {
    for (wxWindow* window = widget->GetParent(); window; window = window->GetParent()) {
        if (auto* page = dynamic_cast<ScrolledPage*>(window)) {
            page->relayout();
            return;
        }
    }
    if (widget->GetParent()) widget->GetParent()->Layout();
}

}  // namespace vigie::gui
