#include "item_row.h"

#include <algorithm>
#include <utility>

#include <wx/bmpbuttn.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include "accessible_name.h"
#include "inline_note.h"
#include "review/checklist_state.h"
#include "review_session.h"
#include "status_icons.h"
#include "step_widget_kit.h"
#include "verdict_view.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

constexpr int kFirstStatusCommand = wxID_HIGHEST + 700;

struct ToolWords {
    wxString open;
    wxString hide;
};

// The access keys avoid those of the tools themselves and of the wizard's buttons.
ToolWords toolWords(const std::string& tool) {
    if (tool == "password-meter") return {_("Open the password &meter"), _("Hide the password &meter")};
    if (tool == "passphrase") return {_("Op&en the passphrase generator"), _("Hid&e the passphrase generator")};
    if (tool == "totp-check") return {_("Open the a&uthenticator check"), _("Hide the a&uthenticator check")};
    return {toWx(tool), toWx(tool)};
}

}  // namespace

StatusButton::StatusButton(wxWindow* parent, const wxBitmapBundle& mark, const wxString& name)
    : wxBitmapButton(parent, wxID_ANY, mark, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT | wxBORDER_NONE,
                     wxDefaultValidator, name) {}

ItemRow::ItemRow(wxWindow* page, wxSizer* into, ReviewSession& session, const Item& item, Callbacks callbacks)
    : page_(page), session_(session), item_(item), callbacks_(std::move(callbacks)) {
    auto* line = new wxBoxSizer(wxHORIZONTAL);
    addMark(line);
    auto* column = new wxBoxSizer(wxVERTICAL);
    addText(column);
    addValue(column);
    addTools(column);
    meta_ = new wxBoxSizer(wxHORIZONTAL);
    changed_ = new WrappedText(page_, wxEmptyString, name("changed"));
    changed_->SetFont(changed_->GetFont().Smaller());
    changed_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    meta_->Add(changed_, wxSizerFlags(1).CenterVertical());
    column->Add(meta_, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(2)));
    verdictSlot_ = new wxBoxSizer(wxVERTICAL);
    column->Add(verdictSlot_, wxSizerFlags().Expand());
    placeVerdict(VerdictView::create(page_, session_, item_));
    noteSlot_ = new wxBoxSizer(wxVERTICAL);
    column->Add(noteSlot_, wxSizerFlags().Expand());
    toolSlot_ = new wxBoxSizer(wxVERTICAL);
    column->Add(toolSlot_, wxSizerFlags().Expand());
    line->Add(column, wxSizerFlags(1).Expand().Border(wxLEFT, page_->FromDIP(6)));
    addNoteButton(line);
    into->Add(line, wxSizerFlags().Expand());
    if (!session_.itemState(item_.id).note.empty()) openNote();
    showStatus(false);
}

wxString ItemRow::name(const char* role) const { return wxString("item_") + role + "_" + toWx(item_.id); }

int ItemRow::statusCommand(ItemStatus status) {
    const auto& all = allStatuses();
    return kFirstStatusCommand + static_cast<int>(std::find(all.begin(), all.end(), status) - all.begin());
}

void ItemRow::addMark(wxSizer* line) {
    mark_ = new StatusButton(page_, statusMarkIcon(StatusMark::EmptyCircle), name("status"));
    mark_->Bind(wxEVT_BUTTON,
                [this](wxCommandEvent&) { setStatus(toggledStatus(session_.itemState(item_.id).status)); });
    mark_->Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent&) { showStatusMenu(); });
    mark_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetModifiers() == wxMOD_ALT && (event.GetKeyCode() == WXK_DOWN || event.GetKeyCode() == WXK_UP))
            showStatusMenu();
        else
            event.Skip();
    });
    mark_->Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const int index = event.GetId() - kFirstStatusCommand;
        if (index >= 0 && index < static_cast<int>(allStatuses().size()))
            setStatus(allStatuses()[static_cast<std::size_t>(index)]);
    });
    line->Add(mark_, wxSizerFlags().Top());
    menuButton_ = new wxButton(page_, wxID_ANY, wxString::FromUTF8("\u25BE"), wxDefaultPosition, wxDefaultSize,
                               wxBU_EXACTFIT | wxBORDER_NONE, wxDefaultValidator, name("status_menu"));
    const wxString choose = _("Choose this item's status");
    menuButton_->SetToolTip(choose);
    setAccessibleName(menuButton_, choose);
    menuButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showStatusMenu(); });
    line->Add(menuButton_, wxSizerFlags().Top());
}

