#include "platform/atomic_file.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/errors.h"

namespace vigie {
namespace {

long g_failAfterBytes = -1;

// "state.xml.saving-Ab3xZ9": a name no user picks, so cleaning up can never take their file.
constexpr const char* kTemporarySuffix = ".saving-";

bool mkstempSuffix(const std::string& name, std::size_t from) {
    if (name.size() != from + 6) return false;
    for (std::size_t i = from; i < name.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(name[i]))) return false;
    return true;
}

// Earlier builds named their temporary "state.xml.XXXXXX": such a file is ours only if it
// holds what Vigie writes (a file of the user's called "state.xml.backup" is left alone).
bool legacyTemporary(const std::string& path) {
    char head[256] = {};
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    ssize_t n = ::read(fd, head, sizeof head - 1);
    ::close(fd);
    const std::string start(head, n > 0 ? static_cast<std::size_t>(n) : 0);
    return start.rfind("<?xml", 0) == 0 &&
           (start.find("<vigie-state") != std::string::npos || start.find("<vigie-settings") != std::string::npos);
}

std::string parentOf(const std::string& path) {
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

// `what` is a msgid with two placeholders: the path, then the system's reason.
[[noreturn]] void fail(const char* what, const std::string& path, int error) {
    throw SaveError(messageWithReason(what, path, error));
}

// Closes the descriptor and removes the temporary file unless released: a failed save leaves
// no litter beside the real file.
class TempFile {
public:
    explicit TempFile(const std::string& target) : path_(target + kTemporarySuffix + "XXXXXX") {
        fd_ = ::mkstemp(path_.data());
        if (fd_ < 0) fail(N_("Cannot create {}: {}"), target, errno);  // name what the user chose, not our temp
    }
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!released_) ::unlink(path_.c_str());
    }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    void closeOrThrow(const std::string& target) {
        int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) fail(N_("Cannot write {}: {}"), target, errno);
    }
    void release() { released_ = true; }

private:
    std::string path_;
    int fd_ = -1;
    bool released_ = false;
};

void writeAll(int fd, std::string_view content, const std::string& target) {
    std::size_t written = 0;
    while (written < content.size()) {
        std::size_t chunk = content.size() - written;
        if (g_failAfterBytes >= 0) {
            if (written >= static_cast<std::size_t>(g_failAfterBytes)) fail(N_("Cannot write {}: {}"), target, ENOSPC);
            chunk = std::min(chunk, static_cast<std::size_t>(g_failAfterBytes) - written);
        }
        ssize_t n = ::write(fd, content.data() + written, chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(N_("Cannot write {}: {}"), target, errno);
        }
        written += static_cast<std::size_t>(n);
    }
}

void syncFolder(const std::string& folder) {
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) return;  // the rename is done; a folder we cannot open cannot be synced either
    ::fsync(dir);
    ::close(dir);
}

}  // namespace

int removeStaleTemporaries(const std::string& path, long minAgeSeconds) {
    const std::string folder = parentOf(path);
    const std::string base = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
    DIR* dir = ::opendir(folder.c_str());
    if (!dir) return 0;
    int removed = 0;
    const std::time_t cutoff = std::time(nullptr) - minAgeSeconds;
    while (dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        const std::string ours = base + kTemporarySuffix, legacy = base + ".";
        const bool current = name.compare(0, ours.size(), ours) == 0 && mkstempSuffix(name, ours.size());
        const bool old = !current && name.compare(0, legacy.size(), legacy) == 0 && mkstempSuffix(name, legacy.size());
        if (!current && !old) continue;
        std::string full = folder + "/" + name;
        struct stat st {};
        if (::lstat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::getuid()) continue;
        if (minAgeSeconds > 0 && st.st_mtime > cutoff) continue;
        if (old && !legacyTemporary(full)) continue;
        if (::unlink(full.c_str()) == 0) ++removed;
    }
    ::closedir(dir);
    return removed;
}

void setWriteFailureAfterBytesForTesting(long bytes) { g_failAfterBytes = bytes; }

void makeDirectories(const std::string& path) {
    if (path.empty()) return;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return;
        throw SaveError(UserMessage{N_("{} exists and is not a folder."), {path}});
    }
    makeDirectories(parentOf(path));
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) fail(N_("Cannot create the folder {}: {}"), path, errno);
}

void writeFileAtomically(const std::string& path, std::string_view content, mode_t mode) {
    TempFile temp(path);
    if (::fchmod(temp.fd(), mode) != 0) fail(N_("Cannot set permissions on {}: {}"), path, errno);
    writeAll(temp.fd(), content, path);
    if (::fsync(temp.fd()) != 0) fail(N_("Cannot write {}: {}"), path, errno);
    temp.closeOrThrow(path);
    if (::rename(temp.path().c_str(), path.c_str()) != 0) fail(N_("Cannot replace {}: {}"), path, errno);
    temp.release();
    syncFolder(parentOf(path));
}

}  // namespace vigie
