#include "definitions/definitions_loader.h"

#include <algorithm>
#include <dirent.h>
#include <set>

#include "definitions/xml_source.h"

namespace vigie {

std::string normalizeSpace(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !out.empty();
        } else {
            if (pendingSpace) out += ' ';
            pendingSpace = false;
            out += c;
        }
    }
    return out;
}

namespace {

constexpr const char* kWizardNamespace = "urn:vigie:wizard:1";

bool isIdentifier(const std::string& id) {
    if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// Reads one wizard file, collecting every problem rather than stopping at the first, so whoever
// edits the file sees them all at once.
class WizardReader {
public:
    WizardReader(const XmlSource& source, const LinkCatalog& links, std::vector<DefinitionError>& errors)
        : source_(source), links_(links), errors_(errors) {}

    std::optional<Wizard> read() {
        std::size_t errorsBefore = errors_.size();
        pugi::xml_node root = source_.document().document_element();
        Wizard wizard;
        wizard.sourceFile = source_.path();
        if (std::string(root.name()) != "wizard") {
            fail(root, UserMessage{N_("the root element must be <wizard>"), {}});
            return std::nullopt;
        }
        if (std::string(root.attribute("xmlns").as_string()) != kWizardNamespace)
            fail(root, UserMessage{N_("<wizard> must declare xmlns=\"{}\""), {kWizardNamespace}});
        readWizard(root, wizard);
        if (errors_.size() != errorsBefore) return std::nullopt;
        return wizard;
    }

private:
    void fail(pugi::xml_node node, UserMessage reason) { errors_.push_back(source_.error(node, std::move(reason))); }

    // The text of an element that may hold only text, normalised like xgettext does.
    std::string text(pugi::xml_node node, bool required = true) {
        std::string raw;
        for (pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                raw += child.value();
            else if (child.type() == pugi::node_element)
                fail(child, UserMessage{N_("<{}> is not allowed inside <{}>"), {child.name(), node.name()}});
            else if (child.type() == pugi::node_comment)  // xgettext would keep a double space there
                fail(child, UserMessage{N_("no comment is allowed inside <{}>"), {node.name()}});
        }
        std::string normalized = normalizeSpace(raw);
        if (required && normalized.empty()) fail(node, UserMessage{N_("<{}> must not be empty"), {node.name()}});
        return normalized;
    }

    std::string requiredChildText(pugi::xml_node parent, const char* name) {
        pugi::xml_node child = parent.child(name);
        if (!child) {
            fail(parent, UserMessage{N_("<{}> needs a <{}>"), {parent.name(), name}});
            return {};
        }
        return text(child);
    }

    // regions="eu ca": the content applies there only. An unknown code is an error, not "nowhere".
    RegionSet regions(pugi::xml_node node) {
        RegionSet out;
        std::string text = node.attribute("regions").as_string();
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find(' ', start);
            if (end == std::string::npos) end = text.size();
            std::string code = text.substr(start, end - start);
            start = end + 1;
            if (code.empty()) continue;
            if (auto region = parseRegion(code))
                out.push_back(*region);
            else
                fail(node, UserMessage{N_("unknown region \"{}\" (eu, ca or us)"), {code}});
        }
        if (node.attribute("regions") && out.empty()) fail(node, UserMessage{N_("regions=\"\" names no region"), {}});
        return out;
    }

    std::string identifier(pugi::xml_node node) {
        std::string id = node.attribute("id").as_string();
        if (!isIdentifier(id))
            fail(node, UserMessage{N_("id \"{}\" must be lower-case letters, digits and dashes"), {id}});
        return id;
    }

    void readWizard(pugi::xml_node root, Wizard& wizard) {
        wizard.id = identifier(root);
        wizard.order = root.attribute("order").as_int(0);
        if (wizard.order <= 0) fail(root, UserMessage{N_("<wizard> needs a positive order attribute"), {}});
        wizard.title = requiredChildText(root, "title");
        wizard.summary = requiredChildText(root, "summary");
        std::set<std::string> stepIds;
        for (pugi::xml_node node : root.children()) {
            std::string name = node.name();
            if (node.type() != pugi::node_element || name == "title" || name == "summary") continue;
            if (name != "step") {
                fail(node, UserMessage{N_("unexpected element <{}> in <wizard>"), {name}});
                continue;
            }
            Step step = readStep(node, wizard.id);
            if (!stepIds.insert(step.id).second) fail(node, UserMessage{N_("duplicate step id \"{}\""), {step.id}});
            wizard.steps.push_back(std::move(step));
        }
        if (wizard.steps.empty()) fail(root, UserMessage{N_("a wizard needs at least one <step>"), {}});
        rejectDuplicateItems(wizard);
    }

    void rejectDuplicateItems(const Wizard& wizard) {
        std::set<std::string> seen;
        for (const Step& step : wizard.steps)
            for (const Item& item : step.items)
                if (!seen.insert(item.id).second)
                    errors_.push_back(
                        {source_.path(), item.line, UserMessage{N_("duplicate item id \"{}\""), {item.id}}});
    }

    Step readStep(pugi::xml_node node, const std::string& wizardId) {
        Step step;
        step.id = identifier(node);
        step.regions = regions(node);
        step.title = requiredChildText(node, "title");
        std::vector<std::pair<pugi::xml_node, std::string>> servedItems;  // <widget item="...">
        for (pugi::xml_node child : node.children()) {
            if (child.type() != pugi::node_element) continue;
            std::string name = child.name();
            if (name == "title") continue;
            if (name == "p")
                step.blocks.push_back(readText(child, BlockKind::Paragraph));
            else if (name == "tip")
                step.blocks.push_back(readText(child, BlockKind::Tip));
            else if (name == "warning")
                step.blocks.push_back(readText(child, BlockKind::Warning));
            else if (name == "ul")
                step.blocks.push_back(readList(child, BlockKind::BulletList));
            else if (name == "ol")
                step.blocks.push_back(readList(child, BlockKind::NumberedList));
            else if (name == "panel")
                step.panels.push_back(readPanel(child));
            else if (name == "widget") {
                step.widgets.push_back(readWidget(child));
                if (const char* item = child.attribute("item").as_string(); *item)
                    servedItems.emplace_back(child, item);
            } else if (name == "link")
                step.links.push_back(readLink(child));
            else if (name == "item")
                step.items.push_back(readItem(child, wizardId + "." + step.id + "."));
            else
                fail(child, UserMessage{N_("unexpected element <{}> in <step>"), {name}});
        }
        for (const auto& [widget, itemId] : servedItems) attachTool(step, widget, itemId);
        return step;
    }

    // A tool opens from the item it serves, so that item must be one of the step's own.
    void attachTool(Step& step, pugi::xml_node widget, const std::string& itemId) {
        for (Item& item : step.items)
            if (item.id == itemId) {
                item.tools.emplace_back(widget.attribute("name").as_string());
                return;
            }
        fail(widget, UserMessage{N_("widget \"{}\" serves item \"{}\", which is not in this step"),
                                 {widget.attribute("name").as_string(), itemId}});
    }

    TextBlock readText(pugi::xml_node node, BlockKind kind) {
        return TextBlock{kind, {text(node)}, regions(node), {RegionSet{}}};
    }

    TextBlock readList(pugi::xml_node node, BlockKind kind) {
        TextBlock block{kind, {}, regions(node), {}};
        for (pugi::xml_node child : node.children()) {
            if (child.type() != pugi::node_element) continue;
            if (std::string(child.name()) == "li") {
                block.texts.push_back(text(child));
                block.entryRegions.push_back(regions(child));
            } else
                fail(child, UserMessage{N_("unexpected element <{}> in a list"), {child.name()}});
        }
        if (block.texts.empty()) fail(node, UserMessage{N_("a list needs at least one <li>"), {}});
        return block;
    }

    PanelPath readPanel(pugi::xml_node node) {
        PanelPath panel;
        panel.page = node.attribute("page").as_string();
        panel.regions = regions(node);
        if (!panel.page.empty() && !links_.knowsPage(panel.page))
            fail(node, UserMessage{N_("unknown page \"{}\" (not in links.xml)"), {panel.page}});
        for (pugi::xml_node menu : node.children("menu")) {
            MenuEntry entry;
            entry.label = requiredChildText(menu, "label");
            for (pugi::xml_node older : menu.children("older")) entry.older.push_back(text(older));
            panel.menus.push_back(std::move(entry));
        }
        if (panel.menus.empty()) fail(node, UserMessage{N_("a <panel> needs at least one <menu>"), {}});
        return panel;
    }

    std::string readWidget(pugi::xml_node node) {
        std::string name = node.attribute("name").as_string();
        const auto& known = knownWidgets();
        if (std::find(known.begin(), known.end(), name) == known.end())
            fail(node, UserMessage{N_("unknown widget \"{}\""), {name}});
        return name;
    }

    Link readLink(pugi::xml_node node) {
        Link link{node.attribute("to").as_string(), text(node), regions(node)};
        if (!links_.knows(link.target))
            fail(node, UserMessage{N_("unknown link target \"{}\" (not in links.xml)"), {link.target}});
        return link;
    }

    Item readItem(pugi::xml_node node, const std::string& prefix) {
        Item item;
        item.id = node.attribute("id").as_string();
        item.line = source_.lineOf(node);
        std::string suffix = item.id.rfind(prefix, 0) == 0 ? item.id.substr(prefix.size()) : std::string();
        if (!isIdentifier(suffix)) fail(node, UserMessage{N_("item id \"{}\" must be {}NAME"), {item.id, prefix}});
        item.kind = readKind(node);
        item.label = requiredChildText(node, "label");
        if (pugi::xml_node help = node.child("help")) item.help = text(help);
        item.check = node.attribute("check").as_string();
        item.regions = regions(node);
        std::set<std::string> optionIds;
        for (pugi::xml_node option : node.children("option")) {
            std::string id = identifier(option);
            if (!optionIds.insert(id).second) fail(option, UserMessage{N_("duplicate option id \"{}\""), {id}});
            item.options.push_back({id, text(option), regions(option)});
        }
        const bool hasOptions = item.kind == ItemKind::Choice || item.kind == ItemKind::List;
        if (hasOptions && item.options.size() < 2)
            fail(node, UserMessage{N_("a choice or list item needs at least two <option>"), {}});
        if (!hasOptions && !item.options.empty())
            fail(node, UserMessage{N_("only a choice or list item may have <option>"), {}});
        return item;
    }

    ItemKind readKind(pugi::xml_node node) {
        std::string kind = node.attribute("kind").as_string();
        if (kind == "confirm") return ItemKind::Confirm;
        if (kind == "choice") return ItemKind::Choice;
        if (kind == "date") return ItemKind::Date;
        if (kind == "note") return ItemKind::Note;
        if (kind == "list") return ItemKind::List;
        fail(node, UserMessage{N_("unknown item kind \"{}\" (confirm, choice, date, note or list)"), {kind}});
        return ItemKind::Confirm;
    }

    const XmlSource& source_;
    const LinkCatalog& links_;
    std::vector<DefinitionError>& errors_;
};

std::vector<std::string> xmlFilesIn(const std::string& directory) {
    std::vector<std::string> files;
    if (DIR* dir = ::opendir(directory.c_str())) {
        while (dirent* entry = ::readdir(dir)) {
            std::string name = entry->d_name;
            if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0 && name != "links.xml")
                files.push_back(directory + "/" + name);
        }
        ::closedir(dir);
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Wizard ids are global: items are addressed by id alone in the record, the CLI and the state.
bool clashesWithLoaded(const Wizard& wizard, const Definitions& loaded, std::vector<DefinitionError>& errors) {
    if (!loaded.findWizard(wizard.id)) return false;
    errors.push_back({wizard.sourceFile, 1, UserMessage{N_("duplicate wizard id \"{}\""), {wizard.id}}});
    return true;
}

}  // namespace

std::optional<Wizard> loadWizardFile(const std::string& path, const LinkCatalog& links,
                                     std::vector<DefinitionError>& errors) {
    XmlSource source;
    if (!source.load(path, errors)) return std::nullopt;
    return WizardReader(source, links, errors).read();
}

Catalog loadCatalog(const std::string& directory) {
    Catalog catalog;
    std::vector<DefinitionError>& errors = catalog.definitions.errors;
    catalog.links = LinkCatalog::load(directory + "/links.xml", errors);
    for (const std::string& file : xmlFilesIn(directory)) {
        std::optional<Wizard> wizard = loadWizardFile(file, catalog.links, errors);
        if (wizard && !clashesWithLoaded(*wizard, catalog.definitions, errors))
            catalog.definitions.wizards.push_back(std::move(*wizard));
    }
    std::stable_sort(catalog.definitions.wizards.begin(), catalog.definitions.wizards.end(),
                     [](const Wizard& a, const Wizard& b) { return a.order < b.order; });
    return catalog;
}

}  // namespace vigie
