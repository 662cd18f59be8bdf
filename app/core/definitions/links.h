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
        std::string guideEn;  // guide locale for English readers, e.g. "en-gb"
        std::string guideFr;
    };
    struct Page {
        std::string path;
        std::vector<Region> regions;  // empty = all
    };
    struct Guide {
        std::string path;
        std::vector<std::string> locales;  // empty = every region locale
    };

    // Parses links.xml; problems are appended to `errors` and the catalog keeps what is valid.
    static LinkCatalog load(const std::string& file, std::vector<DefinitionError>& errors);

    // "page:ID" / "guide:ID" / "url:ID" -> address; nullopt if unknown or not offered in that region.
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
