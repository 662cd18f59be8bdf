// Labels that wrap to the width their sizer gives them, so text stays readable in a narrow window
// and at 200 % scale. wx sizers have no height-for-width layout, so a page lays out, re-wraps
// every such label to its new width, and lays out again (ScrolledPage::relayout). Add them with
// wxEXPAND in a vertical sizer or proportion 1 in a horizontal one: their minimum width is small.
#pragma once

#include <wx/checkbox.h>
#include <wx/stattext.h>

namespace vigie::gui {

class Rewrappable {
public:
    virtual ~Rewrappable() = default;
    // Wraps to the current width; true when the label changed (a new layout is needed).
    virtual bool rewrap() = 0;
};

class WrappedText : public wxStaticText, public Rewrappable {
public:
    WrappedText(wxWindow* parent, const wxString& text, const wxString& name = wxStaticTextNameStr);
    void setText(const wxString& text);
    const wxString& text() const { return text_; }
    bool rewrap() override;

private:
    wxString text_;
    int wrappedWidth_ = -1;
};

// A checkbox whose label is a whole sentence (a checklist item): the label stays the checkbox's
// own, so clicking it toggles and a screen reader reads it with the box.
class WrappedCheckBox : public wxCheckBox, public Rewrappable {
public:
    WrappedCheckBox(wxWindow* parent, const wxString& text, const wxString& name);
    bool rewrap() override;

private:
    void wrapLabel(int width);

    wxString text_;
    int wrappedWidth_ = -1;
};

// `text` broken into lines no wider than `width` pixels in `window`'s font.
wxString wrapToWidth(wxWindow* window, const wxString& text, int width);

// Re-wraps every Rewrappable below `root`; true if any changed.
bool rewrapAll(wxWindow* root);

}  // namespace vigie::gui
