// What the window knows of its connection to OVHcloud while it runs: the API keys, held in wiped
// buffers and never written anywhere by Vigie (the desktop keyring keeps them only when the user
// asks), where they came from, and a reading shown without being recorded (a snapshot file the
// user opened, or the bundled demo account). Nothing here talks to the network or the keyring:
// connect_dialog and connection_actions do, only when the user asks.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ovh/api_client.h"
#include "ovh/endpoint.h"
#include "ovh/snapshot.h"
#include "review/review.h"

namespace vigie::gui {

struct ConnectionKeys {
    ovh::Endpoint endpoint;
    ovh::Credentials credentials;
    std::string source;  // "~/.ovh.conf", "environment", "keyring", or empty when typed in the dialog
    bool inKeyring = false;  // stored in (or read from) the desktop keyring
};

// A snapshot shown instead of the profile's own readings.
struct ShownSnapshot {
    std::map<std::string, CheckEvidence> readings;  // by check id
    TimePoint readAt{};
    std::string account;  // "nichandle (email)", may be empty
    std::string endpoint;
    std::string path;  // the file, empty for the demo
    bool demo = false;
    std::vector<UserMessage> problems;  // routes that could not be read
    ConnectionInfo connection;  // as a profile would keep it (checks::connectionOf)
};

class ConnectedMode {
public:
    bool connected() const { return keys_.has_value(); }
    const ConnectionKeys* keys() const { return keys_ ? &*keys_ : nullptr; }
    void connect(ConnectionKeys keys) { keys_ = std::move(keys); }
    // The keys' buffers are wiped as they go.
    void disconnect() {
        keys_.reset();
        lastRead_.reset();
    }

    // The last reading made with these keys, for the banner.
    struct LastRead {
        std::string account;
        TimePoint readAt{};
    };
    std::optional<LastRead> lastRead() const { return lastRead_; }
    void setLastRead(const ovh::AccountSnapshot& snapshot) {
        lastRead_ = LastRead{ovh::accountLabel(snapshot), snapshot.readAt};
    }

    const ShownSnapshot* shown() const { return shown_ ? &*shown_ : nullptr; }
    void show(const ovh::AccountSnapshot& snapshot, const std::string& path);
    void stopShowing() { shown_.reset(); }

    // `vigie --demo`: the window shows the bundled account and saves nothing.
    bool demo() const { return demo_; }
    void setDemo(bool demo) { demo_ = demo; }

    // The profile as the views show it: with the shown snapshot's readings in place of its own.
    Profile viewed(const Profile& profile) const;

private:
    std::optional<ConnectionKeys> keys_;
    std::optional<ShownSnapshot> shown_;
    std::optional<LastRead> lastRead_;
    bool demo_ = false;
};

}  // namespace vigie::gui
