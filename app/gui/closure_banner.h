// The closure wizard's banner, at the top of its preconditions step and of the step where the
// closure is requested: whether the account is ready to be closed, and each precondition (services
// left, unpaid amounts, orders in progress) as a verified fact with its evidence and when it was
// read. The core decides all of it (checks/closure_readiness.h); this draws it.
#pragma once

class wxSizer;
class wxWindow;

namespace vigie {
struct Step;
}

namespace vigie::gui {

class ReviewSession;

// nullptr for every other step (checks::closurePartOf decides which).
wxSizer* createClosureBanner(wxWindow* page, const ReviewSession& session, const Step& step);

}  // namespace vigie::gui
