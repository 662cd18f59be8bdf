#include "connection_bar.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/wrapsizer.h>

#include "checks/item_verification.h"
#include "main_frame.h"
#include "ovh/snapshot.h"
#include "review_session.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

using Command = MainFrame::ConnectionCommand;

void addCommandButton(wxWindow* page, wxSizer* into, const wxString& label, Command command, const char* name) {
    auto* button = new wxButton(page, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
    // Queued, not processed at once: the command rebuilds the hub, this button with it.
    button->Bind(wxEVT_BUTTON, [page, command](wxCommandEvent&) {
        wxQueueEvent(wxGetTopLevelParent(page)->GetEventHandler(),
                     new wxCommandEvent(wxEVT_MENU, MainFrame::connectionCommand(command)));
    });
    into->Add(button, wxSizerFlags().Border(wxRIGHT | wxTOP, page->FromDIP(6)));
}

wxString statusText(const ReviewSession& session) {
    const ConnectedMode& connected = session.connected();
    wxString state;
    if (connected.demo())
        state = _("Demo: the items are verified on a fictional account bundled with Vigie. Nothing is saved.");
    else if (connected.shown())
        state = _("A saved snapshot is shown; it is not recorded with your review.");
    else if (const ConnectionKeys* keys = connected.keys())
        state = formatText(keys->inKeyring ? _("Connected to OVHcloud ({}); the keys are in your desktop keyring.")
                                           : _("Connected to OVHcloud ({}); the keys are kept in memory only."),
                           toWx(keys->endpoint.name));
    else if (!session.profile().checks.empty())
        state = _("Not connected. The verified items show what Vigie found when it last read the account.");
    else
        return _(
            "Not connected: every item is your own say-so. Connect to OVHcloud and Vigie verifies what it "
            "can on your account, reading only.");
    const Profile viewed = connected.viewed(session.profile());
    if (connected.demo() || viewed.checks.empty()) return state;
    return state + "\n" + toWx(checks::connectionLine(session.translator(), viewed, now()));
}

}  // namespace

wxSizer* createConnectionBar(wxWindow* page, const ReviewSession& session) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, page, _("Connected mode"));
    wxWindow* frame = box->GetStaticBox();
    frame->SetName("connection_box");
    box->Add(new WrappedText(frame, statusText(session), "connection_status"),
             wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, page->FromDIP(6)));
    const ConnectedMode& connected = session.connected();
    if (!connected.demo()) {
        auto* buttons = new wxWrapSizer(wxHORIZONTAL);
        if (connected.connected())
            addCommandButton(frame, buttons, _("&Read the account again"), Command::ReadAgain, "connection_read");
        else
            addCommandButton(frame, buttons, _("&Connect to OVHcloud…"), Command::Connect, "connection_connect");
        if (connected.shown())
            addCommandButton(frame, buttons, _("C&lose snapshot"), Command::CloseSnapshot, "connection_close_snapshot");
        else
            addCommandButton(frame, buttons, _("Open a &snapshot…"), Command::OpenSnapshot, "connection_open_snapshot");
        box->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, page->FromDIP(6)));
    }
    return box;
}

}  // namespace vigie::gui
