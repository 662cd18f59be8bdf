#include "hidden_watch.h"

#include <wx/window.h>

namespace vigie::gui {

HiddenWatch::HiddenWatch(wxWindow* widget, std::function<void()> hidden) : hidden_(std::move(hidden)) {
    for (wxWindow* window = widget; window && !window->IsTopLevel(); window = window->GetParent()) {
        window->Bind(wxEVT_SHOW, &HiddenWatch::onShow, this);
        watched_.push_back(window);
    }
}

// The ancestors outlive the widget that owns this watch: windows destroy their children first.
HiddenWatch::~HiddenWatch() {
    for (wxWindow* window : watched_) window->Unbind(wxEVT_SHOW, &HiddenWatch::onShow, this);
}

void HiddenWatch::onShow(wxShowEvent& event) {
    event.Skip();  // other handlers of the same window still get it
    if (!event.IsShown() && hidden_) hidden_();
}

}  // namespace vigie::gui
