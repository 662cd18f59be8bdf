// Text for a terminal: its width, and paragraphs wrapped to it (UTF-8 aware, so accented
// letters count as one column).
#pragma once

#include <string>
#include <termios.h>

namespace vigie::cli {

// The width of the terminal on standard output (TIOCGWINSZ), else $COLUMNS, else 80; kept
// between 20 and 100 columns because longer lines are hard to read.
int terminalWidth();

// Wraps `text` at spaces to `width` columns. The first line starts after `firstIndent` columns
// already used by the caller; the next ones are indented by `indent` spaces. Line breaks in
// `text` are kept. A word longer than a line is left whole.
std::string wrapText(const std::string& text, int width, int indent = 0, int firstIndent = -1);

// Columns a UTF-8 string takes (one per code point; Vigie's text has no wide characters).
int displayWidth(const std::string& text);

// Turns off the echo of standard input while it lives, when standard input is a terminal, so a
// typed password does not appear on screen (or in a terminal recording).
class EchoOff {
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool active() const { return active_; }

private:
    bool active_ = false;
    struct termios saved_ {};
};

}  // namespace vigie::cli
