// The main window: menus, notices, and a book that shows either the overview or the wizard in
// progress. It owns the review session and the user's settings, and redraws everything when the
// language changes.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <wx/frame.h>

#include "i18n/translator.h"
#include "platform/settings.h"

class wxSimplebook;

namespace vigie::gui {

class ConnectionActions;
class HomePanel;
class NoticeArea;
class ReviewSession;
class WheelGuard;
class WizardPanel;

class MainFrame : public wxFrame {
public:
    MainFrame(std::unique_ptr<ReviewSession> session, Settings settings);
    ~MainFrame() override;

    ReviewSession& session() { return *session_; }
    NoticeArea& notices() { return *notices_; }
    WizardPanel* wizardPanel() const { return wizard_; }

    // Problems found at start-up, shown in the notice area.
    void reportDefinitionErrors();
    void reportStateMovedAside(const std::string& movedTo, const UserMessage& problem);

    void openWizard(const std::string& wizardId, std::size_t step = 0);
    void closeWizard();
    void switchLanguage(Language language);

    // Menu command ids, for tests that drive the menus.
    static int languageCommand(Language language);
    static int exportCommand();
    enum class ConnectionCommand { Connect, ReadAgain, Disconnect, OpenSnapshot, CloseSnapshot };
    static int connectionCommand(ConnectionCommand command);

    ConnectionActions& connection() { return *connection_; }
    // The menu items that depend on the connection, enabled as it stands.
    void updateConnectionMenu();

private:
    void createContent();
    void createMenuBar();
    void onMenu(wxCommandEvent& event);
    void labelMenuBar();
    void rebuildPages();
    void updateTitle();
    void onSaveStreak(const std::optional<UserMessage>& failure);
    void onClose(wxCloseEvent& event);
    void onActivate(wxActivateEvent& event);

    std::unique_ptr<ReviewSession> session_;
    Settings settings_;
    std::unique_ptr<WheelGuard> wheelGuard_;  // while the window lives: the wheel scrolls, lists keep their value
    NoticeArea* notices_ = nullptr;
    wxSimplebook* book_ = nullptr;
    HomePanel* home_ = nullptr;
    WizardPanel* wizard_ = nullptr;
    std::unique_ptr<ConnectionActions> connection_;
};

}  // namespace vigie::gui
