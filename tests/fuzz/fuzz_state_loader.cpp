// The state loader on arbitrary bytes: it must throw FormatError or load, never crash, and what it
// loads must survive a save and a load unchanged (nothing a user typed is lost on the way).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "review/review_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    vigie::ReviewState state;
    try {
        state = vigie::ReviewStore::fromXml(xml);
    } catch (const vigie::FormatError&) {
        return 0;
    }
    const std::string saved = vigie::ReviewStore::toXml(state);
    const std::string again = vigie::ReviewStore::toXml(vigie::ReviewStore::fromXml(saved));
    if (again != saved) std::abort();  // a round trip changed what was stored
    return 0;
}
