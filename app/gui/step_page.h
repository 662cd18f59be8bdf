// One wizard step, drawn from its definition in the session's language: title, explanatory
// text, where to click in the Control Panel, embedded widgets, links and the checklist items.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "definitions/definitions.h"
#include "scrolled_page.h"

class wxSizer;

namespace vigie::gui {

class ItemRow;
class ReviewSession;

class StepPage : public ScrolledPage {
public:
    StepPage(wxWindow* parent, ReviewSession& session, const Step& step, std::function<void()> statusChanged);
    ~StepPage() override;

private:
    void addTitle();
    void addBlock(const TextBlock& block);
    void addList(const TextBlock& block);
    void addCallout(const TextBlock& block);
    void addPanelPath(const PanelPath& panel);
    void addWidgets();
    void addLinks();
    void addItems();
    void addHeading(const wxString& text);
    void addLink(wxWindow* parent, wxSizer* into, const std::string& target, const wxString& text);

    ReviewSession& session_;
    const Step& step_;
    std::function<void()> statusChanged_;
    wxSizer* sizer_;
    std::vector<std::unique_ptr<ItemRow>> rows_;
};

}  // namespace vigie::gui
