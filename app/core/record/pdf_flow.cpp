#include "record/pdf_flow.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace vigie::pdf {

double FlowBlock::height() const {
    if (writingLineHeight > 0) return writingLineHeight;
    if (lines.empty()) return 0;
    return lines.back().top + lines.back().height - lines.front().top;
}

std::string markupEscape(const std::string& text) {
    gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
    std::string out(escaped);
    g_free(escaped);
    return out;
}

namespace {

std::string bold(const std::string& text) { return "<b>" + markupEscape(text) + "</b>"; }

// "<b>Note:</b>", with the language's own punctuation.
std::string captionMarkup(const RecordModel& model, const std::string& caption) {
    return bold(format(model.captions.labelPattern, {caption}));
}

std::vector<LineMetrics> measureLines(PangoLayout* layout) {
    std::vector<LineMetrics> lines;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        int top = 0, bottom = 0;
        pango_layout_iter_get_line_yrange(iter, &top, &bottom);
        int baseline = pango_layout_iter_get_baseline(iter);
        PangoRectangle logical{};
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        lines.push_back({pango_units_to_double(top), pango_units_to_double(bottom - top),
                         pango_units_to_double(baseline), pango_units_to_double(logical.x)});
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return lines;
}

// Where the text of the last line of `layout` starts, counted in the last `pieceBytes` bytes of
// the layout's text (the piece after any caption); 0 when the layout has a single line.
std::size_t lastLineStart(PangoLayout* layout, std::size_t pieceBytes) {
    const int count = pango_layout_get_line_count(layout);
    if (count < 2) return 0;
    const std::size_t whole = std::strlen(pango_layout_get_text(layout));
    const std::size_t captionBytes = whole - std::min(whole, pieceBytes);
    const auto index = static_cast<std::size_t>(pango_layout_get_line_readonly(layout, count - 1)->start_index);
    return index > captionBytes ? index - captionBytes : 0;
}

// Appends blocks; owns the font descriptions so each is parsed once per record.
class FlowWriter {
public:
    FlowWriter(PangoContext* context, const PageGeometry& page) : context_(context), page_(page) {}
    ~FlowWriter() {
        for (auto& [name, description] : fonts_) pango_font_description_free(description);
    }
    FlowWriter(const FlowWriter&) = delete;
    FlowWriter& operator=(const FlowWriter&) = delete;

    FlowBlock& text(const std::string& markup, const char* font, double indent, double spaceBefore = 0,
                    Color color = kInk) {
        FlowBlock block;
        block.layout.reset(pango_layout_new(context_));
        PangoLayout* layout = block.layout.get();
        pango_layout_set_font_description(layout, fontDescription(font));
        pango_layout_set_width(layout, pango_units_from_double(page_.contentWidth() - indent));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_markup(layout, markup.c_str(), -1);
        block.lines = measureLines(layout);
        block.indent = indent;
        block.spaceBefore = spaceBefore;
        block.color = color;
        blocks_.push_back(std::move(block));
        return blocks_.back();
    }

    FlowBlock& writingLine(double indent) {
        FlowBlock block;
        block.indent = indent;
        block.writingLineHeight = kWritingLineHeight;
        blocks_.push_back(std::move(block));
        return blocks_.back();
    }

    // A "Caption: value" line whose caption sits in a column, like a form.
    FlowBlock& field(const RecordField& field, const RecordModel& model, double column) {
        std::string markup = captionMarkup(model, field.label) + "\t" + markupEscape(field.value);
        FlowBlock& block = text(markup, kBodyFont, 0, 3);
        PangoTabArray* tabs = pango_tab_array_new_with_positions(1, TRUE, PANGO_TAB_LEFT, static_cast<int>(column));
        pango_layout_set_tabs(block.layout.get(), tabs);
        pango_tab_array_free(tabs);
        // A long value wraps under itself, not under its caption: a hanging indent to the column.
        pango_layout_set_indent(block.layout.get(), -pango_units_from_double(column));
        block.lines = measureLines(block.layout.get());
        if (field.value.empty()) block.fillFrom = column;
        return block;
    }

