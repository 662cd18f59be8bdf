#include "cli/terminal.h"

#include <algorithm>
#include <cstdlib>
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

EchoOff::EchoOff() {
    if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    struct termios quiet = saved_;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    active_ = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
}

EchoOff::~EchoOff() {
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
