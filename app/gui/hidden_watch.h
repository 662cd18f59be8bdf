// Tells a widget when it stops being visible because a window around it was hidden: the wizard
// moved to another step (wxSimplebook hides the step page) or was closed (the main window's book
// hides the wizard). wxEVT_SHOW goes only to the window being shown or hidden, not to its
// children, so the watch listens on every ancestor up to the top-level window, and stops
// listening when it is destroyed (before the widget, which owns it).
#pragma once

#include <functional>
#include <vector>

class wxShowEvent;
class wxWindow;

namespace vigie::gui {

class HiddenWatch {
public:
    // `widget` must already have its parent. `hidden` runs on the UI thread.
    HiddenWatch(wxWindow* widget, std::function<void()> hidden);
    ~HiddenWatch();
    HiddenWatch(const HiddenWatch&) = delete;
    HiddenWatch& operator=(const HiddenWatch&) = delete;

private:
    void onShow(wxShowEvent& event);

    std::vector<wxWindow*> watched_;
    std::function<void()> hidden_;
};

}  // namespace vigie::gui
