#define BOOST_TEST_MODULE state_safety
// The state file against what real use throws at it, with the real command line in separate
// processes: ten writers at once, SIGKILL at random moments during saves, a full disk and a
// read-only folder. Counts are printed in the test log (BOOST_TEST_MESSAGE) for the record.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "definitions/definitions_loader.h"
#include "platform/atomic_file.h"
#include "review/review_store.h"
#include "temp_dir.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

// The driver with a private XDG_DATA_HOME, standard output and error sent to /dev/null.
pid_t spawn(const std::string& home, const std::vector<std::string>& args) {
    pid_t pid = ::fork();
    if (pid == 0) {
        ::setenv("XDG_DATA_HOME", home.c_str(), 1);
        ::setenv("VIGIE_WIZARDS_DIR", VIGIE_SOURCE_DIR "/wizards", 1);
        ::setenv("LANG", "C.UTF-8", 1);
        int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(null, 2);
        std::vector<char*> argv{const_cast<char*>(VIGIE_CLI_DRIVER)};
        for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::execv(VIGIE_CLI_DRIVER, argv.data());
        ::_exit(127);
    }
    return pid;
}

int waitFor(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

std::vector<std::string> shippedItemIds() { return loadCatalog(VIGIE_SOURCE_DIR "/wizards").definitions.allItemIds(); }

std::vector<std::string> temporariesBeside(const std::string& statePath) {
    std::vector<std::string> found;
    const std::string base = fs::path(statePath).filename().string() + ".saving-";
    for (const auto& entry : fs::directory_iterator(fs::path(statePath).parent_path())) {
        std::string name = entry.path().filename().string();
        if (name.rfind(base, 0) == 0 && name.size() == base.size() + 6) found.push_back(name);
    }
    return found;
}

}  // namespace

BOOST_AUTO_TEST_CASE(ten_writers_at_once_keep_all_ten_changes) {
    const std::vector<std::string> ids = shippedItemIds();
    BOOST_REQUIRE(ids.size() >= 10u);
    for (int round = 0; round < 5; ++round) {
        TempDir home;
        std::vector<pid_t> writers;
        writers.reserve(10);
        for (int i = 0; i < 10; ++i)
            writers.push_back(spawn(home.path(), {"mark", ids[i], "done", "--note", "writer " + std::to_string(i)}));
        for (pid_t writer : writers) BOOST_TEST(waitFor(writer) == 0);
        LoadOutcome loaded = ReviewStore(home.path() + "/vigie/state.xml").load();
        BOOST_REQUIRE(!loaded.movedAsideTo);
        BOOST_REQUIRE(loaded.state.profiles.size() == 1u);
        const Profile& profile = loaded.state.profiles[0];
        std::size_t kept = 0;
        for (int i = 0; i < 10; ++i) {
            const ItemState* item = profile.item(ids[i]);
            if (item && item->status == ItemStatus::Done && item->note == "writer " + std::to_string(i)) ++kept;
        }
        BOOST_TEST(kept == 10u, "round " << round << ": " << kept << " of 10 changes kept");
    }
    BOOST_TEST_MESSAGE("concurrency: 5 rounds of 10 simultaneous writers, 50 of 50 changes kept");
}

BOOST_AUTO_TEST_CASE(sigkill_at_random_moments_during_saves_loses_nothing_saved) {
    const std::vector<std::string> ids = shippedItemIds();
    TempDir home;
    const std::string statePath = home.path() + "/vigie/state.xml";
    // A large note (an argument holds at most 128 KiB) makes the save (write, fsync, rename) a
    // good part of each run.
    auto noteFor = [](int i) {
        return "run " + std::to_string(i) + " " + std::string(100 * 1024, static_cast<char>('a' + i % 26));
    };
    BOOST_REQUIRE(waitFor(spawn(home.path(), {"mark", ids[0], "done", "--note", noteFor(0)})) == 0);
    // How long an uninterrupted run takes, to spread the kills over it.
    auto started = std::chrono::steady_clock::now();
    BOOST_REQUIRE(waitFor(spawn(home.path(), {"mark", ids[0], "done", "--note", noteFor(0)})) == 0);
    const auto runMicros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();

    std::mt19937 random(20261204);
    std::string saved = noteFor(0);
    int kills = 0, killedMidSave = 0, newContent = 0, runs = 0;
    // The kills are spread over [0, window]; the window follows how long runs take on this machine
    // now: it shrinks when a run finished before its kill and grows when a kill came early.
    double window = static_cast<double>(runMicros);
    // Until 320 runs were killed (some finish first), with a bound in case none is.
    for (int i = 1; kills < 320 && i <= 2000; ++i, ++runs) {
        const std::string note = noteFor(i);
        pid_t writer = spawn(home.path(), {"mark", ids[0], "done", "--note", note});
        std::uniform_real_distribution<double> moment(0, window);
        std::this_thread::sleep_for(std::chrono::microseconds(static_cast<long>(moment(random))));
        ::kill(writer, SIGKILL);
        const bool killed = waitFor(writer) == -SIGKILL;
        kills += killed ? 1 : 0;
        window = std::max(1000.0, window * (killed ? 1.03 : 0.9));
        if (!temporariesBeside(statePath).empty()) ++killedMidSave;
        // The next start: the file loads, holds the old or the new note, and no temporary stays.
        LoadOutcome loaded = ReviewStore(statePath).load();
        BOOST_REQUIRE_MESSAGE(!loaded.movedAsideTo, "run " << i << ": the state could not be read");
        const std::string& found = loaded.state.profiles.at(0).item(ids[0])->note;
        BOOST_REQUIRE_MESSAGE(found == saved || found == note, "run " << i << ": neither the old nor the new note");
        if (found == note && found != saved) ++newContent;
        saved = found;
        BOOST_REQUIRE(temporariesBeside(statePath).empty());
    }
    BOOST_TEST(kills >= 300);
    BOOST_TEST(killedMidSave > 0);  // some kills did land inside a save
    BOOST_TEST_MESSAGE("crash loop: " << runs << " runs, " << kills << " SIGKILLs, " << killedMidSave
                                      << " of them during a save (temporary on disk), " << newContent
                                      << " runs changed the note; a run takes ~" << runMicros << " us");
}

