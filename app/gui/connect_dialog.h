// File > Connect to OVHcloud…: the region, the application key and secret (or the keys found in
// ovh.conf, the OVH_* variables or the desktop keyring), then "Request read-only access": the
// consumer-key flow of the core (ovh/consumer_key.h) for GET on /*, the validation page opened in
// the browser, a cancellable wait, and the key's rules read back, with a warning when the key
// allows more than reading. Every call to the API or the keyring runs on a background task.
//
// The keys stay in wiped buffers (SecureString, SecretField) and are handed back to the caller,
// which keeps them in memory (ConnectedMode) and, when the user ticked "Remember on this
// computer", in the desktop keyring.
#pragma once

#include <optional>

#include "connected_mode.h"

class wxWindow;

namespace vigie::gui {

class ReviewSession;

struct ConnectOutcome {
    ConnectionKeys keys;
    bool remember = false;  // store them in the desktop keyring
};

// Shows the dialog modally; the validated keys, or nullopt when the user cancelled.
std::optional<ConnectOutcome> showConnectDialog(wxWindow* parent, ReviewSession& session);

}  // namespace vigie::gui
