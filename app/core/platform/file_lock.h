// One writer at a time: an advisory lock (flock) on a lock file beside the file it protects.
// The lock file is created once and never removed (removing it would let two writers lock two
// different files). flock, not fcntl locks: fcntl locks vanish when any descriptor of the file
// is closed in the process, and they are per process, so two stores in one process would share.
#pragma once

#include <chrono>
#include <memory>
#include <string>

namespace vigie {

class FileLock {
public:
    enum class Outcome { Locked, Busy, Unavailable };

    // Waits up to `patience` for the exclusive lock on `lockPath`. Locked: held until the object
    // goes. Busy: another process kept it all that time. Unavailable: the lock file cannot be
    // created or opened (a read-only folder), so nobody can be writing through Vigie there.
    static std::unique_ptr<FileLock> acquire(const std::string& lockPath, std::chrono::milliseconds patience,
                                             Outcome& outcome);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    explicit FileLock(int fd) : fd_(fd) {}
    int fd_;
};

}  // namespace vigie
