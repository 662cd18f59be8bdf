#include "gui_app.h"

#include <fcntl.h>
#include <gtk/gtk.h>
#include <iostream>
#include <string>
#include <unistd.h>
#include <wx/init.h>

#include "application.h"
#include "language.h"
#include "i18n/translator.h"

namespace vigie::gui {

namespace {

// GTK aborts with a core dump when the display named by DISPLAY cannot be opened. Ask GTK first,
// with Xlib's own complaints silenced, so the user gets one line instead.
bool displayOpens(int& argc, char**& argv) {
    int savedStderr = ::dup(STDERR_FILENO);
    int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devNull >= 0) ::dup2(devNull, STDERR_FILENO);
    gtk_disable_setlocale();  // as wx does: it sets the locale itself
    bool ok = gtk_init_check(&argc, &argv);
    if (savedStderr >= 0) {
        ::dup2(savedStderr, STDERR_FILENO);
        ::close(savedStderr);
    }
    if (devNull >= 0) ::close(devNull);
    return ok;
}

// main.cpp sends `vigie --lang CODE` here; wx must not see the option.
void takeLanguageOption(int& argc, char** argv) {
    if (argc >= 3 && std::string(argv[1]) == "--lang") {
        if (auto language = parseLanguage(argv[2])) setLanguageOverride(*language);
        for (int i = 3; i <= argc; ++i) argv[i - 2] = argv[i];
        argc -= 2;
    } else if (argc >= 2 && std::string(argv[1]).rfind("--lang=", 0) == 0) {
        if (auto language = parseLanguage(argv[1] + 7)) setLanguageOverride(*language);
        for (int i = 2; i <= argc; ++i) argv[i - 1] = argv[i];
        argc -= 1;
    }
}

}  // namespace

int run(int argc, char** argv) {
    takeLanguageOption(argc, argv);
    if (!displayOpens(argc, argv)) {
        Translator tr(systemLanguage());
        std::cerr << tr("vigie: cannot open the display; check DISPLAY, or run \"vigie --text\" in a terminal.")
                  << '\n';
        return 1;
    }
    wxApp::SetInstance(new Application);
    return wxEntry(argc, argv);
}

}  // namespace vigie::gui
