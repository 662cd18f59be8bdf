// The real application, started once per GUI test program in a private home (XDG folders in a
// temporary directory, English by default), as a user session would start it: wxEntryStart,
// then the application's own OnInit, then an event loop the tests pump (gui_driver.h).
#pragma once

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <functional>
#include <stdexcept>
#include <string>

#include <wx/app.h>
#include <wx/apptrait.h>
#include <wx/evtloop.h>
#include <wx/image.h>
#include <boost/test/unit_test.hpp>

#include "application.h"
#include "gui_driver.h"
#include "main_frame.h"
#include "temp_dir.h"

namespace vigie::gui::test {

inline const std::string& screenshotsDir() {
    static const std::string dir = std::string(VIGIE_BINARY_DIR) + "/screenshots";
    return dir;
}

// A wx assertion fails the test instead of opening a message box nobody will click.
inline void failOnAssert(const wxString& file, int line, const wxString& function, const wxString& condition,
                         const wxString& message) {
    BOOST_ERROR("wx assertion " << condition << " failed at " << file << ":" << line << " in " << function << ": "
                                << message);
}

class RunningApp {
public:
    // `beforeInit` runs once wx is up and before the application's OnInit (to install a log
    // target, say).
    explicit RunningApp(const char* programName, const std::function<void()>& beforeInit = {}) {
        setenv("XDG_DATA_HOME", (home_.path() + "/data").c_str(), 1);
        setenv("XDG_CONFIG_HOME", (home_.path() + "/config").c_str(), 1);
        setenv("LC_ALL", "C.UTF-8", 1);  // English by default: systemLanguage() finds no "fr"
        unsetenv("LANGUAGE");
        std::filesystem::create_directories(screenshotsDir());
        wxApp::SetInstance(new Application);
        static std::string name;
        name = programName;
        static char* argv[] = {name.data(), nullptr};
        int argc = 1;
        if (!wxEntryStart(argc, argv)) throw std::runtime_error("cannot initialise wxWidgets (no display?)");
        wxSetAssertHandler(failOnAssert);
        wxInitAllImageHandlers();
        loop_ = wxTheApp->GetTraits()->CreateEventLoop();
        wxEventLoopBase::SetActive(loop_);
        if (beforeInit) beforeInit();
        if (!wxTheApp->CallOnInit()) throw std::runtime_error("the application did not start");
        pump(300);
    }
    ~RunningApp() {
        for (wxWindow* window : wxTopLevelWindows) window->Destroy();
        pump(100);
        wxTheApp->OnExit();
        wxEventLoopBase::SetActive(nullptr);
        delete loop_;
        wxEntryCleanup();
    }
    RunningApp(const RunningApp&) = delete;
    RunningApp& operator=(const RunningApp&) = delete;

    const TempDir& home() const { return home_; }

private:
    TempDir home_;
    wxEventLoopBase* loop_ = nullptr;
};

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// A blank window (controls never drawn) has a handful of colours; a drawn one has hundreds.
inline std::size_t coloursIn(const std::string& png) {
    wxImage image;
    if (!image.LoadFile(wxString::FromUTF8(png), wxBITMAP_TYPE_PNG)) return 0;
    std::set<unsigned long> colours;
    const unsigned char* rgb = image.GetData();
    const std::size_t pixels = static_cast<std::size_t>(image.GetWidth()) * static_cast<std::size_t>(image.GetHeight());
    for (std::size_t i = 0; i < pixels; i += 7)
        colours.insert((rgb[3 * i] << 16UL) | (rgb[3 * i + 1] << 8UL) | rgb[3 * i + 2]);
    return colours.size();
}

// Saves `window` as screenshots/`file` and checks that it shows something.
inline void shoot(wxWindow* window, const std::string& file, std::size_t minimumColours = 100) {
    const std::string path = screenshotsDir() + "/" + file;
    BOOST_TEST_REQUIRE(saveScreenshot(window, path), "screenshot " << file);
    BOOST_TEST(coloursIn(path) > minimumColours, file << " shows the window's content");
}

inline MainFrame* frame() {
    auto* found = dynamic_cast<MainFrame*>(findNamed("main_frame"));
    BOOST_TEST_REQUIRE(found != nullptr);
    return found;
}

}  // namespace vigie::gui::test