void ItemRow::showStatusMenu() {
    wxMenu menu;
    for (ItemStatus status : allStatuses()) {
        auto* entry = new wxMenuItem(&menu, statusCommand(status), session_.text(statusMenuLabel(status)));
        ItemState shown;
        shown.status = status;
        entry->SetBitmap(statusMarkIcon(statusMark(shown), 16));
        menu.Append(entry);
    }
    mark_->PopupMenu(&menu, 0, mark_->GetSize().y);
}

void ItemRow::addText(wxSizer* column) {
    label_ = new WrappedText(page_, session_.text(item_.label), name("label"));
    column->Add(label_, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(2)));
    lastControl_ = menuButton_;
    if (item_.help.empty()) return;
    auto* help = new WrappedText(page_, session_.text(item_.help), name("help"));
    help->SetFont(help->GetFont().Smaller());
    column->Add(help, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(2)));
}

void ItemRow::addNoteButton(wxSizer* line) {
    noteButton_ = new wxBitmapButton(page_, wxID_ANY, noteIcon(false), wxDefaultPosition, wxDefaultSize,
                                     wxBU_EXACTFIT | wxBORDER_NONE, wxDefaultValidator, name("note_button"));
    noteButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (note_)
            note_->SetFocus();
        else
            openNote();
    });
    line->Add(noteButton_, wxSizerFlags().Top().Border(wxLEFT, page_->FromDIP(4)));
    showNoteButton();
}

void ItemRow::showNoteButton() {
    const bool hasNote = !session_.itemState(item_.id).note.empty();
    noteButton_->SetBitmap(noteIcon(hasNote));
    const wxString what = note_ ? _("Go to the note") : _("Add a note");
    noteButton_->SetToolTip(what);
    setAccessibleName(noteButton_, what);
}

void ItemRow::addValue(wxSizer* into) {
    switch (item_.kind) {
        case ItemKind::Choice:
            addChoiceValue(into);
            break;
        case ItemKind::Date:
            addDateValue(into);
            break;
        case ItemKind::Note:
            addTextValue(into);
            break;
        case ItemKind::List:
            addListValue(into);
            break;
        case ItemKind::Confirm:
            break;
    }
}

void ItemRow::addChoiceValue(wxSizer* into) {
    auto* choice = new wxChoice(page_, wxID_ANY);
    choice->SetName(name("value"));
    setAccessibleName(choice, session_.text(item_.label));
    lastControl_ = choice;
    choice->Append(_("Not chosen"));
    int selected = 0;
    const std::string current = session_.itemState(item_.id).value;
    for (std::size_t i = 0; i < item_.options.size(); ++i) {
        choice->Append(session_.text(item_.options[i].label));
        if (item_.options[i].id == current) selected = static_cast<int>(i) + 1;
    }
    choice->SetSelection(selected);
    choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        const int index = event.GetSelection();
        answer(index > 0 ? item_.options.at(static_cast<std::size_t>(index - 1)).id : "", Pace::Now);
    });
    into->Add(choice, wxSizerFlags().Left().Border(wxTOP, page_->FromDIP(4)));
}

