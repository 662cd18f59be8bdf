// Two Vigies on one state file (the window and `vigie mark`): a writer that holds the whole
// state in memory saves what it changed, not what it holds, so a change made by the other one
// meanwhile is kept. A three-way merge: `base` is the state as this writer last read or wrote
// it, `mine` what it holds now, `onDisk` the file as it is under the lock.
#pragma once

#include "review/review.h"

namespace vigie {

// Applies to `onDisk` every difference between `base` and `mine`: items, profile fields,
// completed passes, connected-mode readings and their connection (a newer one on disk stays),
// added and deleted profiles, the current profile. What `mine` did not
// change stays as `onDisk` has it.
void applyChanges(const ReviewState& base, const ReviewState& mine, ReviewState& onDisk);

}  // namespace vigie
