// The steps of a wizard beside its pages: one row per step, its state's icon (a tick, a warning,
// an empty circle: status_icons.h) and two lines, the numbered title and the state in words
// ("Needs attention · 1 of 3 done", from review/checklist_state.h), which a screen reader reads
// with the title. The list has one width in every wizard and language (kWidth); a title longer
// than its line ends in "…", with the whole title as the row's tooltip. A native GtkTreeView
// (wxDataViewListCtrl), so it is announced as a list and moved through with the arrows.
#pragma once

#include <functional>
#include <vector>

#include <wx/dataview.h>

#include "definitions/definitions.h"

namespace vigie::gui {

class ReviewSession;

class StepList : public wxDataViewListCtrl {
public:
    // The list's width in DIPs, whatever the wizard and the language.
    static constexpr int kWidth = 260;

    // `chosen` runs when the user picks a step.
    StepList(wxWindow* parent, ReviewSession& session, const Wizard& wizard, std::function<void(std::size_t)> chosen);
    ~StepList() override;

    // Follows the items' statuses; cheap when nothing changed.
    void update();
    void select(std::size_t step);
    std::size_t count() const { return titles_.size(); }

    // What row `step` shows: its title line (ended by "…" when shortened), its state line, and
    // its tooltip (the whole title and the state).
    wxString shownTitle(std::size_t step) const;
    wxString stateLine(std::size_t step) const;
    wxString tooltip(std::size_t step) const;

private:
    wxString fullTitle(std::size_t step) const;
    int titleWidth() const;

    ReviewSession& session_;
    const Wizard& wizard_;
    std::function<void(std::size_t)> chosen_;
    std::vector<wxString> titles_;  // as shown
    std::vector<wxString> states_;
    std::vector<int> icons_;  // StepState as shown, -1 before the first update
    unsigned long tooltipHandler_ = 0;
};

}  // namespace vigie::gui
