#include "help_actions.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "platform/version.h"
#include "review_session.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {
const char* const kGuideTarget = "guide:best-practices";
}

void showAboutBox(wxWindow* parent) {
    wxAboutDialogInfo info;
    info.SetName("Vigie");
    info.SetVersion(toWx(vigieVersion()));
    info.SetDescription(
        _("Step-by-step checklists for OVHcloud’s good practices: securing your account, "
          "automatic renewal, orders, cancelling services and closing the account safely."));
    info.SetLicence(
        _("Vigie is free software: you can redistribute it and/or modify it under the terms of the "
          "GNU General Public License, version 3 or (at your option) any later version. It comes "
          "with no warranty."));
    info.SetWebSite(VIGIE_HOMEPAGE);
    wxAboutBox(info, parent);
}

bool hasBestPracticesGuide(const ReviewSession& session) { return session.resolveLink(kGuideTarget).has_value(); }

bool openBestPracticesGuide(const ReviewSession& session) {
    const auto url = session.resolveLink(kGuideTarget);
    return url && wxLaunchDefaultBrowser(toWx(*url));
}

}  // namespace vigie::gui
