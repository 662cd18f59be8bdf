// Cuts the flow into pages, line by line: a long note continues on the next page from the line
// that did not fit, instead of the whole paragraph jumping. Headings stay with what follows, and
// a paragraph never leaves a single first line at the foot of a page.
#pragma once

#include <string>
#include <vector>

#include "record/pdf_flow.h"

namespace vigie::pdf {

struct Placement {
    const FlowBlock* block = nullptr;
    int line = 0;  // index of the layout line (0 for a line to write on)
    double x = 0;  // left edge of the line
    double top = 0;
    double baseline = 0;
    double bottom = 0;
};

struct Anchor {
    const FlowBlock* block = nullptr;
    int page = 0;  // 0-based
    double top = 0;
};

struct PageLayout {
    std::vector<Placement> placements;
};

struct Pagination {
    std::vector<PageLayout> pages;
    std::vector<Anchor> anchors;  // blocks with an outline entry or an anchor, in reading order

    const Anchor* findAnchor(const std::string& anchor) const;
};

Pagination paginate(const Flow& flow, const PageGeometry& page);

}  // namespace vigie::pdf