    // The same block with other text (same font, width and colour).
    void relayout(FlowBlock& block, const std::string& markup) {
        pango_layout_set_markup(block.layout.get(), markup.c_str(), -1);
        block.lines = measureLines(block.layout.get());
    }

    // Makes room on the right of a block, e.g. for a page number.
    void narrow(FlowBlock& block, double inset) {
        double width = page_.contentWidth() - block.indent - inset;
        pango_layout_set_width(block.layout.get(), pango_units_from_double(width));
        block.lines = measureLines(block.layout.get());
    }

    double markupWidth(const std::string& markup, const char* font) {
        LayoutPtr layout(pango_layout_new(context_));
        pango_layout_set_font_description(layout.get(), fontDescription(font));
        pango_layout_set_markup(layout.get(), markup.c_str(), -1);
        PangoRectangle logical;
        pango_layout_get_extents(layout.get(), nullptr, &logical);
        return pango_units_to_double(logical.width);
    }

    Flow take() { return std::move(blocks_); }
    double contentWidth() const { return page_.contentWidth(); }

private:
    PangoFontDescription* fontDescription(const char* name) {
        auto found = fonts_.find(name);
        if (found != fonts_.end()) return found->second;
        return fonts_[name] = pango_font_description_from_string(name);
    }

    PangoContext* context_;
    PageGeometry page_;
    std::map<std::string, PangoFontDescription*> fonts_;
    Flow blocks_;
};

Color markColor(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done:
            return kDoneGreen;
        case ItemStatus::Attention:
            return kAttentionOrange;
        case ItemStatus::NotApplicable:
            return kNotApplicableGrey;
        case ItemStatus::Todo:
            break;
    }
    return kInk;
}

std::string small(const std::string& escaped) { return "<span size=\"small\">" + escaped + "</span>"; }

std::string joinDot(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return a + b;
    return a + " \u00B7 " + b;
}

// Where the values of the header fields start: right of the widest caption, like a form.
double factsColumn(FlowWriter& w, const RecordModel& model) {
    double widest = w.markupWidth(captionMarkup(model, model.nextReview.label), kBodyFont);
    for (const RecordField& field : model.facts)
        widest = std::max(widest, w.markupWidth(captionMarkup(model, field.label), kBodyFont));
    return std::min(widest + 12, w.contentWidth() / 2);
}

void addHeader(FlowWriter& w, const RecordModel& model, double column) {
    w.text(markupEscape(model.captions.documentTitle), kTitleFont, 0, 0, kAccent);
    w.text(markupEscape(model.captions.introduction), kBodyFont, 0, 4, kMuted);
    bool first = true;
    for (const RecordField& field : model.facts) {
        w.field(field, model, column).spaceBefore = first ? 12 : 3;
        first = false;
    }
}

void addSectionHeading(FlowWriter& w, const std::string& title) {
    w.text(markupEscape(title), kSectionFont, 0, 20, kAccent).keepWithNext = true;
}

void addContents(FlowWriter& w, const RecordModel& model) {
    addSectionHeading(w, model.captions.contents);
    for (const RecordWizard& wizard : model.wizards) {
        std::string markup = markupEscape(wizard.title);
        if (!wizard.progress.empty()) markup += "\n" + small(markupEscape(wizard.progress));
        FlowBlock& block = w.text(markup, kBodyFont, 0, 5);
        block.pageNumberOf = "wizard:" + wizard.id;
        w.narrow(block, 36);
    }
}

