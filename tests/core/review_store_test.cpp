#define BOOST_TEST_MODULE review_store
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "platform/atomic_file.h"
#include "platform/errors.h"
#include "review/review_store.h"
#include "temp_dir.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

ReviewState sample() {
    ReviewState state;
    Profile& p = state.addProfile("Société Dupont & fils <main>");
    p.nic = "ab12345-ovh";
    p.region = Region::Canada;
    p.reviewPeriodMonths = 6;
    ItemState done;
    done.status = ItemStatus::Done;
    done.statusSetByHand = true;
    done.note = "Checked \"twice\" — with the bank 🙂\nSecond line";
    done.changed = *parseIso8601("2026-11-02T10:00:00Z");
    p.items["secure.password.length"] = done;
    ItemState choice;
    choice.status = ItemStatus::Attention;
    choice.statusSetByHand = true;
    choice.value = "sms";
    p.items["renamed.wizard.item"] = choice;  // no wizard knows this id any more
    p.passes.push_back({"secure", *parseIso8601("2026-11-03T08:30:00Z")});
    state.addProfile("Second");
    return state;
}

std::vector<fs::path> asideFiles(const std::string& dir) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().filename().string().find(".unreadable-") != std::string::npos) found.push_back(entry.path());
    return found;
}

}  // namespace

BOOST_AUTO_TEST_CASE(round_trip_keeps_everything_including_unknown_items) {
    TempDir dir;
    ReviewStore store(dir.path() + "/sub/state.xml");
    ReviewState original = sample();
    store.save(original);
    LoadOutcome loaded = store.load();
    BOOST_TEST(loaded.problem.empty());
    BOOST_TEST(ReviewStore::toXml(loaded.state) == ReviewStore::toXml(original));
    const Profile& p = loaded.state.profiles.at(0);
    BOOST_TEST(p.label == "Société Dupont & fils <main>");
    BOOST_TEST((p.region == Region::Canada));
    BOOST_TEST(p.items.at("secure.password.length").note == "Checked \"twice\" — with the bank 🙂\nSecond line");
    BOOST_TEST(p.items.count("renamed.wizard.item") == 1u);
    BOOST_TEST(loaded.state.currentProfileId == original.currentProfileId);
    BOOST_TEST(read(store.path()).find("version=\"1\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(file_is_private) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    store.save(sample());
    struct stat st {};
    BOOST_REQUIRE(::stat(store.path().c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
}

BOOST_AUTO_TEST_CASE(failed_write_leaves_previous_file_and_no_litter) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    ReviewState first = sample();
    store.save(first);
    std::string before = read(store.path());
    ReviewState second = first;
    second.profiles[0].label = "Changed";
    setWriteFailureAfterBytesForTesting(100);  // the disk fills up half-way through
    BOOST_CHECK_THROW(store.save(second), SaveError);
    setWriteFailureAfterBytesForTesting(-1);
    BOOST_TEST(read(store.path()) == before);
    BOOST_TEST(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator{}) == 1);
    store.save(second);  // the next attempt goes through
    BOOST_TEST(store.load().state.profiles[0].label == "Changed");
}

BOOST_AUTO_TEST_CASE(read_only_folder_gives_a_clear_error) {
    if (::geteuid() == 0) {
        // root ignores folder permissions; a path under a file fails for everyone instead.
        TempDir dir;
        std::ofstream(dir.path() + "/file") << "x";
        ReviewStore store(dir.path() + "/file/state.xml");
        try {
            store.save(sample());
            BOOST_FAIL("save should fail");
        } catch (const SaveError& e) {
            BOOST_TEST(std::string(e.what()).find(dir.path() + "/file") != std::string::npos);
        }
        return;
    }
    TempDir dir;
    ::chmod(dir.path().c_str(), 0500);
    ReviewStore store(dir.path() + "/state.xml");
    BOOST_CHECK_THROW(store.save(sample()), SaveError);
}

BOOST_AUTO_TEST_CASE(corrupt_file_is_moved_aside_not_overwritten) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    std::ofstream(store.path()) << "<vigie-state version=\"1\"><profile";
    LoadOutcome loaded = store.load();
    BOOST_REQUIRE(loaded.movedAsideTo);
    BOOST_TEST(loaded.state.profiles.empty());
    BOOST_TEST(!loaded.problem.empty());
    BOOST_TEST(read(*loaded.movedAsideTo) == "<vigie-state version=\"1\"><profile");
    BOOST_TEST(!fs::exists(store.path()));
    BOOST_TEST(asideFiles(dir.path()).size() == 1u);
}

BOOST_AUTO_TEST_CASE(file_from_a_newer_version_is_kept) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    std::string future = "<vigie-state version=\"99\"><profile id=\"x\" label=\"y\"/></vigie-state>";
    std::ofstream(store.path()) << future;
    LoadOutcome loaded = store.load();
    BOOST_REQUIRE(loaded.movedAsideTo);
    BOOST_TEST(loaded.problem.english().find("newer version") != std::string::npos);
    BOOST_TEST(read(*loaded.movedAsideTo) == future);
}

BOOST_AUTO_TEST_CASE(semantic_garbage_is_treated_as_corrupt) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    std::ofstream(store.path()) << "<vigie-state version=\"1\"><profile id=\"x\" label=\"y\">"
                                   "<item id=\"a.b.c\" status=\"perhaps\"/></profile></vigie-state>";
    LoadOutcome loaded = store.load();
    BOOST_TEST(loaded.movedAsideTo.has_value());
    BOOST_TEST(loaded.problem.english().find("perhaps") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_file_is_a_fresh_start) {
    TempDir dir;
    LoadOutcome loaded = ReviewStore(dir.path() + "/state.xml").load();
    BOOST_TEST(loaded.problem.empty());
    BOOST_TEST(!loaded.movedAsideTo);
    BOOST_TEST(loaded.state.profiles.empty());
}

BOOST_AUTO_TEST_CASE(default_path_follows_xdg) {
    ::setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
    BOOST_TEST(ReviewStore::defaultPath() == "/tmp/xdg-data/vigie/state.xml");
    ::setenv("XDG_DATA_HOME", "relative/ignored", 1);
    ::setenv("HOME", "/home/someone", 1);
    BOOST_TEST(ReviewStore::defaultPath() == "/home/someone/.local/share/vigie/state.xml");
}

BOOST_AUTO_TEST_CASE(whether_a_status_was_set_by_hand_survives_a_round_trip) {
    ReviewState state;
    Profile& p = state.addProfile("P");
    p.items["a"].status = ItemStatus::Done;  // completed by an answer
    p.items["a"].value = "sms";
    p.items["b"].status = ItemStatus::Todo;  // chosen by hand
    p.items["b"].statusSetByHand = true;
    const Profile loaded = ReviewStore::fromXml(ReviewStore::toXml(state)).profiles.front();
    BOOST_TEST(!loaded.item("a")->statusSetByHand);
    BOOST_TEST(loaded.item("b")->statusSetByHand);
}

BOOST_AUTO_TEST_CASE(a_file_from_before_the_rule_counts_a_chosen_status_as_set_by_hand) {
    const ReviewState state = ReviewStore::fromXml(
        "<?xml version=\"1.0\"?><vigie-state version=\"1\"><profile id=\"p\" label=\"P\">"
        "<item id=\"a\" status=\"done\"/><item id=\"b\" status=\"todo\"/></profile></vigie-state>");
    BOOST_TEST(state.profiles.front().item("a")->statusSetByHand);
    BOOST_TEST(!state.profiles.front().item("b")->statusSetByHand);
}
