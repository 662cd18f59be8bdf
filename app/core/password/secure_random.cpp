#include "password/secure_random.h"

#include <climits>

#include <openssl/rand.h>

namespace vigie::password {

RandomBytes systemRandomBytes() {
    return [](unsigned char* out, std::size_t size) {
        return size <= INT_MAX && RAND_bytes(out, static_cast<int>(size)) == 1;
    };
}

std::uint64_t rejectionLimit(std::uint32_t range) {
    constexpr std::uint64_t kSpan = std::uint64_t{1} << 32;
    return kSpan - kSpan % range;
}

std::optional<std::uint32_t> uniformIndex(std::uint32_t range, const RandomBytes& random) {
    const std::uint64_t limit = rejectionLimit(range);
    for (;;) {
        unsigned char bytes[4];
        if (!random(bytes, sizeof bytes)) return std::nullopt;
        std::uint32_t draw = std::uint32_t{bytes[0]} << 24 | std::uint32_t{bytes[1]} << 16 |
                             std::uint32_t{bytes[2]} << 8 | std::uint32_t{bytes[3]};
        if (draw < limit) return draw % range;
    }
}

}  // namespace vigie::password
