// Puts a window back where the user left it, as long as that place is still on a screen.
#pragma once

#include <string>

#include <wx/toplevel.h>

#include "platform/settings.h"

namespace vigie::gui {

// `defaultSize` is in DIPs, used the first time and when the saved place is off every screen.
void restoreGeometry(wxTopLevelWindow* window, const Settings& settings, const std::string& key,
                     const wxSize& defaultSize);
void rememberGeometry(const wxTopLevelWindow* window, Settings& settings, const std::string& key);

}  // namespace vigie::gui