// The note or answer as blocks of a bounded length: Pango's line breaking and line lookup grow
// with the square of a paragraph's length (a 128 KiB note without spaces took 13 s), so a long
// text is laid out piece by piece. Each piece ends where Pango itself began its last line, and
// the next piece starts there: Pango breaks lines greedily, so the lines are exactly those of
// one layout, and the blocks stack like the lines of one. Returns the last piece's block.
FlowBlock& addLongText(FlowWriter& w, const std::string& prefixMarkup, const std::string& text, double indent,
                       double spaceBefore, Color color, bool noteBar) {
    std::size_t start = 0;
    for (bool first = true;; first = false) {
        const std::string prefix = first ? prefixMarkup + " " : std::string();
        std::size_t end = pieceEnd(text, start, kLongTextPieceBytes);
        FlowBlock& block = w.text(prefix + markupEscape(text.substr(start, end - start)), kBodyFont, indent,
                                  first ? spaceBefore : 0, color);
        block.noteBar = noteBar;
        if (end == text.size()) return block;  // a deque: the reference stays valid
        std::size_t next = lastLineStart(block.layout.get(), end - start);
        if (next == 0) {  // a single line: nothing to carry over
            start = end;
            continue;
        }
        // The piece keeps its complete lines; a line break that ended the last of them goes.
        std::size_t keep = next;
        if (keep > 0 && text[start + keep - 1] == '\n') --keep;
        w.relayout(block, prefix + markupEscape(text.substr(start, keep)));
        start += next;
    }
}

void addNote(FlowWriter& w, const RecordModel& model, const std::string& note, double indent) {
    addLongText(w, captionMarkup(model, model.captions.note), note, indent + kNoteIndent, 3, kMuted, true);
}

// Items needing attention come one by one, with their wizard and note: they are the point of
// the summary.
void addAttentionAction(FlowWriter& w, const RecordModel& model, const RecordAction& action) {
    std::string meta = small(markupEscape(joinDot(action.statusText, action.wizardTitle)));
    FlowBlock& block = w.text(bold(action.label) + "\n" + meta, kBodyFont, kGutter, 6);
    block.marker = statusMark(action.status);
    block.markerColor = markColor(action.status);
    block.keepWithNext = !action.note.empty();
    if (!action.note.empty()) addNote(w, model, action.note, kGutter);
}

// Items still to do are many on a first review: listed compactly, under their wizard's name.
void addTodoAction(FlowWriter& w, const RecordModel& model, const RecordAction& action, const RecordAction* previous) {
    if (!previous || previous->wizardTitle != action.wizardTitle || previous->status != action.status)
        w.text(bold(action.wizardTitle + " \u2014 " + action.statusText), kBodyFont, 0, 8).keepWithNext = true;
    FlowBlock& block = w.text(markupEscape(action.label), kSmallFont, kGutter, 2.5);
    block.marker = statusMark(action.status);
    block.markerFont = kBodyFont;
    if (!action.note.empty()) addNote(w, model, action.note, kGutter);
}

void addActions(FlowWriter& w, const RecordModel& model, double column) {
    addSectionHeading(w, model.captions.openActions);
    w.text(markupEscape(model.actionsSummary), kBodyFont, 0, 2);
    const RecordAction* previous = nullptr;
    for (const RecordAction& action : model.actions) {
        if (action.status == ItemStatus::Attention)
            addAttentionAction(w, model, action);
        else
            addTodoAction(w, model, action, previous);
        previous = &action;
    }
    w.field(model.nextReview, model, column).spaceBefore = 14;
}

// The verdict beside the user's own status: its bar is green when verified, orange when the
// account needs attention, grey when it could not be verified.
Color verdictColor(const std::string& code) {
    if (code == "ok") return kDoneGreen;
    if (code == "attention") return kAttentionOrange;
    return kNotApplicableGrey;
}

void addEvidence(FlowWriter& w, const RecordModel& model, const RecordEvidence& evidence) {
    const RecordCaptions& c = model.captions;
    std::string markup = bold(format(c.labelPattern, {c.evidence}) + " " + markupEscape(evidence.verdict));
    if (evidence.lines.empty() && !evidence.text.empty()) markup += "\n" + markupEscape(evidence.text);
    for (const std::string& line : evidence.lines) markup += "\n\u2022 " + markupEscape(line);
    if (!evidence.readAt.empty())
        markup += "\n" + small(markupEscape(format(c.labelPattern, {c.checkedAt}) + " " + evidence.readAt));
    if (!evidence.disagreement.empty()) markup += "\n" + bold("\u26A0 " + markupEscape(evidence.disagreement));
    FlowBlock& block = w.text(markup, kBodyFont, kGutter + kNoteIndent, 3);
    block.noteBar = true;
    block.barColor = evidence.verdictCode.empty() ? kLinkBlue : verdictColor(evidence.verdictCode);
}

