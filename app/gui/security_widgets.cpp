#include "security_widgets.h"

#include "background_threads.h"
#include "passphrase_panel.h"
#include "password/passphrase.h"
#include "password/word_lists.h"
#include "password_meter_panel.h"
#include "step_widgets.h"
#include "totp_check_panel.h"

namespace vigie::gui {

namespace {

// Indexing the French dictionary takes about 0.2 s, and the passphrase lists a little more:
// done once, off the UI thread. A meter opened before it is done waits for this load rather
// than starting another.
void preloadWordListsInBackground() {
    runInBackground([] {
        password::preloadWordLists();
        for (Language language : {Language::English, Language::French}) password::passphraseWords(language);
    });
}

}  // namespace

void registerSecurityWidgets() {
    static bool registered = false;
    if (registered) return;
    registered = true;
    registerStepWidget("password-meter", [](wxWindow* parent, const StepWidgetContext& context) -> wxWindow* {
        return new PasswordMeterPanel(parent, context.session);
    });
    registerStepWidget("passphrase", [](wxWindow* parent, const StepWidgetContext& context) -> wxWindow* {
        return new PassphrasePanel(parent, context.session);
    });
    registerStepWidget("totp-check", [](wxWindow* parent, const StepWidgetContext& context) -> wxWindow* {
        return new TotpCheckPanel(parent, context.session);
    });
    preloadWordListsInBackground();
}

}  // namespace vigie::gui
