// Every Control Panel label the wizards show comes from OVHcloud's guide or the facts about it:
// wizards/control-panel-labels.{en,fr}.tsv list the known labels of each language with their
// source, and this test fails on a label of wizards/*.xml, or of its French translation, that is
// not listed. A label is a <menu> entry of a Control Panel path, or any text the wizard quotes:
// "..." in English, « ... » in French.
#define BOOST_TEST_MODULE labels
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <set>

#include "definitions/definitions_loader.h"
#include "i18n/translator.h"
#include "temp_dir.h"

using namespace vigie;

namespace {

// No-break spaces and typographic apostrophes are typography, not part of a label.
std::string plain(std::string text) {
    const std::pair<std::string, std::string> swaps[] = {{"\u00A0", " "}, {"\u202F", " "}, {"\u2019", "'"}};
    for (const auto& [from, to] : swaps)
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
            text.replace(at, from.size(), to);
    return text;
}

struct KnownLabels {
    std::map<std::string, std::string> sourceOf;  // label -> source
    std::vector<std::string> problems;
};

KnownLabels readLabels(const std::string& path) {
    KnownLabels known;
    std::ifstream in(path);
    if (!in) known.problems.push_back(path + ": cannot be read");
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        std::size_t tab = line.find('\t');
        std::string label = plain(line.substr(0, tab));
        std::string source = tab == std::string::npos ? std::string() : line.substr(tab + 1);
        if (label.empty() || source.find_first_not_of(" \t") == std::string::npos)
            known.problems.push_back(path + ":" + std::to_string(number) + ": a label needs its source");
        else if (!known.sourceOf.emplace(label, source).second)
            known.problems.push_back(path + ":" + std::to_string(number) + ": \"" + label + "\" is listed twice");
    }
    return known;
}

// The quoted parts of `text`, between `open` and `close`.
std::vector<std::string> quoted(const std::string& text, const std::string& open, const std::string& close) {
    std::vector<std::string> out;
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
        std::size_t start = at + open.size();
        std::size_t end = text.find(close, start);
        if (end == std::string::npos) break;
        std::string inner = plain(text.substr(start, end - start));
        inner.erase(0, inner.find_first_not_of(' '));
        inner.erase(inner.find_last_not_of(' ') + 1);
        out.push_back(inner);
        at = end + close.size();
    }
    return out;
}

struct Found {
    std::string label;
    std::string where;
};

// Every label the wizards show in `tr`'s language: menu entries, and quoted text.
std::vector<Found> labelsShown(const Definitions& definitions, const Translator& tr) {
    const bool french = tr.language() == Language::French;
    std::vector<Found> found;
    auto quotes = [&](const std::string& msgid, const std::string& where) {
        for (const std::string& label : french ? quoted(tr(msgid), "\u00AB", "\u00BB") : quoted(msgid, "\"", "\""))
            found.push_back({label, where});
    };
    for (const Wizard& wizard : definitions.wizards)
        for (const Step& step : wizard.steps) {
            const std::string where = wizard.id + "." + step.id;
            for (const TextBlock& block : step.blocks)
                for (const std::string& text : block.texts) quotes(text, where);
            for (const PanelPath& panel : step.panels)
                for (const MenuEntry& menu : panel.menus) {
                    found.push_back({plain(tr(menu.label)), where + " (path)"});
                    for (const std::string& older : menu.older) found.push_back({plain(tr(older)), where + " (path)"});
                }
            for (const Link& link : step.links) quotes(link.text, where);
            for (const Item& item : step.items) {
                quotes(item.label, item.id);
                quotes(item.help, item.id);
                for (const Option& option : item.options) quotes(option.label, item.id);
            }
        }
    return found;
}

std::vector<std::string> unknownLabels(const Definitions& definitions, const Translator& tr, const KnownLabels& known) {
    std::vector<std::string> unknown;
    for (const Found& found : labelsShown(definitions, tr))
        if (!known.sourceOf.count(found.label)) unknown.push_back("\"" + found.label + "\" in " + found.where);
    return unknown;
}

const std::string kLabelsDir = VIGIE_SOURCE_DIR "/wizards/";

void checkShippedLabels(Language language, const std::string& file) {
    KnownLabels known = readLabels(kLabelsDir + file);
    for (const std::string& problem : known.problems) BOOST_ERROR(problem);
    Catalog catalog = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    BOOST_TEST_REQUIRE(catalog.definitions.errors.empty());
    Translator tr(language);
    for (const std::string& label : unknownLabels(catalog.definitions, tr, known))
        BOOST_ERROR(label << " is not a known Control Panel label (" << file << ")");
    BOOST_TEST(labelsShown(catalog.definitions, tr).size() > 100u);
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_english_label_is_known_and_sourced) {
    checkShippedLabels(Language::English, "control-panel-labels.en.tsv");
}

BOOST_AUTO_TEST_CASE(every_french_label_is_known_and_sourced) {
    BOOST_TEST_REQUIRE(Translator(Language::French).hasCatalog());
    checkShippedLabels(Language::French, "control-panel-labels.fr.tsv");
}

BOOST_AUTO_TEST_CASE(an_unknown_label_in_a_path_or_a_quote_is_caught) {
    TempDir dir;
    std::ifstream links(VIGIE_SOURCE_DIR "/wizards/links.xml");
    std::ofstream(dir.path() + "/links.xml") << links.rdbuf();
    std::ofstream(dir.path() + "/w.xml") << R"(<wizard xmlns="urn:vigie:wizard:1" id="w" order="1">
  <title>T</title><summary>S</summary>
  <step id="s"><title>x</title>
    <p>Click "Security", then "Access my account".</p>
    <panel><menu><label>Security</label><older>Account settings</older></menu></panel>
  </step>
</wizard>)";
    Catalog catalog = loadCatalog(dir.path());
    BOOST_TEST_REQUIRE(catalog.definitions.errors.empty());
    KnownLabels known;
    known.sourceOf["Security"] = "facts";
    std::vector<std::string> unknown = unknownLabels(catalog.definitions, Translator(Language::English), known);
    BOOST_TEST(unknown.size() == 2u);
    BOOST_TEST(unknown.at(0).find("\"Access my account\" in w.s") == 0u);
    BOOST_TEST(unknown.at(1).find("\"Account settings\" in w.s (path)") == 0u);
}

BOOST_AUTO_TEST_CASE(a_label_without_its_source_is_refused) {
    TempDir dir;
    std::ofstream(dir.path() + "/labels.tsv") << "# comment\nSecurity\tfacts\nModify\n";
    KnownLabels known = readLabels(dir.path() + "/labels.tsv");
    BOOST_TEST(known.sourceOf.size() == 1u);
    BOOST_TEST(known.problems.size() == 1u);
}
