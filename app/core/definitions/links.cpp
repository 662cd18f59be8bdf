#include "definitions/links.h"

#include <algorithm>
#include <sstream>

#include "definitions/definitions.h"
#include "definitions/xml_source.h"

namespace vigie {

std::string regionCode(Region region) {
    switch (region) {
        case Region::Canada:
            return "ca";
        case Region::UnitedStates:
            return "us";
        case Region::Europe:
            break;
    }
    return "eu";
}

std::optional<Region> parseRegion(const std::string& code) {
    for (Region region : allRegions())
        if (regionCode(region) == code) return region;
    return std::nullopt;
}

const char* regionName(Region region) {
    switch (region) {
        case Region::Canada:
            return N_("Canada");
        case Region::UnitedStates:
            return N_("United States");
        case Region::Europe:
            break;
    }
    return N_("Europe");
}

const std::vector<Region>& allRegions() {
    static const std::vector<Region> regions{Region::Europe, Region::Canada, Region::UnitedStates};
    return regions;
}

namespace {

std::vector<std::string> words(const char* text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

std::string_view guideLanguage(const std::vector<Language>& offered, Language language) {
    if (offered.empty() || std::find(offered.begin(), offered.end(), language) != offered.end())
        return languageCode(language);
    return languageCode(offered.front());
}

}  // namespace

LinkCatalog LinkCatalog::load(const std::string& file, std::vector<DefinitionError>& errors) {
    LinkCatalog catalog;
    XmlSource source;
    if (!source.load(file, errors)) return catalog;
    pugi::xml_node root = source.document().child("links");
    if (!root) {
        errors.push_back({file, 1, UserMessage{N_("the root element must be <links>"), {}}});
        return catalog;
    }
    auto problem = [&](pugi::xml_node node, UserMessage reason) {
        errors.push_back(source.error(node, std::move(reason)));
    };
    catalog.guideBase_ = root.attribute("guide-base").as_string();
    for (pugi::xml_node node : root.children()) {
        std::string name = node.name();
        std::string id = node.attribute("id").as_string();
        if (name == "region") {
            auto region = parseRegion(id);
            if (!region) {
                problem(node, UserMessage{N_("unknown region \"{}\""), {id}});
                continue;
            }
            RegionInfo info{node.attribute("manager").as_string(), {}};
            for (const std::string& code : words(node.attribute("guide-languages").as_string())) {
                if (auto language = parseLanguage(code); language && code.size() == 2)
                    info.guideLanguages.push_back(*language);
                else
                    problem(node, UserMessage{N_("region \"{}\" names an unknown language \"{}\""), {id, code}});
            }
            catalog.regions_[*region] = info;
        } else if (name == "page") {
            Page page{node.attribute("path").as_string(), {}};
            for (const std::string& code : words(node.attribute("regions").as_string())) {
                if (auto region = parseRegion(code))
                    page.regions.push_back(*region);
                else
                    problem(node, UserMessage{N_("page \"{}\" names an unknown region \"{}\""), {id, code}});
            }
            if (!catalog.pages_.emplace(id, page).second)
                problem(node, UserMessage{N_("duplicate page id \"{}\""), {id}});
        } else if (name == "guide") {
            Guide guide{node.attribute("path").as_string(), {}};
            for (pugi::xml_node article : node.children("article")) {
                std::string code = article.attribute("region").as_string();
                if (auto region = parseRegion(code))
                    guide.articles[*region] = article.attribute("href").as_string();
                else
                    problem(article, UserMessage{N_("guide \"{}\" names an unknown region \"{}\""), {id, code}});
            }
            if (!catalog.guides_.emplace(id, guide).second)
                problem(node, UserMessage{N_("duplicate guide id \"{}\""), {id}});
        } else if (name == "url") {
            std::string lang = node.attribute("lang").as_string();
            if (!catalog.urls_[id].emplace(lang, node.attribute("href").as_string()).second)
                problem(node, UserMessage{N_("duplicate url \"{}\" for language \"{}\""), {id, lang}});
        } else if (node.type() == pugi::node_element) {
            problem(node, UserMessage{N_("unexpected element <{}>"), {name}});
        }
    }
    for (Region region : allRegions())
        if (!catalog.regions_.count(region))
            problem(root, UserMessage{N_("region \"{}\" is not defined"), {regionCode(region)}});
    return catalog;
}

bool LinkCatalog::knows(const std::string& target) const {
    auto colon = target.find(':');
    if (colon == std::string::npos) return false;
    std::string kind = target.substr(0, colon), id = target.substr(colon + 1);
    if (kind == "page") return pages_.count(id) != 0;
    if (kind == "guide") return guides_.count(id) != 0;
    if (kind == "url") return urls_.count(id) != 0;
    return false;
}

std::optional<std::string> LinkCatalog::resolve(const std::string& target, Region region, Language language) const {
    if (!knows(target)) return std::nullopt;
    auto colon = target.find(':');
    std::string kind = target.substr(0, colon), id = target.substr(colon + 1);
    auto info = regions_.find(region);
    if (kind == "page") {
        const Page& page = pages_.at(id);
        bool offered =
            page.regions.empty() || std::find(page.regions.begin(), page.regions.end(), region) != page.regions.end();
        if (!offered || info == regions_.end()) return std::nullopt;
        return info->second.manager + page.path;
    }
    if (kind == "guide") {
        const Guide& guide = guides_.at(id);
        if (auto article = guide.articles.find(region); article != guide.articles.end()) return article->second;
        std::vector<Language> offered;
        if (info != regions_.end()) offered = info->second.guideLanguages;
        return guideBase_ + std::string(guideLanguage(offered, language)) + "/guides/" + guide.path;
    }
    const auto& byLanguage = urls_.at(id);
    auto exact = byLanguage.find(std::string(languageCode(language)));
    if (exact != byLanguage.end()) return exact->second;
    auto any = byLanguage.find("");
    if (any != byLanguage.end()) return any->second;
    auto english = byLanguage.find("en");
    return english != byLanguage.end() ? english->second : byLanguage.begin()->second;
}

}  // namespace vigie
