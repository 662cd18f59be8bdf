// The interactive widgets a wizard step embeds (<widget name="password-meter"/> in wizards/*.xml).
// Each is built by a factory registered under its name; a step page shows nothing for a name no
// factory is registered for, so a widget can ship after the wizard text that mentions it.
// Widgets are destroyed and rebuilt when the language changes: keep no secret beyond that.
#pragma once

#include <functional>
#include <string>

#include <wx/window.h>

namespace vigie {
struct Step;
}

namespace vigie::gui {

class ReviewSession;

struct StepWidgetContext {
    ReviewSession& session;  // language, profile (NIC, region), item states
    const Step& step;
};

// Returns the widget, a child of `parent`, sized by its own sizer; the page adds it with wxEXPAND.
using StepWidgetFactory = std::function<wxWindow*(wxWindow* parent, const StepWidgetContext& context)>;

// Registers (or replaces) the factory for `name`; call before the first wizard opens, from a
// function the application calls at start-up (Application::OnInit). A static initialiser would
// not do: the linker drops an object file of a static library that nothing refers to.
void registerStepWidget(const std::string& name, StepWidgetFactory factory);

// The widget for `name`, or nullptr when no factory is registered for it.
wxWindow* createStepWidget(const std::string& name, wxWindow* parent, const StepWidgetContext& context);

// The step page holding a widget, for a widget that works with another one of the same step (the
// passphrase generator hands a phrase to the meter). A tool that serves an item opens from that
// item's row (<widget item="...">), so it may not exist until asked for.
class StepToolHost {
public:
    virtual ~StepToolHost() = default;
    // True when the step has the tool `name`, open or not.
    virtual bool hasTool(const std::string& name) const = 0;
    // Opens the tool `name` where it belongs and returns it; nullptr when the step has none.
    virtual wxWindow* openTool(const std::string& name) = 0;
};

// The host of the page that holds `window`, or nullptr.
StepToolHost* toolHostOf(wxWindow* window);

}  // namespace vigie::gui
