// Messages the user should see without being interrupted: wizard files that could not be loaded,
// a state file moved aside, a failed save. Each is a framed row with the native severity icon,
// the message wrapped to the window's width and a Dismiss button; named "notice_<key>" (and
// "notice_<key>_dismiss") for tests. Messages are kept as functions so a language switch redraws
// them. (wxInfoBar was tried first: its label does not wrap, and the heights it reported for
// pre-wrapped text were short under GTK 3.24, clipping long messages such as file paths.)
#pragma once

#include <functional>
#include <map>

#include <wx/panel.h>

class wxButton;
class wxStaticBitmap;

namespace vigie::gui {

class WrappedText;

class NoticeArea : public wxPanel {
public:
    using TextSource = std::function<wxString()>;

    explicit NoticeArea(wxWindow* parent);

    // `icon` is wxICON_INFORMATION, wxICON_WARNING or wxICON_ERROR.
    void show(const wxString& key, TextSource text, int icon);
    void dismiss(const wxString& key);
    bool isShown(const wxString& key) const { return notices_.count(key) != 0; }
    // Redraws every message and button in the current language.
    void relabel();

private:
    struct Notice {
        wxWindow* frame = nullptr;
        wxStaticBitmap* icon = nullptr;
        WrappedText* text = nullptr;
        wxButton* dismiss = nullptr;
        TextSource source;
    };

    Notice create(const wxString& key);
    void relayout();
    void onSize(wxSizeEvent& event);

    std::map<wxString, Notice> notices_;
    int laidOutWidth_ = -1;
};

}  // namespace vigie::gui
