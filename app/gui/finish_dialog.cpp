#include "finish_dialog.h"

#include <algorithm>
#include <map>

#include <gtk/gtk.h>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "review/presentation.h"
#include "review_session.h"
#include "scrolled_page.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

// A symbol beside each group's heading, so a group never reads by colour alone.
const char* symbolOf(GapGroup group) {
    switch (group) {
        case GapGroup::Attention:
            return "\u26A0";  // warning sign
        case GapGroup::Done:
            return "\u2713";  // check mark
        case GapGroup::ToDo:
            break;
    }
    return "\u25CB";  // white circle
}

const char* nameOf(GapGroup group) {
    switch (group) {
        case GapGroup::Attention:
            return "attention";
        case GapGroup::Done:
            return "done";
        case GapGroup::ToDo:
            break;
    }
    return "todo";
}

// GNOME's "suggested action" look (a coloured button) for the one action the dialog suggests.
void markSuggested(wxButton* button) {
    if (GtkWidget* widget = button->GetHandle())
        gtk_style_context_add_class(gtk_widget_get_style_context(widget), "suggested-action");
}

class FinishDialog : public wxDialog {
public:
    FinishDialog(wxWindow* parent, const ReviewSession& session, const Wizard& wizard)
        : wxDialog(parent, wxID_ANY, formatText(_("Finish “{}”"), session.text(wizard.title)), wxDefaultPosition,
                   wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "finish_dialog"),
          session_(session),
          wizard_(wizard),
          gaps_(reviewGaps(wizard, session.profile())) {
        for (const Step& step : wizard.steps)
            for (const Item& item : step.items) stepOf_[&item] = &step;
        const int gap = FromDIP(12);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        const Translator& tr = session.translator();
        auto* summary = new WrappedText(this, toWx(reviewGapsText(tr, gaps_)), "finish_summary");
        summary->SetFont(summary->GetFont().Larger().Bold());
        sizer->Add(summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        auto* consequence = new WrappedText(this, toWx(finishConsequenceText(tr, gaps_, session.profile(), now())),
                                            "finish_consequence");
        sizer->Add(consequence, wxSizerFlags().Expand().Border(wxALL, gap));
        sizer->Add(createGroups(), wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
        sizer->Add(createButtons(), wxSizerFlags().Expand().Border(wxALL, gap));
        SetSizer(sizer);
        fitToParent(parent);
    }

private:
    // The groups scroll: a first pass leaves most of a long wizard still to do.
    wxWindow* createGroups() {
        page_ = new ScrolledPage(this, "finish_items");
        auto* column = new wxBoxSizer(wxVERTICAL);
        for (GapGroup group : {GapGroup::Attention, GapGroup::ToDo, GapGroup::Done}) addGroup(column, group);
        auto* outer = new wxBoxSizer(wxVERTICAL);
        outer->Add(column, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
        page_->SetSizer(outer);
        return page_;
    }

    void addGroup(wxSizer* into, GapGroup group) {
        const std::vector<const Item*>& items = itemsOf(gaps_, group);
        if (items.empty()) return;
        auto* heading = new wxBoxSizer(wxHORIZONTAL);
        auto* symbol = new wxStaticText(page_, wxID_ANY, wxString::FromUTF8(symbolOf(group)));
        auto* title = new WrappedText(page_, toWx(gapGroupHeading(session_.translator(), group, items.size())),
                                      wxString("finish_heading_") + nameOf(group));
        for (wxWindow* part : std::initializer_list<wxWindow*>{symbol, title}) {
            part->SetFont(part->GetFont().Larger().Bold());
            if (group == GapGroup::Attention) part->SetForegroundColour(attentionColour());
        }
        heading->Add(symbol, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
        heading->Add(title, wxSizerFlags(1));
        if (!into->IsEmpty()) into->AddSpacer(FromDIP(14));
        into->Add(heading, wxSizerFlags().Expand());
        const Step* shownStep = nullptr;
        wxString lines;
        for (const Item* item : items) {
            const Step* step = stepOf_.at(item);
            if (step != shownStep) {
                flush(into, lines, group);
                addStepTitle(into, *step);
                shownStep = step;
            }
            lines += (lines.empty() ? "" : "\n") + wxString::FromUTF8("\u2022 ") + session_.text(item->label);
        }
        flush(into, lines, group);
    }

    void addStepTitle(wxSizer* into, const Step& step) {
        const auto index = static_cast<std::size_t>(&step - wizard_.steps.data());
        auto* text = new WrappedText(page_, formatText(_("Step {}: {}"), index + 1, session_.text(step.title)));
        text->SetFont(text->GetFont().Bold());
        into->AddSpacer(FromDIP(6));
        into->Add(text, wxSizerFlags().Expand().Border(wxLEFT, FromDIP(12)));
    }

    // One label per step and group: a list of fifty labels in a GTK scrolled window is slow to lay out.
    void flush(wxSizer* into, wxString& lines, GapGroup group) {
        if (lines.empty()) return;
        into->AddSpacer(FromDIP(2));
        into->Add(new WrappedText(page_, lines, wxString("finish_items_") + nameOf(group)),
                  wxSizerFlags().Expand().Border(wxLEFT, FromDIP(24)));
        lines.clear();
    }

    static wxColour attentionColour() {
        // Dark amber on a light theme, light amber on a dark one: readable either way.
        const bool dark = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW).GetLuminance() < 0.5;
        return dark ? wxColour(0xF5, 0xC2, 0x11) : wxColour(0x9C, 0x4A, 0x00);
    }

    // "Keep reviewing" on the left, the suggested action on the right, as GNOME places them;
    // Escape keeps reviewing. No stock ids: GTK would label them in the desktop's language.
    wxSizer* createButtons() {
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        auto* keep = new wxButton(this, wxID_ANY, _("&Keep reviewing"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "finish_keep");
        keep->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); });
        SetEscapeId(keep->GetId());
        auto* record = new wxButton(this, wxID_ANY, _("&Record the review"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "finish_record");
        record->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_OK); });
        record->SetDefault();
        markSuggested(record);
        buttons->Add(keep);
        buttons->AddStretchSpacer();
        buttons->Add(record);
        record->SetFocus();
        return buttons;
    }

    // Wide enough for item titles on one line, as tall as the list up to the window it comes
    // from, never larger than that window.
    void fitToParent(wxWindow* parent) {
        const wxSize room = parent ? wxGetTopLevelParent(parent)->GetSize() : wxSize(FromDIP(900), FromDIP(700));
        const int width = std::min(FromDIP(640), room.x - FromDIP(40));
        const int tallest = std::min(FromDIP(640), room.y - FromDIP(60));
        SetSize(wxSize(width, tallest));
        relayoutAll();
        const int wanted = GetSize().y - page_->GetClientSize().y + page_->GetSizer()->GetMinSize().y;
        SetSize(wxSize(width, std::clamp(wanted, std::min(FromDIP(300), tallest), tallest)));
        SetMinSize(wxSize(std::min(FromDIP(360), width), std::min(FromDIP(300), tallest)));
        relayoutAll();
        CentreOnParent();
        Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            event.Skip();
            CallAfter([this] { relayoutAll(); });
        });
    }

    // The texts above the list wrap to the dialog's width, those in it to the list's.
    void relayoutAll() {
        Layout();
        if (rewrapAll(this)) Layout();
        page_->relayout();
    }

    const ReviewSession& session_;
    const Wizard& wizard_;
    ReviewGaps gaps_;
    std::map<const Item*, const Step*> stepOf_;
    ScrolledPage* page_ = nullptr;
};

}  // namespace

bool confirmFinish(wxWindow* parent, const ReviewSession& session, const Wizard& wizard) {
    FinishDialog dialog(parent, session, wizard);
    return dialog.ShowModal() == wxID_OK;
}

}  // namespace vigie::gui
