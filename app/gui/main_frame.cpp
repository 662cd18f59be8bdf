#include "main_frame.h"

#include <wx/artprov.h>
#include <wx/iconbndl.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stockitem.h>
#include <wx/wupdlock.h>

#include "connection_actions.h"
#include "export_dialog.h"
#include "help_actions.h"
#include "home_panel.h"
#include "language.h"
#include "notice_area.h"
#include "review_session.h"
#include "wheel_guard.h"
#include "window_geometry.h"
#include "wizard_panel.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

enum Command {
    kEnglish = wxID_HIGHEST + 1,
    kFrench,
    kGuide,
    kExport,
    kConnect,
    kReadAgain,
    kDisconnect,
    kOpenSnapshot,
    kCloseSnapshot
};

const char* const kGeometryKey = "main";
constexpr std::size_t kMaxListedErrors = 6;

}  // namespace

int MainFrame::languageCommand(Language language) { return language == Language::French ? kFrench : kEnglish; }
int MainFrame::exportCommand() { return kExport; }
int MainFrame::connectionCommand(ConnectionCommand command) { return kConnect + static_cast<int>(command); }

MainFrame::MainFrame(std::unique_ptr<ReviewSession> session, Settings settings)
    : wxFrame(nullptr, wxID_ANY, "Vigie", wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE, "main_frame"),
      session_(std::move(session)),
      settings_(std::move(settings)),
      wheelGuard_(std::make_unique<WheelGuard>()) {
    // Reading the icon theme takes longer than anything the first screen shows: once it is up.
    CallAfter([this] { SetIcons(wxArtProvider::GetIconBundle(wxART_INFORMATION, wxART_FRAME_ICON)); });
    connection_ = std::make_unique<ConnectionActions>(*this, *session_, [this] {
        rebuildPages();
        updateConnectionMenu();
    });
    createMenuBar();
    Bind(wxEVT_MENU, &MainFrame::onMenu, this);
    // The size first, so that the content is laid out (its text wrapped) once, at that size.
    SetMinSize(FromDIP(wxSize(420, 360)));
    restoreGeometry(this, settings_, kGeometryKey, wxSize(960, 760));
    createContent();
    session_->autosaver().setStreakListener([this](const auto& failure) { onSaveStreak(failure); });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    Bind(wxEVT_ACTIVATE, &MainFrame::onActivate, this);
    updateTitle();
}

// Children refer to the session: they go before it does.
MainFrame::~MainFrame() {
    session_->autosaver().setStreakListener({});
    connection_.reset();
    DestroyChildren();
}

void MainFrame::createContent() {
    auto* root = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "main_root");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    notices_ = new NoticeArea(root);
    sizer->Add(notices_, wxSizerFlags().Expand());
    book_ = new wxSimplebook(root, wxID_ANY);
    book_->SetName("main_book");
    sizer->Add(book_, wxSizerFlags(1).Expand());
    root->SetSizer(sizer);
    rebuildPages();
}

// Built once and relabelled on a language change: replacing a shown frame's menu bar under
// wxGTK left later page changes unallocated (blank) until the window was resized.
void MainFrame::createMenuBar() {
    const wxString later = " ";  // labelMenuBar() gives every label
    auto* file = new wxMenu;
    for (int command : {kConnect, kReadAgain, kDisconnect}) file->Append(command, later);
    file->AppendSeparator();
    for (int command : {kOpenSnapshot, kCloseSnapshot}) file->Append(command, later);
    file->AppendSeparator();
    file->Append(kExport, later);
    file->AppendSeparator();
    file->Append(wxID_EXIT);
    auto* languages = new wxMenu;
    for (Language language : supportedLanguages()) languages->AppendRadioItem(languageCommand(language), later);
    auto* view = new wxMenu;
    view->AppendSubMenu(languages, later);
    auto* help = new wxMenu;
    help->Append(kGuide, later);
    help->AppendSeparator();
    help->Append(wxID_ABOUT);
    auto* bar = new wxMenuBar;
    for (wxMenu* menu : {file, view, help}) bar->Append(menu, later);
    SetMenuBar(bar);
    labelMenuBar();
}

