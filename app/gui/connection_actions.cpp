#include "connection_actions.h"

#include <mutex>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stockitem.h>

#include "checks/check_record.h"
#include "checks/checks.h"
#include "connect_dialog.h"
#include "main_frame.h"
#include "notice_area.h"
#include "ovh/keyring.h"
#include "ovh/reading_progress.h"
#include "ovh/snapshot_reader.h"
#include "review_session.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

// The progress of a reading: requests answered of those planned, the area of the account, and a
// Cancel button. Modeless: the main window stays usable while the account is read.
class ReadingDialog : public wxDialog {
public:
    ReadingDialog(wxWindow* parent, std::function<void()> cancel)
        : wxDialog(parent, wxID_ANY, _("Reading your OVHcloud account"), wxDefaultPosition, wxDefaultSize, wxCAPTION,
                   "reading_dialog") {
        auto* column = new wxBoxSizer(wxVERTICAL);
        const int gap = FromDIP(8);
        auto* intro = new WrappedText(
            this, _("Vigie reads your account with GET requests only; nothing is changed on it."), "reading_intro");
        column->Add(intro, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        gauge_ = new wxGauge(this, wxID_ANY, 1000, wxDefaultPosition, wxSize(FromDIP(420), -1), wxGA_HORIZONTAL,
                             wxDefaultValidator, "reading_gauge");
        column->Add(gauge_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        text_ = new WrappedText(this, _("Starting…"), "reading_text");
        column->Add(text_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        buttons->AddStretchSpacer();
        cancel_ = new wxButton(this, wxID_ANY, wxGetStockLabel(wxID_CANCEL), wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "reading_cancel");
        cancel_->Bind(wxEVT_BUTTON, [this, cancel = std::move(cancel)](wxCommandEvent&) {
            cancel_->Disable();
            text_->setText(_("Cancelling…"));
            cancel();
        });
        buttons->Add(cancel_);
        column->Add(buttons, wxSizerFlags().Expand());
        auto* outer = new wxBoxSizer(wxVERTICAL);
        outer->Add(column, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(14)));
        SetSizer(outer);
        // Once to learn the width the gauge asks for, then again with the texts wrapped to it.
        Fit();
        rewrapAll(this);
        Fit();
        CentreOnParent();
    }

    void show(const ovh::ReadingProgress& progress) {
        gauge_->SetValue(static_cast<int>(progress.fraction() * 1000));
        text_->setText(translated(ovh::describeProgress(progress)));
        rewrapAll(this);
        Layout();
    }

private:
    wxGauge* gauge_ = nullptr;
    WrappedText* text_ = nullptr;
    wxButton* cancel_ = nullptr;
};

namespace {

// Written by the reading thread, read on the main thread when a progress report arrives.
struct SharedProgress {
    std::mutex mutex;
    ovh::ReadingProgress progress;
    bool clock = false;  // the last answer was GET /auth/time
};

}  // namespace

ConnectionActions::ConnectionActions(MainFrame& frame, ReviewSession& session, std::function<void()> changed)
    : frame_(frame), session_(session), changed_(std::move(changed)) {}

ConnectionActions::~ConnectionActions() { task_.cancel(); }

void ConnectionActions::connect() {
    if (session_.connected().demo() || task_.running()) return;
    std::optional<ConnectOutcome> outcome = showConnectDialog(&frame_, session_);
    if (!outcome) return;
    remember_ = outcome->remember;
    session_.connected().connect(std::move(outcome->keys));
    if (remember_) storeInKeyring();
    changed_();
    readAccount();
}

void ConnectionActions::storeInKeyring() {
    const ConnectionKeys* keys = session_.connected().keys();
    if (!keys) return;
    UserMessage problem;
    if (ovh::Keyring().store(keys->endpoint.name, keys->credentials, problem)) {
        ConnectionKeys stored = *keys;
        stored.inKeyring = true;
        session_.connected().connect(std::move(stored));
        frame_.notices().dismiss("keyring");
        return;
    }
    frame_.notices().show(
        "keyring",
        [problem] {
            return formatText(_("The keys could not be stored in your desktop keyring ({}). They are kept in memory "
                                "only, until you disconnect or close Vigie."),
                              translated(problem));
        },
        wxICON_WARNING);
}

void ConnectionActions::readAccount() {
    const ConnectionKeys* keys = session_.connected().keys();
    if (!keys || task_.running()) return;
    frame_.notices().dismiss("read_failed");
    auto shared = std::make_shared<SharedProgress>();
    dialog_ = new ReadingDialog(&frame_, [this] { task_.requestStop(); });
    dialog_->Show();
    task_.start(
        [keys = *keys, shared](TaskControl& control) {
            ovh::ClientOptions options;
            options.cancel = control.cancelFlag();
            options.answered = [shared](const std::string& path) {
                std::lock_guard<std::mutex> lock(shared->mutex);
                shared->clock = path == "/auth/time";
                if (!shared->clock) shared->progress.area = ovh::readingArea(path);
            };
            options.progress = [shared, &control](std::size_t done, std::size_t planned) {
                double fraction = 0;
                {
                    std::lock_guard<std::mutex> lock(shared->mutex);
                    // The clock check runs on its own before the plan: "1 of 1" would read as done.
                    if (shared->clock) return;
                    shared->progress.done = done;
                    shared->progress.planned = planned;
                    fraction = shared->progress.fraction();
                }
                control.progress(fraction);
            };
            ReadOutcome out;
            try {
                ovh::ApiClient client(keys.endpoint, keys.credentials, options);
                out.snapshot = ovh::readSnapshot(client);
                if (control.cancelled()) {
                    out.snapshot.reset();
                    out.cancelled = true;
                }
            } catch (const ovh::ApiFailure& failure) {
                out.cancelled = failure.error().kind == ovh::ApiErrorKind::Cancelled || control.cancelled();
                out.problem = failure.message();
            } catch (const UserError& failure) {
                out.problem = failure.message();
            }
            return out;
        },
        [this](const ReadOutcome& outcome) { finished(outcome); },
        [this, shared](double) {
            if (!dialog_) return;
            std::lock_guard<std::mutex> lock(shared->mutex);
            dialog_->show(shared->progress);
        });
}

void ConnectionActions::finished(const ReadOutcome& outcome) {
    if (dialog_) {
        dialog_->Destroy();
        dialog_ = nullptr;
    }
    if (outcome.cancelled) {
        frame_.notices().show(
            "read_failed", [] { return _("Reading the account was cancelled: nothing was recorded."); },
            wxICON_INFORMATION);
        return;
    }
    if (!outcome.snapshot) {
        frame_.notices().show(
            "read_failed",
            [problem = outcome.problem] {
                return formatText(_("The account could not be read: {}"), translated(problem));
            },
            wxICON_ERROR);
        return;
    }
    keep(*outcome.snapshot);
}

// The readings go with the profile through the review editor (and so the autosaver), unless the
// core says they must not (checks::readingsMismatch: another account than the profile's): then
// they are shown, as a snapshot is, and not recorded.
void ConnectionActions::keep(const ovh::AccountSnapshot& snapshot) {
    const UserMessage refused =
        checks::recordReadings(session_.editor(), session_.profile().id, snapshot, checks::runChecks(snapshot));
    if (refused.empty()) {
        session_.connected().stopShowing();
        session_.autosaver().flush();
    } else {
        session_.connected().show(snapshot, {});
        frame_.notices().show(
            "read_failed", [refused] { return translated(refused); }, wxICON_WARNING);
    }
    session_.connected().setLastRead(snapshot);
    showBanners();
    changed_();
}

void ConnectionActions::disconnect() {
    const ConnectionKeys* keys = session_.connected().keys();
    if (!keys) return;
    task_.cancel();
    if (dialog_) {
        dialog_->Destroy();
        dialog_ = nullptr;
    }
    if (keys->inKeyring) {
        wxMessageDialog ask(&frame_,
                            _("The keys are stored in your desktop keyring. Remove them from it too? Otherwise "
                              "Vigie finds them there the next time you connect."),
                            _("Disconnect"), wxYES_NO | wxCANCEL | wxNO_DEFAULT | wxICON_QUESTION);
        ask.SetYesNoCancelLabels(_("&Remove from the keyring"), _("&Keep in the keyring"),
                                 wxGetStockLabel(wxID_CANCEL));
        const int answer = ask.ShowModal();
        if (answer == wxID_CANCEL) return;
        if (answer == wxID_YES) {
            UserMessage problem;
            if (!ovh::Keyring().forget(keys->endpoint.name, problem))
                frame_.notices().show(
                    "keyring",
                    [problem] {
                        return formatText(_("The keys could not be removed from your desktop keyring: {}"),
                                          translated(problem));
                    },
                    wxICON_WARNING);
        }
    }
    session_.connected().disconnect();
    showBanners();
    changed_();
}

void ConnectionActions::openSnapshot() {
    if (session_.connected().demo()) return;
    wxFileDialog choose(&frame_, _("Open a saved snapshot"), wxString(), wxString(),
                        _("Snapshots (*.json)|*.json|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (choose.ShowModal() != wxID_OK) return;
    openSnapshotFile(toUtf8(choose.GetPath()));
}

void ConnectionActions::openSnapshotFile(const std::string& path) {
    try {
        ovh::AccountSnapshot snapshot = ovh::loadSnapshot(path);
        session_.connected().show(snapshot, path);
        frame_.notices().dismiss("read_failed");
    } catch (const UserError& problem) {
        frame_.notices().show(
            "read_failed",
            [message = problem.message(), path] {
                return formatText(_("The snapshot {} could not be opened: {}"), toWx(path), translated(message));
            },
            wxICON_ERROR);
        return;
    }
    showBanners();
    changed_();
}

void ConnectionActions::closeSnapshot() {
    if (session_.connected().demo()) return;
    session_.connected().stopShowing();
    showBanners();
    changed_();
}

void ConnectionActions::showDemo() {
    try {
        ovh::AccountSnapshot demo = ovh::loadSnapshot(ovh::demoSnapshotPath());
        demo.demo = true;
        session_.connected().show(demo, {});
    } catch (const UserError& problem) {
        frame_.notices().show(
            "read_failed",
            [message = problem.message()] {
                return formatText(_("The demo account could not be opened: {}"), translated(message));
            },
            wxICON_ERROR);
    }
    showBanners();
    changed_();
}

void ConnectionActions::showBanners() {
    NoticeArea& notices = frame_.notices();
    const ConnectedMode& connected = session_.connected();
    if (connected.demo()) {
        notices.show(
            "demo",
            [] {
                return _(
                    "Demo: this is a fictional OVHcloud account bundled with Vigie, not yours. Nothing you "
                    "change here is saved, and your own review is left as it was.");
            },
            wxICON_INFORMATION);
    }
    if (const ShownSnapshot* shown = connected.shown(); shown && !shown->demo) {
        notices.show(
            "snapshot",
            [account = shown->account, readAt = shown->readAt, endpoint = shown->endpoint] {
                return formatText(_("Snapshot of {} ({}). {}. It is shown as it was read and is not recorded with "
                                    "your review; File › Close snapshot goes back to your own readings."),
                                  toWx(account.empty() ? std::string("?") : account), toWx(endpoint),
                                  translated(ovh::describeAge(readAt, now())));
            },
            wxICON_INFORMATION);
    } else {
        notices.dismiss("snapshot");
    }
    if (const ConnectionKeys* keys = connected.keys()) {
        notices.show(
            "connection",
            [endpoint = keys->endpoint.name, last = connected.lastRead()] {
                if (!last) return formatText(_("Connected to OVHcloud ({})."), toWx(endpoint));
                return formatText(_("Connected to OVHcloud ({}) as {}. {}. File › Read the account again reads it "
                                    "anew."),
                                  toWx(endpoint), toWx(last->account.empty() ? std::string("?") : last->account),
                                  translated(ovh::describeAge(last->readAt, now())));
            },
            wxICON_INFORMATION);
    } else {
        notices.dismiss("connection");
    }
}

}  // namespace vigie::gui
