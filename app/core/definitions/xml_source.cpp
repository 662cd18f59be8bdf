#include "definitions/xml_source.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace vigie {

bool XmlSource::load(const std::string& path, std::vector<DefinitionError>& errors) {
    path_ = path;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({path, 0, UserMessage{N_("cannot read the file"), {}}});
        return false;
    }
    std::ostringstream content;
    content << in.rdbuf();
    text_ = content.str();
    pugi::xml_parse_result parsed =
        doc_.load_buffer(text_.data(), text_.size(), pugi::parse_default | pugi::parse_comments);
    if (!parsed) {
        errors.push_back(
            {path, lineAt(parsed.offset), UserMessage{N_("not well-formed XML: {}"), {parsed.description()}}});
        return false;
    }
    return true;
}

int XmlSource::lineAt(std::ptrdiff_t offset) const {
    if (offset < 0) return 0;
    auto end = text_.begin() + std::min<std::ptrdiff_t>(offset, static_cast<std::ptrdiff_t>(text_.size()));
    return 1 + static_cast<int>(std::count(text_.begin(), end, '\n'));
}

}  // namespace vigie
