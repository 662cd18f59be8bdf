#include "wrapping.h"

#include <wx/renderer.h>
#include <wx/textwrapper.h>

namespace vigie::gui {

namespace {

// wxTextWrapper breaks at spaces only; a word wider than the line (a file path) is then broken
// too, after a '/' or '-' when it can be, as GTK would otherwise do behind our back.
class LineCollector : public wxTextWrapper {
public:
    wxString wrap(wxWindow* window, const wxString& text, int width) {
        window_ = window;
        width_ = width;
        result_.clear();
        Wrap(window, text, width);
        return result_;
    }

protected:
    void OnOutputLine(const wxString& line) override {
        wxString rest = line;
        while (rest.length() > 1 && window_->GetTextExtent(rest).x > width_) {
            const std::size_t cut = fittingLength(rest);
            result_ += rest.Left(cut) + '\n';
            rest = rest.Mid(cut);
        }
        result_ += rest;
    }
    void OnNewLine() override { result_ += '\n'; }

private:
    std::size_t fittingLength(const wxString& text) const {
        std::size_t fits = 1;
        while (fits < text.length() && window_->GetTextExtent(text.Left(fits + 1)).x <= width_) ++fits;
        for (std::size_t i = fits; i > fits / 2; --i)
            if (text[i - 1] == '/' || text[i - 1] == '-') return i;
        return fits;
    }

    wxWindow* window_ = nullptr;
    int width_ = 0;
    wxString result_;
};

int minimumWidth(wxWindow* window) { return window->FromDIP(120); }

// GTK lays the label out with Pango, whose measure of a line can differ from wx's by a pixel or
// two; a line wrapped to the exact width could then be wrapped again by GTK, one line more than
// the height given, and the last line cut off. A small margin avoids it.
int wrapWidth(wxWindow* window, int width) { return width - window->FromDIP(4); }

}  // namespace

wxString wrapToWidth(wxWindow* window, const wxString& text, int width) {
    return LineCollector().wrap(window, text, std::max(width, 1));
}

WrappedText::WrappedText(wxWindow* parent, const wxString& text, const wxString& name)
    : wxStaticText(parent, wxID_ANY, wxControl::EscapeMnemonics(text), wxDefaultPosition, wxDefaultSize, 0, name),
      text_(text) {
    SetMinSize(wxSize(minimumWidth(this), -1));
}

void WrappedText::setText(const wxString& text) {
    if (text == text_) return;
    text_ = text;
    wrappedWidth_ = -1;
    SetLabel(wxControl::EscapeMnemonics(text));
    rewrap();
}

bool WrappedText::rewrap() {
    const int width = GetSize().x;
    if (width <= 1 || width == wrappedWidth_) return false;
    wrappedWidth_ = width;
    SetLabel(wxControl::EscapeMnemonics(wrapToWidth(this, text_, wrapWidth(this, width))));
    return true;
}

WrappedCheckBox::WrappedCheckBox(wxWindow* parent, const wxString& text, const wxString& name)
    : wxCheckBox(parent, wxID_ANY, wxControl::EscapeMnemonics(text), wxDefaultPosition, wxDefaultSize, 0,
                 wxDefaultValidator, name),
      text_(text) {
    SetMinSize(wxSize(minimumWidth(this), -1));
    // GTK reports an error when a check button gets less width than its label needs, which the
    // unwrapped label would until the first layout: start at the minimum width.
    wrapLabel(minimumWidth(this));
}

void WrappedCheckBox::wrapLabel(int width) {
    // The box itself and the gap GTK puts after it take part of the width.
    const int indicator = wxRendererNative::Get().GetCheckBoxSize(this).x + FromDIP(10);
    SetLabel(wxControl::EscapeMnemonics(wrapToWidth(this, text_, width - indicator)));
}

bool WrappedCheckBox::rewrap() {
    const int width = GetSize().x;
    if (width <= 1 || width == wrappedWidth_) return false;
    wrappedWidth_ = width;
    wrapLabel(width);
    return true;
}

bool rewrapAll(wxWindow* root) {
    bool changed = false;
    for (wxWindow* child : root->GetChildren()) {
        if (auto* wrappable = dynamic_cast<Rewrappable*>(child)) changed |= wrappable->rewrap();
        changed |= rewrapAll(child);
    }
    return changed;
}

}  // namespace vigie::gui
