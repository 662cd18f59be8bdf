#include "export_dialog.h"

#include <cmath>
#include <memory>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/stockitem.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "export_task.h"
#include "language.h"
#include "review_session.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

using Format = ExportOptions::Format;

// Long enough to recognise the profile, short enough for a file name in a mail.
constexpr std::size_t kMaxNameFromProfile = 40;

ExportWrittenHandler& writtenHandler() {
    static ExportWrittenHandler handler;
    return handler;
}

// Where the last record of this run went: a second export usually goes next to the first.
wxString& lastFolder() {
    static wxString folder;
    return folder;
}

wxString defaultFolder() { return lastFolder().empty() ? wxStandardPaths::Get().GetDocumentsDir() : lastFolder(); }

// A stock button's label from wx's catalog, which follows the language chosen in Vigie. With the
// stock id itself, wxGTK draws GTK's stock button, labelled in the desktop's language instead.
wxString stockLabel(int id) { return wxGetStockLabel(id); }

wxString extensionOf(Format format) { return format == Format::Pdf ? "pdf" : "html"; }

// The format a file name's extension names, if any.
std::optional<Format> formatOfPath(const wxString& path) {
    const wxString extension = wxFileName(path).GetExt();
    return extension.empty() ? std::nullopt : parseExportFormat(toUtf8(extension));
}

// "Mon compte (perso)" becomes "mon-compte-perso": a name that needs no quoting anywhere.
wxString fileNamePart(const wxString& label) {
    wxString part;
    bool separator = false;
    for (wxUniChar c : label.Lower()) {
        if (!wxIsalnum(c)) {
            separator = true;
            continue;
        }
        if (part.length() >= kMaxNameFromProfile) break;
        if (separator && !part.empty()) part += '-';
        part += c;
        separator = false;
    }
    return part;
}

// vigie-<profile>-<date>.<format>
wxString defaultFileName(const Profile& profile, Format format) {
    const wxString part = fileNamePart(toWx(profile.label));
    return "vigie-" + (part.empty() ? wxString() : part + "-") + localDate(now()) + "." + extensionOf(format);
}

// The default after a record is written: open it, or the folder it is in, or nothing.
void offerToOpen(wxWindow* parent, const std::string& path) {
    const wxString file = toWx(path);
    wxMessageDialog dialog(parent, _("The record is saved."), _("Export record"),
                           wxYES_NO | wxCANCEL | wxICON_INFORMATION);
    dialog.SetExtendedMessage(file);
    dialog.SetYesNoCancelLabels(_("&Open the record"), _("Open the &folder"), stockLabel(wxID_CLOSE));
    const int answer = dialog.ShowModal();
    if (answer != wxID_YES && answer != wxID_NO) return;
    const wxString target = answer == wxID_YES ? file : wxFileName(file).GetPath();
    if (!wxLaunchDefaultApplication(target))
        wxMessageBox(formatText(_("No application is set up to open {}."), target), _("Export record"),
                     wxOK | wxICON_WARNING, parent);
}

class ExportDialog : public wxDialog {
public:
    ExportDialog(wxWindow* parent, ReviewSession& session);

    // The file written, once the dialog has closed after a successful export; empty otherwise.
    const std::string& writtenPath() const { return writtenPath_; }

private:
    wxSizer* createWizardList();
    wxSizer* createOptions();
    wxSizer* createDestination(wxFlexGridSizer* grid);
    wxSizer* createProgress();
    wxSizer* createButtons();
    void bindEvents();

    Format format() const { return html_->GetValue() ? Format::Html : Format::Pdf; }
    std::vector<std::string> checkedWizards() const;
    ExportOptions options() const;
    wxString problemWithChoices() const;
    wxString resolvedPath() const;
    void updateControls();

    void onFormatChosen();
    void onPathEdited();
    void onChoose();
    void onExport();
    void onCancel();
    void onClose(wxCloseEvent& event);
    void onDone(const ExportOutcome& outcome);
    void reportFailure(const ExportOutcome& outcome);
    bool confirmReplace(const wxString& path);

