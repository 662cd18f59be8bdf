#include "record/pdf_paint.h"

#include <cairo-pdf.h>
#include <cstdio>

namespace vigie::pdf {

namespace {

void setColor(cairo_t* cr, Color color) { cairo_set_source_rgb(cr, color.red, color.green, color.blue); }

std::string internalLinkAttributes(const Anchor& anchor, double x) {
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "page=%d pos=[%.2f %.2f]", anchor.page + 1, x, anchor.top);
    return buffer;
}

void horizontalRule(cairo_t* cr, double x0, double x1, double y, Color color, double width) {
    setColor(cr, color);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

}  // namespace

std::string uriLinkAttributes(const std::string& uri) {
    std::string escaped;
    for (char c : uri) {
        if (c == '\'' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return "uri='" + escaped + "'";
}

PagePainter::PagePainter(cairo_t* cr, PangoContext* context, const PageGeometry& page, const RecordModel& model,
                         const Pagination& pagination)
    : cr_(cr), context_(context), page_(page), model_(model), pagination_(pagination) {}

void PagePainter::paint(int index) {
    paintChrome(index);
    for (const Placement& placement : pagination_.pages[static_cast<std::size_t>(index)].placements)
        paintPlacement(placement);
}

void PagePainter::paintPlacement(const Placement& placement) {
    const FlowBlock& block = *placement.block;
    if (block.writingLineHeight > 0) {
        paintWritingLine(placement.x, placement.bottom - 4);
        return;
    }
    const Anchor* target = block.pageNumberOf.empty() ? nullptr : pagination_.findAnchor(block.pageNumberOf);
    if (!block.uri.empty())
        cairo_tag_begin(cr_, CAIRO_TAG_LINK, uriLinkAttributes(block.uri).c_str());
    else if (target)
        cairo_tag_begin(cr_, CAIRO_TAG_LINK, internalLinkAttributes(*target, page_.marginLeft).c_str());
    paintText(placement);
    if (target && placement.line == 0) paintPageNumber(placement, target->page + 1);
    if (!block.uri.empty() || target) cairo_tag_end(cr_, CAIRO_TAG_LINK);
    if (placement.line == 0 && !block.marker.empty()) paintMarker(placement);
    if (block.noteBar) {
        double x = placement.x - kNoteIndent / 2 - 2;
        setColor(cr_, block.barColor);
        cairo_set_line_width(cr_, 2);
        cairo_move_to(cr_, x, placement.top);
        cairo_line_to(cr_, x, placement.bottom);
        cairo_stroke(cr_);
    }
    bool lastLine = placement.line + 1 == static_cast<int>(block.lines.size());
    if (block.fillFrom >= 0 && lastLine) paintWritingLine(placement.x + block.fillFrom, placement.baseline + 2);
}

void PagePainter::paintText(const Placement& placement) {
    const FlowBlock& block = *placement.block;
    setColor(cr_, block.color);
    cairo_move_to(cr_, placement.x + block.lines[static_cast<std::size_t>(placement.line)].x, placement.baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_get_line_readonly(block.layout.get(), placement.line));
}

PangoLayout* PagePainter::markerLayout(const std::string& marker, const char* fontName) {
    LayoutPtr& layout = markers_[marker + '\n' + fontName];
    if (!layout) {
        layout.reset(pango_layout_new(context_));
        PangoFontDescription* font = pango_font_description_from_string(fontName);
        pango_layout_set_font_description(layout.get(), font);
        pango_font_description_free(font);
        pango_layout_set_text(layout.get(), marker.c_str(), -1);
    }
    return layout.get();
}

void PagePainter::paintMarker(const Placement& placement) {
    PangoLayout* layout = markerLayout(placement.block->marker, placement.block->markerFont);
    setColor(cr_, placement.block->markerColor);
    cairo_move_to(cr_, placement.x - kGutter, placement.baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_get_line_readonly(layout, 0));
}

void PagePainter::paintPageNumber(const Placement& placement, int page) {
    setColor(cr_, kMuted);
    showText(std::to_string(page), kBodyFont, page_.width - page_.marginRight, placement.baseline, true);
}

void PagePainter::paintWritingLine(double x, double y) {
    horizontalRule(cr_, x, page_.width - page_.marginRight, y, kMuted, 0.6);
}

void PagePainter::showText(const std::string& text, const char* font, double x, double baseline, bool alignRight) {
    LayoutPtr layout(pango_layout_new(context_));
    PangoFontDescription* description = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout.get(), description);
    pango_font_description_free(description);
    pango_layout_set_text(layout.get(), text.c_str(), -1);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    double width = pango_units_to_double(logical.width);
    cairo_move_to(cr_, alignRight ? x - width : x, baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_get_line_readonly(layout.get(), 0));
}

void PagePainter::paintChrome(int index) {
    double left = page_.marginLeft;
    double right = page_.width - page_.marginRight;
    if (index > 0) {
        double baseline = page_.marginTop - 22;
        setColor(cr_, kMuted);
        showText(model_.captions.documentTitle, kSmallFont, left, baseline, false);
        showText(model_.author, kSmallFont, right, baseline, true);
        horizontalRule(cr_, left, right, baseline + 6, kRuleGrey, 0.5);
    }
    double footer = page_.height - page_.marginBottom + 30;
    horizontalRule(cr_, left, right, footer - 12, kRuleGrey, 0.5);
    setColor(cr_, kMuted);
    std::string generated = format(model_.captions.generatedByPattern, {model_.version});
    if (!model_.blank) generated += " \u00B7 " + model_.created;
    showText(generated, kSmallFont, left, footer, false);
    int count = static_cast<int>(pagination_.pages.size());
    showText(format(model_.captions.pageOfPattern, {std::to_string(index + 1), std::to_string(count)}), kSmallFont,
             right, footer, true);
}

void addOutline(cairo_surface_t* surface, const Pagination& pagination) {
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (const Anchor& anchor : pagination.anchors) {
        const FlowBlock& block = *anchor.block;
        if (block.outlineLevel == 0) continue;
        std::string target = internalLinkAttributes(anchor, 0);
        int id = cairo_pdf_surface_add_outline(surface, block.outlineLevel == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                               block.outlineTitle.c_str(), target.c_str(),
                                               static_cast<cairo_pdf_outline_flags_t>(0));
        if (block.outlineLevel == 1) parent = id;
    }
}

}  // namespace vigie::pdf
