#include "cli/terminal.h"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <iterator>
#include <sstream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace vigie::cli {

int terminalWidth() {
    int width = 0;
    struct winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) width = size.ws_col;
    if (width == 0) {
        const char* columns = std::getenv("COLUMNS");
        if (columns) width = std::atoi(columns);
    }
    if (width <= 0) width = 80;
    return std::clamp(width, 20, 100);
}

int displayWidth(const std::string& text) {
    int columns = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++columns;
    return columns;
}

namespace {

std::string wrapParagraph(const std::string& paragraph, int width, int indent, int used) {
    std::istringstream words(paragraph);
    std::string out;
    int column = used;
    bool lineEmpty = true;
    for (std::string word; words >> word;) {
        int length = displayWidth(word);
        if (!lineEmpty && column + 1 + length > width) {
            out += "\n" + std::string(static_cast<std::size_t>(indent), ' ');
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += ' ';
            ++column;
        }
        out += word;
        column += length;
        lineEmpty = false;
    }
    return out;
}

}  // namespace

namespace {

// Ctrl-C (or a hang-up, or kill) while the echo is off would leave the shell typing blind: the
// handler puts the terminal back as it was, then lets the signal end the process as usual.
// Only async-signal-safe calls here (tcsetattr, signal, raise).
struct termios g_savedTerminal {};
volatile sig_atomic_t g_restoreOnSignal = 0;
constexpr int kEndingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
struct sigaction g_previous[std::size(kEndingSignals)];

extern "C" void restoreTerminalAndRaise(int signal) {
    if (g_restoreOnSignal) ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    for (std::size_t i = 0; i < std::size(kEndingSignals); ++i)
        if (kEndingSignals[i] == signal) ::sigaction(signal, &g_previous[i], nullptr);
    ::raise(signal);
}

}  // namespace

EchoOff::EchoOff() {
    if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    g_savedTerminal = saved_;
    g_restoreOnSignal = 1;
    struct sigaction action {};
    action.sa_handler = restoreTerminalAndRaise;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < std::size(kEndingSignals); ++i) ::sigaction(kEndingSignals[i], &action, &g_previous[i]);
    struct termios quiet = saved_;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    active_ = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
}

EchoOff::~EchoOff() {
    if (g_restoreOnSignal) {
        for (std::size_t i = 0; i < std::size(kEndingSignals); ++i)
            ::sigaction(kEndingSignals[i], &g_previous[i], nullptr);
        g_restoreOnSignal = 0;
    }
    if (active_) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
}

std::string wrapText(const std::string& text, int width, int indent, int firstIndent) {
    std::string out;
    std::istringstream paragraphs(text);
    bool first = true;
    for (std::string paragraph; std::getline(paragraphs, paragraph);) {
        int used = first ? (firstIndent < 0 ? indent : firstIndent) : indent;
        if (!first) out += "\n" + std::string(static_cast<std::size_t>(indent), ' ');
        out += wrapParagraph(paragraph, width, indent, used);
        first = false;
    }
    return out;
}

}  // namespace vigie::cli