    const ReviewSession& session_;
    // A copy the worker shares: the session's may change (or go) while an export runs.
    std::shared_ptr<const Catalog> catalog_;
    std::vector<std::string> wizardIds_;  // in the order of the list
    wxCheckListBox* wizards_ = nullptr;
    wxRadioButton* filled_ = nullptr;
    wxCheckBox* notes_ = nullptr;
    wxCheckBox* guidance_ = nullptr;
    wxRadioButton* blank_ = nullptr;
    wxRadioButton* pdf_ = nullptr;
    wxRadioButton* html_ = nullptr;
    wxChoice* language_ = nullptr;
    wxTextCtrl* path_ = nullptr;
    wxButton* choose_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* export_ = nullptr;
    wxButton* cancel_ = nullptr;

    std::unique_ptr<ExportTask> task_;
    wxString outcomeText_;  // what became of the last attempt, until the next one
    wxString confirmedPath_;  // the file dialog already asked whether to replace this one
    std::string writtenPath_;
    bool closeWhenStopped_ = false;
};

ExportDialog::ExportDialog(wxWindow* parent, ReviewSession& session)
    : wxDialog(parent, wxID_ANY, _("Export record"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "export_dialog"),
      session_(session),
      catalog_(std::make_shared<const Catalog>(session.catalog())) {
    const int gap = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // Created in tab order: the wizards, what to put in the record, where to save it.
    sizer->Add(createWizardList(), wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(createOptions(), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(createProgress(), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(createButtons(), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());
    bindEvents();
    updateControls();
    wizards_->SetFocus();
}

wxSizer* ExportDialog::createWizardList() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    // Each label created just before its control: wxGTK makes its mnemonic and accessible name
    // point at that control.
    column->Add(new wxStaticText(this, wxID_ANY, _("&Wizards to include:")),
                wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    wizards_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                                  "export_wizards");
    for (const Wizard& wizard : catalog_->definitions.wizards) {
        wizards_->Check(static_cast<unsigned>(wizards_->Append(session_.text(wizard.title))));
        wizardIds_.push_back(wizard.id);
    }
    column->Add(wizards_, wxSizerFlags(1).Expand());
    return column;
}

wxSizer* ExportDialog::createOptions() {
    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(8)));
    grid->AddGrowableCol(1);
    const wxSizerFlags label = wxSizerFlags().Right();
    const wxSizerFlags labelBeforeField = wxSizerFlags().Right().CenterVertical();

    grid->Add(new wxStaticText(this, wxID_ANY, _("Profile:")), label);
    grid->Add(new wxStaticText(this, wxID_ANY, toWx(session_.profile().label), wxDefaultPosition, wxDefaultSize,
                               wxST_ELLIPSIZE_END, "export_profile"),
              wxSizerFlags().Expand());

    grid->Add(new wxStaticText(this, wxID_ANY, _("Contents:")), label);
    auto* contents = new wxBoxSizer(wxVERTICAL);
    filled_ = new wxRadioButton(this, wxID_ANY, _("&Filled record: your answers and their dates"), wxDefaultPosition,
                                wxDefaultSize, wxRB_GROUP, wxDefaultValidator, "export_filled");
    // Between the two radio buttons in tab order, since it belongs to the first.
    notes_ = new wxCheckBox(this, wxID_ANY, _("Include my &notes"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "export_notes");
    notes_->SetValue(true);
    blank_ = new wxRadioButton(this, wxID_ANY, _("&Blank checklist, to print and fill in by hand"), wxDefaultPosition,
                               wxDefaultSize, 0, wxDefaultValidator, "export_blank");
    guidance_ = new wxCheckBox(this, wxID_ANY, _("With the &guidance: every explanation, tip and warning of each step"),
                               wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "export_guidance");
    contents->Add(filled_);
    contents->Add(notes_, wxSizerFlags().Border(wxLEFT, FromDIP(24)).Border(wxTOP, FromDIP(4)));
    contents->Add(blank_, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    contents->Add(guidance_, wxSizerFlags().Border(wxTOP, FromDIP(8)));
    grid->Add(contents, wxSizerFlags().Expand());

    grid->Add(new wxStaticText(this, wxID_ANY, _("Format:")), label);
    auto* formats = new wxBoxSizer(wxVERTICAL);
    pdf_ = new wxRadioButton(this, wxID_ANY, _("&PDF, to print or to file away"), wxDefaultPosition, wxDefaultSize,
                             wxRB_GROUP, wxDefaultValidator, "export_pdf");
    html_ = new wxRadioButton(this, wxID_ANY, _("&HTML, to read in a web browser"), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "export_html");
    formats->Add(pdf_);
    formats->Add(html_, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    grid->Add(formats, wxSizerFlags().Expand());

    grid->Add(new wxStaticText(this, wxID_ANY, _("&Language:")), labelBeforeField);
    language_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                             "export_language");
    // Each language in its own name, as in the View menu; the UI's language first selected.
    for (Language language : supportedLanguages()) {
        const int index = language_->Append(languageName(language));
        if (language == session_.language()) language_->SetSelection(index);
    }
    grid->Add(language_, wxSizerFlags().CenterVertical());
    return createDestination(grid);
}

wxSizer* ExportDialog::createDestination(wxFlexGridSizer* grid) {
    grid->Add(new wxStaticText(this, wxID_ANY, _("Save &as:")), wxSizerFlags().Right().CenterVertical());
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    const wxString path = wxFileName(defaultFolder(), defaultFileName(session_.profile(), Format::Pdf)).GetFullPath();
    path_ =
        new wxTextCtrl(this, wxID_ANY, path, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "export_path");
    // Wide enough for a typical home folder path and the default name without scrolling.
    path_->SetMinSize(wxSize(FromDIP(340), -1));
    row->Add(path_, wxSizerFlags(1).CenterVertical());
    choose_ = new wxButton(this, wxID_ANY, _("Ch&oose…"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           "export_choose");
    row->Add(choose_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(6)));
    grid->Add(row, wxSizerFlags().Expand());
    return grid;
}

wxSizer* ExportDialog::createProgress() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, wxDefaultSize, wxGA_HORIZONTAL | wxGA_SMOOTH,
                         wxDefaultValidator, "export_gauge");
    // Shown only while an export runs; its place is kept so the dialog does not jump.
    column->Add(gauge_, wxSizerFlags().Expand().ReserveSpaceEvenIfHidden());
    gauge_->Hide();
    status_ = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END,
                               "export_status");
    column->Add(status_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    return column;
}

wxSizer* ExportDialog::createButtons() {
    auto* buttons = new wxStdDialogButtonSizer;
    // Enter exports, Escape cancels, in the platform's button order.
    export_ = new wxButton(this, wxID_OK, _("&Export"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           "export_start");
    export_->SetDefault();
    // Not wxID_CANCEL, for its label (see stockLabel); Escape and the close box still press it.
    cancel_ = new wxButton(this, wxID_ANY, stockLabel(wxID_CANCEL), wxDefaultPosition, wxDefaultSize, 0,
                           wxDefaultValidator, "export_cancel");
    SetEscapeId(cancel_->GetId());
    buttons->SetAffirmativeButton(export_);
    buttons->SetCancelButton(cancel_);
    buttons->Realize();
    return buttons;
}

void ExportDialog::bindEvents() {
    wizards_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { updateControls(); });
    // The guidance is the blank checklist's default (it is then read on its own) and the filled
    // record's exception; choosing a kind sets it, and the user may still change it.
    for (wxRadioButton* kind : {filled_, blank_})
        kind->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
            guidance_->SetValue(blank_->GetValue());
            updateControls();
        });
    for (wxRadioButton* format : {pdf_, html_})
        format->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { onFormatChosen(); });
    path_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { onPathEdited(); });
    choose_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onChoose(); });
    // Bound on the buttons, so wxDialog's own OK and Cancel handling (which would close) never runs.
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onExport(); });
    cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onCancel(); });
    Bind(wxEVT_CLOSE_WINDOW, &ExportDialog::onClose, this);
}

