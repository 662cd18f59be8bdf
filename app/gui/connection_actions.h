// What the File menu and the hub do in connected mode: connect (connect_dialog.h), read the
// account on a background task with a progress window that can be cancelled while the main
// window stays usable, record the readings with the profile through the review editor (so they
// are autosaved), disconnect (forgetting the keys, and removing them from the desktop keyring
// after asking), open a saved snapshot and show the bundled demo account. The last two are shown,
// never recorded into the review.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "background_task.h"
#include "ovh/snapshot.h"
#include "platform/errors.h"

class wxWindow;

namespace vigie::gui {

class MainFrame;
class ReadingDialog;
class ReviewSession;

struct ReadOutcome {
    std::optional<ovh::AccountSnapshot> snapshot;
    bool cancelled = false;
    UserMessage problem;  // why the reading stopped (describeApiError, with the query id)
};

class ConnectionActions {
public:
    // `changed` redraws the views after the readings or the connection changed.
    ConnectionActions(MainFrame& frame, ReviewSession& session, std::function<void()> changed);
    ~ConnectionActions();
    ConnectionActions(const ConnectionActions&) = delete;
    ConnectionActions& operator=(const ConnectionActions&) = delete;

    void connect();
    void readAccount();  // again, with the keys in memory
    void disconnect();
    void openSnapshot();
    void openSnapshotFile(const std::string& path);
    void closeSnapshot();
    // `vigie --demo`: the bundled fictional account, shown in a review that is never saved.
    void showDemo();

    bool reading() const { return task_.running(); }
    // Redraws the banners (after a language switch).
    void showBanners();

private:
    void finished(const ReadOutcome& outcome);
    void keep(const ovh::AccountSnapshot& snapshot);
    void storeInKeyring();

    MainFrame& frame_;
    ReviewSession& session_;
    std::function<void()> changed_;
    BackgroundTask<ReadOutcome> task_;
    ReadingDialog* dialog_ = nullptr;
    bool remember_ = false;
};

}  // namespace vigie::gui
