// Vigie's version, as the build names it (CMake's project version): for --version, the About
// box, the record and the breach check's User-Agent.
#pragma once

#include <string>

namespace vigie {

std::string vigieVersion();

}  // namespace vigie