void ItemRow::addDateValue(wxSizer* into) {
    wxDateTime date;
    if (!date.ParseISODate(toWx(session_.itemState(item_.id).value))) date = wxDefaultDateTime;
    auto* picker =
        new wxDatePickerCtrl(page_, wxID_ANY, date, wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE, wxDefaultValidator, name("value"));
    // The generic picker shows today when created without a date; nothing is recorded, so say so.
    if (!date.IsValid()) picker->SetValue(wxDefaultDateTime);
    picker->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        const wxDateTime chosen = event.GetDate();
        answer(chosen.IsValid() ? toUtf8(chosen.FormatISODate()) : "", Pace::Now);
    });
    lastControl_ = picker;
    into->Add(picker, wxSizerFlags().Left().Border(wxTOP, page_->FromDIP(4)));
}

void ItemRow::addTextValue(wxSizer* into) {
    auto* text = new wxTextCtrl(page_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(-1, page_->FromDIP(60)),
                                wxTE_MULTILINE | wxTE_WORDWRAP, wxDefaultValidator, name("value"));
    setAccessibleName(text, session_.text(item_.label));
    lastControl_ = text;
    text->ChangeValue(toWx(session_.itemState(item_.id).value));
    text->Bind(wxEVT_TEXT, [this, text](wxCommandEvent&) { answer(toUtf8(text->GetValue()), Pace::Typing); });
    into->Add(text, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(4)));
}

// A list item: its rows, each with a button to remove it, then a small form that adds one (a
// name, one of the options, a date).
void ItemRow::addListValue(wxSizer* into) {
    entries_ = new wxBoxSizer(wxVERTICAL);
    into->Add(entries_, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(4)));
    showEntries();
    auto* form = new wxFlexGridSizer(2, wxSize(page_->FromDIP(6), page_->FromDIP(4)));
    form->AddGrowableCol(1);
    auto* nameLabel = new wxStaticText(page_, wxID_ANY, _("Na&me:"));
    auto* entryName = new wxTextCtrl(page_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                     wxTE_PROCESS_ENTER, wxDefaultValidator, name("entry_name"));
    auto* wayLabel = new wxStaticText(page_, wxID_ANY, _("Ans&wer:"));
    auto* way = new wxChoice(page_, wxID_ANY);
    way->SetName(name("entry_option"));
    way->Append(_("Not chosen"));
    for (const Option& option : item_.options) way->Append(session_.text(option.label));
    way->SetSelection(0);
    auto* dateLabel = new wxStaticText(page_, wxID_ANY, _("Da&te:"));
    auto* date =
        new wxDatePickerCtrl(page_, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE, wxDefaultValidator, name("entry_date"));
    date->SetValue(wxDefaultDateTime);
    auto* add = new wxButton(page_, wxID_ANY, _("A&dd to the list"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, name("entry_add"));
    const wxSizerFlags label = wxSizerFlags().Right().CenterVertical();
    form->Add(nameLabel, label);
    form->Add(entryName, wxSizerFlags().Expand());
    form->Add(wayLabel, label);
    form->Add(way, wxSizerFlags().Expand());
    form->Add(dateLabel, label);
    form->Add(date);
    form->AddSpacer(0);
    form->Add(add);
    add->Bind(wxEVT_BUTTON, [=](wxCommandEvent&) { addEntry(entryName, way, date); });
    entryName->Bind(wxEVT_TEXT_ENTER, [=](wxCommandEvent&) { addEntry(entryName, way, date); });
    lastControl_ = add;
    into->Add(form, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(4)));
}

void ItemRow::addEntry(wxTextCtrl* entryName, wxChoice* way, wxDatePickerCtrl* date) {
    const wxString text = entryName->GetValue().Strip(wxString::both);
    if (text.empty()) {
        entryName->SetFocus();
        return;
    }
    const int index = way->GetSelection();
    const wxDateTime chosen = date->GetValue();
    ListEntry entry{toUtf8(text), index > 0 ? item_.options.at(static_cast<std::size_t>(index - 1)).id : "",
                    chosen.IsValid() ? toUtf8(chosen.FormatISODate()) : ""};
    session_.addEntry(item_, entry);
    entryName->Clear();
    way->SetSelection(0);
    date->SetValue(wxDefaultDateTime);
    showEntries();
    showStatus();
    callbacks_.layoutChanged();
}

