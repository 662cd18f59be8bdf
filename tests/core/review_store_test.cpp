#define BOOST_TEST_MODULE review_store
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <pugixml.hpp>
#include <set>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "platform/atomic_file.h"
#include "platform/errors.h"
#include "review/review_merge.h"
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
    ItemState list;
    list.status = ItemStatus::Done;
    list.entries = {{"VPS <old> & co", "expiry", "2026-12-31"}, {"example.com", "", ""}};
    p.items["cancel.ways.services"] = list;
    p.passes.emplace_back("secure", *parseIso8601("2026-11-03T08:30:00Z"));
    state.addProfile("Second");
    return state;
}

std::vector<fs::path> asideFiles(const std::string& dir) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().filename().string().find(".unreadable-") != std::string::npos) found.push_back(entry.path());
    return found;
}

std::vector<std::string> entries(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
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
    const std::vector<ListEntry>& rows = p.items.at("cancel.ways.services").entries;
    BOOST_TEST_REQUIRE(rows.size() == 2u);
    BOOST_TEST((rows[0] == ListEntry{"VPS <old> & co", "expiry", "2026-12-31"}));
    BOOST_TEST((rows[1] == ListEntry{"example.com", "", ""}));
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
    BOOST_TEST(entries(dir.path()) == (std::vector<std::string>{"state.xml", "state.xml.lock"}));
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
    std::ofstream(store.path()) << "<vigie-state version=\"1\"><profile id=\"x\" label=\"y\" region=\"mars\">"
                                   "</profile></vigie-state>";
    LoadOutcome loaded = store.load();
    BOOST_TEST(loaded.movedAsideTo.has_value());
    BOOST_TEST(loaded.problem.english().find("mars") != std::string::npos);
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

BOOST_AUTO_TEST_CASE(a_pass_finished_incomplete_stays_incomplete_and_unknown_pass_content_is_kept) {
    ReviewState state;
    Profile& p = state.addProfile("P");
    p.passes.emplace_back("secure", *parseIso8601("2026-11-03T08:30:00Z"));
    CompletedPass unfinished{"secure", *parseIso8601("2026-12-04T08:30:00Z")};
    unfinished.incomplete = true;
    unfinished.unknown.attributes = {{"reviewer", "Jean"}};
    unfinished.unknown.elements = "<signature by=\"Jean\"/>";
    p.passes.push_back(std::move(unfinished));
    const std::string xml = ReviewStore::toXml(state);
    BOOST_TEST(xml.find("incomplete=\"true\"") != std::string::npos);
    const Profile loaded = ReviewStore::fromXml(xml).profiles.front();
    BOOST_REQUIRE(loaded.passes.size() == 2u);
    BOOST_TEST(!loaded.passes[0].incomplete);
    BOOST_TEST(loaded.passes[1].incomplete);
    BOOST_TEST(loaded.passes[1].unknown.attributes.size() == 1u);
    BOOST_TEST(ReviewStore::toXml(ReviewStore::fromXml(xml)) == xml, "written back as it was read");
    BOOST_TEST(xml.find("<signature by=\"Jean\"/>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_pass_in_a_file_from_before_the_flag_reads_as_complete) {
    const ReviewState state = ReviewStore::fromXml(
        "<?xml version=\"1.0\"?><vigie-state version=\"1\"><profile id=\"p\" label=\"P\">"
        "<pass wizard=\"secure\" completed=\"2026-11-03T08:30:00Z\"/></profile></vigie-state>");
    BOOST_REQUIRE(state.profiles.front().passes.size() == 1u);
    BOOST_TEST(!state.profiles.front().passes.front().incomplete);
    BOOST_TEST(ReviewStore::toXml(state).find("incomplete") == std::string::npos, "nothing added for a complete pass");
}

// ---- data-loss fixes: each case is the regression test of one ----

BOOST_AUTO_TEST_CASE(two_set_asides_in_the_same_second_keep_both_files) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    std::set<std::string> asides;
    for (const char* garbage : {"first garbage", "second garbage", "third garbage"}) {
        std::ofstream(store.path()) << garbage;
        LoadOutcome loaded = store.load();
        BOOST_REQUIRE(loaded.movedAsideTo);
        BOOST_TEST(read(*loaded.movedAsideTo) == garbage);
        asides.insert(*loaded.movedAsideTo);
    }
    BOOST_TEST(asides.size() == 3u);
    BOOST_TEST(asideFiles(dir.path()).size() == 3u);
    for (const std::string& aside : asides) BOOST_TEST(fs::exists(aside));
}

BOOST_AUTO_TEST_CASE(temporaries_of_a_killed_save_go_at_the_next_load_and_only_ours) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    store.save(sample());
    for (const char* name : {"state.xml.saving-Ab3xZ9", "state.xml.saving-000000"})
        std::ofstream(dir.path() + "/" + name) << "<?xml";
    std::ofstream(dir.path() + "/state.xml.Q1w2E3")
        << "<?xml version=\"1.0\"?>\n<vigie-state version=\"1\">";  // 0.1's name
    // Not ours: other names, not mkstemp's six characters, or a user's file with a six-letter suffix.
    for (const char* name : {"state.xml.backup", "state.xml.unreadable-20260101T000000Z", "other.xml.saving-Ab3xZ9",
                             "state.xml.saving-Ab3xZ"})
        std::ofstream(dir.path() + "/" + name) << "keep";
    BOOST_TEST(store.load().state.profiles.size() == 2u);
    BOOST_TEST(entries(dir.path()) ==
               (std::vector<std::string>{"other.xml.saving-Ab3xZ9", "state.xml", "state.xml.backup", "state.xml.lock",
                                         "state.xml.saving-Ab3xZ", "state.xml.unreadable-20260101T000000Z"}));
}

BOOST_AUTO_TEST_CASE(without_the_lock_only_old_temporaries_go) {
    TempDir dir;
    std::string target = dir.path() + "/state.xml";
    std::ofstream(target + ".saving-fresh1") << "x";
    std::ofstream(target + ".saving-stale1") << "x";
    fs::last_write_time(target + ".saving-stale1", fs::file_time_type::clock::now() - std::chrono::hours(2));
    BOOST_TEST(removeStaleTemporaries(target, 3600) == 1);
    BOOST_TEST(fs::exists(target + ".saving-fresh1"));
    BOOST_TEST(!fs::exists(target + ".saving-stale1"));
}

BOOST_AUTO_TEST_CASE(control_characters_are_stored_as_well_formed_xml_and_come_back_exactly) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    ReviewState state;
    const std::string label = std::string("Esc\x1b[2J label \x01\\x41 back\\slash");
    const std::string note = std::string("bell\x07 nul-free\x1f crlf\r\n tab\t end \xEF\xBF\xBE \xC3(");
    Profile& profile = state.addProfile(label);
    profile.items["a.b.c"].note = note;
    profile.items["a.b.c"].value = std::string("v\x0b");
    store.save(state);
    const std::string xml = read(store.path());
    for (unsigned char c : xml)
        BOOST_TEST_REQUIRE((c >= 0x20 || c == '\n' || c == '\t'), "raw control byte " << int(c));
    pugi::xml_document doc;
    BOOST_TEST(doc.load_string(xml.c_str()));
    ReviewState loaded = store.load().state;
    BOOST_TEST(loaded.profiles.at(0).label == label);
    BOOST_TEST(loaded.profiles.at(0).items.at("a.b.c").note == note);
    BOOST_TEST(loaded.profiles.at(0).items.at("a.b.c").value == "v\x0b");
    // Plain text is written as it is: files stay readable and older versions read them.
    BOOST_TEST(xml.find("escaped") != std::string::npos);
    BOOST_TEST(ReviewStore::toXml(sample()).find("escaped") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_status_affects_only_its_item_and_is_written_back) {
    TempDir dir;
    ReviewStore store(dir.path() + "/state.xml");
    std::ofstream(store.path())
        << "<vigie-state version=\"1\" future-root=\"r\"><profile id=\"x\" label=\"y\" colour=\"blue\">"
           "<item id=\"a.b.c\" status=\"perhaps\" confidence=\"0.7\"><note>n</note>"
           "<evidence source=\"api\">kept <b>as is</b></evidence></item>"
           "<item id=\"a.b.d\" status=\"done\"/><tag name=\"t\"/></profile>"
           "<sync peer=\"p\"/></vigie-state>";
    LoadOutcome loaded = store.load();
    BOOST_TEST(!loaded.movedAsideTo);
    BOOST_TEST(loaded.problem.empty());
    const Profile& profile = loaded.state.profiles.at(0);
    BOOST_TEST(profile.items.at("a.b.c").unknownStatus == "perhaps");
    BOOST_TEST(profile.items.at("a.b.c").note == "n");
    BOOST_TEST((profile.items.at("a.b.d").status == ItemStatus::Done));
    BOOST_TEST(profile.items.at("a.b.d").unknownStatus.empty());
    store.save(loaded.state);
    const std::string xml = read(store.path());
    for (const char* kept :
         {"status=\"perhaps\"", "confidence=\"0.7\"", "<evidence source=\"api\">kept <b>as is</b></evidence>",
          "colour=\"blue\"", "<tag name=\"t\"", "<sync peer=\"p\"", "future-root=\"r\""})
        BOOST_TEST(xml.find(kept) != std::string::npos, kept);
}

BOOST_AUTO_TEST_CASE(update_applies_a_change_to_what_is_on_disk_now) {
    TempDir dir;
    ReviewStore window(dir.path() + "/state.xml");
    ReviewStore commandLine(dir.path() + "/state.xml");
    window.save(sample());
    BOOST_TEST(!window.changedOnDisk());
    commandLine.update([](ReviewState& s) { s.profiles[0].items["x.y.z"].status = ItemStatus::Done; });
    BOOST_TEST(window.changedOnDisk());  // the window reloads instead of overwriting
    window.update([](ReviewState& s) { s.profiles[0].items["x.y.w"].status = ItemStatus::Attention; });
    BOOST_TEST(!window.changedOnDisk());
    const LoadOutcome loaded = window.load();
    const Profile& p = loaded.state.profiles.at(0);
    BOOST_TEST((p.items.at("x.y.z").status == ItemStatus::Done));
    BOOST_TEST((p.items.at("x.y.w").status == ItemStatus::Attention));
}

BOOST_AUTO_TEST_CASE(a_writer_kept_out_by_another_says_so) {
    TempDir dir;
    ReviewStore holder(dir.path() + "/state.xml");
    ReviewStore other(dir.path() + "/state.xml");
    holder.holdLock();
    ReviewStore::setLockPatienceForTesting(std::chrono::milliseconds(50));
    try {
        other.save(sample());
        BOOST_FAIL("save should wait, then fail");
    } catch (const SaveError& e) {
        BOOST_TEST(e.message().english().find("Another Vigie is using") != std::string::npos);
    }
    holder.releaseLock();
    other.save(sample());
    ReviewStore::setLockPatienceForTesting(std::chrono::milliseconds(10000));
    BOOST_TEST(other.load().state.profiles.size() == 2u);
}

BOOST_AUTO_TEST_CASE(format_problems_are_messages_a_translator_can_word) {
    for (const char* broken :
         {"<vigie-state version=\"1\"><profile", "<vigie-state version=\"1\"><profile id='x'/>",
          "<vigie-state version=\"1\"><profile id='x' label='y'><pass wizard='w' completed='soon'/>"
          "</profile></vigie-state>"}) {
        try {
            ReviewStore::fromXml(broken);
            BOOST_FAIL("should not parse");
        } catch (const FormatError& e) {
            // A msgid of ours, not pugixml's English sentence.
            BOOST_TEST(e.message().msgid.find("{}") != std::string::npos);
            BOOST_TEST(e.message().english().find("Error parsing") == std::string::npos);
        }
    }
}

// Found by fuzz_state_loader (tests/fuzz/regressions/fuzz_state_loader): a pass dated 8638
// overflowed system_clock's nanoseconds (undefined behaviour) instead of being refused.
BOOST_AUTO_TEST_CASE(a_date_beyond_what_the_clock_holds_is_a_format_problem) {
    BOOST_TEST(!parseIso8601("8638-11-03T08:30:00Z"));
    BOOST_TEST(!parseIso8601("1969-12-31T23:59:59Z"));
    BOOST_TEST(toIso8601(*parseIso8601("2200-12-31T23:59:59Z")) == "2200-12-31T23:59:59Z");
    BOOST_CHECK_THROW(
        ReviewStore::fromXml("<vigie-state version='1'><profile id='p' label='l'>"
                             "<pass wizard='w' completed='8638-11-03T08:30:00Z'/></profile></vigie-state>"),
        FormatError);
}

BOOST_AUTO_TEST_CASE(a_writer_holding_the_whole_state_saves_only_what_it_changed) {
    ReviewState base = sample();
    ReviewState mine = base;  // the window
    ReviewState disk = base;  // what `vigie mark` and `vigie profile add` made of the file meanwhile
    mine.profiles[0].items["w.s.window"].status = ItemStatus::Done;
    mine.profiles[0].label = "Renamed in the window";
    mine.profiles.erase(mine.profiles.begin() + 1);  // "Second" deleted in the window
    mine.addProfile("Added in the window");
    disk.profiles[0].items["w.s.cli"].status = ItemStatus::Attention;
    disk.profiles[0].items["secure.password.length"].note = "edited by the command line";
    disk.addProfile("Added by the command line");
    applyChanges(base, mine, disk);
    const Profile* first = disk.findProfile(base.profiles[0].id);
    BOOST_REQUIRE(first);
    BOOST_TEST(first->label == "Renamed in the window");
    BOOST_TEST((first->items.at("w.s.window").status == ItemStatus::Done));
    BOOST_TEST((first->items.at("w.s.cli").status == ItemStatus::Attention));
    BOOST_TEST(first->items.at("secure.password.length").note == "edited by the command line");
    BOOST_TEST(!disk.findProfile("Second"));
    BOOST_TEST(disk.findProfile("Added in the window"));
    BOOST_TEST(disk.findProfile("Added by the command line"));
}
