#include "gui_app.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/wait.h>
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
// in a child process (initialising GTK here would come before wx's own set-up, which must be
// first) with Xlib's complaints silenced, so the user gets one clear line instead.
bool displayOpens(int argc, char** argv) {
    const pid_t child = ::fork();
    if (child < 0) return true;  // cannot tell: let wx try
    if (child == 0) {
        int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (devNull >= 0) ::dup2(devNull, STDERR_FILENO);
        ::_exit(gtk_init_check(&argc, &argv) ? 0 : 1);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
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
