#include "record/pdf_record.h"

#include <cairo-pdf.h>
#include <memory>

#include "platform/errors.h"
#include "record/pdf_flow.h"
#include "record/pdf_paginate.h"
#include "record/pdf_paint.h"

namespace vigie {

namespace {

struct SurfaceDestroy {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroy {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void setMetadata(cairo_surface_t* surface, const RecordModel& model) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, model.title.c_str());
    if (!model.author.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, model.author.c_str());
    std::string creator = "Vigie " + model.version;
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, model.createdIso.c_str());
}

// Layout must not depend on a screen's hinting: what is measured is what prints.
PangoContext* createPangoContext(cairo_t* cr) {
    PangoContext* context = pango_cairo_create_context(cr);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    return context;
}

void throwIfFailed(cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw UserError(std::string("Could not create the PDF record: ") + cairo_status_to_string(status));
}

}  // namespace

std::optional<std::string> renderPdfRecord(const RecordModel& model, const std::function<bool(double)>& progress) {
    auto report = [&](double fraction) { return !progress || progress(fraction); };
    pdf::PageGeometry page = pdf::pageGeometry(model.paper);
    std::string bytes;
    std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
        cairo_pdf_surface_create_for_stream(appendToString, &bytes, page.width, page.height));
    throwIfFailed(cairo_surface_status(surface.get()));
    setMetadata(surface.get(), model);
    std::unique_ptr<cairo_t, ContextDestroy> cr(cairo_create(surface.get()));
    std::unique_ptr<PangoContext, pdf::GObjectUnref> context(createPangoContext(cr.get()));
    pango_context_set_language(context.get(), pango_language_from_string(model.languageCode.c_str()));
    if (!report(0.02)) return std::nullopt;
    pdf::Flow flow = pdf::buildFlow(context.get(), page, model);
    pdf::Pagination pagination = pdf::paginate(flow, page);
    if (!report(0.3)) return std::nullopt;
    pdf::PagePainter painter(cr.get(), context.get(), page, model, pagination);
    int count = static_cast<int>(pagination.pages.size());
    for (int index = 0; index < count; ++index) {
        painter.paint(index);
        cairo_show_page(cr.get());
        if (!report(0.3 + 0.65 * (index + 1) / count)) return std::nullopt;
    }
    pdf::addOutline(surface.get(), pagination);
    throwIfFailed(cairo_status(cr.get()));
    cr.reset();
    cairo_surface_finish(surface.get());
    throwIfFailed(cairo_surface_status(surface.get()));
    return bytes;
}

}  // namespace vigie
