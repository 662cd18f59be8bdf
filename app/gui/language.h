// Which language the windows speak, and switching it at run time. C++ strings go through wx's
// global wxTranslations (`_()`, stock labels from wx's own catalog); wizard text goes through the
// session's vigie::Translator. Both are switched together by the main window.
#pragma once

#include <vector>

#include <wx/string.h>

#include "i18n/translator.h"
#include "platform/settings.h"

namespace vigie::gui {

const std::vector<Language>& supportedLanguages();

// `vigie --lang fr`: wins over the saved choice for this run.
void setLanguageOverride(Language language);

// The override, else the saved choice, else the language of the user's environment.
Language startupLanguage(const Settings& settings);

// Sets the process's locale (wxLocale: the C library's, which GTK's own dialogs, the date
// pickers and number formats follow) to `language`, then replaces the global wxTranslations:
// wx's stock labels plus Vigie's "vigie" catalog.
void installTranslations(Language language);

// The locale part alone; false when the machine lacks that language's locale (Vigie's own text
// is translated all the same).
bool applySystemLocale(Language language);

// A language's name in that language ("English", "Français"): a menu to switch language must be
// readable by someone who does not read the current one.
wxString languageName(Language language);

}  // namespace vigie::gui
