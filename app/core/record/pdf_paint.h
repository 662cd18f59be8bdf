// Draws paginated blocks on a cairo PDF surface: the lines themselves, status marks, note bars,
// lines to write on, links (CAIRO_TAG_LINK), the header and the "Page N of M" footer, and the
// outline (bookmarks) once every page is known.
#pragma once

#include <map>
#include <string>

#include <cairo.h>

#include "record/pdf_flow.h"
#include "record/pdf_paginate.h"

namespace vigie::pdf {

class PagePainter {
public:
    PagePainter(cairo_t* cr, PangoContext* context, const PageGeometry& page, const RecordModel& model,
                const Pagination& pagination);
    PagePainter(const PagePainter&) = delete;
    PagePainter& operator=(const PagePainter&) = delete;

    // Draws page `index` (0-based); the caller then calls cairo_show_page.
    void paint(int index);

private:
    void paintPlacement(const Placement& placement);
    void paintText(const Placement& placement);
    void paintMarker(const Placement& placement);
    void paintPageNumber(const Placement& placement, int page);
    void paintWritingLine(double x, double y);
    void paintChrome(int index);
    void showText(const std::string& text, const char* font, double x, double baseline, bool alignRight);
    PangoLayout* markerLayout(const std::string& marker, const char* font);

    cairo_t* cr_;
    PangoContext* context_;
    PageGeometry page_;
    const RecordModel& model_;
    const Pagination& pagination_;
    std::map<std::string, LayoutPtr> markers_;
};

// Adds a bookmark per wizard, with its steps below it.
void addOutline(cairo_surface_t* surface, const Pagination& pagination);

// "uri='...'" for CAIRO_TAG_LINK; cairo's attribute syntax escapes ' and \ with a backslash.
std::string uriLinkAttributes(const std::string& uri);

}  // namespace vigie::pdf
