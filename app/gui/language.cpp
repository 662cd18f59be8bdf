#include "language.h"

#include <langinfo.h>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include <wx/intl.h>
#include <wx/log.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include "platform/paths.h"
#include "wx_text.h"

namespace vigie::gui {

const std::vector<Language>& supportedLanguages() {
    static const std::vector<Language> languages{Language::English, Language::French};
    return languages;
}

namespace {
std::optional<Language> g_override;
}  // namespace

void setLanguageOverride(Language language) { g_override = language; }

Language startupLanguage(const Settings& settings) {
    if (g_override) return *g_override;
    return settings.language().value_or(systemLanguage());
}

namespace {

wxLanguage wxLanguageOf(Language language) {
    return language == Language::French ? wxLANGUAGE_FRENCH : wxLANGUAGE_ENGLISH;
}

void addLookupPathOnce() {
    static bool added = false;
    if (added) return;
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(toWx(localeDir()));
    added = true;
}

// wx's own log dialogs are titled "%s Error" (and so on) from wx's catalog, which gives "Vigie
// Erreur" in French. Vigie's catalog has the same msgids, better translated, and wx searches the
// catalog added last first.
[[maybe_unused]] const char* const kLogCaptions[] = {N_("%s Error"), N_("%s Warning"), N_("%s Information")};

// wx converts narrow string literals with the C library's locale: it must stay UTF-8.
void ensureUtf8Strings() {
    if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) std::setlocale(LC_CTYPE, "C.UTF-8");
}

bool systemSpeaks(Language language) {
    const wxLanguage system = static_cast<wxLanguage>(wxUILocale::GetSystemLanguage());
    const wxLanguageInfo* info = wxUILocale::GetLanguageInfo(system);
    return info && info->CanonicalName.BeforeFirst('_') == languageCode(language).data();
}

// The user's own locale when it speaks `language` (an English user in Britain keeps day/month
// dates), otherwise the language's main one: fr_FR, en_US.
wxLanguage localeLanguageFor(Language language) {
    if (systemSpeaks(language)) return wxLANGUAGE_DEFAULT;
    return language == Language::French ? wxLANGUAGE_FRENCH : wxLANGUAGE_ENGLISH_US;
}

}  // namespace

// A machine without the locale (no locales-all, no locale-gen) keeps its own: Vigie's text is
// still in the chosen language, only GTK's dialogs, dates and numbers are not.
bool applySystemLocale(Language language) {
    static std::unique_ptr<wxLocale> current;
    static std::optional<Language> applied;
    if (applied == language) return current != nullptr;
    applied = language;
    current.reset();  // puts the previous C locale back
    const wxLanguage wanted = localeLanguageFor(language);
    bool ok = false;
    if (wanted == wxLANGUAGE_DEFAULT || wxLocale::IsAvailable(wanted)) {
        wxLogNull quiet;  // a failure is not worth a dialog: see above
        current = std::make_unique<wxLocale>();
        ok = current->Init(wanted, wxLOCALE_DONT_LOAD_DEFAULT);
        if (!ok) current.reset();
    }
    // GTK looks its own text up with gettext, for which $LANGUAGE wins over the locale.
    setenv("LANGUAGE", languageCode(language).data(), 1);
    ensureUtf8Strings();
    return ok;
}

void installTranslations(Language language) {
    applySystemLocale(language);  // first: wxLocale::Init replaces the global wxTranslations
    addLookupPathOnce();
    auto* translations = new wxTranslations;
    translations->SetLanguage(wxLanguageOf(language));
    translations->AddStdCatalog();
    translations->AddCatalog("vigie");
    wxTranslations::Set(translations);  // takes ownership, deletes the previous one
}

wxString languageName(Language language) {
    return language == Language::French ? wxString::FromUTF8("Français") : wxString("English");
}

}  // namespace vigie::gui
