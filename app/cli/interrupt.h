// Ctrl-C during a long network wait (reading the account, waiting for a key's validation)
// cancels that wait cleanly instead of killing the process half-way: while an InterruptGuard
// lives, SIGINT sets interruptFlag(), which the API client and the waits watch.
#pragma once

#include <atomic>
#include <csignal>

namespace vigie::cli {

const std::atomic<bool>& interruptFlag();

class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction previous_ {};
};

}  // namespace vigie::cli
