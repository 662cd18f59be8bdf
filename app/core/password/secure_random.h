// Unbiased random choices for the passphrase generator.
//
// Taking a random 32-bit number modulo the list size favours the first words whenever the size
// does not divide 2^32. Rejection sampling removes that bias: draws at or above the largest
// multiple of the size that fits in 2^32 are thrown away and drawn again, so every index is
// exactly equally likely (fewer than half the draws are rejected, whatever the size).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>

namespace vigie::password {

// Fills `out` with `size` random bytes; false when no randomness is available.
using RandomBytes = std::function<bool(unsigned char* out, std::size_t size)>;

// OpenSSL's RAND_bytes (a CSPRNG seeded from the kernel).
RandomBytes systemRandomBytes();

// The largest multiple of `range` not above 2^32; draws at or above it are rejected.
// `range` must be at least 1.
std::uint64_t rejectionLimit(std::uint32_t range);

// Uniform in [0, range); nullopt if `random` fails. `range` must be at least 1.
std::optional<std::uint32_t> uniformIndex(std::uint32_t range, const RandomBytes& random);

}  // namespace vigie::password
