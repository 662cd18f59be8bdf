// Start-up: from exec to a visible window, and peak memory, for Vigie and for a bare wxGTK frame
// with a menu bar (bare_frame.cpp), measured side by side in one run. Needs an X display:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/bench/bench_startup
//       --benchmark_repetitions=15 --benchmark_enable_random_interleaving=true
//       --benchmark_report_aggregates_only=true
// VIGIE_STARTUP_ALSO=/path/to/another/vigie adds a program (an older build, to compare); several,
// separated by ':', add one each. Without options the programs start 15 times each, in a random
// interleaved order under the one X server (so that a change in the machine's load falls on all
// of them alike), and the run ends with a summary: each program's median time and median peak
// memory, and both as ratios to the bare frame's, with the load average before and after.
// Targets: Vigie's median time at most 1.3x the bare frame's, its peak memory at most 1.2x.
//
// "Visible" is the moment the X server maps the program's first top-level window (MapNotify on
// the root window), which is when a user starts to see it. Each program then runs for a second
// more, so that what it does just after showing its window (Vigie's background work) counts in
// its peak memory, and is ended with SIGTERM; the peak resident size comes from wait4().
// Vigie runs in a private, empty home (XDG folders in a temporary directory), in English.
//
// Warm and cold. The first GTK 3 program of an X session initialises OpenGL to choose its visuals
// (Mesa's llvmpipe under Xvfb: about 40 MiB and tens of milliseconds) and leaves the answer on
// the root window (the GDK_VISUALS property); every later GTK program reads it instead. By
// default the harness starts one bare frame first, unmeasured, so every measured start is warm,
// as on a desktop where GTK programs already ran. VIGIE_STARTUP_COLD=1 deletes the property
// before each start instead: every start is then the session's first.
#include <benchmark/benchmark.h>

#include <X11/Xlib.h>
#include <algorithm>
#include <cstdio>
#include <csignal>
#include <map>
#include <cstdlib>
#include <poll.h>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

constexpr int kSettleMs = 1000;
constexpr int kTimeoutMs = 20000;

double nowSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

const std::string& privateHome() {
    static const std::string home = [] {
        char pattern[] = "/tmp/vigie-bench-startup-XXXXXX";
        const char* made = mkdtemp(pattern);
        if (!made) throw std::runtime_error("cannot create a temporary directory");
        return std::string(made);
    }();
    return home;
}

pid_t launch(const char* program) {
    const pid_t child = fork();
    if (child == 0) {
        setenv("XDG_DATA_HOME", (privateHome() + "/data").c_str(), 1);
        setenv("XDG_CONFIG_HOME", (privateHome() + "/config").c_str(), 1);
        execl(program, program, static_cast<char*>(nullptr));
        _exit(127);
    }
    return child;
}

// Waits for a top-level, non-override-redirect window to be mapped; false on timeout.
bool waitForMappedWindow(Display* display, double deadline) {
    const int fd = ConnectionNumber(display);
    while (nowSeconds() < deadline) {
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type == MapNotify && !event.xmap.override_redirect) return true;
        }
        pollfd waiting{fd, POLLIN, 0};
        poll(&waiting, 1, 10);
    }
    return false;
}

bool coldStarts() {
    const char* cold = std::getenv("VIGIE_STARTUP_COLD");
    return cold && *cold && std::string(cold) != "0";
}

// One start of `program`: seconds from fork to its window being mapped, and its peak RSS (KiB).
std::pair<double, long> startOnce(Display* display, const char* program) {
    if (coldStarts()) XDeleteProperty(display, DefaultRootWindow(display), XInternAtom(display, "GDK_VISUALS", False));
    XSync(display, True);  // drop events from earlier runs
    const double start = nowSeconds();
    const pid_t child = launch(program);
    const bool shown = waitForMappedWindow(display, start + kTimeoutMs / 1000.0);
    const double elapsed = nowSeconds() - start;
    usleep(kSettleMs * 1000);
    kill(child, SIGTERM);
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    if (!shown) throw std::runtime_error(std::string(program) + " showed no window");
    return {elapsed, usage.ru_maxrss};
}

