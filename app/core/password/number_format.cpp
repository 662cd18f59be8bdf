#include "password/number_format.h"

namespace vigie::password {

std::string formatCount(std::uint64_t value, Language language) {
    const std::string separator = language == Language::French ? "\u202F" : ",";
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

}  // namespace vigie::password
