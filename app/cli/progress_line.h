// One line of progress that rewrites itself ("Reading the account: 12 of 30 requests…") while a
// long read runs. It needs "\r" and an erase-line sequence, which the terminal filter of every
// other output replaces (cli.cpp), so it writes to the raw terminal stream, and only when that
// stream is a terminal: in a pipe, a cron job or a test's captured stream it shows nothing.
#pragma once

#include <iosfwd>
#include <string>

namespace vigie::cli {

class ProgressLine {
public:
    // `filtered`: the stream everything else goes to (flushed first, so the order holds);
    // `terminal`: the raw terminal behind it, or nullptr when there is none.
    ProgressLine(std::ostream& filtered, std::ostream* terminal) : filtered_(filtered), terminal_(terminal) {}
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    bool active() const { return terminal_ != nullptr; }
    void show(const std::string& text);  // text is made safe for the terminal first
    void clear();  // erases the line, once something was shown

private:
    std::ostream& filtered_;
    std::ostream* terminal_;
    bool shown_ = false;
};

// `stream` itself when it is the process's standard output or error and that is a terminal;
// nullptr otherwise.
std::ostream* terminalBehind(std::ostream& stream);

}  // namespace vigie::cli
