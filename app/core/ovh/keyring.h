// The desktop keyring (Secret Service, through libsecret) for API keys the user asked Vigie to
// remember (`vigie connect --remember`). One item per endpoint, labelled for the user, holding the
// three keys. Where no Secret Service runs (no D-Bus session, no keyring daemon), every call says
// so in `problem` and Vigie keeps the keys in memory only.
#pragma once

#include <optional>
#include <string>

#include "ovh/api_client.h"
#include "platform/errors.h"

namespace vigie::ovh {

class Keyring {
public:
    // True when a Secret Service answers on the session bus.
    bool available(UserMessage& problem) const;
    bool store(const std::string& endpointName, const Credentials& keys, UserMessage& problem) const;
    // nullopt when nothing is stored for the endpoint (problem empty) or the keyring failed.
    std::optional<Credentials> load(const std::string& endpointName, UserMessage& problem) const;
    bool forget(const std::string& endpointName, UserMessage& problem) const;
};

}  // namespace vigie::ovh
