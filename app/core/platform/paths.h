// Where Vigie's files live. XDG base directories, resolved explicitly because wx 3.2's
// wxStandardPaths::GetUserDataDir ignores them.
#pragma once

#include <string>

namespace vigie {

std::string dataHome();  // $XDG_DATA_HOME or ~/.local/share, plus "/vigie"
std::string configHome();  // $XDG_CONFIG_HOME or ~/.config, plus "/vigie"

// Shipped resources, found at run time and never from a path compiled in, so that one build
// works from its build folder, from /usr and from /opt/vigie (or any prefix):
//   1. an environment override (tests, or a user trying other content);
//   2. next to the executable: <exe>/../share/vigie and <exe>/../share/locale, when
//      <exe>/../share/vigie exists (an installed or unpacked copy);
//   3. the build tree, only when the executable sits inside one: the nearest folder above it
//      holding the file vigie-build-tree (written by CMake, never installed) names the source
//      folder (the same layout as share/vigie: wizards/, locales/) and the compiled catalogs.
std::string dataDir();  // $VIGIE_DATA_DIR, <prefix>/share/vigie, the source folder
std::string wizardsDir();  // $VIGIE_WIZARDS_DIR, then dataDir() + "/wizards"
std::string localesSourceDir();  // word lists: $VIGIE_LOCALES_DIR, then dataDir() + "/locales"
std::string localeDir();  // catalogs: $VIGIE_LOCALE_DIR, <prefix>/share/locale, the build's locale/

// The name of the marker file at the top of a build tree, and how it is read: lines
// "data=<folder>" and "locale=<folder>"; anything else is ignored. Exposed for the tests.
inline constexpr const char* kBuildTreeMarker = "vigie-build-tree";
struct ResourceDirs {
    std::string data;
    std::string locale;
};
// The resources for an executable in `exeDir` (steps 2 and 3 above); empty members when none.
ResourceDirs resourceDirsFor(const std::string& exeDir);

}  // namespace vigie