void MainFrame::labelMenuBar() {
    wxMenuBar* bar = GetMenuBar();
    bar->SetMenuLabel(0, _("&File"));
    bar->SetMenuLabel(1, _("&View"));
    bar->SetMenuLabel(2, _("&Help"));
    bar->FindItem(kConnect)->SetItemLabel(_("&Connect to OVHcloud…"));
    bar->FindItem(kReadAgain)->SetItemLabel(_("&Read the account again") + "\tF5");
    bar->FindItem(kDisconnect)->SetItemLabel(_("&Disconnect"));
    bar->FindItem(kOpenSnapshot)->SetItemLabel(_("&Open snapshot…") + "\tCtrl+O");
    bar->FindItem(kCloseSnapshot)->SetItemLabel(_("C&lose snapshot"));
    bar->FindItem(kExport)->SetItemLabel(_("&Export record…") + "\tCtrl+E");
    bar->FindItem(wxID_EXIT)->SetItemLabel(wxGetStockLabel(wxID_EXIT) + "\tCtrl+Q");
    bar->GetMenu(1)->FindItemByPosition(0)->SetItemLabel(_("&Language"));
    // Each language in its own name, its first letter the mnemonic: "&English", "&Français".
    for (Language language : supportedLanguages())
        bar->FindItem(languageCommand(language))->SetItemLabel("&" + languageName(language));
    bar->FindItem(kGuide)->SetItemLabel(_("Open OVHcloud’s &guide of good practices"));
    bar->Enable(kGuide, hasBestPracticesGuide(*session_));
    bar->FindItem(wxID_ABOUT)->SetItemLabel(wxGetStockLabel(wxID_ABOUT));
    bar->Check(languageCommand(session_->language()), true);
    updateConnectionMenu();
}

void MainFrame::updateConnectionMenu() {
    wxMenuBar* bar = GetMenuBar();
    const ConnectedMode& connected = session_->connected();
    const bool demo = connected.demo();
    bar->Enable(kConnect, !demo && !connected.connected());
    bar->Enable(kReadAgain, connected.connected());
    bar->Enable(kDisconnect, connected.connected());
    bar->Enable(kOpenSnapshot, !demo);
    bar->Enable(kCloseSnapshot, !demo && connected.shown() != nullptr);
}

void MainFrame::onMenu(wxCommandEvent& event) {
    switch (event.GetId()) {
        case wxID_EXIT:
            Close();
            break;
        case wxID_ABOUT:
            showAboutBox(this);
            break;
        case kGuide:
            openBestPracticesGuide(*session_);
            break;
        case kExport:
            showExportDialog(this, *session_);
            break;
        case kConnect:
            connection_->connect();
            break;
        case kReadAgain:
            connection_->readAccount();
            break;
        case kDisconnect:
            connection_->disconnect();
            break;
        case kOpenSnapshot:
            connection_->openSnapshot();
            break;
        case kCloseSnapshot:
            connection_->closeSnapshot();
            break;
        case kEnglish:
        case kFrench: {
            const Language language = event.GetId() == kFrench ? Language::French : Language::English;
            // Later: the page holding the focus is about to be destroyed.
            CallAfter([this, language] { switchLanguage(language); });
            break;
        }
        default:
            event.Skip();
    }
}

void MainFrame::rebuildPages() {
    std::optional<std::pair<std::string, std::size_t>> open;
    if (wizard_) open.emplace(wizard_->wizard().id, wizard_->currentStep());
    book_->DeleteAllPages();
    wizard_ = nullptr;
    home_ = new HomePanel(book_, *session_, [this](const std::string& id, std::size_t step) {
        // Later: the click that asked for it is still being handled by a window of the overview.
        CallAfter([this, id, step] { openWizard(id, step); });
    });
    book_->AddPage(home_, wxString(), true);
    if (open) openWizard(open->first, open->second);
}

