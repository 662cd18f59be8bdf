#include "notice_area.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>

#include "wrapping.h"

namespace vigie::gui {

namespace {

wxBitmapBundle iconFor(int icon) {
    const wxArtID art = icon == wxICON_ERROR ? wxART_ERROR : icon == wxICON_WARNING ? wxART_WARNING : wxART_INFORMATION;
    return wxArtProvider::GetBitmapBundle(art, wxART_MESSAGE_BOX, wxSize(24, 24));
}

}  // namespace

NoticeArea::NoticeArea(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("notice_area");
    SetSizer(new wxBoxSizer(wxVERTICAL));
    Bind(wxEVT_SIZE, &NoticeArea::onSize, this);
}

NoticeArea::Notice NoticeArea::create(const wxString& key) {
    Notice notice;
    notice.frame = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "notice_" + key);
    auto* row = new wxStaticBoxSizer(wxHORIZONTAL, notice.frame, wxEmptyString);
    wxStaticBox* box = row->GetStaticBox();
    notice.icon = new wxStaticBitmap(box, wxID_ANY, wxBitmapBundle());
    row->Add(notice.icon, wxSizerFlags().Top().Border(wxALL, FromDIP(4)));
    notice.text = new WrappedText(box, wxEmptyString, "notice_" + key + "_text");
    row->Add(notice.text, wxSizerFlags(1).CenterVertical().Border(wxALL, FromDIP(4)));
    notice.dismiss = new wxButton(box, wxID_ANY, _("Dismiss"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                  "notice_" + key + "_dismiss");
    // Destroying the row inside its own button's handler would pull the button out from under it.
    notice.dismiss->Bind(wxEVT_BUTTON, [this, key](wxCommandEvent&) { CallAfter([this, key] { dismiss(key); }); });
    row->Add(notice.dismiss, wxSizerFlags().CenterVertical().Border(wxALL, FromDIP(4)));
    notice.frame->SetSizer(row);
    GetSizer()->Add(notice.frame, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(6)));
    return notice;
}

void NoticeArea::show(const wxString& key, TextSource text, int icon) {
    auto found = notices_.find(key);
    if (found == notices_.end()) found = notices_.emplace(key, create(key)).first;
    Notice& notice = found->second;
    notice.source = std::move(text);
    notice.icon->SetBitmap(iconFor(icon));
    notice.text->setText(notice.source());
    relayout();
}

void NoticeArea::dismiss(const wxString& key) {
    auto found = notices_.find(key);
    if (found == notices_.end()) return;
    GetSizer()->Detach(found->second.frame);
    found->second.frame->Destroy();
    notices_.erase(found);
    relayout();
}

void NoticeArea::relabel() {
    for (auto& [key, notice] : notices_) {
        notice.text->setText(notice.source());
        notice.dismiss->SetLabel(_("Dismiss"));
    }
    relayout();
}

// Our height follows the wrapped messages, so the window around us lays out again too.
void NoticeArea::relayout() {
    const auto layoutAll = [this] {
        Layout();
        for (auto& [key, notice] : notices_) notice.frame->Layout();
    };
    layoutAll();
    if (rewrapAll(this)) layoutAll();
    InvalidateBestSize();
    if (wxWindow* parent = GetParent()) parent->Layout();
    laidOutWidth_ = GetClientSize().x;
}

void NoticeArea::onSize(wxSizeEvent& event) {
    event.Skip();
    if (GetClientSize().x == laidOutWidth_ || notices_.empty()) return;
    // After this size event: relaying out changes our own height.
    CallAfter([this] { relayout(); });
}

}  // namespace vigie::gui
