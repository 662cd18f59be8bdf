#include "platform/version.h"

namespace vigie {

std::string vigieVersion() { return VIGIE_VERSION; }

}  // namespace vigie
