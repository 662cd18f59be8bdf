// Drives the real windows the way a user does: finds widgets by their stable names, clicks and
// types through wxUIActionSimulator (XTest under Xvfb), or sends the event a control would send
// when simulated input is not what is being tested. Waits for what a user would see, never for
// a fixed time alone.
#pragma once

#include <functional>
#include <string>

#include <wx/app.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/stopwatch.h>
#include <wx/uiaction.h>
#include <wx/utils.h>
#include <wx/window.h>
#include <boost/test/unit_test.hpp>

namespace vigie::gui::test {

// Lets the toolkit run: events, CallAfter, idle processing and pending deletions.
inline void pump(int milliseconds = 20) {
    wxStopWatch watch;
    do {
        wxTheApp->Yield(true);
        wxTheApp->ProcessPendingEvents();
        wxTheApp->ProcessIdle();
        wxMilliSleep(2);
    } while (watch.Time() < milliseconds);
}

inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000) {
    wxStopWatch watch;
    while (!condition()) {
        if (watch.Time() > timeoutMs) return false;
        pump(10);
    }
    return true;
}

inline wxWindow* findNamed(const wxString& name, wxWindow* within = nullptr) {
    return wxWindow::FindWindowByName(name, within);
}

template <typename T>
T* find(const wxString& name, wxWindow* within = nullptr) {
    wxWindow* window = findNamed(name, within);
    BOOST_TEST_REQUIRE(window != nullptr, "no window named " << name);
    T* typed = dynamic_cast<T*>(window);
    BOOST_TEST_REQUIRE(typed != nullptr, name << " is not of the expected type");
    return typed;
}

// Simulated input goes where the X pointer and focus are: bring the window up and the pointer in.
inline void prepareForInput(wxWindow* window) {
    wxWindow* top = wxGetTopLevelParent(window);
    top->Raise();
    wxUIActionSimulator().MouseMove(top->GetScreenRect().GetTopLeft() + wxPoint(5, 5));
    pump(50);
}

// Where `window` stands in the scrolled page that holds it: the page, its scroll unit and view
// start (in units), and the window's top edge in pixels from the top of the visible part.
struct PagePosition {
    wxScrolledWindow* page = nullptr;
    int unitY = 0;
    int startY = 0;
    int top = 0;
};

inline PagePosition pagePositionOf(wxWindow* window) {
    PagePosition at;
    for (wxWindow* parent = window->GetParent(); parent && !at.page; parent = parent->GetParent())
        at.page = dynamic_cast<wxScrolledWindow*>(parent);
    if (!at.page) return at;
    int unitX = 0, startX = 0;
    at.page->GetScrollPixelsPerUnit(&unitX, &at.unitY);
    at.page->GetViewStart(&startX, &at.startY);
    at.top = window->GetScreenPosition().y - at.page->GetScreenPosition().y;
    return at;
}

// As a user scrolls to what they want to click.
inline void scrollIntoView(wxWindow* window) {
    const PagePosition at = pagePositionOf(window);
    if (!at.page) return;
    const int visible = at.page->GetClientSize().y;
    if (at.unitY > 0 && (at.top < 0 || at.top + window->GetSize().y > visible))
        at.page->Scroll(-1, std::max(0, at.startY + (at.top - visible / 3) / at.unitY));
    pump(50);
}

// Scrolls the page so that `window` starts near its top, as a user reading it would.
inline void scrollToTop(wxWindow* window) {
    const PagePosition at = pagePositionOf(window);
    if (!at.page) return;
    const int top = at.top - window->FromDIP(24);
    if (at.unitY > 0) at.page->Scroll(-1, std::max(0, at.startY + (top - at.unitY + 1) / at.unitY));
    pump(100);
}

inline void clickWithMouse(wxWindow* window) {
    scrollIntoView(window);
    prepareForInput(window);
    wxUIActionSimulator simulator;
    const wxRect rect = window->GetScreenRect();
    simulator.MouseMove(rect.GetTopLeft() + wxPoint(rect.width / 2, rect.height / 2));
    pump(30);
    simulator.MouseClick();
    pump(50);
}

inline void pressKey(wxWindow* focusWithin, int key, int modifiers = wxMOD_NONE) {
    prepareForInput(focusWithin);
    wxUIActionSimulator().Char(key, modifiers);
    pump(50);
}

inline void typeText(wxWindow* focusWithin, const char* text) {
    prepareForInput(focusWithin);
    wxUIActionSimulator().Text(text);
    pump(50);
}

// The event a control sends when the user operates it.
inline void sendCommand(wxWindow* control, wxEventType type, int value = 0) {
    wxCommandEvent event(type, control->GetId());
    event.SetEventObject(control);
    event.SetInt(value);
    control->HandleWindowEvent(event);
    pump();
}

inline void press(wxWindow* button) { sendCommand(button, wxEVT_BUTTON); }

inline void tick(wxCheckBox* box, bool checked) {
    box->SetValue(checked);
    sendCommand(box, wxEVT_CHECKBOX, checked ? 1 : 0);
}

inline void choose(wxChoice* choice, int index) {
    choice->SetSelection(index);
    sendCommand(choice, wxEVT_CHOICE, index);
}

// What is on screen inside `window`, as a PNG. ImageMagick reads the X server itself: wxScreenDC
// under GTK 3 kept returning the first picture it took.
inline bool saveScreenshot(wxWindow* window, const std::string& path) {
    window->Refresh();
    window->Update();
    pump(300);
    // Window coordinates are logical; at 200 % (GDK_SCALE=2) the X server counts twice as many.
    const double scale = window->GetContentScaleFactor();
    const wxRect logical = window->GetScreenRect();
    const wxRect rect(wxRound(logical.x * scale), wxRound(logical.y * scale), wxRound(logical.width * scale),
                      wxRound(logical.height * scale));
    const wxString command = wxString::Format("import -window root -crop %dx%d+%d+%d +repage \"%s\"", rect.width,
                                              rect.height, rect.x, rect.y, wxString::FromUTF8(path));
    return wxExecute(command, wxEXEC_SYNC | wxEXEC_NOEVENTS) == 0;
}

}  // namespace vigie::gui::test
