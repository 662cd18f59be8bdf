#include "window_geometry.h"

#include <wx/display.h>

namespace vigie::gui {

namespace {
bool onSomeScreen(const wxRect& rect) {
    return wxDisplay::GetFromPoint(rect.GetTopLeft() + wxPoint(20, 20)) != wxNOT_FOUND;
}
}  // namespace

void restoreGeometry(wxTopLevelWindow* window, const Settings& settings, const std::string& key,
                     const wxSize& defaultSize) {
    const auto saved = settings.geometry(key);
    const wxRect rect = saved ? wxRect(saved->x, saved->y, saved->width, saved->height) : wxRect();
    if (saved && onSomeScreen(rect)) {
        window->SetSize(rect);
        if (saved->maximized) window->Maximize();
        return;
    }
    const wxRect screen = wxDisplay(window).GetClientArea();
    const wxSize size = window->FromDIP(defaultSize);
    window->SetSize(wxSize(std::min(size.x, screen.width), std::min(size.y, screen.height)));
    window->Centre();
}

void rememberGeometry(const wxTopLevelWindow* window, Settings& settings, const std::string& key) {
    const wxRect rect = window->GetRect();
    settings.setGeometry(key, WindowGeometry{rect.x, rect.y, rect.width, rect.height, window->IsMaximized()});
}

}  // namespace vigie::gui
