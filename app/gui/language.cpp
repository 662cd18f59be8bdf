#include "language.h"

#include <optional>

#include <wx/intl.h>
#include <wx/translation.h>

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

}  // namespace

void installTranslations(Language language) {
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