std::vector<std::string> ExportDialog::checkedWizards() const {
    std::vector<std::string> ids;
    for (unsigned i = 0; i < wizards_->GetCount(); ++i)
        if (wizards_->IsChecked(i)) ids.push_back(wizardIds_.at(i));
    return ids;
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    options.format = format();
    options.language = supportedLanguages().at(static_cast<std::size_t>(language_->GetSelection()));
    options.wizardIds = checkedWizards();
    options.includeNotes = notes_->GetValue();
    options.blank = blank_->GetValue();
    options.withGuidance = guidance_->GetValue();
    return options;
}

// Why Export is disabled, or empty.
wxString ExportDialog::problemWithChoices() const {
    if (wizardIds_.empty()) return _("No wizard could be loaded: there is nothing to export.");
    if (checkedWizards().empty()) return _("Tick at least one wizard.");
    if (wxString(path_->GetValue()).Trim().empty()) return _("Choose where to save the record.");
    return {};
}

// The typed path made absolute (relative to the default folder, "~" expanded), the default name
// given to a folder, and the format's extension added to a name that has none of ours.
wxString ExportDialog::resolvedPath() const {
    wxString text = path_->GetValue();
    text.Trim(true).Trim(false);
    wxFileName name(text);
    name.Normalize(wxPATH_NORM_TILDE | wxPATH_NORM_ABSOLUTE | wxPATH_NORM_DOTS, defaultFolder());
    if (wxFileName::DirExists(name.GetFullPath())) name.AssignDir(name.GetFullPath());
    if (name.GetFullName().empty())
        name.SetFullName(defaultFileName(session_.profile(), format()));
    else if (!formatOfPath(name.GetFullName()))
        name.SetFullName(name.GetFullName() + "." + extensionOf(format()));
    return name.GetFullPath();
}

