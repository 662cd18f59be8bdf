// A vertically scrolling page whose wrapped labels follow its width: the main window's overview
// and each wizard step. Call relayout() after adding, removing or relabelling content.
#pragma once

#include <wx/scrolwin.h>

namespace vigie::gui {

class ScrolledPage : public wxScrolledWindow {
public:
    ScrolledPage(wxWindow* parent, const wxString& name);
    void relayout();

protected:
    // Called before each layout with the width the content will get: a page may rearrange itself.
    virtual void beforeLayout(int /*width*/) {}

private:
    void onSize(wxSizeEvent& event);
    int laidOutWidth_ = -1;
    bool sized_ = false;
};

}  // namespace vigie::gui
