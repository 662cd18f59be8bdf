// Replaces a file's content so that a crash or a full disk leaves either the old or the new
// content, never a mix: temporary file in the same folder, write, fsync, rename, fsync folder.
#pragma once

#include <string>
#include <string_view>
#include <sys/types.h>

namespace vigie {

// Throws SaveError with a message naming the path and the system's reason.
void writeFileAtomically(const std::string& path, std::string_view content, mode_t mode = 0600);

// Removes the temporary files writeFileAtomically left beside `path` when the process was killed
// mid-write ("<file>.saving-XXXXXX", or an older version's "<file>.XXXXXX" that holds Vigie's
// XML; regular files owned by the user), if they are at least `minAgeSeconds` old; 0 removes
// them all, for a caller that holds the lock every writer of `path` takes. Returns how many.
int removeStaleTemporaries(const std::string& path, long minAgeSeconds);

// Creates the folder and its parents (mode 0700 for those it creates). Throws SaveError.
void makeDirectories(const std::string& path);

// Test hook: when set, writeFileAtomically fails after writing this many bytes, as a full disk
// would. -1 (the default) disables it.
void setWriteFailureAfterBytesForTesting(long bytes);

}  // namespace vigie
