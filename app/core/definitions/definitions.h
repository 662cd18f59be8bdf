// The wizard definitions, as loaded from wizards/*.xml. Every text is an English msgid; views
// translate it with a Translator at the moment they draw. Immutable once loaded.
#pragma once

#include <string>
#include <vector>

#include "definitions/links.h"
#include "i18n/translator.h"

namespace vigie {

// The regions a piece of content applies to (the XML's regions="eu ca"); empty: every region.
using RegionSet = std::vector<Region>;
bool appliesTo(const RegionSet& regions, Region region);

// List: a repeatable row (a name, one of the options, a date), e.g. each service being cancelled
// with the way chosen and its date.
enum class ItemKind { Confirm, Choice, Date, Note, List };

struct Option {
    std::string id;
    std::string label;  // msgid
    RegionSet regions;
};

struct Item {
    std::string id;  // "wizard.step.name", stable: the record, the CLI and checks use it
    ItemKind kind = ItemKind::Confirm;
    std::string label;  // msgid
    std::string help;  // msgid, may be empty
    std::vector<Option> options;  // Choice and List only
    std::string check;  // the connected-mode check that verifies it (checks::checkIds()), may be empty
    int line = 0;  // where it was defined, for error messages
    RegionSet regions;
    // The step's widgets that serve this item (<widget name="..." item="this id"/>): the views
    // open them from the item's row. A widget that names no item stays with the step's text.
    std::vector<std::string> tools;
};

enum class BlockKind { Paragraph, BulletList, NumberedList, Tip, Warning };

struct TextBlock {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<std::string> texts;  // one for a paragraph/tip/warning, one per entry for lists
    RegionSet regions;
    std::vector<RegionSet> entryRegions;  // parallel to texts: a list entry's own regions
};

// One entry of a Control Panel path: the current label and the labels it had before.
struct MenuEntry {
    std::string label;  // msgid
    std::vector<std::string> older;  // msgids, most recent first
};

// The labels a menu had before, in tr's language, without repeats and without the current label:
// the French Control Panel kept one name ("Produits et services") where the English one had two.
std::vector<std::string> olderLabels(const MenuEntry& entry, const Translator& tr);

struct PanelPath {
    std::string page;  // id of a page in links.xml, may be empty
    std::vector<MenuEntry> menus;
    RegionSet regions;
};

struct Link {
    std::string target;  // "page:ID", "guide:ID" or "url:ID"
    std::string text;  // msgid
    RegionSet regions;
};

struct Step {
    std::string id;
    std::string title;  // msgid
    std::vector<TextBlock> blocks;
    std::vector<PanelPath> panels;
    std::vector<std::string> widgets;  // names of embedded widgets ("password-meter", ...)
    std::vector<Link> links;
    std::vector<Item> items;
    RegionSet regions;
};

struct Wizard {
    std::string id;
    int order = 0;
    std::string title;  // msgid
    std::string summary;  // msgid
    std::vector<Step> steps;
    std::string sourceFile;

    std::size_t itemCount() const;
    // What a profile of `region` sees: the steps, blocks, list entries, panels, links, items and
    // options marked for other regions are left out. Every view shows this, never the whole.
    Wizard forRegion(Region region) const;
};

// What a user sees when a wizard file cannot be used: which file, where, and why (the reason
// names the offending element or id).
struct DefinitionError {
    std::string file;
    int line = 0;  // 0 when unknown (e.g. unreadable file)
    UserMessage reason;

    std::string describe() const;  // "secure.xml:12: duplicate item id ..."
    std::string describe(const Translator& tr) const;  // the same in tr's language
};

class LinkCatalog;

struct Definitions {
    std::vector<Wizard> wizards;  // sorted by `order`
    std::vector<DefinitionError> errors;

    const Wizard* findWizard(const std::string& id) const;
    const Item* findItem(const std::string& itemId) const;
    // Every item id of every wizard, in display order.
    std::vector<std::string> allItemIds() const;
    // The definitions as a profile of `region` sees them (see Wizard::forRegion); errors are kept.
    Definitions forRegion(Region region) const;
};

// Widgets a step may embed; the loader rejects any other name.
const std::vector<std::string>& knownWidgets();

}  // namespace vigie
