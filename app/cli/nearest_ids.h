// Suggestions for a mistyped item id: the known ids closest by edit distance, and those sharing
// the longest dotted prefix ("secure.password." for "secure.password.lenght").
#pragma once

#include <string>
#include <vector>

namespace vigie::cli {

std::size_t editDistance(const std::string& a, const std::string& b);

// At most `limit` ids, best first; none when nothing is reasonably close.
std::vector<std::string> nearestIds(const std::string& wanted, const std::vector<std::string>& known,
                                    std::size_t limit = 5);

}  // namespace vigie::cli
