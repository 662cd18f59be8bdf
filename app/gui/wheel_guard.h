// The mouse wheel scrolls the page; it never changes a list the user did not focus. GTK lets the
// wheel change a drop-down list, a spin button or a slider as it passes under the pointer while
// the page scrolls (the passphrase separator changed silently that way). This app-wide filter
// takes the wheel away from such a control unless it has the keyboard focus, and scrolls the
// page that holds it instead, by as much as GTK scrolls it for one notch.
// It also notes whether a mouse button is being pressed: a page that scrolls a control into view
// as it takes the focus must not do so under a press, or the release lands beside the button and
// the click is lost (the first click on a partly hidden card's Open only scrolled).
#pragma once

#include <wx/eventfilter.h>

class wxMouseEvent;
class wxWindow;

namespace vigie::gui {

class WheelGuard : public wxEventFilter {
public:
    WheelGuard();  // filters every window's events from now on
    ~WheelGuard() override;
    WheelGuard(const WheelGuard&) = delete;
    WheelGuard& operator=(const WheelGuard&) = delete;

    int FilterEvent(wxEvent& event) override;

    // The control the wheel would change under `window` (it, or the list or spin button it is
    // part of), nullptr when the wheel cannot change anything there.
    static wxWindow* valueControlAt(wxWindow* window);
    // Scrolls the scrolled page holding `window` as a wheel event would; false when there is none.
    static bool scrollPageOf(wxWindow* window, const wxMouseEvent& wheel);
    // True between a mouse button's press and its release, as the window has seen them (the
    // X server's own state may be ahead: a quick click is already over when its press is handled).
    static bool mouseButtonPressed();
};

}  // namespace vigie::gui
