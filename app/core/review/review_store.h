// Keeps the review state on disk: $XDG_DATA_HOME/vigie/state.xml, written atomically after every
// change, mode 0600, with a format version. A file Vigie cannot read is moved aside, never
// overwritten, and a failed write keeps the state in memory so nothing typed is lost.
#pragma once

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

    const std::string& path() const { return path_; }

    // Reads the file. Missing file: a fresh state. Corrupt or newer-version file: moved aside
    // with a timestamp, and a fresh state.
    LoadOutcome load() const;

    // Writes atomically. Throws SaveError (with a user-readable message) on failure; the file
    // on disk is then the previous version, untouched.
    void save(const ReviewState& state) const;

    // Serialisation, exposed for tests and for the CLI.
    static std::string toXml(const ReviewState& state);
    static ReviewState fromXml(const std::string& xml);  // throws FormatError

private:
    std::string path_;
};

}  // namespace vigie
