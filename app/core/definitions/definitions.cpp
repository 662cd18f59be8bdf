#include "definitions/definitions.h"

namespace vigie {

std::size_t Wizard::itemCount() const {
    std::size_t count = 0;
    for (const Step& step : steps) count += step.items.size();
    return count;
}

std::string DefinitionError::describe() const { return describe(Translator(Language::English)); }

std::string DefinitionError::describe(const Translator& tr) const {
    std::string where = file;
    if (line > 0) where += ":" + std::to_string(line);
    return where + ": " + tr(reason);
}

const Wizard* Definitions::findWizard(const std::string& id) const {
    for (const Wizard& wizard : wizards)
        if (wizard.id == id) return &wizard;
    return nullptr;
}

const Item* Definitions::findItem(const std::string& itemId) const {
    const Wizard* wizard = findWizard(itemId.substr(0, itemId.find('.')));
    if (!wizard) return nullptr;
    for (const Step& step : wizard->steps)
        for (const Item& item : step.items)
            if (item.id == itemId) return &item;
    return nullptr;
}

std::vector<std::string> Definitions::allItemIds() const {
    std::vector<std::string> ids;
    for (const Wizard& wizard : wizards)
        for (const Step& step : wizard.steps)
            for (const Item& item : step.items) ids.push_back(item.id);
    return ids;
}

const std::vector<std::string>& knownWidgets() {
    static const std::vector<std::string> names{"password-meter", "passphrase", "totp-check"};
    return names;
}

}  // namespace vigie
