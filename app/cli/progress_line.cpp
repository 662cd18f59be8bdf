#include "cli/progress_line.h"

#include <unistd.h>

#include <iostream>

#include "platform/text_hygiene.h"

namespace vigie::cli {

void ProgressLine::show(const std::string& text) {
    if (!terminal_) return;
    filtered_.flush();
    *terminal_ << "\r" << forTerminal(text) << "\x1b[K" << std::flush;
    shown_ = true;
}

void ProgressLine::clear() {
    if (!terminal_ || !shown_) return;
    *terminal_ << "\r\x1b[K" << std::flush;
    shown_ = false;
}

std::ostream* terminalBehind(std::ostream& stream) {
    if (&stream == &std::cout && ::isatty(STDOUT_FILENO)) return &stream;
    if (&stream == &std::cerr && ::isatty(STDERR_FILENO)) return &stream;
    return nullptr;
}

}  // namespace vigie::cli
