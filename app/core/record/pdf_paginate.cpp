#include "record/pdf_paginate.h"

namespace vigie::pdf {

const Anchor* Pagination::findAnchor(const std::string& anchor) const {
    for (const Anchor& candidate : anchors)
        if (candidate.block->anchor == anchor) return &candidate;
    return nullptr;
}

namespace {

// The least of a block that must share a page with what comes before it: all of it when it is
// kept with the next block, else its first two lines (no lone first line at the foot of a page).
double leadingHeight(const FlowBlock& block) {
    if (block.keepWithNext || block.lines.size() <= 2) return block.height();
    return block.lines[1].top + block.lines[1].height - block.lines[0].top;
}

class Paginator {
public:
    Paginator(const Flow& flow, const PageGeometry& page) : flow_(flow), page_(page) { newPage(); }

    Pagination run() {
        for (std::size_t i = 0; i < flow_.size(); ++i) place(i);
        return std::move(result_);
    }

private:
    void newPage() {
        result_.pages.emplace_back();
        cursor_ = page_.contentTop();
    }
    bool atTop() const { return cursor_ <= page_.contentTop() + 0.01; }
    double room() const { return page_.contentBottom() - cursor_; }

    // Height of block `i`, the blocks it is kept with, and the start of the one after them.
    double heightKeptTogether(std::size_t i) const {
        double height = flow_[i].spaceBefore + leadingHeight(flow_[i]);
        for (std::size_t j = i; flow_[j].keepWithNext && j + 1 < flow_.size() && !flow_[j + 1].pageBreakBefore; ++j)
            height += flow_[j + 1].spaceBefore + leadingHeight(flow_[j + 1]);
        return height;
    }

    void place(std::size_t i) {
        const FlowBlock& block = flow_[i];
        double together = heightKeptTogether(i);
        bool wouldFitOnEmptyPage = together <= page_.contentBottom() - page_.contentTop();
        if (!atTop() && (block.pageBreakBefore || (together > room() && wouldFitOnEmptyPage))) newPage();
        if (!atTop()) cursor_ += block.spaceBefore;
        if (block.writingLineHeight > 0) {
            placeLine(block, 0, {0, block.writingLineHeight, block.writingLineHeight});
            return;
        }
        for (std::size_t line = 0; line < block.lines.size(); ++line)
            placeLine(block, static_cast<int>(line), block.lines[line]);
    }

    void placeLine(const FlowBlock& block, int line, const LineMetrics& metrics) {
        if (metrics.height > room() && !atTop()) newPage();
        Placement placement;
        placement.block = &block;
        placement.line = line;
        placement.x = page_.marginLeft + block.indent;
        placement.top = cursor_;
        placement.baseline = cursor_ + metrics.baseline - metrics.top;
        placement.bottom = cursor_ + metrics.height;
        result_.pages.back().placements.push_back(placement);
        if (line == 0 && (block.outlineLevel > 0 || !block.anchor.empty()))
            result_.anchors.push_back({&block, static_cast<int>(result_.pages.size()) - 1, placement.top});
        cursor_ += metrics.height;
    }

    const Flow& flow_;
    PageGeometry page_;
    Pagination result_;
    double cursor_ = 0;
};

}  // namespace

Pagination paginate(const Flow& flow, const PageGeometry& page) { return Paginator(flow, page).run(); }

}  // namespace vigie::pdf
