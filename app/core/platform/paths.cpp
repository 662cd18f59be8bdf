#include "platform/paths.h"

#include <climits>
#include <cstdlib>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace vigie {
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

bool isDirectory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string home() {
    std::string h = env("HOME");
    return h.empty() ? std::string("/tmp") : h;
}

// XDG says a relative value is invalid and must be ignored.
std::string xdg(const char* variable, const char* fallbackUnderHome) {
    std::string value = env(variable);
    if (value.empty() || value[0] != '/') value = home() + fallbackUnderHome;
    return value + "/vigie";
}

// "/usr/bin/../share/vigie" as "/usr/share/vigie", for the messages that name a folder.
std::string canonical(const std::string& path) {
    char resolved[PATH_MAX];
    return ::realpath(path.c_str(), resolved) ? std::string(resolved) : path;
}

std::string parentOf(const std::string& dir) {
    std::size_t slash = dir.find_last_of('/');
    if (slash == std::string::npos || slash == 0) return "/";
    return dir.substr(0, slash);
}

std::string executableDir() {
    char buffer[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0) return {};
    return parentOf(std::string(buffer, static_cast<std::size_t>(n)));
}

// Test programs sit a few levels below the top of the build tree (tests/cli/commands/).
constexpr int kMaxBuildTreeDepth = 5;

ResourceDirs readMarker(const std::string& file) {
    ResourceDirs dirs;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("data=", 0) == 0) dirs.data = line.substr(5);
        if (line.rfind("locale=", 0) == 0) dirs.locale = line.substr(7);
    }
    return dirs;
}

const ResourceDirs& resourceDirs() {
    static const ResourceDirs dirs = resourceDirsFor(executableDir());
    return dirs;
}

}  // namespace

ResourceDirs resourceDirsFor(const std::string& exeDir) {
    if (exeDir.empty()) return {};
    std::string prefix = parentOf(exeDir);
    if (isDirectory(prefix + "/share/vigie")) {
        return {canonical(prefix + "/share/vigie"), canonical(prefix + "/share/locale")};
    }
    std::string dir = exeDir;
    for (int depth = 0; depth <= kMaxBuildTreeDepth; ++depth) {
        std::string marker = (dir == "/" ? std::string() : dir) + "/" + kBuildTreeMarker;
        if (std::ifstream(marker).good()) return readMarker(marker);
        if (dir == "/") break;
        dir = parentOf(dir);
    }
    return {};
}

std::string dataHome() { return xdg("XDG_DATA_HOME", "/.local/share"); }
std::string configHome() { return xdg("XDG_CONFIG_HOME", "/.config"); }

std::string dataDir() {
    std::string value = env("VIGIE_DATA_DIR");
    if (!value.empty()) return value;
    if (!resourceDirs().data.empty()) return resourceDirs().data;
    return parentOf(executableDir()) + "/share/vigie";  // missing: the messages name where it was expected
}

std::string wizardsDir() {
    std::string value = env("VIGIE_WIZARDS_DIR");
    return value.empty() ? dataDir() + "/wizards" : value;
}

std::string localesSourceDir() {
    std::string value = env("VIGIE_LOCALES_DIR");
    return value.empty() ? dataDir() + "/locales" : value;
}

std::string localeDir() {
    std::string value = env("VIGIE_LOCALE_DIR");
    if (!value.empty()) return value;
    if (!resourceDirs().locale.empty()) return resourceDirs().locale;
    return parentOf(executableDir()) + "/share/locale";
}

}  // namespace vigie
