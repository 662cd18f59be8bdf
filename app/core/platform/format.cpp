#include "platform/format.h"

namespace vigie {

template <typename Range>
static std::string fill(std::string_view pattern, const Range& args) {
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    auto next = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' && next != args.end()) {
            out += *next++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args) {
    return fill(pattern, args);
}

std::string format(std::string_view pattern, const std::vector<std::string>& args) { return fill(pattern, args); }

}  // namespace vigie
