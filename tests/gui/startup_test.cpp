// The real executable started as a user starts it, in English and in French, in a large and a
// small screen: each time as the only client of an X server of its own, started with -terminate
// (it quits, instead of resetting, when its last client leaves). What is checked:
//   - the window shows, and Vigie is still running once it has;
//   - nothing on standard error from GTK, GDK, GLib or Pango (warnings and criticals);
//   - the libraries the first screen does not need are not loaded (libcurl and its TLS stack,
//     loaded on the first request: platform/curl_library.h).
// The only-client start is the installed-window flake: the display probe used to close its X
// connection before GTK opened its own, the server then had no client left, and GTK connected
// into its reset (here, into its exit) and died with "Can't create a GtkStyleContext without a
// display connection".
#define BOOST_TEST_MODULE startup
#include <boost/test/unit_test.hpp>

#include <X11/Xlib.h>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "temp_dir.h"

namespace {

using namespace std::chrono_literals;
constexpr auto kPatience = 60s;  // a loaded machine; a start normally takes a fraction of a second

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool alive(pid_t pid) {
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == 0;
}

// Xvfb on a free display number, which it writes to a pipe once it accepts connections.
class XServer {
public:
    explicit XServer(const std::string& screen) {
        int fds[2];
        BOOST_TEST_REQUIRE(pipe(fds) == 0);
        pid_ = fork();
        if (pid_ == 0) {
            close(fds[0]);
            const int devNull = open("/dev/null", O_WRONLY);
            dup2(devNull, STDERR_FILENO);
            const std::string fd = std::to_string(fds[1]);
            execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-terminate", "-nolisten", "tcp", "-screen", "0",
                   screen.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        close(fds[1]);
        std::string number;
        char c = 0;
        while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
        close(fds[0]);
        BOOST_TEST_REQUIRE(!number.empty(), "Xvfb did not start");
        display_ = ":" + number;
    }
    ~XServer() {
        if (alive(pid_)) kill(pid_, SIGTERM);
        waitpid(pid_, nullptr, 0);
    }
    XServer(const XServer&) = delete;
    XServer& operator=(const XServer&) = delete;
    const std::string& display() const { return display_; }
    bool running() const { return alive(pid_); }

private:
    pid_t pid_ = -1;
    std::string display_;
};

struct Start {
    bool shown = false;
    bool stillRunning = false;
    std::string stderrText;
    std::string maps;  // /proc/PID/maps once the window showed
};

bool hasViewableTopLevel(Display* display) {
    Window root = 0;
    Window parent = 0;
    Window* children = nullptr;
    unsigned count = 0;
    if (!XQueryTree(display, DefaultRootWindow(display), &root, &parent, &children, &count)) return false;
    bool found = false;
    for (unsigned i = 0; i < count && !found; ++i) {
        XWindowAttributes attributes;
        found = XGetWindowAttributes(display, children[i], &attributes) && attributes.map_state == IsViewable &&
                !attributes.override_redirect;
    }
    if (children) XFree(children);
    return found;
}

Start startVigie(const std::string& screen, const std::string& lang) {
    vigie::TempDir home;
    XServer server(screen);
    const std::string errors = home.path() + "/stderr.txt";
    const std::string lockFile = home.path() + "/data/vigie/state.xml.lock";
    const pid_t child = fork();
    if (child == 0) {
        setenv("DISPLAY", server.display().c_str(), 1);
        setenv("XDG_DATA_HOME", (home.path() + "/data").c_str(), 1);
        setenv("XDG_CONFIG_HOME", (home.path() + "/config").c_str(), 1);
        unsetenv("WAYLAND_DISPLAY");
        unsetenv("LC_ALL");
        unsetenv("LANGUAGE");
        setenv("LANG", lang.c_str(), 1);
        const int err = open(errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(err, STDERR_FILENO);
        execl(VIGIE_EXECUTABLE, VIGIE_EXECUTABLE, static_cast<char*>(nullptr));
        _exit(127);
    }
    Start start;
    // No connection of the test's own until Vigie's GTK is up, or the server could never be left
    // without a client. Vigie reads the saved review (and makes its lock file) once wx and GTK are
    // initialised, so the lock file says GTK holds its connection.
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    while (!std::filesystem::exists(lockFile) && alive(child) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(20ms);
    Display* display = nullptr;
    if (alive(child) && server.running()) display = XOpenDisplay(server.display().c_str());
    while (display && !start.shown && alive(child) && std::chrono::steady_clock::now() < deadline) {
        start.shown = hasViewableTopLevel(display);
        if (!start.shown) std::this_thread::sleep_for(20ms);
    }
    if (start.shown) {
        XSync(display, False);
        std::this_thread::sleep_for(500ms);  // what Vigie does just after showing its window counts too
        start.maps = readFile("/proc/" + std::to_string(child) + "/maps");
    }
    start.stillRunning = alive(child);
    if (start.stillRunning) kill(child, SIGTERM);
    waitpid(child, nullptr, 0);
    if (display) XCloseDisplay(display);
    start.stderrText = readFile(errors);
    return start;
}

// Lines GTK and its libraries print for a warning or worse: "(vigie:123): Gtk-WARNING **: ...".
std::vector<std::string> toolkitComplaints(const std::string& text) {
    std::vector<std::string> found;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        bool complaint = false;
        for (const char* domain : {"Gtk-", "Gdk-", "GLib-", "GLib-GObject-", "GLib-GIO-", "Pango-", "GdkPixbuf-"})
            for (const char* level : {"WARNING", "CRITICAL", "ERROR"})
                complaint = complaint || line.find(std::string(domain) + level) != std::string::npos;
        if (complaint) found.push_back(line);
    }
    return found;
}

struct Case {
    const char* screen;
    const char* lang;
};

}  // namespace

BOOST_AUTO_TEST_CASE(starts_alone_on_its_display_quietly_and_without_the_network_libraries) {
    for (Case c : {Case{"1280x800x24", "C.UTF-8"}, Case{"900x650x24", "C.UTF-8"}, Case{"1280x800x24", "fr_FR.UTF-8"},
                   Case{"900x650x24", "fr_FR.UTF-8"}}) {
        BOOST_TEST_CONTEXT(c.screen << " " << c.lang) {
            const Start start = startVigie(c.screen, c.lang);
            BOOST_TEST(start.shown);
            BOOST_TEST(start.stillRunning);
            const std::vector<std::string> complaints = toolkitComplaints(start.stderrText);
            BOOST_TEST(complaints.empty(), "standard error: " << start.stderrText);
            for (const char* library : {"libcurl.so", "libssl.so", "libgnutls.so", "libnghttp2.so", "libssh2.so"})
                BOOST_TEST(start.maps.find(library) == std::string::npos, library << " is loaded at start");
        }
    }
}

// The check must be able to fail: a toolkit warning is found where there is one.
BOOST_AUTO_TEST_CASE(a_toolkit_warning_is_recognised) {
    BOOST_TEST(toolkitComplaints("(vigie:1): Gtk-CRITICAL **: 10:00:00.000: gtk_widget_show: assertion").size() == 1u);
    BOOST_TEST(toolkitComplaints("(vigie:1): GLib-GObject-WARNING **: invalid cast").size() == 1u);
    BOOST_TEST(toolkitComplaints("vigie: saved\n").empty());
}
