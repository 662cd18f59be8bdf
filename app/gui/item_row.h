// One checklist item on a step page, as one compact row:
//
//   [mark][v]  The item's text, wrapping                                   [note]
//              its help, smaller
//              its answer (a choice, a date, a text, a list) when it has one
//              [tools it opens]            e.g. "Open the password meter"
//              Needs attention · Last changed: 2026-12-04
//              (verdict slot: setVerdict)
//              (the note, typed in place, when open)
//              (the tools, opened in place)
//
// The mark shows the status by its shape and colour (status_icons.h; the meaning is the core's,
// review/checklist_state.h); one click or Space toggles done / to do, and the [v] button, a
// right click, the menu key, Shift+F10 or Alt+Down on the mark open the menu of all four
// statuses, each with its access key. Not a window of its own: its controls sit directly on the
// page, created in screen order so Tab follows the screen, and one layout pass sizes them all.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/bmpbuttn.h>
#include <wx/sizer.h>

#include "definitions/definitions.h"
#include "review/review.h"
#include "review/review_editor.h"

class wxButton;
class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace vigie::gui {

class InlineNote;
class ReviewSession;
class VerdictView;
class WrappedText;

// An item's mark. It stands where a checkbox would, and behaves like one: Space toggles it and
// Enter is left to the wizard (Next), not taken as a click.
class StatusButton : public wxBitmapButton {
public:
    StatusButton(wxWindow* parent, const wxBitmapBundle& mark, const wxString& name);
};

class ItemRow {
public:
    struct Callbacks {
        std::function<void()> statusChanged;  // progress may have changed
        std::function<void()> layoutChanged;  // controls appeared or were relabelled
        // Builds the step widget `name` (a tool of this item) as a child of the page.
        std::function<wxWindow*(const std::string& name)> createTool;
    };

    ItemRow(wxWindow* page, wxSizer* into, ReviewSession& session, const Item& item, Callbacks callbacks);
    ItemRow(const ItemRow&) = delete;
    ItemRow& operator=(const ItemRow&) = delete;

    const Item& item() const { return item_; }

    // The slot for a connected-mode verdict, under the item's text: `view` (a child of the page
    // given to the constructor) takes it, replacing and destroying any earlier one; nullptr
    // empties it. The row's layout follows.
    void setVerdict(wxWindow* view);
    wxWindow* verdict() const { return verdict_; }

    // The item's tools (Item::tools): open one below the row (it takes the keyboard), or close it
    // (it is destroyed, and with it anything typed into it).
    bool hasTool(const std::string& name) const;
    wxWindow* openTool(const std::string& name);
    void closeTool(const std::string& name);
    bool anyToolOpen() const;

    // The status menu's command ids, the same for every row (the menu is bound to the mark).
    static int statusCommand(ItemStatus status);

    // The inline note, when open.
    InlineNote* note() const { return note_; }
    void openNote();

private:
    void placeVerdict(wxWindow* view);  // setVerdict without the layout (the constructor's)

    struct Tool {
        std::string name;
        wxButton* button = nullptr;
        wxWindow* window = nullptr;
    };

    void addMark(wxSizer* line);
    void addText(wxSizer* column);
    void addNoteButton(wxSizer* line);
    void addValue(wxSizer* into);
    void addChoiceValue(wxSizer* into);
    void addDateValue(wxSizer* into);
    void addTextValue(wxSizer* into);
    void addListValue(wxSizer* into);
    void addTools(wxSizer* into);
    void showEntries();
    void addEntry(wxTextCtrl* entryName, wxChoice* way, wxDatePickerCtrl* date);

    void setStatus(ItemStatus status);
    void showStatusMenu();
    void answer(const std::string& value, Pace pace);
    void showStatus(bool notify = true);
    void showToolButton(const Tool& tool);
    void closeNote();
    void showNoteButton();
    void showMeta();
    wxString name(const char* role) const;

    wxWindow* page_;
    ReviewSession& session_;
    const Item& item_;
    Callbacks callbacks_;

    StatusButton* mark_ = nullptr;
    wxButton* menuButton_ = nullptr;
    WrappedText* label_ = nullptr;
    wxBitmapButton* noteButton_ = nullptr;
    wxWindow* lastControl_ = nullptr;  // what comes before the note in tab order
    wxSizer* entries_ = nullptr;  // a list item's rows
    wxSizer* meta_ = nullptr;  // the status in words and when it last changed
    WrappedText* statusWord_ = nullptr;  // "Needs attention", in its colour, for the states that need a word
    WrappedText* changed_ = nullptr;
    wxSizer* verdictSlot_ = nullptr;
    wxWindow* verdict_ = nullptr;
    wxSizer* noteSlot_ = nullptr;
    InlineNote* note_ = nullptr;
    wxSizer* toolSlot_ = nullptr;
    std::vector<Tool> tools_;
};

}  // namespace vigie::gui
