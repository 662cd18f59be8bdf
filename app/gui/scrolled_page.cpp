#include "scrolled_page.h"

#include "wrapping.h"

namespace vigie::gui {

ScrolledPage::ScrolledPage(wxWindow* parent, const wxString& name)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL, name) {
    // Vertical scrolling only: text wraps to the width instead of running off to the right.
    SetScrollRate(0, FromDIP(12));
    Bind(wxEVT_SIZE, &ScrolledPage::onSize, this);
}

void ScrolledPage::relayout() {
    if (!GetSizer()) return;
    beforeLayout(GetClientSize().x);
    // Two passes: the first gives each wrapped label its width, the second its wrapped height.
    FitInside();
    Layout();
    if (rewrapAll(this)) {
        FitInside();
        Layout();
    }
    laidOutWidth_ = GetClientSize().x;
    Refresh();
}

void ScrolledPage::onSize(wxSizeEvent& event) {
    event.Skip();
    if (GetClientSize().x != laidOutWidth_) relayout();
}

}  // namespace vigie::gui
