// Small pieces the step widgets (password meter, passphrase generator, TOTP check) share: their
// framed box, paragraphs and bullet lists that wrap with the page, colours for good and bad news
// that stay readable on light and dark themes, and re-laying out the step page after a change.
#pragma once

#include <vector>

#include <wx/colour.h>
#include <wx/string.h>

class wxFlexGridSizer;
class wxSizer;
class wxStaticBoxSizer;
class wxStaticText;
class wxWindow;

namespace vigie::gui {

class WrappedText;

// How good a piece of news is. Colour only ever underlines words that say the same thing.
enum class Tone { Bad, Poor, Fair, Good, Best };

wxColour toneColour(Tone tone);

// The box around a widget, its title (a bold heading, named `name` + "_title") already in it.
// Controls go on box->GetStaticBox().
wxStaticBoxSizer* widgetBox(wxWindow* panel, const wxString& title, const wxString& name);

// A wrapping paragraph added to `into` with a small gap below.
WrappedText* addParagraph(wxWindow* parent, wxSizer* into, const wxString& text, const wxString& name = "");

// A bold line opening a part of a widget.
wxStaticText* addSubheading(wxWindow* parent, wxSizer* into, const wxString& text);

// Bullet points whose number changes (advice): rows are made as needed and hidden when unused.
class BulletList {
public:
    // Rows are named `name` + "_0", "_1"...
    BulletList(wxWindow* parent, wxSizer* into, const wxString& name);
    // True when the shown text changed (the page then needs a new layout).
    bool set(const std::vector<wxString>& lines);
    std::vector<wxString> lines() const;

private:
    wxWindow* parent_;
    wxFlexGridSizer* grid_;
    wxString name_;
    std::vector<std::pair<wxStaticText*, WrappedText*>> rows_;
    std::size_t shown_ = 0;
};

// Re-lays out the step page holding `widget` (wrapped labels included), or its parent.
void relayoutPage(wxWindow* widget);

}  // namespace vigie::gui
