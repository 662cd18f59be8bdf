// Where Vigie's files live. XDG base directories, resolved explicitly because wx 3.2's
// wxStandardPaths::GetUserDataDir ignores them.
#pragma once

#include <string>

namespace vigie {

std::string dataHome();  // $XDG_DATA_HOME or ~/.local/share, plus "/vigie"
std::string configHome();  // $XDG_CONFIG_HOME or ~/.config, plus "/vigie"

// Shipped resources: the env override, then the installed location next to the executable,
// then the source tree (when running from a build folder).
std::string wizardsDir();  // $VIGIE_WIZARDS_DIR, <prefix>/share/vigie/wizards, source wizards/
std::string localeDir();  // $VIGIE_LOCALE_DIR, <prefix>/share/locale, build locale/
std::string localesSourceDir();  // word lists: $VIGIE_LOCALES_DIR, <prefix>/share/vigie/locales, source locales/

}  // namespace vigie
