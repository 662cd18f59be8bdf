#define BOOST_TEST_MODULE secrets
// A marker password given to `vigie password` (the real command line, in its own process) is found
// nowhere afterwards: not in a file of the private home or temporary folder, not on standard
// output or error, not in /proc/PID/cmdline or environ while it runs. The window's password and
// authenticator steps have the same test in tests/gui/security_widgets_test.cpp.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "temp_dir.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

const std::string kCanary = "CanaryCli5821Chouette!";

std::string readAll(int fd) {
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
    return text;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

struct Run {
    std::string out, err, cmdline, environ;
    int status = -1;
};

// Runs the driver with `args`, types `typed` on its standard input but holds the line open while
// /proc/PID/cmdline and environ are read, then ends the line.
Run runTyping(const std::string& home, const std::vector<std::string>& args, const std::string& typed) {
    int in[2], out[2], err[2];
    BOOST_REQUIRE(::pipe(in) == 0 && ::pipe(out) == 0 && ::pipe(err) == 0);
    pid_t pid = ::fork();
    if (pid == 0) {
        ::setenv("XDG_DATA_HOME", (home + "/data").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home + "/config").c_str(), 1);
        ::setenv("TMPDIR", (home + "/tmp").c_str(), 1);
        ::setenv("VIGIE_WIZARDS_DIR", VIGIE_SOURCE_DIR "/wizards", 1);
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) ::close(fd);
        std::vector<char*> argv{const_cast<char*>(VIGIE_CLI_DRIVER)};
        for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::execv(VIGIE_CLI_DRIVER, argv.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    Run run;
    std::signal(SIGPIPE, SIG_IGN);  // a command that refuses its arguments does not read its input
    (void)!::write(in[1], typed.data(), typed.size());
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // it is now reading the line
    run.cmdline = readFile("/proc/" + std::to_string(pid) + "/cmdline");
    run.environ = readFile("/proc/" + std::to_string(pid) + "/environ");
    (void)!::write(in[1], "\n", 1);
    ::close(in[1]);
    run.out = readAll(out[0]);
    run.err = readAll(err[0]);
    ::close(out[0]);
    ::close(err[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_typed_password_reaches_no_file_stream_or_process_listing) {
    TempDir home;
    fs::create_directories(home.path() + "/tmp");
    std::vector<Run> runs;
    runs.push_back(runTyping(home.path(), {"password"}, kCanary));
    runs.push_back(runTyping(home.path(), {"password", "--json", "--email", "someone@example.com"}, kCanary));
    runs.push_back(runTyping(home.path(), {"password", "--lang", "fr"}, kCanary + "\xff"));  // refused input
    runs.push_back(runTyping(home.path(), {"password", "--nope"}, kCanary));  // bad usage
    // The commands that do write files, in the same home, after the password was typed.
    runs.push_back(runTyping(home.path(), {"mark", "secure.password.length", "done", "--note", "checked"}, ""));
    runs.push_back(runTyping(home.path(), {"export", "-o", home.path() + "/record.pdf"}, ""));
    runs.push_back(runTyping(home.path(), {"status"}, ""));
    BOOST_TEST(runs[0].out.find("Strength") != std::string::npos, runs[0].out);  // the meter did run
    BOOST_TEST(runs[2].status == 2);
    for (const Run& run : runs) {
        BOOST_TEST(run.out.find(kCanary) == std::string::npos, "on standard output: " << run.out);
        BOOST_TEST(run.err.find(kCanary) == std::string::npos, "on standard error: " << run.err);
        BOOST_TEST(run.cmdline.find(kCanary) == std::string::npos);
        BOOST_TEST(run.environ.find(kCanary) == std::string::npos);
    }
    std::size_t searched = 0;
    for (const auto& entry : fs::recursive_directory_iterator(home.path())) {
        if (!entry.is_regular_file()) continue;
        ++searched;
        BOOST_TEST(readFile(entry.path().string()).find(kCanary) == std::string::npos, "in " << entry.path());
    }
    BOOST_TEST(searched >= 2u, "the state and the record were written and searched");
    BOOST_TEST(fs::exists(home.path() + "/data/vigie/state.xml"));
}
