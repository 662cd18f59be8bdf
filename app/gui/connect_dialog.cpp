#include "connect_dialog.h"

#include <chrono>
#include <optional>
#include <string>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/hyperlink.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stockitem.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/utils.h>

#include "background_task.h"
#include "ovh/consumer_key.h"
#include "ovh/credentials.h"
#include "review_session.h"
#include "secret_field.h"
#include "wrapping.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(2000);
constexpr auto kWaitLimit = std::chrono::minutes(10);

// What the core found in the OVH_* variables, ovh.conf and the keyring.
struct Lookup {
    ovh::CredentialsOutcome outcome;
};

struct Request {
    ovh::CredentialRequest request;
    ovh::ClockCheck clock;
};

// The rules of a key: after the wait, or read at once for keys that were found complete.
struct Rules {
    bool ok = false;
    bool cancelled = false;
    nlohmann::json credential;
    UserMessage problem;
};

wxString sourceWords(const std::string& source) {
    if (source.find("environment") != std::string::npos) return _("the OVH_* environment variables");
    if (source.find("keyring") != std::string::npos) return _("your desktop keyring");
    return _("ovh.conf");
}

class ConnectDialog : public wxDialog {
public:
    ConnectDialog(wxWindow* parent, ReviewSession& session)
        : wxDialog(parent, wxID_ANY, _("Connect to OVHcloud"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "connect_dialog"),
          session_(session),
          pulse_(this) {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        book_ = new wxSimplebook(this, wxID_ANY);
        book_->SetName("connect_book");
        book_->AddPage(createKeysPage(), wxString(), true);
        book_->AddPage(createWaitPage(), wxString());
        book_->AddPage(createRulesPage(), wxString());
        sizer->Add(book_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
        SetSizer(sizer);
        // The width first, so the texts wrap to it.
        SetMinSize(FromDIP(wxSize(560, 460)));
        SetSize(FromDIP(wxSize(600, 480)));
        Layout();
        relayout();
        Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            event.Skip();
            CallAfter([this] { relayout(); });
        });
        CentreOnParent();
        Bind(wxEVT_TIMER, [this](wxTimerEvent&) { waitGauge_->Pulse(); });
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
            stopEverything();
            event.Skip();
        });
        lookForKeys();
    }

    std::optional<ConnectOutcome> outcome() const { return outcome_; }

