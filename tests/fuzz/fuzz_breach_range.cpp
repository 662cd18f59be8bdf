// The breach-range response parser on arbitrary bodies (the server, or whatever sits between,
// chooses them): an answer or nullopt, never a crash.
#include <cstdint>
#include <string_view>

#include "password/breach_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    // The suffix of SHA-1("password"), and the body's own first line as a suffix.
    (void)vigie::password::countInRangeResponse(body, "1E4C9B93F3F0682250B6CF8331B7EE68FD8");
    (void)vigie::password::countInRangeResponse(body, body.substr(0, body.find(':')));
    return 0;
}
