// The security step widgets: the password meter ("password-meter"), the passphrase generator
// ("passphrase") and the authenticator-app check ("totp-check"), registered with step_widgets.h.
#pragma once

namespace vigie::gui {

// Registers the three factories and starts loading the word lists on a background thread, so
// the meter is ready by the time a user reaches it. Call once at start-up, before the first
// wizard opens; later calls do nothing more.
void registerSecurityWidgets();

}  // namespace vigie::gui
