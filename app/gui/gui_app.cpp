#include "gui_app.h"

#include <X11/Xlib.h>
#include <cstdlib>
#include <iostream>
#include <string>
#include <wx/init.h>

#include "application.h"
#include "language.h"
#include "startup.h"
#include "i18n/translator.h"

namespace vigie::gui {

namespace {

// GTK aborts with a core dump when the display it is given cannot be opened, so ask first, to
// give the user one clear line instead. Asking costs an X connection (a millisecond), not GTK's
// initialisation: the earlier check ran gtk_init_check() in a child process, which loaded GTK,
// its theme and the GL drivers a second time and cost a third of the start-up. On Wayland,
// GTK's own connection is the check (it reports a failure and wx stops cleanly).
//
// The probe's connection stays open until GTK has opened its own. An X server whose last client
// leaves resets itself (Xvfb does, and so does Xorg without a display manager), and closes every
// connection made while it resets: when Vigie was the server's only client, closing the probe
// first let GTK connect into that reset and lose its display at once, and the window died with
// "Can't create a GtkStyleContext without a display connection", or with Gtk-CRITICAL warnings
// and a trap.
class DisplayProbe {
public:
    DisplayProbe() {
        const char* backend = std::getenv("GDK_BACKEND");
        const bool x11Only = backend && std::string(backend) == "x11";
        const char* wayland = std::getenv("WAYLAND_DISPLAY");
        if (wayland && *wayland && !x11Only) {
            opens_ = true;
            return;
        }
        const char* x11 = std::getenv("DISPLAY");
        if (!x11 || !*x11) return;
        display_ = XOpenDisplay(nullptr);
        opens_ = display_ != nullptr;
    }
    ~DisplayProbe() { release(); }
    DisplayProbe(const DisplayProbe&) = delete;
    DisplayProbe& operator=(const DisplayProbe&) = delete;

    bool opens() const { return opens_; }
    void release() {
        if (display_) XCloseDisplay(display_);
        display_ = nullptr;
    }

private:
    Display* display_ = nullptr;
    bool opens_ = false;
};

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

// `vigie --demo`, anywhere among the options: the window opens on the demo account.
void takeDemoOption(int& argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) != "--demo") continue;
        requestDemo();
        for (int j = i + 1; j <= argc; ++j) argv[j - 1] = argv[j];
        --argc;
        return;
    }
}

}  // namespace

int run(int argc, char** argv) {
    takeDemoOption(argc, argv);
    takeLanguageOption(argc, argv);
    DisplayProbe probe;
    if (!probe.opens()) {
        Translator tr(systemLanguage());
        std::cerr << tr("vigie: cannot open the display; check DISPLAY, or run \"vigie --text\" in a terminal.")
                  << '\n';
        return 1;
    }
    // What wxEntry() does, with the probe let go once GTK is connected (wxEntryStart).
    wxApp::SetInstance(new Application);
    wxInitializer initializer(argc, argv);
    probe.release();
    if (!initializer.IsOk()) return 1;
    try {
        if (!wxTheApp->CallOnInit()) return 1;
        struct CallOnExit {
            CallOnExit() = default;
            CallOnExit(const CallOnExit&) = delete;
            CallOnExit& operator=(const CallOnExit&) = delete;
            ~CallOnExit() { wxTheApp->OnExit(); }
        } callOnExit;
        return wxTheApp->OnRun();
    } catch (...) {
        wxTheApp->OnUnhandledException();
        return 1;
    }
}

}  // namespace vigie::gui