void ItemRow::showEntries() {
    entries_->Clear(true);
    const std::vector<ListEntry> entries = session_.itemState(item_.id).entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new WrappedText(
                     page_,
                     wxString::FromUTF8("\u2022 ") + toWx(describeListEntry(item_, entries[i], session_.translator())),
                     name("entry")),
                 wxSizerFlags(1).CenterVertical());
        auto* remove = new wxButton(page_, wxID_ANY, _("Remove"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                                    wxDefaultValidator, name("entry_remove"));
        // The button is destroyed with its row: after its own click has been handled.
        remove->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) {
            session_.removeEntry(item_, i);
            page_->CallAfter([this] {
                showEntries();
                showStatus();
                callbacks_.layoutChanged();
            });
        });
        row->Add(remove, wxSizerFlags().CenterVertical().Border(wxLEFT, page_->FromDIP(6)));
        entries_->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, page_->FromDIP(2)));
    }
}

void ItemRow::addTools(wxSizer* into) {
    if (item_.tools.empty()) return;
    // Side by side while they fit, one under the other in a narrow window or a longer language.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    for (const std::string& tool : item_.tools) {
        auto* button = new wxButton(page_, wxID_ANY, toolWords(tool).open, wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "item_tool_" + toWx(tool));
        button->Bind(wxEVT_BUTTON, [this, tool](wxCommandEvent&) {
            const auto found =
                std::find_if(tools_.begin(), tools_.end(), [&](const Tool& t) { return t.name == tool; });
            if (found != tools_.end() && found->window)
                closeTool(tool);
            else
                openTool(tool);
        });
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, page_->FromDIP(4)));
        tools_.push_back(Tool{tool, button, nullptr});
        lastControl_ = button;
    }
    into->Add(buttons, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(4)));
}

bool ItemRow::hasTool(const std::string& name) const {
    return std::any_of(tools_.begin(), tools_.end(), [&](const Tool& tool) { return tool.name == name; });
}

bool ItemRow::anyToolOpen() const {
    return std::any_of(tools_.begin(), tools_.end(), [](const Tool& tool) { return tool.window != nullptr; });
}

// The tools open in item order below the row, whichever is opened first; each after the note icon
// and the note in tab order, as on screen.
wxWindow* ItemRow::openTool(const std::string& name) {
    auto found = std::find_if(tools_.begin(), tools_.end(), [&](const Tool& tool) { return tool.name == name; });
    if (found == tools_.end()) return nullptr;
    if (!found->window) {
        found->window = callbacks_.createTool ? callbacks_.createTool(name) : nullptr;
        if (!found->window) return nullptr;
        std::size_t position = 0;
        for (auto it = tools_.begin(); it != found; ++it)
            if (it->window) ++position;
        toolSlot_->Insert(position, found->window, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(6)));
        wxWindow* before = note_ ? static_cast<wxWindow*>(note_) : noteButton_;
        for (auto it = tools_.begin(); it != found; ++it)
            if (it->window) before = it->window;
        found->window->MoveAfterInTabOrder(before);
        showToolButton(*found);
        callbacks_.layoutChanged();
    }
    return found->window;
}

void ItemRow::closeTool(const std::string& name) {
    auto found = std::find_if(tools_.begin(), tools_.end(), [&](const Tool& tool) { return tool.name == name; });
    if (found == tools_.end() || !found->window) return;
    wxWindow* window = std::exchange(found->window, nullptr);
    toolSlot_->Detach(window);
    window->Destroy();  // wipes what was typed into it
    showToolButton(*found);
    found->button->SetFocus();
    callbacks_.layoutChanged();
}

void ItemRow::showToolButton(const Tool& tool) {
    const ToolWords words = toolWords(tool.name);
    tool.button->SetLabel(tool.window ? words.hide : words.open);
}

void ItemRow::setVerdict(wxWindow* view) {
    placeVerdict(view);
    callbacks_.layoutChanged();
}

