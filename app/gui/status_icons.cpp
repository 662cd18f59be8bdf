#include "status_icons.h"

#include <functional>
#include <memory>

#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/settings.h>

#include "step_widget_kit.h"

namespace vigie::gui {

namespace {

using Painter = std::function<void(wxGraphicsContext&, double size)>;

wxBitmap paintAt(int pixels, const Painter& paint) {
    wxImage image(pixels, pixels);
    image.InitAlpha();
    std::fill_n(image.GetAlpha(), pixels * pixels, 0);
    {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
        paint(*gc, pixels);
    }
    return wxBitmap(image);
}

wxBitmapBundle bundle(int size, const Painter& paint) {
    wxVector<wxBitmap> bitmaps;
    bitmaps.push_back(paintAt(size, paint));
    bitmaps.push_back(paintAt(size * 2, paint));
    return wxBitmapBundle::FromBitmaps(bitmaps);
}

wxColour muted() { return wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT); }

void circle(wxGraphicsContext& gc, double s, const wxColour& colour, bool filled) {
    const double pen = s / 10;
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colour).Width(pen)));
    gc.SetBrush(filled ? wxBrush(colour) : *wxTRANSPARENT_BRUSH);
    gc.DrawEllipse(pen, pen, s - 2 * pen, s - 2 * pen);
}

void tick(wxGraphicsContext& gc, double s) {
    circle(gc, s, toneColour(Tone::Good), true);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(*wxWHITE).Width(s / 8).Cap(wxCAP_ROUND).Join(wxJOIN_ROUND)));
    wxGraphicsPath path = gc.CreatePath();
    path.MoveToPoint(s * 0.28, s * 0.52);
    path.AddLineToPoint(s * 0.44, s * 0.68);
    path.AddLineToPoint(s * 0.72, s * 0.34);
    gc.StrokePath(path);
}

void cross(wxGraphicsContext& gc, double s) {
    circle(gc, s, muted(), false);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(muted()).Width(s / 9).Cap(wxCAP_ROUND)));
    gc.StrokeLine(s * 0.34, s * 0.34, s * 0.66, s * 0.66);
    gc.StrokeLine(s * 0.66, s * 0.34, s * 0.34, s * 0.66);
}

void warning(wxGraphicsContext& gc, double s) {
    const wxColour amber = toneColour(Tone::Poor);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(amber).Width(s / 12).Join(wxJOIN_ROUND)));
    gc.SetBrush(wxBrush(amber));
    wxGraphicsPath triangle = gc.CreatePath();
    triangle.MoveToPoint(s * 0.5, s * 0.08);
    triangle.AddLineToPoint(s * 0.94, s * 0.88);
    triangle.AddLineToPoint(s * 0.06, s * 0.88);
    triangle.CloseSubpath();
    gc.DrawPath(triangle);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(*wxWHITE).Width(s / 9).Cap(wxCAP_ROUND)));
    gc.StrokeLine(s * 0.5, s * 0.36, s * 0.5, s * 0.6);
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(*wxWHITE_BRUSH);
    gc.DrawEllipse(s * 0.44, s * 0.69, s * 0.12, s * 0.12);
}

void question(wxGraphicsContext& gc, double s) {
    circle(gc, s, muted(), false);
    gc.SetFont(wxFont(wxFontInfo(wxSize(0, static_cast<int>(s * 0.6))).Bold()), muted());
    double width = 0, height = 0;
    gc.GetTextExtent("?", &width, &height);
    gc.DrawText("?", (s - width) / 2, (s - height) / 2);
}

}  // namespace

wxBitmapBundle statusMarkIcon(StatusMark mark, int size) {
    switch (mark) {
        case StatusMark::Tick:
            return bundle(size, tick);
        case StatusMark::Cross:
            return bundle(size, cross);
        case StatusMark::Warning:
            return bundle(size, warning);
        case StatusMark::Unknown:
            return bundle(size, question);
        case StatusMark::EmptyCircle:
            break;
    }
    return bundle(size, [](wxGraphicsContext& gc, double s) { circle(gc, s, muted(), false); });
}

wxBitmapBundle stepStateIcon(StepState state, int size) {
    switch (state) {
        case StepState::Done:
            return statusMarkIcon(StatusMark::Tick, size);
        case StepState::Attention:
            return statusMarkIcon(StatusMark::Warning, size);
        case StepState::ToDo:
            break;
    }
    return statusMarkIcon(StatusMark::EmptyCircle, size);
}

wxBitmapBundle noteIcon(bool filled, int size) {
    return bundle(size, [filled](wxGraphicsContext& gc, double s) {
        const wxColour ink = filled ? wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT)
                                    : wxSystemSettings::GetColour(wxSYS_COLOUR_BTNTEXT);
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(ink).Width(s / 12)));
        gc.SetBrush(filled ? wxBrush(ink.ChangeLightness(170)) : *wxTRANSPARENT_BRUSH);
        gc.DrawRoundedRectangle(s * 0.16, s * 0.08, s * 0.68, s * 0.84, s * 0.08);
        for (double y : {0.32, 0.5, 0.68}) gc.StrokeLine(s * 0.3, s * y, s * 0.7, s * y);
    });
}

}  // namespace vigie::gui
