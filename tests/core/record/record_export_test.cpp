#define BOOST_TEST_MODULE record_export
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/errors.h"
#include "record/record_export.h"
#include "record_test_support.h"
#include "temp_dir.h"

using namespace vigie;
using namespace vigie::test;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    Fixture() { useFixtureCatalog(); }
    Catalog catalog = fixtureCatalog();
    Profile profile = sampleProfile();
    TempDir dir;

    ExportOptions options(ExportOptions::Format format) {
        ExportOptions o;
        o.format = format;
        o.language = Language::French;
        return o;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(record_export, Fixture)

BOOST_AUTO_TEST_CASE(writes_each_format_with_progress_up_to_one) {
    for (auto format : {ExportOptions::Format::Pdf, ExportOptions::Format::Html}) {
        std::string path = dir.path() + "/record";
        std::vector<double> seen;
        exportRecord(catalog, profile, options(format), path, [&](double f) {
            seen.push_back(f);
            return true;
        });
        std::string content = readFile(path);
        if (format == ExportOptions::Format::Pdf)
            BOOST_TEST(content.rfind("%PDF-", 0) == 0);
        else
            BOOST_TEST(content.rfind("<!DOCTYPE html>", 0) == 0);
        BOOST_REQUIRE(!seen.empty());
        BOOST_TEST(std::is_sorted(seen.begin(), seen.end()));
        BOOST_TEST(seen.back() == 1.0);
        struct stat st {};
        ::stat(path.c_str(), &st);
        BOOST_TEST((st.st_mode & 0777) == 0600u);
    }
}

BOOST_AUTO_TEST_CASE(replaces_an_existing_file_whole) {
    std::string path = dir.path() + "/record.html";
    writeFile(path, std::string(100000, 'x'));
    exportRecord(catalog, profile, options(ExportOptions::Format::Html), path, {});
    BOOST_TEST(readFile(path).find('x' + std::string(50, 'x')) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(cancel_leaves_the_path_untouched) {
    std::string path = dir.path() + "/record.pdf";
    writeFile(path, "previous");
    exportRecord(catalog, profile, options(ExportOptions::Format::Pdf), path, [](double f) { return f < 0.2; });
    BOOST_TEST(readFile(path) == "previous");
    std::string fresh = dir.path() + "/never.pdf";
    exportRecord(catalog, profile, options(ExportOptions::Format::Pdf), fresh, [](double) { return false; });
    BOOST_TEST(!fs::exists(fresh));
}

BOOST_AUTO_TEST_CASE(an_unwritable_path_names_the_path_and_the_reason) {
    std::string locked = dir.path() + "/locked";
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    std::string path = locked + "/record.pdf";
    if (::geteuid() == 0) path = "/proc/vigie-record.pdf";  // root ignores permissions; /proc refuses
    try {
        exportRecord(catalog, profile, options(ExportOptions::Format::Pdf), path, {});
        BOOST_FAIL("no SaveError");
    } catch (const SaveError& error) {
        std::string message = error.what();
        BOOST_TEST(message.find(path) != std::string::npos, message);
        BOOST_TEST(message.find(": ") != std::string::npos, message);
    }
    BOOST_CHECK_THROW(exportRecord(catalog, profile, options(ExportOptions::Format::Html),
                                   dir.path() + "/no/such/folder/record.html", {}),
                      SaveError);
}

namespace {
std::string refusal(const std::function<void()>& exportIt) {
    try {
        exportIt();
    } catch (const SaveError& error) {
        return error.what();
    }
    return "(no SaveError)";
}
}  // namespace

BOOST_AUTO_TEST_CASE(refuses_vigie_own_state_and_settings_and_leaves_them_whole) {
    ::setenv("XDG_DATA_HOME", dir.path().c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", dir.path().c_str(), 1);
    fs::create_directory(dir.path() + "/vigie");
    const std::string state = dir.path() + "/vigie/state.xml", settings = dir.path() + "/vigie/settings.xml";
    writeFile(state, "<vigie-state version=\"1\"/>");
    writeFile(settings, "<vigie-settings/>");
    fs::create_symlink(state, dir.path() + "/link-to-state.pdf");
    for (const std::string& target :
         {state, settings, dir.path() + "/link-to-state.pdf", dir.path() + "/./vigie/state.xml"}) {
        std::string message =
            refusal([&] { exportRecord(catalog, profile, options(ExportOptions::Format::Pdf), target, {}); });
        BOOST_TEST(message.find("one of Vigie's own files") != std::string::npos, message);
    }
    BOOST_TEST(readFile(state) == "<vigie-state version=\"1\"/>");
    BOOST_TEST(readFile(settings) == "<vigie-settings/>");
    ::unsetenv("XDG_DATA_HOME");
    ::unsetenv("XDG_CONFIG_HOME");
}

BOOST_AUTO_TEST_CASE(refuses_device_nodes_fifos_and_folders_naming_what_it_found) {
    struct stat before {};
    BOOST_REQUIRE(::stat("/dev/null", &before) == 0);
    std::string message =
        refusal([&] { exportRecord(catalog, profile, options(ExportOptions::Format::Html), "/dev/null", {}); });
    BOOST_TEST(message.find("/dev/null is not a regular file") != std::string::npos, message);
    struct stat after {};
    BOOST_REQUIRE(::stat("/dev/null", &after) == 0);
    BOOST_TEST(S_ISCHR(after.st_mode));
    const std::string fifo = dir.path() + "/pipe";
    BOOST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    message = refusal([&] { exportRecord(catalog, profile, options(ExportOptions::Format::Html), fifo, {}); });
    BOOST_TEST(message.find("is not a regular file") != std::string::npos, message);
    message = refusal([&] { exportRecord(catalog, profile, options(ExportOptions::Format::Html), dir.path(), {}); });
    BOOST_TEST(message.find(dir.path() + " is a folder") != std::string::npos, message);
    message = refusal(
        [&] { exportRecord(catalog, profile, options(ExportOptions::Format::Html), dir.path() + "/none/r.html", {}); });
    BOOST_TEST(message.find(dir.path() + "/none:") != std::string::npos, message);
    BOOST_TEST(message.find("no such file or folder") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(a_link_to_a_regular_file_stays_a_link) {
    const std::string real = dir.path() + "/real.html", link = dir.path() + "/link.html";
    writeFile(real, "old");
    fs::create_symlink(real, link);
    exportRecord(catalog, profile, options(ExportOptions::Format::Html), link, {});
    BOOST_TEST(fs::is_symlink(link));
    BOOST_TEST(readFile(real).rfind("<!DOCTYPE html>", 0) == 0);
}

BOOST_AUTO_TEST_CASE(formats_parse_from_words_and_extensions) {
    BOOST_TEST((parseExportFormat("PDF") == ExportOptions::Format::Pdf));
    BOOST_TEST((parseExportFormat("html") == ExportOptions::Format::Html));
    BOOST_TEST((parseExportFormat("htm") == ExportOptions::Format::Html));
    BOOST_TEST(!parseExportFormat("docx").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
