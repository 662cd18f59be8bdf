// The hub's line on connected mode: whether the items are verified on the account (connected,
// a snapshot, the demo) or are the user's own say-so, with the buttons to connect, read again or
// open a snapshot. The buttons send the File menu's commands, so both do the same.
#pragma once

class wxSizer;
class wxWindow;

namespace vigie::gui {

class ReviewSession;

wxSizer* createConnectionBar(wxWindow* page, const ReviewSession& session);

}  // namespace vigie::gui
