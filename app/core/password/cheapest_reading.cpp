#include "password/cheapest_reading.h"

#include <algorithm>
#include <limits>

namespace vigie::password {
namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();

struct Step {
    double bits = kUnreached;
    std::size_t from = 0;  // index of the previous position
    Candidate via;
};

std::vector<std::size_t> boundaries(const std::vector<Candidate>& candidates, std::size_t length) {
    std::vector<std::size_t> points{0, length};
    for (const Candidate& c : candidates) {
        points.push_back(c.begin);
        points.push_back(c.end);
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    while (!points.empty() && points.back() > length) points.pop_back();
    return points;
}

void relax(std::vector<Step>& steps, std::size_t from, std::size_t to, const Candidate& via) {
    double total = steps[from].bits + via.bits;
    if (total < steps[to].bits) steps[to] = {total, from, via};
}

}  // namespace

double multiPartAllowance(std::size_t begin, std::size_t end, std::size_t detailEnd) {
    if (begin == 0) return 0.0;
    return end >= detailEnd ? 1.0 : 1.75;
}

std::vector<Candidate> cheapestReading(const std::vector<Candidate>& candidates, std::size_t length,
                                       double bruteBitsPerByte, std::size_t detailEnd) {
    std::vector<std::size_t> points = boundaries(candidates, length);
    auto indexOf = [&](std::size_t position) {
        return static_cast<std::size_t>(std::lower_bound(points.begin(), points.end(), position) - points.begin());
    };
    std::vector<Step> steps(points.size());
    steps[0].bits = 0.0;
    // Positions only move forward, so one pass in order settles each before it is left.
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        if (steps[i].bits == kUnreached) continue;
        for (const Candidate& c : candidates) {
            if (c.begin == points[i] && c.end <= length) relax(steps, i, indexOf(c.end), c);
        }
        for (std::size_t j = i + 1; j < points.size(); ++j) {
            Candidate gap{points[i], points[j], 0, PatternKind::Random};
            gap.bits = bruteBitsPerByte * static_cast<double>(points[j] - points[i]) +
                       multiPartAllowance(points[i], points[j], detailEnd);
            relax(steps, i, j, gap);
        }
    }
    std::vector<Candidate> reading;
    for (std::size_t at = points.size() - 1; at > 0; at = steps[at].from) reading.push_back(steps[at].via);
    std::reverse(reading.begin(), reading.end());
    return reading;
}

}  // namespace vigie::password
