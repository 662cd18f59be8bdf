// The dialog that creates or edits a profile: its label, optional NIC handle, region (which
// decides the Control Panel and guide addresses) and review period.
#pragma once

#include <optional>
#include <string>

#include "review_session.h"

class wxWindow;

namespace vigie::gui {

// Returns the fields the user confirmed, or nullopt on Cancel. `profileId` is the profile being
// edited (empty for a new one), so its own label does not count as taken.
std::optional<ProfileFields> editProfile(wxWindow* parent, const ReviewSession& session, const ProfileFields& initial,
                                         const std::string& profileId);

}  // namespace vigie::gui
