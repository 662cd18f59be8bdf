// Where Vigie finds its shipped data: next to its executable when it is installed (any prefix),
// through the build tree's marker when it runs from a build folder, and the environment
// overrides before both.
#define BOOST_TEST_MODULE paths
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "platform/paths.h"
#include "temp_dir.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

void writeMarker(const fs::path& dir, const std::string& data, const std::string& locale) {
    fs::create_directories(dir);
    std::ofstream(dir / kBuildTreeMarker) << "# comment\ndata=" << data << "\nlocale=" << locale << "\nother=x\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_installed_copy_reads_its_prefix_share_folder) {
    TempDir dir;
    fs::path prefix = fs::path(dir.path()) / "opt" / "vigie";
    fs::create_directories(prefix / "bin");
    fs::create_directories(prefix / "share" / "vigie" / "wizards");
    fs::create_directories(prefix / "share" / "locale");
    ResourceDirs found = resourceDirsFor((prefix / "bin").string());
    BOOST_TEST(found.data == fs::canonical(prefix / "share" / "vigie").string());
    BOOST_TEST(found.locale == fs::canonical(prefix / "share" / "locale").string());
}

BOOST_AUTO_TEST_CASE(a_build_tree_is_found_through_its_marker_only) {
    TempDir dir;
    fs::path build = fs::path(dir.path()) / "build";
    writeMarker(build, "/src/vigie", "/src/vigie/build/locale");
    fs::create_directories(build / "tests" / "cli" / "commands");
    ResourceDirs fromApp = resourceDirsFor((build / "app").string());
    BOOST_TEST(fromApp.data == "/src/vigie");
    BOOST_TEST(fromApp.locale == "/src/vigie/build/locale");
    ResourceDirs fromTest = resourceDirsFor((build / "tests" / "cli" / "commands").string());
    BOOST_TEST(fromTest.data == "/src/vigie");
}

BOOST_AUTO_TEST_CASE(an_installed_copy_wins_over_a_marker_above_it) {
    TempDir dir;
    fs::path top = fs::path(dir.path());
    writeMarker(top, "/src/vigie", "/src/vigie/build/locale");
    fs::create_directories(top / "prefix" / "bin");
    fs::create_directories(top / "prefix" / "share" / "vigie");
    ResourceDirs found = resourceDirsFor((top / "prefix" / "bin").string());
    BOOST_TEST(found.data == fs::canonical(top / "prefix" / "share" / "vigie").string());
}

BOOST_AUTO_TEST_CASE(neither_an_installation_nor_a_build_tree_finds_nothing) {
    TempDir dir;
    fs::path bin = fs::path(dir.path()) / "usr" / "bin";
    fs::create_directories(bin);
    ResourceDirs found = resourceDirsFor(bin.string());
    BOOST_TEST(found.data.empty());
    BOOST_TEST(found.locale.empty());
}

BOOST_AUTO_TEST_CASE(a_marker_too_far_above_is_not_used) {
    TempDir dir;
    fs::path top = fs::path(dir.path());
    writeMarker(top, "/src/vigie", "/src/vigie/build/locale");
    fs::path deep = top / "a" / "b" / "c" / "d" / "e" / "f";
    fs::create_directories(deep);
    BOOST_TEST(resourceDirsFor(deep.string()).data.empty());
}

BOOST_AUTO_TEST_CASE(the_environment_overrides_every_folder) {
    ::setenv("VIGIE_DATA_DIR", "/data", 1);
    ::unsetenv("VIGIE_WIZARDS_DIR");
    ::unsetenv("VIGIE_LOCALES_DIR");
    BOOST_TEST(dataDir() == "/data");
    BOOST_TEST(wizardsDir() == "/data/wizards");
    BOOST_TEST(localesSourceDir() == "/data/locales");
    ::setenv("VIGIE_WIZARDS_DIR", "/elsewhere/wizards", 1);
    ::setenv("VIGIE_LOCALES_DIR", "/elsewhere/locales", 1);
    ::setenv("VIGIE_LOCALE_DIR", "/elsewhere/locale", 1);
    BOOST_TEST(wizardsDir() == "/elsewhere/wizards");
    BOOST_TEST(localesSourceDir() == "/elsewhere/locales");
    BOOST_TEST(localeDir() == "/elsewhere/locale");
}

BOOST_AUTO_TEST_CASE(this_test_program_finds_the_build_tree_it_runs_from) {
    ::unsetenv("VIGIE_DATA_DIR");
    ::unsetenv("VIGIE_WIZARDS_DIR");
    ::unsetenv("VIGIE_LOCALES_DIR");
    ::unsetenv("VIGIE_LOCALE_DIR");
    BOOST_TEST(fs::equivalent(dataDir(), VIGIE_SOURCE_DIR));
    BOOST_TEST(fs::exists(wizardsDir() + "/secure.xml"));
    BOOST_TEST(fs::exists(localesSourceDir() + "/passwords-fr.txt"));
    BOOST_TEST(fs::equivalent(localeDir(), std::string(VIGIE_BINARY_DIR) + "/locale"));
}
