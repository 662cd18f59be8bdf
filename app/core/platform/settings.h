// The user's preferences (not their review data): language and window geometry, in
// $XDG_CONFIG_HOME/vigie/settings.xml. A typed facade so no string keys leak into the UI.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "platform/language.h"

namespace vigie {

struct WindowGeometry {
    int x = 0, y = 0, width = 0, height = 0;
    bool maximized = false;
};

class Settings {
public:
    // Reads the file; a missing or unreadable file gives defaults (preferences are not worth an
    // error dialog, and nothing the user cannot set again is lost).
    static Settings load();
    // Best effort; returns false when the file could not be written.
    bool save() const;

    std::optional<Language> language() const { return language_; }
    void setLanguage(Language language) { language_ = language; }

    std::optional<WindowGeometry> geometry(const std::string& window) const;
    void setGeometry(const std::string& window, const WindowGeometry& geometry);

    static std::string path();

private:
    std::optional<Language> language_;
    std::map<std::string, WindowGeometry> geometries_;
};

}  // namespace vigie
