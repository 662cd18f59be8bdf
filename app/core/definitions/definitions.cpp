#include "definitions/definitions.h"

#include <algorithm>

namespace vigie {

bool appliesTo(const RegionSet& regions, Region region) {
    return regions.empty() || std::find(regions.begin(), regions.end(), region) != regions.end();
}

std::vector<std::string> olderLabels(const MenuEntry& entry, const Translator& tr) {
    std::vector<std::string> shown{tr(entry.label)};
    for (const std::string& label : entry.older) {
        std::string text = tr(label);
        if (std::find(shown.begin(), shown.end(), text) == shown.end()) shown.push_back(text);
    }
    shown.erase(shown.begin());
    return shown;
}

namespace {

template <typename T>
void keepFor(std::vector<T>& parts, Region region) {
    parts.erase(
        std::remove_if(parts.begin(), parts.end(), [&](const T& part) { return !appliesTo(part.regions, region); }),
        parts.end());
}

TextBlock blockFor(const TextBlock& block, Region region) {
    TextBlock out{block.kind, {}, block.regions, {}};
    for (std::size_t i = 0; i < block.texts.size(); ++i) {
        const RegionSet none;
        const RegionSet& regions = i < block.entryRegions.size() ? block.entryRegions[i] : none;
        if (!appliesTo(regions, region)) continue;
        out.texts.push_back(block.texts[i]);
        out.entryRegions.push_back(regions);
    }
    return out;
}

Step stepFor(const Step& step, Region region) {
    Step out = step;
    out.blocks.clear();
    for (const TextBlock& block : step.blocks)
        if (appliesTo(block.regions, region)) {
            TextBlock kept = blockFor(block, region);
            if (!kept.texts.empty()) out.blocks.push_back(std::move(kept));
        }
    keepFor(out.panels, region);
    keepFor(out.links, region);
    keepFor(out.items, region);
    for (Item& item : out.items) keepFor(item.options, region);
    return out;
}

}  // namespace

Wizard Wizard::forRegion(Region region) const {
    Wizard out = *this;
    out.steps.clear();
    for (const Step& step : steps)
        if (appliesTo(step.regions, region)) out.steps.push_back(stepFor(step, region));
    return out;
}

Definitions Definitions::forRegion(Region region) const {
    Definitions out;
    out.errors = errors;
    for (const Wizard& wizard : wizards) out.wizards.push_back(wizard.forRegion(region));
    return out;
}

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
