// The note of a checklist item, typed in place under its row and saved as it is typed (through
// the session's one review editor, like every change). cancel() takes back what was typed since
// the note was opened: the handler of Escape calls it on the focused InlineNote
// (dynamic_cast<InlineNote*>(wxWindow::FindFocus())), so Escape cancels the note being typed
// rather than closing the wizard.
#pragma once

#include <functional>
#include <string>

#include <wx/textctrl.h>

namespace vigie {
struct Item;
}

namespace vigie::gui {

class ReviewSession;

class InlineNote : public wxTextCtrl {
public:
    // `closed` runs (after the event that caused it) when cancelling leaves no note: the row
    // then removes the editor.
    InlineNote(wxWindow* parent, ReviewSession& session, const Item& item, const wxString& name,
               std::function<void()> changed, std::function<void()> closed);

    // Restores the note as it was when the editor opened (or was last committed) and saves that.
    // Returns false when there was nothing to take back.
    bool cancel();
    // What was typed is kept: a later cancel() goes back to this.
    void commit();
    const std::string& noteWhenOpened() const { return original_; }

private:
    ReviewSession& session_;
    const Item& item_;
    std::string original_;
    std::function<void()> changed_;
    std::function<void()> closed_;
};

}  // namespace vigie::gui
