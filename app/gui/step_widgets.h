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

}  // namespace vigie::gui
