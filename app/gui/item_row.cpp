#include "item_row.h"

#include <algorithm>
#include <utility>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/renderer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "review_session.h"
#include "verdict_view.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

ItemRow::ItemRow(wxWindow* page, wxSizer* into, ReviewSession& session, const Item& item, Callbacks callbacks)
    : page_(page), session_(session), item_(item), callbacks_(std::move(callbacks)) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    addLabel(column);
    addHelp(column);
    if ((verdict_ = VerdictView::create(page_, session_, item_))) addIndented(column, verdict_);
    addStatus(column);
    addValue(column);
    addNote(column);
    addFooter(column);
    into->Add(column, wxSizerFlags().Expand());
}

wxString ItemRow::name(const char* role) const { return wxString("item_") + role + "_" + toWx(item_.id); }

// Help, answer and note line up with the label's text, right of the checkbox.
int ItemRow::indent() const { return wxRendererNative::Get().GetCheckBoxSize(page_).x + page_->FromDIP(6); }

template <typename WindowOrSizer>
void ItemRow::addIndented(wxSizer* into, WindowOrSizer* what, bool expand) const {
    into->AddSpacer(page_->FromDIP(4));
    wxSizerFlags flags = wxSizerFlags().Border(wxLEFT, indent());
    if (expand) flags.Expand();
    into->Add(what, flags);
}

namespace {
int statusIndex(ItemStatus status) {
    const auto& all = allStatuses();
    return static_cast<int>(std::find(all.begin(), all.end(), status) - all.begin());
}
}  // namespace

// The label takes the whole width and the status goes on the line below: side by side, a narrow
// window squeezed the label into a column a word wide.
void ItemRow::addLabel(wxSizer* into) {
    const wxString label = session_.text(item_.label);
    const ItemStatus status = session_.itemState(item_.id).status;
    if (item_.kind == ItemKind::Confirm) {
        check_ = new WrappedCheckBox(page_, label, name("check"));
        check_->SetValue(status == ItemStatus::Done);
        check_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
            setStatus(event.IsChecked() ? ItemStatus::Done : ItemStatus::Todo);
        });
        into->Add(check_, wxSizerFlags().Expand());
    } else {
        auto* text = new WrappedText(page_, label, name("label"));
        text->SetFont(text->GetFont().Bold());
        into->Add(text, wxSizerFlags().Expand().Border(wxLEFT, indent()));
    }
}

void ItemRow::addStatus(wxSizer* into) {
    const ItemStatus status = session_.itemState(item_.id).status;
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(page_, wxID_ANY, _("Status:")), wxSizerFlags().CenterVertical());
    status_ = new wxChoice(page_, wxID_ANY);
    lastControl_ = status_;
    status_->SetName(name("status"));
    for (ItemStatus each : allStatuses()) status_->Append(session_.text(statusLabel(each)));
    status_->SetSelection(statusIndex(status));
    if (const ItemState state = session_.itemState(item_.id); !state.unknownStatus.empty()) {
        status_->SetSelection(wxNOT_FOUND);  // none of ours: shown as unknown until the user picks one
        status_->SetToolTip(session_.text(statusLabelOf(state)));
    }
    status_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        setStatus(allStatuses().at(static_cast<std::size_t>(event.GetSelection())));
    });
    row->Add(status_, wxSizerFlags().CenterVertical().Border(wxLEFT, page_->FromDIP(6)));
    addIndented(into, row);
}

void ItemRow::addHelp(wxSizer* into) {
    if (item_.help.empty()) return;
    addIndented(into, new WrappedText(page_, session_.text(item_.help), name("help")));
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
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(page_, wxID_ANY, _("Answer:")), wxSizerFlags().CenterVertical());
    auto* choice = new wxChoice(page_, wxID_ANY);
    choice->SetName(name("value"));
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
    row->Add(choice, wxSizerFlags(1).CenterVertical().Border(wxLEFT, page_->FromDIP(6)));
    addIndented(into, row);
}

void ItemRow::addDateValue(wxSizer* into) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(page_, wxID_ANY, _("Date:")), wxSizerFlags().CenterVertical());
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
    row->Add(picker, wxSizerFlags().CenterVertical().Border(wxLEFT, page_->FromDIP(6)));
    lastControl_ = picker;
    addIndented(into, row);
}

void ItemRow::addTextValue(wxSizer* into) {
    auto* text = new wxTextCtrl(page_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(-1, page_->FromDIP(72)),
                                wxTE_MULTILINE | wxTE_WORDWRAP, wxDefaultValidator, name("value"));
    lastControl_ = text;
    text->ChangeValue(toWx(session_.itemState(item_.id).value));
    text->Bind(wxEVT_TEXT, [this, text](wxCommandEvent&) { answer(toUtf8(text->GetValue()), Pace::Typing); });
    addIndented(into, text);
}

