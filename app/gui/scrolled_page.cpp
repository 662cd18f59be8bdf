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
    // Before its first size the page has wx's placeholder size (20 pixels): laying out there
    // wraps every label into a tall column, shows a vertical scrollbar, and costs two more rounds
    // once the real size arrives. The first size event lays it out (onSize).
    if (!GetSizer() || !sized_) return;
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
    sized_ = true;
    if (GetClientSize().x != laidOutWidth_) relayout();
}

}  // namespace vigie::gui
