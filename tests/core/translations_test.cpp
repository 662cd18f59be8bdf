// Proves at run time what the .po checks cannot: every wizard string, exactly as the loader hands
// it to the views, finds its French translation. A msgid that extraction and lookup spell
// differently (whitespace, entities, markup) would fall through to English here.
#define BOOST_TEST_MODULE translations
#include <boost/test/unit_test.hpp>

#include "definitions/definitions_loader.h"
#include "i18n/translator.h"
#include "review/review.h"

using namespace vigie;

namespace {

std::vector<std::string> wizardStrings(const Wizard& w) {
    std::vector<std::string> out{w.title, w.summary};
    for (const Step& s : w.steps) {
        out.push_back(s.title);
        for (const TextBlock& b : s.blocks) out.insert(out.end(), b.texts.begin(), b.texts.end());
        for (const PanelPath& p : s.panels)
            for (const MenuEntry& m : p.menus) {
                out.push_back(m.label);
                out.insert(out.end(), m.older.begin(), m.older.end());
            }
        for (const Link& l : s.links) out.push_back(l.text);
        for (const Item& i : s.items) {
            out.push_back(i.label);
            if (!i.help.empty()) out.push_back(i.help);
            for (const Option& o : i.options) out.push_back(o.label);
        }
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(french_catalog_is_found) {
    Translator fr(Language::French);
    BOOST_TEST_REQUIRE(fr.hasCatalog());
    BOOST_TEST(fr(statusLabel(ItemStatus::Done)) != "Done");
    BOOST_TEST(fr(regionName(Region::UnitedStates)) == "États-Unis");
}

BOOST_AUTO_TEST_CASE(every_wizard_string_comes_back_in_french) {
    Catalog catalog = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    BOOST_TEST_REQUIRE(catalog.definitions.wizards.size() == 5u);
    Translator fr(Language::French);
    std::size_t checked = 0;
    for (const Wizard& w : catalog.definitions.wizards)
        for (const std::string& msgid : wizardStrings(w)) {
            ++checked;
            BOOST_TEST(fr.lookup(msgid).has_value(), "no French for [" << msgid << "] in " << w.sourceFile);
        }
    BOOST_TEST_MESSAGE(checked << " wizard strings checked");
}

BOOST_AUTO_TEST_CASE(english_is_the_source_and_needs_no_catalog) {
    Translator en(Language::English);
    BOOST_TEST(!en.hasCatalog());
    BOOST_TEST(en("Needs attention") == "Needs attention");
    BOOST_TEST(en.plural("{} day", "{} days", 2) == "{} days");
}

BOOST_AUTO_TEST_CASE(language_parsing) {
    BOOST_TEST((parseLanguage("fr_FR.UTF-8") == Language::French));
    BOOST_TEST((parseLanguage("en-GB") == Language::English));
    BOOST_TEST(!parseLanguage("de_DE"));
    BOOST_TEST(!parseLanguage("french"));
    BOOST_TEST(format("{} of {}", {"3", "5"}) == "3 of 5");
}