// A list item: its rows, each with a button to remove it, then a small form that adds one (a
// name, one of the options, a date).
void ItemRow::addListValue(wxSizer* into) {
    entries_ = new wxBoxSizer(wxVERTICAL);
    addIndented(into, entries_);
    showEntries();
    auto* form = new wxFlexGridSizer(2, wxSize(page_->FromDIP(6), page_->FromDIP(4)));
    form->AddGrowableCol(1);
    auto* entryName = new wxTextCtrl(page_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                     wxTE_PROCESS_ENTER, wxDefaultValidator, name("entry_name"));
    auto* way = new wxChoice(page_, wxID_ANY);
    way->SetName(name("entry_option"));
    way->Append(_("Not chosen"));
    for (const Option& option : item_.options) way->Append(session_.text(option.label));
    way->SetSelection(0);
    auto* date =
        new wxDatePickerCtrl(page_, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE, wxDefaultValidator, name("entry_date"));
    date->SetValue(wxDefaultDateTime);
    auto* add = new wxButton(page_, wxID_ANY, _("Add to the list"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, name("entry_add"));
    const wxSizerFlags label = wxSizerFlags().Right().CenterVertical();
    form->Add(new wxStaticText(page_, wxID_ANY, _("Name:")), label);
    form->Add(entryName, wxSizerFlags().Expand());
    form->Add(new wxStaticText(page_, wxID_ANY, _("Answer:")), label);
    form->Add(way, wxSizerFlags().Expand());
    form->Add(new wxStaticText(page_, wxID_ANY, _("Date:")), label);
    form->Add(date);
    form->AddSpacer(0);
    form->Add(add);
    add->Bind(wxEVT_BUTTON, [=](wxCommandEvent&) { addEntry(entryName, way, date); });
    entryName->Bind(wxEVT_TEXT_ENTER, [=](wxCommandEvent&) { addEntry(entryName, way, date); });
    lastControl_ = add;
    addIndented(into, form);
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
    const ItemStatus status = session_.itemState(item_.id).status;
    status_->SetSelection(statusIndex(status));
    showEntries();
    showChanged();
    callbacks_.statusChanged();
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
                showChanged();
                callbacks_.layoutChanged();
            });
        });
        row->Add(remove, wxSizerFlags().CenterVertical().Border(wxLEFT, page_->FromDIP(6)));
        entries_->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, page_->FromDIP(2)));
    }
}

// The note editor exists only once there is a note to show or the user asks for one: windows
// kept hidden in a scrolled page made GTK complain on every layout.
void ItemRow::addNote(wxSizer* into) {
    noteSlot_ = new wxBoxSizer(wxVERTICAL);
    addIndented(into, noteSlot_);
    if (!session_.itemState(item_.id).note.empty()) createNoteEditor();
}

void ItemRow::createNoteEditor() {
    noteSlot_->Add(new wxStaticText(page_, wxID_ANY, _("Your note:")));
    note_ = new wxTextCtrl(page_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(-1, page_->FromDIP(60)),
                           wxTE_MULTILINE | wxTE_WORDWRAP, wxDefaultValidator, name("note"));
    note_->ChangeValue(toWx(session_.itemState(item_.id).note));
    note_->MoveAfterInTabOrder(lastControl_);
    note_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        session_.setNote(item_, toUtf8(note_->GetValue()));
        showChanged();
    });
    noteSlot_->Add(note_, wxSizerFlags().Expand().Border(wxTOP, page_->FromDIP(2)));
}

// "Add a note" and "Last changed" share a line: most items have neither a note nor a long past.
void ItemRow::addFooter(wxSizer* into) {
    auto* footer = new wxBoxSizer(wxHORIZONTAL);
    if (!note_) {
        addNoteButton_ = new wxButton(page_, wxID_ANY, _("Add a note"), wxDefaultPosition, wxDefaultSize, 0,
                                      wxDefaultValidator, name("note_button"));
        addNoteButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openNoteEditor(); });
        footer->Add(addNoteButton_, wxSizerFlags().CenterVertical().Border(wxRIGHT, page_->FromDIP(12)));
    }
    changed_ = new WrappedText(page_, wxEmptyString, name("changed"));
    changed_->SetFont(changed_->GetFont().Smaller());
    footer->Add(changed_, wxSizerFlags(1).CenterVertical());
    addIndented(into, footer);
    showChanged();
}

void ItemRow::openNoteEditor() {
    createNoteEditor();
    note_->SetFocus();
    // The button goes once its click has been handled.
    wxButton* button = std::exchange(addNoteButton_, nullptr);
    page_->CallAfter([this, button] {
        button->Destroy();
        callbacks_.layoutChanged();
    });
    callbacks_.layoutChanged();
}

void ItemRow::showChanged() {
    const auto when = session_.itemState(item_.id).changed;
    const wxString text = when ? formatText(_("Last changed: {}"), localDate(*when)) : wxString();
    if (changed_->text() == text) return;
    changed_->setText(text);
    callbacks_.layoutChanged();
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
        showChanged();
}

void ItemRow::showStatus() {
    const ItemStatus status = session_.itemState(item_.id).status;
    status_->SetSelection(statusIndex(status));
    if (check_) check_->SetValue(status == ItemStatus::Done);
    if (verdict_ && verdict_->refresh()) callbacks_.layoutChanged();
    showChanged();
    callbacks_.statusChanged();
}

}  // namespace vigie::gui
