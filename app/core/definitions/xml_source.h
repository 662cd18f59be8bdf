// A parsed XML file that remembers its text, so every problem can be reported with a line number
// (pugixml only keeps byte offsets).
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "definitions/definitions.h"

namespace vigie {

class XmlSource {
public:
    // Reads and parses `path`; on failure appends the reason to `errors` and returns false.
    bool load(const std::string& path, std::vector<DefinitionError>& errors);

    const pugi::xml_document& document() const { return doc_; }
    const std::string& path() const { return path_; }
    int lineOf(pugi::xml_node node) const { return lineAt(node.offset_debug()); }
    int lineAt(std::ptrdiff_t offset) const;
    DefinitionError error(pugi::xml_node node, UserMessage reason) const {
        return {path_, lineOf(node), std::move(reason)};
    }

private:
    std::string path_;
    std::string text_;
    pugi::xml_document doc_;
};

}  // namespace vigie
