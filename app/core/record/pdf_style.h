// The PDF record's look: page geometry, fonts and colours, in PDF points (1/72 inch).
#pragma once

#include "record/record_model.h"

namespace vigie::pdf {

struct Color {
    double red = 0, green = 0, blue = 0;
};

struct PageGeometry {
    double width = 0, height = 0;
    double marginLeft = 0, marginRight = 0, marginTop = 0, marginBottom = 0;

    double contentWidth() const { return width - marginLeft - marginRight; }
    double contentTop() const { return marginTop; }
    double contentBottom() const { return height - marginBottom; }
};

inline PageGeometry pageGeometry(PaperSize paper) {
    // A4 is 210 x 297 mm, Letter 8.5 x 11 in. Margins of 20 mm leave room for header and footer.
    PageGeometry page;
    page.width = paper == PaperSize::Letter ? 612.0 : 595.28;
    page.height = paper == PaperSize::Letter ? 792.0 : 841.89;
    page.marginLeft = page.marginRight = 56.7;
    page.marginTop = page.marginBottom = 62.0;
    return page;
}

// DejaVu Sans has every Latin letter French needs and the status marks (☐ ☑ ⚠ ⊘), so nothing
// prints as an empty box; Pango falls back per character for anything else.
inline constexpr const char* kBodyFont = "DejaVu Sans 9.5";
inline constexpr const char* kSmallFont = "DejaVu Sans 8";
inline constexpr const char* kMarkFont = "DejaVu Sans 11";
inline constexpr const char* kTitleFont = "DejaVu Sans Bold 18";
inline constexpr const char* kWizardFont = "DejaVu Sans Bold 15";
inline constexpr const char* kSectionFont = "DejaVu Sans Bold 13";
inline constexpr const char* kStepFont = "DejaVu Sans Bold 11";

inline constexpr Color kInk{0.106, 0.122, 0.141};
inline constexpr Color kMuted{0.29, 0.318, 0.361};
inline constexpr Color kAccent{0.0, 0.055, 0.612};
inline constexpr Color kLinkBlue{0.0, 0.314, 0.843};
inline constexpr Color kRuleGrey{0.78, 0.80, 0.84};
inline constexpr Color kDoneGreen{0.118, 0.49, 0.196};
inline constexpr Color kAttentionOrange{0.70, 0.36, 0.0};
inline constexpr Color kNotApplicableGrey{0.42, 0.447, 0.502};

inline constexpr double kGutter = 18.0;  // the status mark column
inline constexpr double kNoteIndent = 8.0;  // a note's text, right of its bar
inline constexpr double kWritingLineHeight = 20.0;

}  // namespace vigie::pdf
