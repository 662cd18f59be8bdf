#include "record/html_record.h"

#include <sstream>

#include <pugixml.hpp>

#include "record/html_stylesheet.h"

namespace vigie {

namespace {

constexpr const char* kNoBreakSpace = "\u00A0";

pugi::xml_node element(pugi::xml_node parent, const char* name, const char* cssClass = nullptr) {
    pugi::xml_node node = parent.append_child(name);
    if (cssClass) node.append_attribute("class") = cssClass;
    return node;
}

// pugixml writes an empty element as <x/>, which HTML reads as an unclosed start tag; an empty
// value becomes a no-break space so every element keeps its end tag.
pugi::xml_node textElement(pugi::xml_node parent, const char* name, const std::string& text,
                           const char* cssClass = nullptr) {
    pugi::xml_node node = element(parent, name, cssClass);
    node.append_child(pugi::node_pcdata).set_value(text.empty() ? kNoBreakSpace : text.c_str());
    return node;
}

void appendText(pugi::xml_node node, const std::string& text) {
    node.append_child(pugi::node_pcdata).set_value(text.c_str());
}

// <p class="..."><span class="caption">Note:</span> value</p>. A note's text goes in its own
// span: it keeps the user's line breaks (pre-wrap), and pugixml's indentation of the mixed
// content around it must stay outside that span.
pugi::xml_node captioned(pugi::xml_node parent, const char* cssClass, const RecordModel& model,
                         const std::string& caption, const std::string& value, const char* valueClass = nullptr) {
    pugi::xml_node p = element(parent, "p", cssClass);
    textElement(p, "span", format(model.captions.labelPattern, {caption}), "caption");
    appendText(p, " ");
    if (valueClass)
        textElement(p, "span", value, valueClass);
    else
        appendText(p, value);
    return p;
}

void noteParagraph(pugi::xml_node parent, const std::string& note) {
    textElement(element(parent, "p", "note"), "span", note, "note-text");
}

void link(pugi::xml_node parent, const RecordLink& target) {
    if (target.url.empty()) {
        appendText(parent, target.text);
        return;
    }
    pugi::xml_node a = textElement(parent, "a", target.text);
    a.append_attribute("href") = target.url.c_str();
}

void writeHead(pugi::xml_node html, const RecordModel& model) {
    pugi::xml_node head = element(html, "head");
    element(head, "meta").append_attribute("charset") = "utf-8";
    pugi::xml_node viewport = element(head, "meta");
    viewport.append_attribute("name") = "viewport";
    viewport.append_attribute("content") = "width=device-width, initial-scale=1";
    pugi::xml_node generator = element(head, "meta");
    generator.append_attribute("name") = "generator";
    generator.append_attribute("content") = ("Vigie " + model.version).c_str();
    textElement(head, "title", model.title);
    textElement(head, "style", htmlStylesheet(model.paper));
}

void writeFacts(pugi::xml_node parent, const RecordModel& model) {
    pugi::xml_node tbody = element(element(parent, "table", "facts"), "tbody");
    for (const RecordField& field : model.facts) {
        pugi::xml_node row = element(tbody, "tr");
        textElement(row, "th", field.label).append_attribute("scope") = "row";
        if (field.value.empty())
            textElement(element(row, "td"), "div", {}, "line");
        else
            textElement(row, "td", field.value);
    }
}

void writeHeader(pugi::xml_node body, const RecordModel& model) {
    pugi::xml_node header = element(body, "header");
    textElement(header, "h1", model.captions.documentTitle);
    textElement(header, "p", model.captions.introduction, "intro");
    writeFacts(header, model);
}

void writeContents(pugi::xml_node body, const RecordModel& model) {
    if (model.wizards.empty()) return;  // an empty list is not valid HTML
    pugi::xml_node nav = element(body, "nav");
    nav.append_attribute("aria-label") = model.captions.contents.c_str();
    textElement(nav, "h2", model.captions.contents);
    pugi::xml_node list = element(nav, "ol");
    for (const RecordWizard& wizard : model.wizards) {
        pugi::xml_node entry = element(list, "li");
        link(entry, {wizard.title, "#wizard-" + wizard.id});
        if (!wizard.progress.empty()) {
            appendText(entry, " ");
            textElement(entry, "span", wizard.progress, "progress");
        }
    }
}

const char* statusClass(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done:
            return "status-done";
        case ItemStatus::NotApplicable:
            return "status-na";
        case ItemStatus::Attention:
            return "status-attention";
        case ItemStatus::Todo:
            break;
    }
    return "status-todo";
}

pugi::xml_node tableWithHeader(pugi::xml_node parent, const char* cssClass,
                               std::initializer_list<std::string> columns) {
    pugi::xml_node table = element(parent, "table", cssClass);
    pugi::xml_node row = element(element(table, "thead"), "tr");
    for (const std::string& column : columns) textElement(row, "th", column).append_attribute("scope") = "col";
    return element(table, "tbody");
}

void statusCell(pugi::xml_node row, ItemStatus status, const std::string& text) {
    pugi::xml_node cell = element(row, "td", "status");
    pugi::xml_node mark = textElement(cell, "span", statusMark(status), "mark");
    mark.append_attribute("aria-hidden") = "true";
    appendText(cell, " " + text);
}

void writeActions(pugi::xml_node body, const RecordModel& model) {
    const RecordCaptions& c = model.captions;
    pugi::xml_node section = element(body, "section", "actions");
    section.append_attribute("id") = "open-actions";
    textElement(section, "h2", c.openActions);
    textElement(section, "p", model.actionsSummary, "summary");
    if (!model.actions.empty()) {
        pugi::xml_node tbody = tableWithHeader(section, "actions", {c.status, c.item, c.wizard});
        for (const RecordAction& action : model.actions) {
            pugi::xml_node row = element(tbody, "tr", statusClass(action.status));
            statusCell(row, action.status, action.statusText);
            pugi::xml_node itemCell = element(row, "td");
            textElement(itemCell, "p", action.label, "label");
            if (!action.note.empty()) noteParagraph(itemCell, action.note);
            textElement(row, "td", action.wizardTitle);
        }
    }
    captioned(section, "next-review", model, model.nextReview.label, model.nextReview.value);
}

void writeEvidence(pugi::xml_node cell, const RecordModel& model, const RecordEvidence& evidence) {
    const std::string boxClass = "evidence" + (evidence.verdictCode.empty() ? "" : " verdict-" + evidence.verdictCode);
    pugi::xml_node box = element(cell, "div", boxClass.c_str());
    captioned(box, "verdict", model, model.captions.evidence, evidence.verdict, "verdict-text");
    if (evidence.lines.empty() && !evidence.text.empty()) textElement(box, "p", evidence.text);
    if (!evidence.lines.empty()) {
        pugi::xml_node list = element(box, "ul", "evidence-lines");
        for (const std::string& line : evidence.lines) textElement(list, "li", line);
    }
    if (!evidence.readAt.empty()) captioned(box, "read-at", model, model.captions.checkedAt, evidence.readAt);
    if (!evidence.disagreement.empty()) textElement(box, "p", "\u26A0 " + evidence.disagreement, "disagreement");
}

void writeItemRow(pugi::xml_node tbody, const RecordModel& model, const RecordItem& item) {
    pugi::xml_node row = element(tbody, "tr", statusClass(item.status));
    row.append_attribute("id") = ("item-" + item.id).c_str();
    statusCell(row, item.status, item.statusText);
    pugi::xml_node cell = element(row, "td");
    textElement(cell, "p", item.label, "label");
    if (!item.decision.empty()) captioned(cell, "decision", model, model.captions.decision, item.decision);
    if (!item.entries.empty()) {
        pugi::xml_node list = element(cell, "ul", "entries");
        for (const std::string& entry : item.entries) textElement(list, "li", entry);
    }
    if (!item.note.empty()) captioned(cell, "note", model, model.captions.note, item.note, "note-text");
    if (item.evidence) writeEvidence(cell, model, *item.evidence);
    textElement(row, "td", item.changed.empty() ? "\u2014" : item.changed, "changed");
}

void writeBoxes(pugi::xml_node parent, const std::vector<std::string>& labels) {
    pugi::xml_node list = element(parent, "ul", "choices");
    for (const std::string& label : labels) textElement(list, "li", std::string(kEmptyBox) + " " + label);
}

void writeLines(pugi::xml_node parent, int count) {
    for (int i = 0; i < count; ++i) textElement(parent, "div", {}, "line");
}

void writeBlankItemRow(pugi::xml_node tbody, const RecordModel& model, const RecordItem& item) {
    const RecordCaptions& c = model.captions;
    pugi::xml_node row = element(tbody, "tr", "status-todo");
    textElement(row, "td", kEmptyBox, "status mark");
    pugi::xml_node cell = element(row, "td");
    textElement(cell, "p", item.label, "label");
    writeBoxes(cell, {c.statusDone, c.statusNotApplicable, c.statusAttention});
    if (item.kind == ItemKind::Choice || item.kind == ItemKind::List) {
        textElement(cell, "p", c.chooseOne, "caption");
        writeBoxes(cell, item.options);
    }
    if (item.kind == ItemKind::List) writeLines(cell, 4);  // one line per row: name, way, date
    if (item.kind == ItemKind::Date) textElement(cell, "p", format(c.labelPattern, {c.date}), "caption");
    if (item.kind == ItemKind::Date) writeLines(cell, 1);
    textElement(cell, "p", format(c.labelPattern, {c.note}), "caption");
    writeLines(cell, item.kind == ItemKind::Note ? 3 : 1);
}

// The step's explanations, as the wizard shows them: tips and warnings are headed, so they read
// as such on paper and to a screen reader.
void writeGuidance(pugi::xml_node section, const RecordModel& model, const RecordBlock& block) {
    switch (block.kind) {
        case BlockKind::Paragraph:
            for (const std::string& text : block.texts) textElement(section, "p", text, "guidance");
            break;
        case BlockKind::BulletList:
        case BlockKind::NumberedList: {
            pugi::xml_node list = element(section, block.kind == BlockKind::BulletList ? "ul" : "ol", "guidance");
            for (const std::string& text : block.texts) textElement(list, "li", text);
            break;
        }
        case BlockKind::Tip:
        case BlockKind::Warning: {
            const bool warning = block.kind == BlockKind::Warning;
            pugi::xml_node box = element(section, "aside", warning ? "warning" : "tip");
            textElement(box, "p", warning ? model.captions.warning : model.captions.tip, "caption");
            for (const std::string& text : block.texts) textElement(box, "p", text);
            break;
        }
    }
}

void writeStep(pugi::xml_node wizardSection, const RecordModel& model, const RecordStep& step) {
    const RecordCaptions& c = model.captions;
    pugi::xml_node section = element(wizardSection, "section", "step");
    textElement(section, "h3", step.title);
    for (const RecordBlock& block : step.guidance) writeGuidance(section, model, block);
    for (const RecordLink& panel : step.panels) {
        pugi::xml_node p = element(section, "p", "panel");
        textElement(p, "span", format(c.labelPattern, {c.controlPanel}), "caption");
        appendText(p, " ");
        link(p, panel);
    }
    if (!step.links.empty()) {
        pugi::xml_node list = element(section, "ul", "links");
        for (const RecordLink& target : step.links) link(element(list, "li"), target);
    }
    if (!step.verifiedSummary.empty()) {
        const std::string boxClass = "evidence step-verdict verdict-" + step.verifiedCode;
        pugi::xml_node box = element(section, "div", boxClass.c_str());
        textElement(box, "p", step.verifiedSummary, "verdict-text");
        if (!step.verifiedFacts.empty()) {
            pugi::xml_node list = element(box, "ul", "evidence-lines");
            for (const std::string& fact : step.verifiedFacts) textElement(list, "li", fact);
        }
    }
    if (step.items.empty()) return;
    pugi::xml_node tbody = model.blank ? tableWithHeader(section, "items", {c.status, c.item})
                                       : tableWithHeader(section, "items", {c.status, c.item, c.changed});
    for (const RecordItem& item : step.items) {
        if (model.blank)
            writeBlankItemRow(tbody, model, item);
        else
            writeItemRow(tbody, model, item);
    }
}

void writeWizard(pugi::xml_node body, const RecordModel& model, const RecordWizard& wizard) {
    pugi::xml_node section = element(body, "section", "wizard");
    section.append_attribute("id") = ("wizard-" + wizard.id).c_str();
    textElement(section, "h2", wizard.title);
    if (!wizard.summary.empty()) textElement(section, "p", wizard.summary, "summary");
    if (!wizard.progress.empty()) textElement(section, "p", wizard.progress, "progress");
    for (const RecordStep& step : wizard.steps) writeStep(section, model, step);
}

}  // namespace

std::string renderHtmlRecord(const RecordModel& model) {
    pugi::xml_document document;
    document.append_child(pugi::node_doctype).set_value("html");
    pugi::xml_node html = element(document, "html");
    html.append_attribute("lang") = model.languageCode.c_str();
    writeHead(html, model);
    pugi::xml_node body = element(html, "body");
    writeHeader(body, model);
    if (!model.blank) {
        writeContents(body, model);
        writeActions(body, model);
    } else {
        captioned(body, "next-review", model, model.nextReview.label, {});
        writeLines(body, 1);
    }
    for (const RecordWizard& wizard : model.wizards) writeWizard(body, model, wizard);
    std::ostringstream out;
    document.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return out.str();
}

}  // namespace vigie
