#include "profile_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stockitem.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "definitions/links.h"
#include "platform/text_hygiene.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

class ProfileDialog : public wxDialog {
public:
    ProfileDialog(wxWindow* parent, const ReviewSession& session, const ProfileFields& initial, std::string profileId)
        : wxDialog(parent, wxID_ANY, profileId.empty() ? _("New profile") : _("Edit profile"), wxDefaultPosition,
                   wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "profile_dialog"),
          session_(session),
          profileId_(std::move(profileId)) {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(createFields(initial), wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
        problem_ =
            new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, 0, "profile_problem");
        sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
        sizer->Add(createButtons(), wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
        SetSizerAndFit(sizer);
        SetMinSize(wxSize(FromDIP(420), GetSize().y));
        label_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { validate(); });
        nic_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { validate(); });
        validate();
        label_->SetFocus();
        label_->SelectAll();
    }

    ProfileFields fields() const {
        ProfileFields fields;
        fields.label = trimmed(label_);
        fields.nic = trimmed(nic_);
        fields.region = allRegions().at(static_cast<std::size_t>(region_->GetSelection()));
        fields.reviewPeriodMonths = period_->GetValue();
        return fields;
    }

private:
    static std::string trimmed(const wxTextCtrl* text) {
        wxString value = text->GetValue();
        return toUtf8(value.Trim(true).Trim(false));
    }

    wxSizer* createFields(const ProfileFields& initial) {
        auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(10), FromDIP(8)));
        grid->AddGrowableCol(1);
        label_ = new wxTextCtrl(this, wxID_ANY, toWx(initial.label), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "profile_label");
        label_->SetHint(_("For example: Personal account"));
        addRow(grid, _("&Name:"), label_);
        nic_ = new wxTextCtrl(this, wxID_ANY, toWx(initial.nic), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "profile_nic");
        nic_->SetHint(_("For example: ab12345-ovh"));
        addRow(grid, _("NIC &handle (optional):"), nic_);
        region_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                               "profile_region");
        for (Region region : allRegions()) {
            region_->Append(session_.text(regionName(region)));
            if (region == initial.region) region_->SetSelection(static_cast<int>(region_->GetCount()) - 1);
        }
        addRow(grid, _("&Region:"), region_);
        period_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                                 kMinReviewPeriodMonths, kMaxReviewPeriodMonths, initial.reviewPeriodMonths,
                                 "profile_period");
        addRow(grid, _("Review &period (months):"), period_);
        return grid;
    }

    // wxGTK draws a button whose label is the stock one with GTK's stock item, in the desktop's
    // language rather than Vigie's: give OK a label of its own and Cancel no stock id.
    wxSizer* createButtons() {
        auto* buttons = new wxStdDialogButtonSizer;
        auto* ok = new wxButton(this, wxID_OK, profileId_.empty() ? _("C&reate") : _("&Save"));
        ok->SetDefault();
        auto* cancel = new wxButton(this, wxID_ANY, wxGetStockLabel(wxID_CANCEL), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "profile_cancel");
        SetEscapeId(cancel->GetId());
        buttons->SetAffirmativeButton(ok);
        buttons->SetCancelButton(cancel);
        buttons->Realize();
        return buttons;
    }

    void addRow(wxFlexGridSizer* grid, const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(control, wxSizerFlags().Expand().CenterVertical());
    }

    // What a valid profile is, the core decides (profileProblem): the command line selects
    // profiles by name, NIC handle or id, so none may name two profiles.
    void validate() {
        const UserMessage problemMessage = profileProblem(session_.state(), fields(), profileId_);
        const wxString problem = problemMessage.empty() ? wxString() : translated(problemMessage);
        problem_->SetLabel(problem);
        if (wxWindow* ok = FindWindow(wxID_OK)) ok->Enable(problem.empty());
        Layout();
    }

    const ReviewSession& session_;
    std::string profileId_;
    wxTextCtrl* label_ = nullptr;
    wxTextCtrl* nic_ = nullptr;
    wxChoice* region_ = nullptr;
    wxSpinCtrl* period_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace

std::optional<ProfileFields> editProfile(wxWindow* parent, const ReviewSession& session, const ProfileFields& initial,
                                         const std::string& profileId) {
    ProfileDialog dialog(parent, session, initial, profileId);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.fields();
}

}  // namespace vigie::gui
