// The PDF record as a flow of blocks, before it is cut into pages: each block is a Pango layout
// (already wrapped to its width) or a line to write on, with the few rules pagination needs
// (space before, keep with the next block, start a new page) and what the painter adds (a status
// mark in the gutter, a link, a bar beside a note, an outline entry).
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include <pango/pangocairo.h>

#include "record/pdf_style.h"
#include "record/record_model.h"

namespace vigie::pdf {

struct GObjectUnref {
    void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

// One line of a layout, measured once (pagination and painting both need it).
struct LineMetrics {
    double top = 0;  // from the top of the layout
    double height = 0;
    double baseline = 0;  // from the top of the layout
    double x = 0;  // where the line starts, from the layout's left (an indent, a hanging indent)
};

struct FlowBlock {
    LayoutPtr layout;  // null for a line to write on
    std::vector<LineMetrics> lines;  // one per layout line
    double indent = 0;  // from the left margin
    double spaceBefore = 0;
    double writingLineHeight = 0;  // > 0: a line to write on, no text
    double fillFrom = -1;  // >= 0: a line to write on right of the text, from this x
    bool keepWithNext = false;
    bool pageBreakBefore = false;
    bool noteBar = false;  // a bar beside every line, like a quotation
    Color barColor = kRuleGrey;
    std::string marker;  // drawn in the gutter beside the first line
    const char* markerFont = kMarkFont;
    Color markerColor = kInk;
    Color color = kInk;
    std::string uri;  // the whole block links there
    std::string anchor;  // an outline entry and internal link target ("wizard:ID")
    int outlineLevel = 0;  // 1 wizard, 2 step, 0 none
    std::string outlineTitle;
    std::string pageNumberOf;  // contents line: right-aligned page number of this anchor

    double height() const;
};

// A deque keeps references to earlier blocks valid while later ones are appended.
using Flow = std::deque<FlowBlock>;

// Builds the blocks of a record with `context` (the PDF surface's Pango context, so what is
// measured is what is drawn).
Flow buildFlow(PangoContext* context, const PageGeometry& page, const RecordModel& model);

// A note longer than kLongTextPieceBytes is laid out piece by piece (see addLongText in
// pdf_flow.cpp), so its cost stays linear in its length. pieceEnd: where the piece of `text`
// that starts at `start` ends at the latest, never inside a UTF-8 character.
inline constexpr std::size_t kLongTextPieceBytes = 512;
std::size_t pieceEnd(const std::string& text, std::size_t start, std::size_t maxBytes);

// Escapes text for Pango markup.
std::string markupEscape(const std::string& text);

}  // namespace vigie::pdf
