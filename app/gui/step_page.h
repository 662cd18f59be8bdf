// One wizard step, drawn from its definition in the session's language. The checklist leads:
//
//   Title
//   The step's first paragraph
//   [ Checklist: one compact row per item ]  [ the rest of the text: Control Panel path,   ]
//                                            [ "More about this step" (folded when long),  ]
//                                            [ warnings, links                             ]
//
// Two columns when the page is wide enough, else the same two parts one above the other (the
// checklist first), so the first item shows without scrolling at 900×650. Created in that order,
// so Tab follows the screen. The tools (meter, generator, authenticator check) open from the
// item they serve (ItemRow); a widget that serves no item stays with the text.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "definitions/definitions.h"
#include "scrolled_page.h"
#include "step_widgets.h"

class wxBoxSizer;
class wxButton;
class wxSizer;
class wxSizerItem;

namespace vigie::gui {

class ItemRow;
class ReviewSession;
class WrappedText;

class StepPage : public ScrolledPage, public StepToolHost {
public:
    StepPage(wxWindow* parent, ReviewSession& session, const Step& step, std::function<void()> statusChanged);
    ~StepPage() override;

    const Step& step() const { return step_; }
    // The row of an item of this step (for a verdict: ItemRow::setVerdict), or nullptr.
    ItemRow* row(const std::string& itemId) const;
    // True while the checklist and the text stand side by side.
    bool twoColumns() const { return twoColumns_; }
    // The button that unfolds the longer text, or nullptr when the text is short enough to show.
    wxButton* moreButton() const { return more_; }
    bool moreTextShown() const { return moreShown_; }
    void showMoreText(bool shown);

    bool hasTool(const std::string& name) const override;
    wxWindow* openTool(const std::string& name) override;

protected:
    void beforeLayout(int width) override;

private:
    void addTitle();
    void addIntro();
    void addChecklist();
    void addProse();
    void addBlock(wxWindow* parent, wxSizer* into, const TextBlock& block);
    void addList(wxWindow* parent, wxSizer* into, const TextBlock& block);
    void addCallout(wxWindow* parent, wxSizer* into, const TextBlock& block);
    void addPanelPath(const PanelPath& panel);
    void addLooseWidgets();
    void addLinks();
    wxSizer* addHeading(wxSizer* into, const wxString& text, const wxString& name = wxString());
    void addLink(wxWindow* parent, wxSizer* into, const std::string& target, const wxString& text);
    void showChecklistState();

    ReviewSession& session_;
    const Step& step_;
    std::function<void()> statusChanged_;
    wxBoxSizer* sizer_;
    wxBoxSizer* columns_ = nullptr;
    wxBoxSizer* checklist_ = nullptr;
    wxBoxSizer* prose_ = nullptr;
    WrappedText* checklistState_ = nullptr;
    wxButton* more_ = nullptr;
    wxSizer* moreSlot_ = nullptr;
    bool moreShown_ = false;
    bool twoColumns_ = false;
    std::vector<std::unique_ptr<ItemRow>> rows_;
    std::map<std::string, wxWindow*> looseWidgets_;  // widgets that serve no item, by name
};

}  // namespace vigie::gui
