// Keeps the review state on disk: $XDG_DATA_HOME/vigie/state.xml, written atomically after every
// change, mode 0600, with a format version. A file Vigie cannot read is moved aside under a name
// of its own, never overwritten, and a failed write keeps the state in memory so nothing typed is
// lost. Writers take turns: an advisory lock (state.xml.lock) covers every read-modify-write.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "platform/errors.h"
#include "review/review.h"

namespace vigie {

inline constexpr int kStateFormatVersion = 1;

struct LoadOutcome {
    ReviewState state;
    // Set when the file could not be used and was moved aside: the new path, and why.
    std::optional<std::string> movedAsideTo;
    UserMessage problem;  // empty when the file was fine or absent
};

class ReviewStore {
public:
    explicit ReviewStore(std::string path);
    static std::string defaultPath();  // $XDG_DATA_HOME/vigie/state.xml or ~/.local/share/...
    static std::string lockPathFor(const std::string& statePath);  // "<state>.lock"

    const std::string& path() const { return path_; }

    // Reads the file. Missing file: a fresh state. Corrupt or newer-version file: moved aside
    // under a unique name, and a fresh state. Also removes the temporary files a killed save left.
    LoadOutcome load() const;

    // Writes atomically, under the lock. Throws SaveError (with a user-readable message) on
    // failure, or when another Vigie keeps the lock; the file on disk is then untouched.
    void save(const ReviewState& state) const;

    // Read-modify-write as one step: under the lock, loads the file as it is now, applies
    // `change` to it and saves the result, which it returns. A change made meanwhile by another
    // Vigie is therefore kept, never overwritten. Throws like save().
    using Change = std::function<void(ReviewState&)>;
    LoadOutcome update(const Change& change) const;

    // Keeps the lock from now until releaseLock() or the last copy of this store goes: a command
    // that loads, changes and saves holds it across the three. Throws SaveError when another
    // Vigie keeps it; in a folder where no lock file can exist (read-only) it holds nothing.
    void holdLock() const;
    void releaseLock() const;

    // True when the file changed on disk since this store last read or wrote it (another Vigie
    // wrote it): a window then reloads rather than overwrite that change.
    bool changedOnDisk() const;

    // How long a writer waits for another one before saying the file is busy.
    static void setLockPatienceForTesting(std::chrono::milliseconds patience);

    // Serialisation, exposed for tests and for the CLI.
    static std::string toXml(const ReviewState& state);
    static ReviewState fromXml(const std::string& xml);  // throws FormatError

private:
    struct Shared;
    class ScopedLock;
    LoadOutcome loadLocked() const;
    void saveLocked(const ReviewState& state) const;

    std::string path_;
    std::shared_ptr<Shared> shared_;  // the held lock and the last seen file, shared by copies
};

}  // namespace vigie
