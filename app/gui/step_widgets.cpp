#include "step_widgets.h"

#include <map>

namespace vigie::gui {

namespace {
std::map<std::string, StepWidgetFactory>& factories() {
    static std::map<std::string, StepWidgetFactory> registered;
    return registered;
}
}  // namespace

void registerStepWidget(const std::string& name, StepWidgetFactory factory) { factories()[name] = std::move(factory); }

wxWindow* createStepWidget(const std::string& name, wxWindow* parent, const StepWidgetContext& context) {
    auto found = factories().find(name);
    if (found == factories().end() || !found->second) return nullptr;
    return found->second(parent, context);
}

StepToolHost* toolHostOf(wxWindow* window) {
    for (wxWindow* parent = window; parent; parent = parent->GetParent())
        if (auto* host = dynamic_cast<StepToolHost*>(parent)) return host;
    return nullptr;
}

}  // namespace vigie::gui
