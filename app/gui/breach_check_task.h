// One Pwned Passwords look-up at a time, on a background thread (background_threads.h), with its
// result handed back on the UI thread. Starting a new check or cancelling abandons the previous
// one: its request is aborted and its result, if it still arrives, is dropped.
//
// Lifetime: the worker queues its result on an event handler this object owns, under a mutex the
// destructor also takes; once the destructor has run, the worker queues nothing, and whatever it
// queued before is deleted with the handler. So the window owning the task may go at any time,
// and never waits for the network.
//
// The password is moved in, in a wiped buffer, and wiped by the worker as soon as the request is
// done; only the first 5 hex digits of its SHA-1 are sent (password/breach_check.h).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <wx/event.h>

#include "password/breach_check.h"
#include "secret/secure_string.h"

namespace vigie::gui {

class BreachCheckTask {
public:
    using Done = std::function<void(const password::BreachCheckResult& result)>;

    // `done` runs on the UI thread, once per check that was neither cancelled nor replaced.
    explicit BreachCheckTask(Done done);
    ~BreachCheckTask();
    BreachCheckTask(const BreachCheckTask&) = delete;
    BreachCheckTask& operator=(const BreachCheckTask&) = delete;

    void start(SecureString password, std::string baseUrl);
    void cancel();
    bool running() const { return current_ != nullptr; }

    // The service's address: $VIGIE_PWNED_URL when set (tests point it at a loopback server),
    // else Have I Been Pwned's range API. The 5-digit prefix is appended to it.
    static std::string serviceUrl();

private:
    struct Check;
    void deliver(const std::shared_ptr<Check>& check, const password::BreachCheckResult& result);

    Done done_;
    wxEvtHandler receiver_;  // the UI-thread end: the worker queues its result here
    std::shared_ptr<Check> current_;
};

}  // namespace vigie::gui
