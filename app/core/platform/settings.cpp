#include "platform/settings.h"

#include <pugixml.hpp>
#include <sstream>

#include "platform/atomic_file.h"
#include "platform/errors.h"
#include "platform/paths.h"

namespace vigie {

std::string Settings::path() { return configHome() + "/settings.xml"; }

Settings Settings::load() {
    Settings settings;
    removeStaleTemporaries(path(), 3600);  // a save killed an hour ago or more (no lock here)
    pugi::xml_document doc;
    if (!doc.load_file(path().c_str())) return settings;
    pugi::xml_node root = doc.child("vigie-settings");
    if (auto language = parseLanguage(root.child("language").text().as_string())) settings.language_ = *language;
    for (pugi::xml_node window : root.children("window")) {
        WindowGeometry g;
        g.x = window.attribute("x").as_int();
        g.y = window.attribute("y").as_int();
        g.width = window.attribute("width").as_int();
        g.height = window.attribute("height").as_int();
        g.maximized = window.attribute("maximized").as_bool();
        if (g.width > 0 && g.height > 0) settings.geometries_[window.attribute("name").as_string()] = g;
    }
    return settings;
}

bool Settings::save() const {
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("vigie-settings");
    root.append_attribute("version") = 1;
    if (language_) root.append_child("language").text() = std::string(languageCode(*language_)).c_str();
    for (const auto& [name, g] : geometries_) {
        pugi::xml_node window = root.append_child("window");
        window.append_attribute("name") = name.c_str();
        window.append_attribute("x") = g.x;
        window.append_attribute("y") = g.y;
        window.append_attribute("width") = g.width;
        window.append_attribute("height") = g.height;
        window.append_attribute("maximized") = g.maximized;
    }
    std::ostringstream out;
    doc.save(out, "  ");
    try {
        makeDirectories(configHome());
        writeFileAtomically(path(), out.str(), 0600);
        return true;
    } catch (const SaveError&) {
        return false;
    }
}

std::optional<WindowGeometry> Settings::geometry(const std::string& window) const {
    auto it = geometries_.find(window);
    if (it == geometries_.end()) return std::nullopt;
    return it->second;
}

void Settings::setGeometry(const std::string& window, const WindowGeometry& geometry) {
    geometries_[window] = geometry;
}

}  // namespace vigie