void ItemRow::placeVerdict(wxWindow* view) {
    if (verdict_) {
        verdictSlot_->Detach(verdict_);
        verdict_->Destroy();
    }
    verdict_ = view;
    if (view) {
        verdictSlot_->Add(view, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(2)));
        view->MoveAfterInTabOrder(lastControl_);
    }
}

void ItemRow::openNote() {
    if (note_) {
        note_->SetFocus();
        return;
    }
    note_ = new InlineNote(
        page_, session_, item_, name("note"),
        [this] {
            showNoteButton();
            showMeta();
        },
        [this] { closeNote(); });
    setAccessibleName(note_, formatText(_("Note on: {}"), session_.text(item_.label)));
    // Tab: the row's controls, its note icon, then what opened below the row.
    note_->MoveAfterInTabOrder(noteButton_);
    noteSlot_->Add(note_, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(4)));
    showNoteButton();
    callbacks_.layoutChanged();
    // Opened by the user (not for a saved note while the page is built): type at once.
    if (page_->IsShownOnScreen()) note_->SetFocus();
}

void ItemRow::closeNote() {
    if (!note_ || !session_.itemState(item_.id).note.empty()) return;
    const bool hadFocus = note_->HasFocus();
    noteSlot_->Detach(note_);
    std::exchange(note_, nullptr)->Destroy();
    showNoteButton();
    if (hadFocus) noteButton_->SetFocus();
    callbacks_.layoutChanged();
}

void ItemRow::showMeta() {
    const ItemState state = session_.itemState(item_.id);
    const wxString text = state.changed ? formatText(_("Last changed: {}"), localDate(*state.changed)) : wxString();
    if (changed_->text() != text) {
        changed_->setText(text);
        callbacks_.layoutChanged();
    }
}

void ItemRow::setStatus(ItemStatus status) {
    session_.setStatus(item_, status);
    showStatus();
}

// The core decides what an answer does to the status (review_editor.h); the row shows it.
void ItemRow::answer(const std::string& value, Pace pace) {
    const ItemStatus before = session_.itemState(item_.id).status;
    session_.setAnswer(item_, value, pace);
    if (session_.itemState(item_.id).status != before)
        showStatus();
    else
        showMeta();
}

void ItemRow::showStatus(bool notify) {
    const ItemState state = session_.itemState(item_.id);
    const StatusMark mark = statusMark(state);
    mark_->SetBitmap(statusMarkIcon(mark));
    const wxString markName = toWx(statusMarkName(session_.translator(), state));
    mark_->SetToolTip(
        markName + "\n" +
        (state.status == ItemStatus::Done ? _("Click to mark it to do again.") : _("Click to mark it done.")) + "\n" +
        _("Alt+Down or right click: every status."));
    setAccessibleName(mark_, markName);
    // Attention and an unknown status are said in words too, in the warning's colour.
    // Made and destroyed rather than hidden: hidden windows in a scrolled page make GTK complain.
    const bool says = mark == StatusMark::Warning || mark == StatusMark::Unknown;
    if (says && !statusWord_) {
        statusWord_ = new WrappedText(page_, wxEmptyString, name("status_word"));
        statusWord_->SetFont(statusWord_->GetFont().Smaller().Bold());
        statusWord_->SetForegroundColour(toneColour(Tone::Poor));
        meta_->Insert(0, statusWord_, wxSizerFlags().CenterVertical().Border(wxRIGHT, page_->FromDIP(8)));
    } else if (!says && statusWord_) {
        meta_->Detach(statusWord_);
        std::exchange(statusWord_, nullptr)->Destroy();
    }
    if (statusWord_) statusWord_->setText(session_.text(statusLabelOf(state)));
    label_->SetForegroundColour(mark == StatusMark::Cross ? wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)
                                                          : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    label_->Refresh();
    showMeta();
    // A status set by hand may now agree or disagree with what the account says.
    if (auto* view = dynamic_cast<VerdictView*>(verdict_)) view->refresh();
    if (!notify) return;
    callbacks_.statusChanged();
    callbacks_.layoutChanged();
}

}  // namespace vigie::gui
