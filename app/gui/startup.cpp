#include "startup.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>

#include "connection_actions.h"
#include "definitions/definitions_loader.h"
#include "language.h"
#include "main_frame.h"
#include "platform/errors.h"
#include "platform/paths.h"
#include "review_session.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

std::optional<LoadOutcome> loadReview(const ReviewStore& store, Language language) {
    try {
        return store.load();
    } catch (const UserError& error) {
        wxMessageBox(
            formatText(_("Vigie cannot open your saved review: {}"), toWx(describeError(error, Translator(language)))),
            "Vigie", wxOK | wxICON_ERROR);
        return std::nullopt;
    }
}

bool& demoRequested() {
    static bool requested = false;
    return requested;
}

}  // namespace

void requestDemo() { demoRequested() = true; }

MainFrame* openMainWindow() {
    Settings settings = Settings::load();
    const Language language = startupLanguage(settings);
    installTranslations(language);

    ReviewStore store(ReviewStore::defaultPath());
    const bool demo = demoRequested();
    std::optional<LoadOutcome> outcome = demo ? LoadOutcome{} : loadReview(store, language);
    if (!outcome) return nullptr;

    auto session = std::make_unique<ReviewSession>(loadCatalog(wizardsDir()), std::move(store),
                                                   std::move(outcome->state), language);
    if (demo) {
        session->startDemo();
        ProfileFields fields = fieldsOf(session->profile());
        fields.label = toUtf8(_("Demo account (fictional)"));
        session->updateProfile(fields);
    }
    auto* frame = new MainFrame(std::move(session), std::move(settings));
    if (demo) frame->connection().showDemo();
    frame->reportDefinitionErrors();
    if (outcome->movedAsideTo) frame->reportStateMovedAside(*outcome->movedAsideTo, outcome->problem);
    frame->Show();
    return frame;
}

}  // namespace vigie::gui