namespace {

// A 512 KiB tmpfs of our own (needs CAP_SYS_ADMIN, as in CI containers run as root), else a
// simulated full disk (the store's write fails with ENOSPC after a few bytes).
struct SmallDisk {
    explicit SmallDisk(const std::string& where) : path(where) {
        mounted = ::mount("vigie-test", where.c_str(), "tmpfs", 0, "size=512k") == 0;
    }
    ~SmallDisk() {
        if (mounted) ::umount2(path.c_str(), MNT_DETACH);
    }
    std::string path;
    bool mounted = false;
};

}  // namespace

BOOST_AUTO_TEST_CASE(a_full_disk_keeps_what_was_saved_and_says_why_in_french) {
    TempDir dir;
    SmallDisk disk(dir.path());
    const std::string statePath = dir.path() + "/state.xml";
    ReviewStore store(statePath);
    ReviewState state;
    state.addProfile("Saved").items["a.b.c"].note = "kept";
    store.save(state);
    const std::string before = [&] {
        std::ifstream in(statePath);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }();
    ReviewState bigger = state;
    bigger.profiles[0].items["a.b.c"].note = std::string(disk.mounted ? 1024 * 1024 : 100000, 'z');
    if (!disk.mounted) setWriteFailureAfterBytesForTesting(64);
    try {
        store.save(bigger);
        BOOST_FAIL("the save should fail on a full disk");
    } catch (const SaveError& error) {
        BOOST_TEST(error.message().english().find("no space left on the disk") != std::string::npos,
                   error.message().english());
        BOOST_TEST(error.message().translatedArgs == std::vector<std::size_t>{1});
    }
    setWriteFailureAfterBytesForTesting(-1);
    BOOST_TEST(store.load().state.profiles.at(0).items.at("a.b.c").note == "kept");
    BOOST_TEST(temporariesBeside(statePath).empty());
    const char* how = disk.mounted ? "full disk: a 512 KiB tmpfs" : "full disk: simulated (no mount permission)";
    BOOST_TEST_MESSAGE(how);
    (void)before;
}

BOOST_AUTO_TEST_CASE(a_read_only_folder_keeps_the_file_and_names_the_reason) {
    TempDir dir;
    const std::string statePath = dir.path() + "/state.xml";
    ReviewStore store(statePath);
    ReviewState state;
    state.addProfile("Saved");
    store.save(state);
    // A read-only bind mount refuses writes even to root; chmod is the fallback for a user.
    bool bound = ::mount(dir.path().c_str(), dir.path().c_str(), nullptr, MS_BIND, nullptr) == 0 &&
                 ::mount(nullptr, dir.path().c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    if (!bound) ::chmod(dir.path().c_str(), 0500);
    if (!bound && ::geteuid() == 0) {
        BOOST_TEST_MESSAGE("read-only: skipped, root without mount permission ignores folder modes");
        return;
    }
    ReviewState changed = state;
    changed.profiles[0].label = "Changed";
    try {
        ReviewStore(statePath).save(changed);
        BOOST_FAIL("the save should fail in a read-only folder");
    } catch (const SaveError& error) {
        const std::string text = error.message().english();
        BOOST_TEST((text.find("the disk is read-only") != std::string::npos ||
                    text.find("permission denied") != std::string::npos),
                   text);
    }
    BOOST_TEST(ReviewStore(statePath).load().state.profiles.at(0).label == "Saved");
    if (bound) ::umount2(dir.path().c_str(), MNT_DETACH);
    ::chmod(dir.path().c_str(), 0700);
}
