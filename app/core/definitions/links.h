// Every address Vigie shows, kept in one place (wizards/links.xml) because OVHcloud's deep links
// change over time. Links follow the user's region and reading language.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "i18n/translator.h"

namespace vigie {

enum class Region { Europe, Canada, UnitedStates };

std::string regionCode(Region region);  // "eu", "ca", "us"
std::optional<Region> parseRegion(const std::string& code);
const char* regionName(Region region);  // msgid: "Europe", ...
const std::vector<Region>& allRegions();

struct DefinitionError;

class LinkCatalog {
public:
    struct RegionInfo {
        std::string manager;  // Control Panel base address
        std::vector<Language> guideLanguages;  // languages its guides are read in, fallback first
    };
    struct Page {
        std::string path;
        std::vector<Region> regions;  // empty = all
    };
    struct Guide {
        std::string path;  // under guide-base + "LANGUAGE/guides/"
        std::map<Region, std::string> articles;  // a region's own page, which replaces the path there
    };

    // Parses links.xml; problems are appended to `errors` and the catalog keeps what is valid.
    static LinkCatalog load(const std::string& file, std::vector<DefinitionError>& errors);

    // "page:ID" / "guide:ID" / "url:ID" -> address; nullopt if unknown or not offered in that region.
    // A guide opens the page a customer of `region` reads: the region's own article when it has
    // one, otherwise the documentation site in `language`, or in the region's fallback language.
    std::optional<std::string> resolve(const std::string& target, Region region, Language language) const;
    bool knows(const std::string& target) const;
    bool knowsPage(const std::string& id) const { return pages_.count(id) != 0; }

private:
    std::string guideBase_;
    std::map<Region, RegionInfo> regions_;
    std::map<std::string, Page> pages_;
    std::map<std::string, Guide> guides_;
    std::map<std::string, std::map<std::string, std::string>> urls_;  // id -> lang ("" = any) -> href
};

}  // namespace vigie
