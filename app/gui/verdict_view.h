// What the connected mode says about one checklist item, under its label: the verdict (an icon
// and its words), the evidence (the services, dates and amounts concerned), when the account was
// read, and, when the user's own status says otherwise, the sentence that says so. Both stay as
// they are: the view shows the disagreement and never changes the status.
//
// All of it is decided by the core (checks/item_verification.h); this only draws it. The
// readings are the profile's own, or those of the snapshot or demo the window shows
// (ConnectedMode::viewed).
#pragma once

#include <string>

#include <wx/panel.h>

class wxBoxSizer;
class wxStaticBitmap;

namespace vigie {
struct Item;
}

namespace vigie::gui {

class ReviewSession;
class WrappedText;

class VerdictView : public wxPanel {
public:
    // nullptr when the item names no check or there is no reading of it: nothing to show.
    static VerdictView* create(wxWindow* parent, ReviewSession& session, const Item& item);

    // The user changed the status: the disagreement may have come or gone. True when the text
    // changed (the page lays out again).
    bool refresh();

private:
    VerdictView(wxWindow* parent, ReviewSession& session, const Item& item);

    ReviewSession& session_;
    const Item& item_;
    wxString shown_;
    wxStaticBitmap* icon_ = nullptr;
    WrappedText* verdict_ = nullptr;
    WrappedText* evidence_ = nullptr;  // the evidence, then when the account was read
    WrappedText* disagreement_ = nullptr;  // only while there is one
    wxBoxSizer* column_ = nullptr;
};

}  // namespace vigie::gui
