#include "step_list.h"

#include <gtk/gtk.h>
#include <wx/dcclient.h>
#include <wx/intl.h>

#include "review/checklist_state.h"
#include "review_session.h"
#include "status_icons.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

// GTK asks for the tooltip of the row under the pointer (or the focused row, from the keyboard).
gboolean onQueryTooltip(GtkWidget* widget, gint x, gint y, gboolean keyboard, GtkTooltip* tooltip, gpointer data) {
    auto* list = static_cast<StepList*>(data);
    GtkTreeView* view = GTK_TREE_VIEW(widget);
    GtkTreeModel* model = nullptr;
    GtkTreePath* path = nullptr;
    if (!gtk_tree_view_get_tooltip_context(view, &x, &y, keyboard, &model, &path, nullptr)) return FALSE;
    const gint* indices = gtk_tree_path_get_indices(path);
    const int row = indices ? indices[0] : -1;
    gboolean shown = FALSE;
    if (row >= 0 && static_cast<std::size_t>(row) < list->count()) {
        gtk_tooltip_set_text(tooltip, list->tooltip(static_cast<std::size_t>(row)).utf8_str());
        gtk_tree_view_set_tooltip_row(view, tooltip, path);
        shown = TRUE;
    }
    gtk_tree_path_free(path);
    return shown;
}

// `text`, or its longest beginning that fits `width` with "…" after it (wxControl::Ellipsize
// writes three dots), cut after a whole word when one ends near enough.
wxString shortened(wxDC& dc, const wxString& text, int width) {
    if (dc.GetTextExtent(text).x <= width) return text;
    const wxString ellipsis = wxString::FromUTF8("\u2026");
    std::size_t fits = 0;
    for (std::size_t low = 0, high = text.length(); low <= high && high > 0;) {
        const std::size_t middle = (low + high) / 2;
        if (dc.GetTextExtent(text.Left(middle).Strip(wxString::trailing) + ellipsis).x <= width) {
            fits = middle;
            low = middle + 1;
        } else {
            if (middle == 0) break;
            high = middle - 1;
        }
    }
    wxString kept = text.Left(fits);
    if (const int space = kept.Find(' ', true); space != wxNOT_FOUND && kept.length() - space < 8) kept.Truncate(space);
    return kept.Strip(wxString::trailing) + ellipsis;
}

}  // namespace

StepList::StepList(wxWindow* parent, ReviewSession& session, const Wizard& wizard,
                   std::function<void(std::size_t)> chosen)
    : wxDataViewListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                         wxDV_SINGLE | wxDV_NO_HEADER | wxDV_VARIABLE_LINE_HEIGHT, wxDefaultValidator),
      session_(session),
      wizard_(wizard),
      chosen_(std::move(chosen)) {
    SetName("step_list");
    const int width = FromDIP(kWidth);
    SetMinSize(wxSize(width, -1));
    SetMaxSize(wxSize(width, -1));
    wxDataViewColumn* column =
        AppendIconTextColumn(_("Steps"), wxDATAVIEW_CELL_INERT, width - FromDIP(8), wxALIGN_LEFT, 0);
    // The title line is shortened here (so what is shown is known); GTK shortens any line still
    // too long rather than cutting it.
    column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    for (std::size_t i = 0; i < wizard_.steps.size(); ++i) {
        wxVector<wxVariant> values;
        values.push_back(wxVariant(wxDataViewIconText()));
        AppendItem(values);
    }
    titles_.resize(wizard_.steps.size());
    states_.resize(wizard_.steps.size());
    icons_.assign(wizard_.steps.size(), -1);
    Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        const int row = GetSelectedRow();
        if (row != wxNOT_FOUND) chosen_(static_cast<std::size_t>(row));
    });
    GtkWidget* view = GtkGetTreeView();
    gtk_widget_set_has_tooltip(view, TRUE);
    tooltipHandler_ = g_signal_connect(view, "query-tooltip", G_CALLBACK(onQueryTooltip), this);
    update();
}

StepList::~StepList() {
    if (tooltipHandler_) g_signal_handler_disconnect(GtkGetTreeView(), tooltipHandler_);
}

wxString StepList::fullTitle(std::size_t step) const {
    return wxString::Format("%zu. ", step + 1) + session_.text(wizard_.steps[step].title);
}

// The column less the icon, the gap after it and the cell's padding.
int StepList::titleWidth() const { return FromDIP(kWidth) - FromDIP(16 + 6 + 24); }

void StepList::update() {
    wxClientDC dc(this);
    dc.SetFont(GetFont());
    for (std::size_t i = 0; i < wizard_.steps.size(); ++i) {
        const Step& step = wizard_.steps[i];
        const StepState state = stepState(step, session_.profile());
        const wxString title = shortened(dc, fullTitle(i), titleWidth());
        const wxString words = toWx(stepStateText(session_.translator(), step, session_.profile()));
        if (title == titles_[i] && words == states_[i] && icons_[i] == static_cast<int>(state)) continue;
        titles_[i] = title;
        states_[i] = words;
        icons_[i] = static_cast<int>(state);
        const wxDataViewIconText value(title + "\n" + words, stepStateIcon(state).GetIconFor(this));
        wxVariant variant;
        variant << value;
        SetValue(variant, static_cast<unsigned>(i), 0);
    }
}

void StepList::select(std::size_t step) {
    if (step < count() && GetSelectedRow() != static_cast<int>(step)) SelectRow(static_cast<unsigned>(step));
    if (step < count()) EnsureVisible(RowToItem(static_cast<int>(step)));
}

wxString StepList::shownTitle(std::size_t step) const { return step < count() ? titles_[step] : wxString(); }

wxString StepList::stateLine(std::size_t step) const { return step < count() ? states_[step] : wxString(); }

wxString StepList::tooltip(std::size_t step) const {
    return step < count() ? fullTitle(step) + "\n" + states_[step] : wxString();
}

}  // namespace vigie::gui