private:
    // 1. The keys.
    wxWindow* createKeysPage() {
        auto* page = new wxPanel(book_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "connect_keys");
        auto* column = new wxBoxSizer(wxVERTICAL);
        const int gap = FromDIP(6);
        column->Add(new WrappedText(page,
                                    _("Vigie reads your account with a key that can only read (GET requests): it "
                                      "never changes anything. It needs the application key and secret of an "
                                      "application you create once for your region."),
                                    "connect_intro"),
                    wxSizerFlags().Expand().Border(wxBOTTOM, gap * 2));

        auto* grid = new wxFlexGridSizer(2, wxSize(gap * 2, gap));
        grid->AddGrowableCol(1);
        const wxSizerFlags label = wxSizerFlags().CenterVertical();
        grid->Add(new wxStaticText(page, wxID_ANY, _("&Region:")), label);
        region_ = new wxChoice(page, wxID_ANY);
        region_->SetName("connect_region");
        for (const std::string& name : ovh::regionNames()) region_->Append(toWx(name));
        region_->SetStringSelection(toWx(ovh::regionEndpoint(session_.profile().region)));
        region_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { regionChanged(); });
        grid->Add(region_, wxSizerFlags().Expand());
        grid->AddSpacer(0);
        createApp_ = new wxHyperlinkCtrl(page, wxID_ANY, _("Create an application for this region"), "https://x",
                                         wxDefaultPosition, wxDefaultSize, wxHL_DEFAULT_STYLE, "connect_create_app");
        grid->Add(createApp_, wxSizerFlags().Left());
        column->Add(grid, wxSizerFlags().Expand().Border(wxBOTTOM, gap));

        found_ = new wxCheckBox(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                "connect_use_found");
        found_->Hide();
        found_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { showKeyFields(); });
        column->Add(found_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));

        keyFields_ = new wxBoxSizer(wxVERTICAL);
        keyFields_->Add(new wxStaticText(page, wxID_ANY, _("Application &key:")));
        appKey_ = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                 "connect_app_key");
        keyFields_->Add(appKey_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        keyFields_->Add(new wxStaticText(page, wxID_ANY, _("Application &secret:")));
        secret_ = std::make_unique<SecretField>(page, keyFields_, "connect_app_secret", _("Sh&ow the secret"));
        column->Add(keyFields_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));

        remember_ = new wxCheckBox(page, wxID_ANY, _("Re&member on this computer (in the desktop keyring)"),
                                   wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "connect_remember");
        remember_->SetToolTip(
            _("Otherwise the keys are kept in memory only, and forgotten when Vigie closes or you disconnect."));
        column->Add(remember_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));

        status_ = new WrappedText(page, wxString(), "connect_status");
        column->Add(status_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        column->AddStretchSpacer();

        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        buttons->AddStretchSpacer();
        auto* cancel = new wxButton(page, wxID_CANCEL, wxGetStockLabel(wxID_CANCEL), wxDefaultPosition, wxDefaultSize,
                                    0, wxDefaultValidator, "connect_cancel");
        request_ = new wxButton(page, wxID_ANY, _("Re&quest read-only access"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "connect_request");
        request_->SetDefault();
        request_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { requestAccess(); });
        buttons->Add(cancel, wxSizerFlags().Border(wxRIGHT, gap));
        buttons->Add(request_);
        column->Add(buttons, wxSizerFlags().Expand());
        page->SetSizer(column);
        regionChanged();
        return page;
    }

    // 2. The wait for the user's validation on OVHcloud's page.
    wxWindow* createWaitPage() {
        auto* page = new wxPanel(book_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "connect_wait");
        auto* column = new wxBoxSizer(wxVERTICAL);
        const int gap = FromDIP(6);
        auto* title = new WrappedText(page, _("Waiting for your validation"), "connect_wait_title");
        title->SetFont(title->GetFont().Larger().Bold());
        column->Add(title, wxSizerFlags().Expand().Border(wxBOTTOM, gap * 2));
        waitText_ = new WrappedText(page, wxString(), "connect_wait_text");
        column->Add(waitText_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        validationLink_ =
            new wxHyperlinkCtrl(page, wxID_ANY, _("Open the validation page again"), "https://x", wxDefaultPosition,
                                wxDefaultSize, wxHL_DEFAULT_STYLE, "connect_validation_link");
        column->Add(validationLink_, wxSizerFlags().Left().Border(wxBOTTOM, gap * 2));
        waitGauge_ = new wxGauge(page, wxID_ANY, 100, wxDefaultPosition, wxSize(-1, FromDIP(8)), wxGA_HORIZONTAL,
                                 wxDefaultValidator, "connect_wait_gauge");
        column->Add(waitGauge_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        column->AddStretchSpacer();
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        buttons->AddStretchSpacer();
        auto* stop = new wxButton(page, wxID_ANY, _("&Stop waiting"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "connect_stop_waiting");
        stop->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { stopWaiting(); });
        buttons->Add(stop);
        column->Add(buttons, wxSizerFlags().Expand());
        page->SetSizer(column);
        return page;
    }

    // 3. What the key allows.
    wxWindow* createRulesPage() {
        auto* page = new wxPanel(book_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "connect_done");
        auto* column = new wxBoxSizer(wxVERTICAL);
        const int gap = FromDIP(6);
        auto* title = new WrappedText(page, _("The key is validated"), "connect_done_title");
        title->SetFont(title->GetFont().Larger().Bold());
        column->Add(title, wxSizerFlags().Expand().Border(wxBOTTOM, gap * 2));
        column->Add(new WrappedText(page, _("OVHcloud says this key allows:")), wxSizerFlags().Expand());
        rules_ = new WrappedText(page, wxString(), "connect_rules");
        rules_->SetFont(wxFont(wxFontInfo(rules_->GetFont().GetPointSize()).Family(wxFONTFAMILY_TELETYPE)));
        column->Add(rules_, wxSizerFlags().Expand().Border(wxLEFT | wxTOP | wxBOTTOM, gap * 2));
        warning_ = new WrappedText(page, wxString(), "connect_rules_warning");
        warning_->SetFont(warning_->GetFont().Bold());
        column->Add(warning_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        kept_ = new WrappedText(page, wxString(), "connect_kept");
        column->Add(kept_, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        column->AddStretchSpacer();
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        buttons->AddStretchSpacer();
        auto* read = new wxButton(page, wxID_OK, _("&Read the account"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "connect_read");
        read->SetDefault();
        buttons->Add(read);
        column->Add(buttons, wxSizerFlags().Expand());
        page->SetSizer(column);
        return page;
    }

    std::string chosenEndpoint() const { return toUtf8(region_->GetStringSelection()); }

    void regionChanged() {
        if (auto endpoint = ovh::resolveEndpoint(chosenEndpoint())) {
            createApp_->SetURL(toWx(ovh::createAppUrl(*endpoint)));
            createApp_->SetToolTip(toWx(ovh::createAppUrl(*endpoint)));
        }
        if (found_) {
            const bool applies = lookup_ && lookup_->outcome.found.endpointName == chosenEndpoint();
            found_->Enable(applies);
            if (!applies) found_->SetValue(false);
            showKeyFields();
        }
    }

    bool usingFound() const { return found_->IsShown() && found_->IsEnabled() && found_->GetValue(); }
    bool foundComplete() const { return usingFound() && lookup_->outcome.found.keys.complete(); }

    void showKeyFields() {
        const bool typed = !usingFound();
        // The secret field has two controls, one of them shown (secret_field.h): keep that one.
        const bool revealed = secret_->revealed();
        keyFields_->ShowItems(typed);
        if (typed) FindWindow(revealed ? "connect_app_secret" : "connect_app_secret_plain")->Hide();
        // Keys that came from the keyring are in it already.
        remember_->Enable(!(usingFound() && lookup_->outcome.found.keySource.find("keyring") != std::string::npos));
        request_->SetLabel(foundComplete() ? _("&Connect") : _("Re&quest read-only access"));
        relayout();
    }

    void setStatus(const wxString& text) {
        status_->setText(text);
        relayout();
    }

    // Wrapped texts change height with their width: wrap them, then lay out every page again.
    void relayout() {
        rewrapAll(this);
        for (std::size_t i = 0; i < book_->GetPageCount(); ++i) book_->GetPage(i)->Layout();
        Layout();
    }

    void lookForKeys() {
        setStatus(_("Looking for keys in ovh.conf, the OVH_* variables and your desktop keyring…"));
        ovh::CredentialLookup lookup;
        lookup.fallbackEndpoint = ovh::regionEndpoint(session_.profile().region);
        lookupTask_.start(
            [lookup](TaskControl&) { return Lookup{ovh::findCredentials(lookup, ovh::KeysNeeded::Application)}; },
            [this](const Lookup& result) { keysFound(result); });
    }

    void keysFound(const Lookup& result) {
        lookup_ = result;
        const ovh::ResolvedCredentials& found = lookup_->outcome.found;
        if (region_->FindString(toWx(found.endpointName)) == wxNOT_FOUND && found.endpoint)
            region_->Append(toWx(found.endpointName));  // an endpoint URL from OVH_ENDPOINT or ovh.conf
        if (found.endpoint) region_->SetStringSelection(toWx(found.endpointName));
        wxString status;
        if (!found.keys.applicationKey.empty() && !found.keys.applicationSecret.empty()) {
            found_->SetLabel(formatText(_("Use the keys found in {}"), sourceWords(found.keySource)));
            found_->SetValue(true);
            found_->Show();
            status = found.keys.complete()
                         ? _("These keys include a consumer key: Vigie checks what it allows, then reads the account.")
                         : _("These keys have no consumer key yet: Vigie asks OVHcloud for a read-only one.");
        }
        if (!lookup_->outcome.warning.empty()) {
            if (!status.empty()) status += "\n";
            status += translated(lookup_->outcome.warning);
        }
        setStatus(status);
        regionChanged();
        relayout();
    }

    // The keys the user gave or chose, for the chosen endpoint.
    std::optional<ConnectionKeys> keysGiven() {
        auto endpoint = ovh::resolveEndpoint(chosenEndpoint());
        if (!endpoint) return std::nullopt;
        ConnectionKeys keys;
        keys.endpoint = *endpoint;
        if (usingFound()) {
            keys.credentials = lookup_->outcome.found.keys;
            keys.source = lookup_->outcome.found.keySource;
            keys.inKeyring = lookup_->outcome.found.keySource.find("keyring") != std::string::npos;
            if (!keys.credentials.complete()) keys.credentials.consumerKey = SecureString();
            return keys;
        }
        keys.credentials.applicationKey = SecureString(toUtf8(appKey_->GetValue().Strip(wxString::both)));
        keys.credentials.applicationSecret = secret_->value();
        return keys;
    }

    void requestAccess() {
        std::optional<ConnectionKeys> keys = keysGiven();
        if (!keys) return;
        if (keys->credentials.applicationKey.empty() || keys->credentials.applicationSecret.empty()) {
            setStatus(
                _("Type the application key and secret first. If you have none yet, create an application "
                  "with the link above: OVHcloud then shows both."));
            (keys->credentials.applicationKey.empty() ? static_cast<wxWindow*>(appKey_) : secret_->control())
                ->SetFocus();
            return;
        }
        pending_ = *keys;
        request_->Disable();
        if (keys->credentials.complete()) {
            setStatus(_("Checking the keys with OVHcloud…"));
            rulesTask_.start([keys = *keys](TaskControl& control) { return readRules(keys, control); },
                             [this](const Rules& rules) { rulesRead(rules); });
            return;
        }
        setStatus(_("Asking OVHcloud for a read-only key…"));
        requestTask_.start(
            [keys = *keys](TaskControl&) {
                ovh::ApiClient client(keys.endpoint, keys.credentials);
                Request out;
                out.clock = client.synchroniseClock();
                out.request = ovh::requestCredential(client);
                return out;
            },
            [this](const Request& result) { requested(result); });
    }

    static Rules readRules(const ConnectionKeys& keys, TaskControl& control) {
        ovh::ClientOptions options;
        options.cancel = control.cancelFlag();
        ovh::ApiClient client(keys.endpoint, keys.credentials, options);
        client.synchroniseClock();
        Rules out;
        ovh::ApiResponse answer = client.get("/auth/currentCredential");
        if (answer.ok()) {
            out.ok = true;
            out.credential = std::move(answer.json);
        } else {
            out.cancelled = answer.error.kind == ovh::ApiErrorKind::Cancelled;
            out.problem = ovh::describeApiError(answer.error);
        }
        return out;
    }

    void requested(const Request& result) {
        request_->Enable();
        if (!result.request.ok()) {
            setStatus(translated(ovh::describeApiError(result.request.error)));
            return;
        }
        wxString clock = result.clock.skewed() ? translated(ovh::describeClock(result.clock)) + "\n\n" : wxString();
        pending_.credentials.consumerKey = result.request.consumerKey;
        const wxString url = toWx(result.request.validationUrl);
        validationLink_->SetURL(url);
        validationLink_->SetToolTip(url);
        const bool opened = wxLaunchDefaultBrowser(url);
        waitText_->setText(
            clock + (opened ? _("OVHcloud’s validation page is open in your browser. Log in to your account there, "
                                "check that the access asked for is GET on /* (reading only) and accept it. Vigie "
                                "goes on by itself once you have.")
                            : _("Vigie could not open your browser. Open the validation page with the link below, "
                                "log in to your account, check that the access asked for is GET on /* (reading "
                                "only) and accept it. Vigie goes on by itself once you have.")));
        book_->SetSelection(1);
        relayout();
        pulse_.Start(100);
        waitTask_.start(
            [keys = pending_](TaskControl& control) {
                ovh::ApiClient client(keys.endpoint, keys.credentials);
                client.synchroniseClock();
                return ovh::waitForValidation(client, kPollInterval, kWaitLimit, control.cancelFlag());
            },
            [this](const ovh::ValidationResult& result) { validated(result); });
    }

    void validated(const ovh::ValidationResult& result) {
        pulse_.Stop();
        wxString problem;
        switch (result.outcome) {
            case ovh::ValidationOutcome::Validated: {
                Rules rules;
                rules.ok = true;
                rules.credential = result.credential;
                rulesRead(rules);
                return;
            }
            case ovh::ValidationOutcome::Refused:
                problem = _("The access was refused on the validation page: no key was created.");
                break;
            case ovh::ValidationOutcome::Expired:
                problem = _("The key expired before it was validated: ask for access again.");
                break;
            case ovh::ValidationOutcome::Cancelled:
                problem = _("You stopped waiting: the key was not validated. Ask again when you are ready.");
                break;
            case ovh::ValidationOutcome::TimedOut:
                problem = _("No validation came within 10 minutes: ask for access again when you are ready.");
                break;
            case ovh::ValidationOutcome::Failed:
                problem = translated(ovh::describeApiError(result.error));
                break;
        }
        pending_.credentials.consumerKey = SecureString();
        book_->SetSelection(0);
        setStatus(problem);
    }

    void stopWaiting() { waitTask_.requestStop(); }

    void rulesRead(const Rules& rules) {
        request_->Enable();
        if (!rules.ok) {
            pending_.credentials.consumerKey = SecureString();
            setStatus(translated(rules.problem));
            return;
        }
        const ovh::RulesSummary summary = ovh::summariseRules(rules.credential);
        wxString list;
        for (const std::string& rule : summary.rules) list += (list.empty() ? "" : "\n") + toWx(rule);
        rules_->setText(list.empty() ? _("(no rules were returned)") : list);
        if (summary.writing.empty()) {
            warning_->setText(_("Reading only: this key cannot change anything on your account."));
            warning_->SetForegroundColour(wxNullColour);
        } else {
            wxString writing;
            for (const std::string& rule : summary.writing) writing += (writing.empty() ? "" : ", ") + toWx(rule);
            warning_->setText(formatText(_("Warning: this key allows more than reading ({}). Vigie only reads, "
                                           "but anyone who gets the key could change your account: revoke it in "
                                           "your account’s API keys and connect again with a read-only one."),
                                         writing));
            warning_->SetForegroundColour(wxColour(0xC0, 0x1C, 0x28));
        }
        const bool remember = remember_->IsEnabled() && remember_->GetValue();
        kept_->setText(pending_.inKeyring ? _("The keys stay in your desktop keyring; Disconnect can remove them.")
                       : remember         ? _("The keys will be stored in your desktop keyring.")
                       : foundComplete()  ? formatText(_("The keys stay where they were found ({}); Vigie keeps "
                                                          "a copy in memory only."),
                                                       sourceWords(pending_.source))
                       : usingFound()     ? formatText(_("The application key and secret stay where they were "
                                                             "found ({}); the new consumer key is kept in memory only, "
                                                             "until you disconnect or close Vigie."),
                                                       sourceWords(pending_.source))
                                          : _("The keys are kept in memory only, until you disconnect or close "
                                                  "Vigie."));
        outcome_ = ConnectOutcome{pending_, remember};
        book_->SetSelection(2);
        relayout();
        FindWindow("connect_read")->SetFocus();
    }

    void stopEverything() {
        pulse_.Stop();
        lookupTask_.cancel();
        requestTask_.cancel();
        waitTask_.cancel();
        rulesTask_.cancel();
    }

    ReviewSession& session_;
    wxSimplebook* book_ = nullptr;
    wxChoice* region_ = nullptr;
    wxHyperlinkCtrl* createApp_ = nullptr;
    wxCheckBox* found_ = nullptr;
    wxBoxSizer* keyFields_ = nullptr;
    wxTextCtrl* appKey_ = nullptr;
    std::unique_ptr<SecretField> secret_;
    wxCheckBox* remember_ = nullptr;
    WrappedText* status_ = nullptr;
    wxButton* request_ = nullptr;
    WrappedText* waitText_ = nullptr;
    wxHyperlinkCtrl* validationLink_ = nullptr;
    wxGauge* waitGauge_ = nullptr;
    WrappedText* rules_ = nullptr;
    WrappedText* warning_ = nullptr;
    WrappedText* kept_ = nullptr;
    wxTimer pulse_;

    std::optional<Lookup> lookup_;
    ConnectionKeys pending_;
    std::optional<ConnectOutcome> outcome_;
    BackgroundTask<Lookup> lookupTask_;
    BackgroundTask<Request> requestTask_;
    BackgroundTask<ovh::ValidationResult> waitTask_;
    BackgroundTask<Rules> rulesTask_;
};

}  // namespace

std::optional<ConnectOutcome> showConnectDialog(wxWindow* parent, ReviewSession& session) {
    ConnectDialog dialog(parent, session);
    const int answer = dialog.ShowModal();
    std::optional<ConnectOutcome> outcome = dialog.outcome();
    if (answer != wxID_OK) return std::nullopt;
    return outcome;
}

}  // namespace vigie::gui