Display* display() {
    static Display* opened = [] {
        Display* d = XOpenDisplay(nullptr);
        if (!d) throw std::runtime_error("cannot open the X display: run under xvfb-run");
        XSelectInput(d, DefaultRootWindow(d), SubstructureNotifyMask);
        return d;
    }();
    return opened;
}

struct Samples {
    std::vector<double> milliseconds;
    std::vector<double> peakMiB;
};

std::map<std::string, Samples>& samples() {
    static std::map<std::string, Samples> all;
    return all;
}

void startup(benchmark::State& state, const std::string& name, const char* program) {
    double peakMiB = 0;
    for (auto _ : state) {
        auto [seconds, peakKiB] = startOnce(display(), program);
        state.SetIterationTime(seconds);
        peakMiB = static_cast<double>(peakKiB) / 1024.0;
        samples()[name].milliseconds.push_back(seconds * 1000.0);
        samples()[name].peakMiB.push_back(peakMiB);
    }
    state.counters["peak_MiB"] = peakMiB;
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::string loadAverage() {
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) != 3) return "unknown";
    char text[64];
    std::snprintf(text, sizeof text, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    return text;
}

void printSummary(const std::vector<std::pair<std::string, std::string>>& programs, const std::string& loadBefore) {
    const Samples& bare = samples()["startup/bare_frame"];
    const double bareTime = median(bare.milliseconds);
    const double bareMemory = median(bare.peakMiB);
    std::printf("\nMedians (load average before: %s; after: %s)\n", loadBefore.c_str(), loadAverage().c_str());
    std::printf("%-22s %6s %10s %8s %10s %8s\n", "program", "starts", "time (ms)", "ratio", "peak (MiB)", "ratio");
    for (const auto& [name, path] : programs) {
        const Samples& program = samples()[name];
        const double time = median(program.milliseconds);
        const double memory = median(program.peakMiB);
        std::printf("%-22s %6zu %10.1f %7.2fx %10.1f %7.2fx\n", name.c_str(), program.milliseconds.size(), time,
                    bareTime > 0 ? time / bareTime : 0.0, memory, bareMemory > 0 ? memory / bareMemory : 0.0);
    }
}

// The defaults a start-up comparison wants, unless the command line says otherwise.
std::vector<char*> withDefaults(int argc, char** argv) {
    static std::vector<std::string> defaults{"--benchmark_repetitions=15",
                                             "--benchmark_enable_random_interleaving=true",
                                             "--benchmark_report_aggregates_only=true"};
    std::vector<char*> out(argv, argv + argc);
    for (std::string& option : defaults) {
        const std::string key = option.substr(0, option.find('='));
        const bool given =
            std::any_of(argv + 1, argv + argc, [&](const char* arg) { return std::string(arg).rfind(key, 0) == 0; });
        if (!given) out.push_back(option.data());
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::pair<std::string, std::string>> programs{{"startup/bare_frame", VIGIE_BARE_FRAME},
                                                              {"startup/vigie", VIGIE_EXECUTABLE}};
    if (const char* also = std::getenv("VIGIE_STARTUP_ALSO")) {
        std::string list = also;
        for (std::size_t start = 0, n = 1; start <= list.size(); ++n) {
            const std::size_t end = std::min(list.find(':', start), list.size());
            if (end > start)
                programs.emplace_back(n == 1 ? std::string("startup/also") : "startup/also" + std::to_string(n),
                                      list.substr(start, end - start));
            start = end + 1;
        }
    }
    for (const auto& [name, path] : programs) {
        benchmark::RegisterBenchmark(
            name.c_str(), [name = name, path = path](benchmark::State& state) { startup(state, name, path.c_str()); })
            ->UseManualTime()
            ->Iterations(1)
            ->Unit(benchmark::kMillisecond);
    }
    std::vector<char*> arguments = withDefaults(argc, argv);
    int count = static_cast<int>(arguments.size());
    benchmark::Initialize(&count, arguments.data());
    const std::string loadBefore = loadAverage();
    if (!coldStarts()) startOnce(display(), VIGIE_BARE_FRAME);  // warms the session up, unmeasured
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printSummary(programs, loadBefore);
}