void addItem(FlowWriter& w, const RecordModel& model, const RecordItem& item) {
    std::string meta = item.statusText;
    if (!item.changed.empty())
        meta = joinDot(meta, format(model.captions.labelPattern, {model.captions.changed}) + " " + item.changed);
    FlowBlock& block = w.text(bold(item.label) + "\n" + small(markupEscape(meta)), kBodyFont, kGutter, 7);
    block.marker = statusMark(item.status);
    block.markerColor = markColor(item.status);
    block.keepWithNext = !item.decision.empty() || !item.entries.empty() || !item.note.empty() || item.evidence;
    if (!item.decision.empty()) {
        std::string caption = captionMarkup(model, model.captions.decision);
        addLongText(w, caption, item.decision, kGutter, 3, kInk, false).keepWithNext = !item.note.empty();
    }
    for (const std::string& entry : item.entries) {
        w.text("\u2022 " + markupEscape(entry), kBodyFont, kGutter + kNoteIndent, 2).keepWithNext = !item.note.empty();
    }
    if (!item.note.empty()) addNote(w, model, item.note, kGutter);
    if (item.evidence) addEvidence(w, model, *item.evidence);
}

std::string boxes(const std::vector<std::string>& labels) {
    std::string markup;
    for (const std::string& label : labels)
        markup += (markup.empty() ? "" : "\u2003") + std::string(kEmptyBox) + "\u00A0" + markupEscape(label);
    return markup;
}

FlowBlock& addCaptionWithLine(FlowWriter& w, const RecordModel& model, const std::string& caption) {
    FlowBlock& block = w.text(captionMarkup(model, caption), kBodyFont, kGutter, 4);
    PangoRectangle logical;
    pango_layout_get_extents(block.layout.get(), nullptr, &logical);
    block.fillFrom = pango_units_to_double(logical.width) + 6;
    return block;
}

void addBlankItem(FlowWriter& w, const RecordModel& model, const RecordItem& item) {
    const RecordCaptions& c = model.captions;
    FlowBlock& label = w.text(bold(item.label), kBodyFont, kGutter, 9);
    label.marker = kEmptyBox;
    label.keepWithNext = true;
    w.text(boxes({c.statusDone, c.statusNotApplicable, c.statusAttention}), kBodyFont, kGutter, 3).keepWithNext = true;
    if (item.kind == ItemKind::Choice || item.kind == ItemKind::List)
        w.text(bold(c.chooseOne) + "  " + boxes(item.options), kBodyFont, kGutter, 3).keepWithNext = true;
    if (item.kind == ItemKind::List)
        for (int i = 0; i < 4; ++i) w.writingLine(kGutter);  // one line per row: name, way, date
    if (item.kind == ItemKind::Date) addCaptionWithLine(w, model, c.date).keepWithNext = true;
    addCaptionWithLine(w, model, c.note);
    if (item.kind == ItemKind::Note)
        for (int i = 0; i < 2; ++i) w.writingLine(kGutter);
}

