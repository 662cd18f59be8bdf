// One checklist item on a step page: its label (a checkbox for `confirm` items), help text, the
// four-way status, the kind-specific answer, the user's note and when it last changed. Not a
// window of its own: its controls sit directly on the page so one layout pass sizes them all.
#pragma once

#include <functional>

#include <wx/sizer.h>

#include "definitions/definitions.h"
#include "review/review.h"
#include "review/review_editor.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxDateEvent;
class wxTextCtrl;

namespace vigie::gui {

class ReviewSession;
class VerdictView;
class WrappedText;

class ItemRow {
public:
    struct Callbacks {
        std::function<void()> statusChanged;  // progress may have changed
        std::function<void()> layoutChanged;  // controls appeared or were relabelled
    };

    ItemRow(wxWindow* page, wxSizer* into, ReviewSession& session, const Item& item, Callbacks callbacks);
    ItemRow(const ItemRow&) = delete;
    ItemRow& operator=(const ItemRow&) = delete;

private:
    void addLabel(wxSizer* into);
    void addStatus(wxSizer* into);
    void addHelp(wxSizer* into);
    void addValue(wxSizer* into);
    void addChoiceValue(wxSizer* into);
    void addDateValue(wxSizer* into);
    void addTextValue(wxSizer* into);
    void addListValue(wxSizer* into);
    void showEntries();
    void addEntry(wxTextCtrl* entryName, wxChoice* way, wxDatePickerCtrl* date);
    void addNote(wxSizer* into);
    void addFooter(wxSizer* into);

    void setStatus(ItemStatus status);
    void answer(const std::string& value, Pace pace);
    void showStatus();
    void createNoteEditor();
    void openNoteEditor();
    void showChanged();
    wxString name(const char* role) const;
    int indent() const;
    template <typename WindowOrSizer>
    void addIndented(wxSizer* into, WindowOrSizer* what, bool expand = true) const;

    wxWindow* page_;
    ReviewSession& session_;
    const Item& item_;
    Callbacks callbacks_;

    wxCheckBox* check_ = nullptr;
    wxChoice* status_ = nullptr;
    wxWindow* lastControl_ = nullptr;  // the note editor comes after it in tab order
    wxButton* addNoteButton_ = nullptr;
    wxSizer* noteSlot_ = nullptr;
    wxSizer* entries_ = nullptr;  // a list item's rows
    wxTextCtrl* note_ = nullptr;
    WrappedText* changed_ = nullptr;
    VerdictView* verdict_ = nullptr;  // connected mode: what the account says (verdict_view.h)
};

}  // namespace vigie::gui
