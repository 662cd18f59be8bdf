#include "inline_note.h"

#include "escape_keys.h"
#include "review_session.h"
#include "wx_text.h"

namespace vigie::gui {

InlineNote::InlineNote(wxWindow* parent, ReviewSession& session, const Item& item, const wxString& name,
                       std::function<void()> changed, std::function<void()> closed)
    : wxTextCtrl(parent, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(-1, parent->FromDIP(60)),
                 wxTE_MULTILINE | wxTE_WORDWRAP, wxDefaultValidator, name),
      session_(session),
      item_(item),
      original_(session.itemState(item.id).note),
      changed_(std::move(changed)),
      closed_(std::move(closed)) {
    ChangeValue(toWx(original_));
    Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        session_.setNote(item_, toUtf8(GetValue()));
        changed_();
    });
    // Escape while typing takes back what was typed (escape_keys.h); with nothing typed, the focus
    // leaves the note. Either way the wizard stays open.
    Bind(kCancelEditEvent, [this](wxCommandEvent&) {
        if (!cancel()) Navigate(wxNavigationKeyEvent::IsBackward);
    });
    // Leaving the note keeps it: Escape later, in another note, must not take this one back.
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        commit();
        event.Skip();
    });
}

bool InlineNote::cancel() {
    const bool typed = session_.itemState(item_.id).note != original_;
    if (typed) {
        session_.setNote(item_, original_);
        ChangeValue(toWx(original_));
        changed_();
    }
    if (original_.empty()) CallAfter([this] { closed_(); });
    return typed || original_.empty();
}

void InlineNote::commit() { original_ = session_.itemState(item_.id).note; }

}  // namespace vigie::gui
