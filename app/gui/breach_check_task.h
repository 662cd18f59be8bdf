// One Pwned Passwords look-up at a time, on a background task (background_task.h), with its
// result handed back on the UI thread. Starting a new check or cancelling abandons the previous
// one: its request is aborted and its result, if it still arrives, is dropped. The window owning
// the task may go at any time, and never waits for the network.
//
// The password is moved in, in a wiped buffer, and wiped by the worker as soon as the request is
// done; only the first 5 hex digits of its SHA-1 are sent (password/breach_check.h).
#pragma once

#include <functional>
#include <string>

#include "background_task.h"
#include "password/breach_check.h"
#include "secret/secure_string.h"

namespace vigie::gui {

class BreachCheckTask {
public:
    using Done = std::function<void(const password::BreachCheckResult& result)>;

    // `done` runs on the UI thread, once per check that was neither cancelled nor replaced.
    explicit BreachCheckTask(Done done) : done_(std::move(done)) {}

    void start(SecureString password, std::string baseUrl);
    void cancel() { task_.cancel(); }
    bool running() const { return task_.running(); }

    // The service's address: $VIGIE_PWNED_URL when set (tests point it at a loopback server),
    // else Have I Been Pwned's range API. The 5-digit prefix is appended to it.
    static std::string serviceUrl();

private:
    Done done_;
    BackgroundTask<password::BreachCheckResult> task_;
};

}  // namespace vigie::gui
