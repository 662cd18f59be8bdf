#include "platform/paths.h"

#include <cstdlib>
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

std::string executableDir() {
    char buffer[4096];
    ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0) return {};
    std::string path(buffer, static_cast<std::size_t>(n));
    return path.substr(0, path.find_last_of('/'));
}

// First existing folder among: the environment override, the install prefix, the build tree.
std::string resource(const char* variable, const std::string& installed, const std::string& dev) {
    std::string value = env(variable);
    if (!value.empty()) return value;
    std::string exe = executableDir();
    if (!exe.empty() && isDirectory(exe + "/" + installed)) return exe + "/" + installed;
    return dev;
}

}  // namespace

std::string dataHome() { return xdg("XDG_DATA_HOME", "/.local/share"); }
std::string configHome() { return xdg("XDG_CONFIG_HOME", "/.config"); }

std::string wizardsDir() { return resource("VIGIE_WIZARDS_DIR", "../share/vigie/wizards", VIGIE_SOURCE_WIZARDS_DIR); }
std::string localeDir() { return resource("VIGIE_LOCALE_DIR", "../share/locale", VIGIE_BUILD_LOCALE_DIR); }
std::string localesSourceDir() {
    return resource("VIGIE_LOCALES_DIR", "../share/vigie/locales", VIGIE_SOURCE_LOCALES_DIR);
}

}  // namespace vigie
