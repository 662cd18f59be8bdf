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

// Indexing the word lists takes about 0.3 s and tens of MiB: done once, off the UI thread, and
// only when a step that needs them is built (the first screen never does). A meter used before
// the load is done waits for it rather than starting another.
void preloadWordListsInBackground() {
    static bool started = false;
    if (started) return;
    started = true;
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
        preloadWordListsInBackground();
        return new PasswordMeterPanel(parent, context.session);
    });
    registerStepWidget("passphrase", [](wxWindow* parent, const StepWidgetContext& context) -> wxWindow* {
        preloadWordListsInBackground();
        return new PassphrasePanel(parent, context.session);
    });
    registerStepWidget("totp-check", [](wxWindow* parent, const StepWidgetContext& context) -> wxWindow* {
        return new TotpCheckPanel(parent, context.session);
    });
}

}  // namespace vigie::gui
