#include "cli/cli_context.h"

#include <ostream>

#include "platform/errors.h"
#include "platform/paths.h"

namespace vigie::cli {

Context::Context(Language language, std::istream& input, std::ostream& output, std::ostream& errors)
    : in(input), out(output), err(errors), translator_(language), store_(ReviewStore::defaultPath()) {}

const Catalog& Context::catalog() {
    if (!catalog_) {
        catalog_ = loadCatalog(wizardsDir());
        const Translator& tr = translator_;
        for (const DefinitionError& error : catalog_->definitions.errors)
            err << "vigie: " << format(tr("warning: {}"), {error.describe(tr)}) << "\n";
        if (catalog_->definitions.wizards.empty())
            err << "vigie: " << format(tr("warning: no wizard found in {}"), {wizardsDir()}) << "\n";
    }
    return *catalog_;
}

const ReviewState& Context::state() { return loadedState(); }

ReviewEditor& Context::editor() {
    if (!editor_) editor_ = std::make_unique<ReviewEditor>(loadedState(), *this, translator_(kDefaultProfileLabel));
    return *editor_;
}

ReviewState& Context::loadedState() {
    if (!state_) {
        // Held until this command ends: what it reads, changes and saves is one step, so two
        // commands at once cannot lose each other's change.
        store_.holdLock();
        LoadOutcome outcome = store_.load();
        const Translator& tr = translator_;
        if (outcome.movedAsideTo)
            err << "vigie: "
                << format(tr("the saved state could not be read ({}); it was moved to {}"),
                          {tr(outcome.problem), *outcome.movedAsideTo})
                << "\n";
        state_ = std::move(outcome.state);
    }
    return *state_;
}

const Profile* Context::profile(const std::optional<std::string>& name) {
    if (!name) return &editor().currentProfile();
    const ReviewState& reviewState = state();
    if (const Profile* found = reviewState.findProfile(*name)) return found;
    const Translator& tr = translator_;
    err << "vigie: " << format(tr("no profile is called \"{}\""), {*name}) << "\n";
    if (!reviewState.profiles.empty()) {
        err << tr("Profiles:") << "\n";
        for (const Profile& candidate : reviewState.profiles) err << "  " << candidate.label << "\n";
    }
    return nullptr;
}

bool Context::save() {
    try {
        store_.save(state());
        return true;
    } catch (const UserError& error) {
        err << "vigie: " << describeError(error, translator_) << "\n";
        return false;
    }
}

void Context::reviewChanged(Pace) {
    if (!save()) savedEverything_ = false;
}

}  // namespace vigie::cli
