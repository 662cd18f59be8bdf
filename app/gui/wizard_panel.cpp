#include "wizard_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/gauge.h>
#include <wx/hyperlink.h>
#include <wx/intl.h>
#include <wx/tooltip.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "escape_keys.h"
#include "finish_dialog.h"
#include "review/presentation.h"
#include "item_row.h"
#include "review_session.h"
#include "step_list.h"
#include "step_page.h"
#include "wx_text.h"

namespace vigie::gui {

WizardPanel::WizardPanel(wxWindow* parent, ReviewSession& session, const Wizard& wizard, std::size_t step,
                         std::function<void(bool finished)> closed)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "wizard_panel"),
      session_(session),
      wizard_(wizard),
      closed_(std::move(closed)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(createHeader(), wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    sizer->Add(createBody(), wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    sizer->Add(createButtons(), wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    SetSizer(sizer);
    Bind(wxEVT_CHAR_HOOK, &WizardPanel::onCharHook, this);
    showStep(std::min(step, wizard_.steps.empty() ? 0 : wizard_.steps.size() - 1));
}

wxSizer* WizardPanel::createHeader() {
    auto* header = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, wxControl::EscapeMnemonics(session_.text(wizard_.title)),
                                   wxDefaultPosition, wxDefaultSize, 0, "wizard_title");
    title->SetFont(title->GetFont().Larger().Larger().Bold());
    header->Add(title, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));

    auto* progress = new wxBoxSizer(wxHORIZONTAL);
    position_ = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0, "wizard_position");
    progress->Add(position_, wxSizerFlags().CenterVertical());
    progress->AddSpacer(FromDIP(24));
    gauge_ = new wxGauge(this, wxID_ANY, 1, wxDefaultPosition, wxSize(FromDIP(160), -1), wxGA_HORIZONTAL,
                         wxDefaultValidator, "wizard_gauge");
    progress->Add(gauge_, wxSizerFlags().CenterVertical());
    itemsDone_ =
        new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0, "wizard_items_done");
    progress->Add(itemsDone_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(8)));
    header->Add(progress, wxSizerFlags().Expand());
    return header;
}

wxSizer* WizardPanel::createBody() {
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    steps_ = new StepList(this, session_, wizard_, [this](std::size_t step) { showStep(step); });
    body->Add(steps_, wxSizerFlags().Expand().Border(wxRIGHT, FromDIP(10)));

    book_ = new wxSimplebook(this, wxID_ANY);
    book_->SetName("step_book");
    for (const Step& step : wizard_.steps)
        book_->AddPage(new StepPage(book_, session_, step, [this] { updateProgress(); }), wxString());
    body->Add(book_, wxSizerFlags(1).Expand());
    return body;
}

wxSizer* WizardPanel::createButtons() {
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* close = new wxButton(this, wxID_ANY, _("&Close"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                               "wizard_close");
    close->SetToolTip(_("Back to the overview. Your answers are already saved."));
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { closed_(false); });
    buttons->Add(close);
    buttons->AddStretchSpacer();
    back_ = new wxButton(this, wxID_ANY, _("< &Back"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                         "wizard_back");
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (current_ > 0) showStep(current_ - 1);
    });
    next_ = new wxButton(this, wxID_ANY, _("&Next >"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                         "wizard_next");
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (current_ + 1 < wizard_.steps.size()) showStep(current_ + 1);
    });
    finish_ = new wxButton(this, wxID_ANY, _("F&inish"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           "wizard_finish");
    finish_->SetToolTip(_("See what this review holds, then record it as done today."));
    finish_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { finish(); });
    for (wxButton* button : {back_, next_, finish_}) buttons->Add(button, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    return buttons;
}

void WizardPanel::showStep(std::size_t step) {
    if (step >= wizard_.steps.size()) return;
    const bool focusWasOnPage = book_->GetCurrentPage() && wxWindow::FindFocus() &&
                                book_->GetCurrentPage()->IsDescendant(wxWindow::FindFocus());
    current_ = step;
    book_->ChangeSelection(step);
    static_cast<StepPage*>(book_->GetPage(step))->relayout();
    steps_->select(step);
    updateButtons();
    updateProgress();
    // The previous page is hidden now; focus must not stay on one of its controls.
    if (focusWasOnPage) focusDefaultButton();
}

// Focusing the page would scroll its first link into view and the title out of it; from the
// default button, Enter goes on and Tab reaches the step's controls.
void WizardPanel::focusDefaultButton() { (next_->IsEnabled() ? next_ : finish_)->SetFocus(); }

void WizardPanel::updateButtons() {
    const bool last = current_ + 1 >= wizard_.steps.size();
    if (last && wxWindow::FindFocus() == next_) finish_->SetFocus();
    back_->Enable(current_ > 0);
    next_->Enable(!last);
    (last ? finish_ : next_)->SetDefault();
}

void WizardPanel::updateProgress() {
    const WizardProgress progress = session_.profile().progress(wizard_);
    position_->SetLabel(formatText(_("Step {} of {}"), current_ + 1, wizard_.steps.size()));
    itemsDone_->SetLabel(toWx(doneCountText(session_.translator(), progress)));
    gauge_->SetRange(std::max<int>(1, static_cast<int>(progress.total)));
    gauge_->SetValue(static_cast<int>(progress.done));
    steps_->update();
    Layout();
}

// The pass is recorded only once the user has seen what it holds and confirmed (finish_dialog.h).
void WizardPanel::finish() {
    if (!confirmFinish(this, session_, wizard_)) return;
    session_.completePass(wizard_);
    closed_(true);
}

// Escape closes the innermost thing: an open calendar or list closes itself, a note being typed is
// cancelled, and only then does the wizard close (escape_keys.h).
void WizardPanel::escape(wxKeyEvent& event) {
    if (popupOpenWithin(this)) {
        event.Skip();
        return;
    }
    if (!cancelEditAtFocus(this)) closed_(false);
}

// Controls that give Enter a meaning of their own keep it; elsewhere Enter means Next.
bool WizardPanel::enterBelongsToFocus() const {
    for (wxWindow* focus = wxWindow::FindFocus(); focus && focus != this; focus = focus->GetParent()) {
        if (dynamic_cast<StatusButton*>(focus)) return false;  // like the checkbox it stands for
        if (auto* text = dynamic_cast<wxTextCtrl*>(focus); text && text->IsMultiLine()) return true;
        if (dynamic_cast<wxAnyButton*>(focus) || dynamic_cast<wxHyperlinkCtrl*>(focus) ||
            dynamic_cast<wxChoice*>(focus) || dynamic_cast<wxDatePickerCtrl*>(focus) ||
            dynamic_cast<wxDataViewCtrl*>(focus))
            return true;
    }
    return false;
}

void WizardPanel::onCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const int modifiers = event.GetModifiers();
    const bool previous =
        (modifiers == wxMOD_ALT && key == WXK_LEFT) || (modifiers == wxMOD_CONTROL && key == WXK_PAGEUP);
    const bool following =
        (modifiers == wxMOD_ALT && key == WXK_RIGHT) || (modifiers == wxMOD_CONTROL && key == WXK_PAGEDOWN);
    if (key == WXK_ESCAPE && modifiers == wxMOD_NONE)
        escape(event);
    else if (previous)
        showStep(current_ > 0 ? current_ - 1 : 0);
    else if (following)
        showStep(current_ + 1);
    else if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && modifiers == wxMOD_NONE && !enterBelongsToFocus())
        next_->IsEnabled() ? showStep(current_ + 1) : finish();
    else
        event.Skip();
}

}  // namespace vigie::gui
