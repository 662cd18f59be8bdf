// Chooses how Vigie runs: a command (status, mark, export, password...), the terminal mode, or
// the desktop window. Nothing else lives here.
#include <cstdlib>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

#include "cli/cli.h"
#include "gui/gui_app.h"
#include "i18n/translator.h"

namespace {

bool hasDisplay() {
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY"}) {
        const char* value = std::getenv(variable);
        if (value && *value) return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (vigie::cli::wantsCommandLine(args)) return vigie::cli::run(args, std::cin, std::cout, std::cerr);
    if (hasDisplay()) return vigie::gui::run(argc, argv);
    if (::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO))
        return vigie::cli::run({"--text"}, std::cin, std::cout, std::cerr);
    vigie::Translator tr(vigie::systemLanguage());
    std::cerr << tr("vigie: no display and no terminal; run \"vigie --text\" in a terminal, or \"vigie --help\".")
              << '\n';
    return 1;
}
