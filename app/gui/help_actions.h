// The Help menu's actions: the About box and OVHcloud's guide of good practices.
#pragma once

class wxWindow;

namespace vigie::gui {

class ReviewSession;

void showAboutBox(wxWindow* parent);
// Opens the guide in the browser, in the session's language and the profile's region. False when
// links.xml has no address for it.
bool openBestPracticesGuide(const ReviewSession& session);
bool hasBestPracticesGuide(const ReviewSession& session);

}  // namespace vigie::gui
