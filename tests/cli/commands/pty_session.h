// Runs a program in a pseudo-terminal, as a person at a terminal would: its standard streams
// are a tty of a given width, each answer is typed when the program waits for one (its output
// ends with a prompt), and the screen, echo included, is kept.
#pragma once

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <poll.h>
#include <pty.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace vigie::test {

struct PtyResult {
    int exitCode = -1;
    std::string screen;  // what the terminal showed: output and echoed answers
};

namespace detail {

inline bool endsWithPrompt(const std::string& screen, std::size_t from) {
    if (screen.size() <= from) return false;
    std::size_t end = screen.find_last_not_of(' ');
    return end != std::string::npos && end >= from && end + 1 < screen.size() &&
           (screen[end] == ':' || screen[end] == '>');
}

// Reads what the program shows for up to `timeout`; returns false once it has closed the tty.
inline bool readScreen(int master, std::string& screen, std::chrono::milliseconds timeout) {
    struct pollfd ready {
        master, POLLIN, 0
    };
    if (::poll(&ready, 1, static_cast<int>(timeout.count())) <= 0) return true;
    char buffer[4096];
    ssize_t n = ::read(master, buffer, sizeof buffer);
    if (n <= 0) return false;  // EIO: the program has exited
    screen.append(buffer, static_cast<std::size_t>(n));
    return true;
}

}  // namespace detail

// Types each of `answers` at a prompt, then Ctrl-D at the next one when `endOfInput`. Gives up
// (and kills the program) after 20 s. With `interruptWhenShown`, types Ctrl-C once, as soon as
// the program has shown that text (a long wait it must let the user cancel).
inline PtyResult runInPty(const std::string& program, const std::vector<std::string>& args,
                          const std::vector<std::string>& answers, bool endOfInput, unsigned short columns = 60,
                          const std::string& interruptWhenShown = {}) {
    struct winsize size {};
    size.ws_row = 40;
    size.ws_col = columns;
    int master = -1;
    pid_t pid = ::forkpty(&master, nullptr, nullptr, &size);
    if (pid == 0) {
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::unsetenv("COLUMNS");
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    PtyResult result;
    if (pid < 0) return result;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    std::size_t next = 0, answeredAt = 0;
    bool open = true, eofSent = false, interrupted = interruptWhenShown.empty();
    while (open && std::chrono::steady_clock::now() < deadline) {
        open = detail::readScreen(master, result.screen, std::chrono::milliseconds(50));
        if (open && !interrupted && result.screen.find(interruptWhenShown, answeredAt) != std::string::npos) {
            interrupted = true;
            if (::write(master, "\x03", 1) < 0) break;
            continue;
        }
        if (!open || !detail::endsWithPrompt(result.screen, answeredAt)) continue;
        std::string typed;
        if (next < answers.size())
            typed = answers[next++] + "\n";
        else if (endOfInput && !eofSent)
            typed = "\x04", eofSent = true;
        else
            continue;
        answeredAt = result.screen.size();
        if (::write(master, typed.data(), typed.size()) < 0) break;
    }
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ::close(master);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

}  // namespace vigie::test