void ExportDialog::updateControls() {
    const bool busy = task_ != nullptr;
    for (wxWindow* control :
         std::initializer_list<wxWindow*>{wizards_, filled_, blank_, guidance_, pdf_, html_, language_, path_, choose_})
        control->Enable(!busy);
    // A blank checklist has no answers, so no notes either.
    notes_->Enable(!busy && filled_->GetValue());
    const wxString problem = busy ? wxString() : problemWithChoices();
    export_->Enable(!busy && problem.empty());
    gauge_->Show(busy);
    if (!busy) status_->SetLabel(problem.empty() ? outcomeText_ : problem);
}

// The file name follows the format: "record.pdf" becomes "record.html" and back.
void ExportDialog::onFormatChosen() {
    const wxString path = path_->GetValue();
    wxFileName name(path);
    if (!name.GetName().empty() && (name.GetExt().empty() || formatOfPath(path))) {
        name.SetExt(extensionOf(format()));
        path_->ChangeValue(name.GetFullPath());
    }
    updateControls();
}

// And the format follows a name typed with one of its extensions.
void ExportDialog::onPathEdited() {
    if (const auto typed = formatOfPath(path_->GetValue())) (*typed == Format::Html ? html_ : pdf_)->SetValue(true);
    updateControls();
}

void ExportDialog::onChoose() {
    const wxFileName current(resolvedPath());
    const wxString wildcard = _("PDF documents") + " (*.pdf)|*.pdf|" + _("HTML pages") + " (*.html;*.htm)|*.html;*.htm";
    wxFileDialog dialog(this, _("Save the record as"), current.GetPath(), current.GetFullName(), wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    dialog.SetFilterIndex(format() == Format::Pdf ? 0 : 1);
    wxString chosen = dialog.ShowModal() == wxID_OK ? dialog.GetPath() : wxString();
    if (chosen.empty()) return;
    if (formatOfPath(chosen))
        confirmedPath_ = chosen;  // asked by the file dialog; a name we extend below was not
    else
        chosen += "." + extensionOf(dialog.GetFilterIndex() == 1 ? Format::Html : Format::Pdf);
    path_->ChangeValue(chosen);
    onPathEdited();
}

bool ExportDialog::confirmReplace(const wxString& path) {
    // TRANSLATORS: the placeholders are a file name, then the folder it is in.
    wxMessageDialog ask(this,
                        formatText(_("A file named {} already exists. Replace it?"), wxFileName(path).GetFullName()),
                        _("Export record"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    ask.SetExtendedMessage(
        formatText(_("It is in {}. Replacing it overwrites its contents."), wxFileName(path).GetPath()));
    ask.SetYesNoLabels(_("&Replace"), stockLabel(wxID_CANCEL));
    return ask.ShowModal() == wxID_YES;
}

void ExportDialog::onExport() {
    if (task_ || !problemWithChoices().empty()) return;
    const wxString path = resolvedPath();
    path_->ChangeValue(path);
    if (wxFileName::FileExists(path) && path != confirmedPath_ && !confirmReplace(path)) return;
    ExportRequest request{catalog_, session_.profile(), options(), toUtf8(path)};
    task_ = std::make_unique<ExportTask>(
        std::move(request),
        [this](double fraction) { gauge_->SetValue(static_cast<int>(std::lround(fraction * 100))); },
        [this](const ExportOutcome& outcome) { onDone(outcome); });
    outcomeText_.clear();
    gauge_->SetValue(0);
    updateControls();
    status_->SetLabel(_("Writing the record…"));
    cancel_->SetFocus();  // the focused control was just disabled
}

// Cancel stops a running export and keeps the dialog open, so the choices can be changed and
// tried again; otherwise it closes the dialog.
void ExportDialog::onCancel() {
    if (task_)
        task_->cancel();
    else
        EndModal(wxID_CANCEL);
}

// The title bar's close button means "stop and close".
void ExportDialog::onClose(wxCloseEvent& event) {
    if (!task_) {
        event.Skip();
        return;
    }
    closeWhenStopped_ = true;
    task_->cancel();
    event.Veto();
}

void ExportDialog::onDone(const ExportOutcome& outcome) {
    task_.reset();
    if (outcome.kind == ExportOutcome::Kind::Written) {
        gauge_->SetValue(100);
        lastFolder() = wxFileName(toWx(outcome.path)).GetPath();
        writtenPath_ = outcome.path;
        EndModal(wxID_OK);
        return;
    }
    if (closeWhenStopped_) {
        EndModal(wxID_CANCEL);
        return;
    }
    gauge_->SetValue(0);
    const bool cancelled = outcome.kind == ExportOutcome::Kind::Cancelled;
    outcomeText_ = cancelled ? _("Export cancelled. No file was written.") : _("The record was not saved.");
    updateControls();
    export_->SetFocus();
    if (!cancelled) reportFailure(outcome);
}

// Everything chosen stays as it was: the user picks another place and exports again.
void ExportDialog::reportFailure(const ExportOutcome& outcome) {
    // TRANSLATORS: the placeholder is the full path of the file, e.g. /home/ana/Documents/vigie.pdf.
    wxMessageDialog dialog(this, formatText(_("Vigie could not save the record as {}"), toWx(outcome.path)),
                           _("Export record"), wxOK | wxICON_ERROR);
    dialog.SetExtendedMessage(
        _("Choose another folder, for example your Documents folder, and export again. Your answers and notes "
          "are not affected.") +
        // TRANSLATORS: the system's own explanation follows, e.g. "Cannot write /x.pdf: Permission denied".
        "\n\n" + formatText(_("Details: {}"), translated(outcome.problem)));
    dialog.ShowModal();
    path_->SetFocus();
}

}  // namespace

void setExportWrittenHandler(ExportWrittenHandler handler) { writtenHandler() = std::move(handler); }

void showExportDialog(wxWindow* parent, ReviewSession& session) {
    std::string written;
    {
        ExportDialog dialog(parent, session);
        if (dialog.ShowModal() != wxID_OK) return;
        written = dialog.writtenPath();
    }
    if (written.empty()) return;
    if (writtenHandler())
        writtenHandler()(parent, written);
    else
        offerToOpen(parent, written);
}

}  // namespace vigie::gui