// A step's explanations in reading order: paragraphs, lists with their markers, and tips and
// warnings headed in bold beside a bar, as in the window.
void addGuidance(FlowWriter& w, const RecordModel& model, const RecordBlock& block) {
    int number = 0;
    for (const std::string& text : block.texts) {
        switch (block.kind) {
            case BlockKind::Paragraph:
                w.text(markupEscape(text), kBodyFont, 0, 4);
                break;
            case BlockKind::BulletList:
            case BlockKind::NumberedList: {
                FlowBlock& entry = w.text(markupEscape(text), kBodyFont, kGutter, 2.5);
                entry.marker = block.kind == BlockKind::BulletList ? "\u2022" : std::to_string(++number) + ".";
                entry.markerFont = kBodyFont;
                break;
            }
            case BlockKind::Tip:
            case BlockKind::Warning: {
                const bool warning = block.kind == BlockKind::Warning;
                std::string caption = bold(markupEscape(warning ? model.captions.warning : model.captions.tip));
                FlowBlock& box = w.text(caption + "\n" + markupEscape(text), kBodyFont, kNoteIndent, 5);
                box.noteBar = true;
                box.barColor = warning ? kAttentionOrange : kLinkBlue;
                break;
            }
        }
    }
}

void addStep(FlowWriter& w, const RecordModel& model, const RecordStep& step) {
    FlowBlock& heading = w.text(markupEscape(step.title), kStepFont, 0, 14);
    heading.keepWithNext = true;
    heading.outlineLevel = 2;
    heading.outlineTitle = step.title;
    for (const RecordBlock& block : step.guidance) addGuidance(w, model, block);
    for (const RecordLink& panel : step.panels) {
        std::string caption = captionMarkup(model, model.captions.controlPanel);
        FlowBlock& block =
            w.text(caption + " " + markupEscape(panel.text), kSmallFont, 0, 3, panel.url.empty() ? kMuted : kLinkBlue);
        block.uri = panel.url;
        block.keepWithNext = true;
    }
    for (const RecordLink& link : step.links) {
        FlowBlock& block = w.text("\u2192 " + markupEscape(link.text), kSmallFont, 0, 2, kLinkBlue);
        block.uri = link.url;
        block.keepWithNext = true;
    }
    if (!step.verifiedSummary.empty()) {
        std::string markup = bold(markupEscape(step.verifiedSummary));
        for (const std::string& fact : step.verifiedFacts) markup += "\n\u2022 " + markupEscape(fact);
        FlowBlock& block = w.text(markup, kBodyFont, kNoteIndent, 8);
        block.noteBar = true;
        block.barColor = verdictColor(step.verifiedCode);
    }
    for (const RecordItem& item : step.items) {
        if (model.blank)
            addBlankItem(w, model, item);
        else
            addItem(w, model, item);
    }
}

void addWizard(FlowWriter& w, const RecordModel& model, const RecordWizard& wizard, bool newPage) {
    FlowBlock& heading = w.text(markupEscape(wizard.title), kWizardFont, 0, 24, kAccent);
    heading.pageBreakBefore = newPage;
    heading.keepWithNext = true;
    heading.outlineLevel = 1;
    heading.outlineTitle = wizard.title;
    heading.anchor = "wizard:" + wizard.id;
    if (!wizard.summary.empty()) w.text(markupEscape(wizard.summary), kBodyFont, 0, 4, kMuted).keepWithNext = true;
    if (!wizard.progress.empty()) w.text(bold(wizard.progress), kBodyFont, 0, 4).keepWithNext = true;
    for (const RecordStep& step : wizard.steps) addStep(w, model, step);
}

}  // namespace

std::size_t pieceEnd(const std::string& text, std::size_t start, std::size_t maxBytes) {
    if (text.size() - start <= maxBytes) return text.size();
    std::size_t end = start + maxBytes;
    while (end > start + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a character
    return end;
}

Flow buildFlow(PangoContext* context, const PageGeometry& page, const RecordModel& model) {
    FlowWriter w(context, page);
    double column = factsColumn(w, model);
    addHeader(w, model, column);
    if (model.blank) {
        w.field(model.nextReview, model, column).spaceBefore = 3;
    } else {
        addContents(w, model);
        addActions(w, model, column);
    }
    // The paper checklist starts under its header; a record gives each wizard its own pages.
    bool first = true;
    for (const RecordWizard& wizard : model.wizards) {
        addWizard(w, model, wizard, !(model.blank && first));
        first = false;
    }
    return w.take();
}

}  // namespace vigie::pdf
