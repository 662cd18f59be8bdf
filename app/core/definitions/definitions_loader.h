// Loads wizards/*.xml and links.xml with pugixml. A broken file is reported with its name, line
// and reason, and the other wizards still load: a typo in one file must not take the app down.
#pragma once

#include <string>

#include "definitions/definitions.h"
#include "definitions/links.h"

namespace vigie {

struct Catalog {
    Definitions definitions;
    LinkCatalog links;
};

// Loads links.xml then every other *.xml of `directory`. Never throws for bad content.
Catalog loadCatalog(const std::string& directory);

// Loads one wizard file; on error returns nullopt and appends to `errors`.
std::optional<Wizard> loadWizardFile(const std::string& path, const LinkCatalog& links,
                                     std::vector<DefinitionError>& errors);

// The whitespace rule shared with xgettext's ITS extraction: runs of whitespace become one
// space, leading and trailing whitespace go. Lookups only match if both sides agree.
std::string normalizeSpace(const std::string& text);

}  // namespace vigie
