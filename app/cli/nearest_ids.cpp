#include "cli/nearest_ids.h"

#include <algorithm>
#include <tuple>

namespace vigie::cli {

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {

// Length of the common prefix, counted in whole dotted segments.
std::size_t sharedSegments(const std::string& a, const std::string& b) {
    std::size_t segments = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size() && a[i] == b[i]; ++i)
        if (a[i] == '.') ++segments;
    return segments;
}

}  // namespace

std::vector<std::string> nearestIds(const std::string& wanted, const std::vector<std::string>& known,
                                    std::size_t limit) {
    std::size_t tolerance = std::max<std::size_t>(2, wanted.size() / 3);
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> candidates;  // distance, -segments, id
    for (const std::string& id : known) {
        std::size_t distance = editDistance(wanted, id);
        std::size_t segments = sharedSegments(wanted, id);
        // Either a small typo, or the same wizard and step ("alpha.password.").
        if (distance <= tolerance || segments >= 2 || (segments == 1 && wanted.find('.') == wanted.rfind('.')))
            candidates.emplace_back(distance, 100 - std::min<std::size_t>(segments, 100), id);
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<std::string> out;
    for (const auto& candidate : candidates) {
        if (out.size() == limit) break;
        out.push_back(std::get<2>(candidate));
    }
    return out;
}

}  // namespace vigie::cli