void MainFrame::openWizard(const std::string& wizardId, std::size_t step) {
    const Wizard* wizard = session_->definitions().findWizard(wizardId);
    if (!wizard || wizard_) return;
    // Closing destroys the panel whose button was pressed: after that button's handler returns.
    wizard_ = new WizardPanel(book_, *session_, *wizard, step, [this](bool) { CallAfter([this] { closeWizard(); }); });
    book_->AddPage(wizard_, wxString(), true);
    wizard_->focusDefaultButton();
    updateTitle();
}

void MainFrame::closeWizard() {
    if (!wizard_) return;
    session_->autosaver().flush();
    const std::string id = wizard_->wizard().id;
    book_->ChangeSelection(0);
    book_->DeletePage(1);
    wizard_ = nullptr;
    home_->refresh();
    home_->focusWizard(id);
    updateTitle();
}

void MainFrame::switchLanguage(Language language) {
    if (language == session_->language()) return;
    session_->autosaver().flush();
    installTranslations(language);
    session_->setLanguage(language);
    settings_.setLanguage(language);
    settings_.save();
    const wxString focused = wxWindow::FindFocus() ? wxWindow::FindFocus()->GetName() : wxString();
    wxWindowUpdateLocker noFlicker(this);
    labelMenuBar();
    notices_->relabel();
    rebuildPages();
    updateConnectionMenu();
    updateTitle();
    // Keep the keyboard user where they were, in the rebuilt window.
    if (wxWindow* again = focused.empty() ? nullptr : FindWindowByName(focused, this)) again->SetFocus();
}

void MainFrame::updateTitle() {
    SetTitle(wizard_ ? formatText(_("{} – Vigie"), session_->text(wizard_->wizard().title)) : wxString("Vigie"));
}

void MainFrame::reportDefinitionErrors() {
    if (session_->definitions().errors.empty()) return;
    notices_->show(
        "definitions",
        [this] {
            const auto& errors = session_->definitions().errors;
            const Translator tr(session_->language());  // the text is rebuilt on a language change
            wxString text = _("Some wizard files could not be loaded; the other wizards work normally:");
            for (std::size_t i = 0; i < errors.size() && i < kMaxListedErrors; ++i)
                text += wxString::FromUTF8("\n• ") + toWx(errors[i].describe(tr));
            if (errors.size() > kMaxListedErrors)
                text += "\n" + formatText(_("… and {} more."), errors.size() - kMaxListedErrors);
            return text;
        },
        wxICON_WARNING);
}

// Notices keep the message and its values, and render them when drawn: a language switch
// redraws them in the new language (NoticeArea::relabel).
void MainFrame::reportStateMovedAside(const std::string& movedTo, const UserMessage& problem) {
    notices_->show(
        "state_moved",
        [movedTo, problem] {
            return formatText(_("Your saved review could not be read ({}), so Vigie started a new one. The old file "
                                "was kept, untouched, as {}"),
                              translated(problem), toWx(movedTo));
        },
        wxICON_WARNING);
}

// Once per streak of failures: repeating the same error on every keystroke helps nobody.
void MainFrame::onSaveStreak(const std::optional<UserMessage>& failure) {
    if (!failure) {
        notices_->dismiss("save_failed");
        return;
    }
    notices_->show(
        "save_failed",
        [reason = *failure] {
            return formatText(_("Your changes could not be saved: {}. They are kept while Vigie is open, and "
                                "saving will be tried again at your next change."),
                              translated(reason));
        },
        wxICON_ERROR);
}

// `vigie mark` or a second window may change the review while this one is in the background:
// leaving writes what was typed, coming back reloads what the others wrote, so neither side
// overwrites the other.
void MainFrame::onActivate(wxActivateEvent& event) {
    event.Skip();
    if (!event.GetActive()) {
        session_->autosaver().flush();
        return;
    }
    if (session_->reloadIfChangedOnDisk())
        CallAfter([this] {
            rebuildPages();
            updateTitle();
        });
}

void MainFrame::onClose(wxCloseEvent& event) {
    session_->autosaver().flush();
    rememberGeometry(this, settings_, kGeometryKey);
    settings_.save();
    event.Skip();  // default handling destroys the frame
}

}  // namespace vigie::gui
