#include "platform/file_lock.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace vigie {

std::unique_ptr<FileLock> FileLock::acquire(const std::string& lockPath, std::chrono::milliseconds patience,
                                            Outcome& outcome) {
    int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);  // flock needs no write access
    if (fd < 0) {
        outcome = Outcome::Unavailable;
        return nullptr;
    }
    const auto deadline = std::chrono::steady_clock::now() + patience;
    auto pause = std::chrono::milliseconds(2);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            ::close(fd);
            outcome = Outcome::Unavailable;
            return nullptr;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::close(fd);
            outcome = Outcome::Busy;
            return nullptr;
        }
        // Polling rather than a blocking flock: a blocking call cannot time out without a signal.
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
    outcome = Outcome::Locked;
    return std::unique_ptr<FileLock>(new FileLock(fd));
}

FileLock::~FileLock() { ::close(fd_); }  // closing the last descriptor releases the flock

}  // namespace vigie
