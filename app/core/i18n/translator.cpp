#include "i18n/translator.h"

#include <cctype>
#include <cstdlib>

#include <wx/filename.h>
#include <wx/log.h>
#include <wx/translation.h>

#include "platform/paths.h"

namespace vigie {

Language systemLanguage() {
    // The POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG.
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value && *value) {
            if (auto language = parseLanguage(value)) return *language;
            return Language::English;
        }
    }
    return Language::English;
}

namespace {

std::string catalogFile(const wxString& language) {
    return localeDir() + "/" + std::string(language.utf8_str()) + "/LC_MESSAGES/vigie.mo";
}

// Loads our catalog from localeDir() only, so a Translator never depends on the process-wide
// lookup paths that the GUI's global wxTranslations uses.
class CatalogLoader : public wxTranslationsLoader {
public:
    wxMsgCatalog* LoadCatalog(const wxString& domain, const wxString& language) override {
        wxString file = wxString::FromUTF8(catalogFile(language));
        if (!wxFileName::FileExists(file)) return nullptr;
        return wxMsgCatalog::CreateFromFile(file, domain);
    }
    wxArrayString GetAvailableTranslations(const wxString&) const override {
        wxArrayString found;
        if (wxFileName::FileExists(wxString::FromUTF8(catalogFile("fr")))) found.Add("fr");
        return found;
    }
};

}  // namespace

// wxTranslations owns and frees the wxMsgCatalog: deleting one directly does not link with
// wx 3.2 (its destructor needs an unexported symbol).
struct Translator::Catalog {
    wxTranslations translations;
    bool loaded = false;
};

Translator::Translator(Language language) : language_(language), catalog_(std::make_unique<Catalog>()) {
    if (language == Language::English) return;
    wxLogNull quiet;  // a missing or damaged catalog means English text, not a dialog
    catalog_->translations.SetLoader(new CatalogLoader);
    catalog_->translations.SetLanguage(wxString::FromUTF8(std::string(languageCode(language))));
    catalog_->loaded = catalog_->translations.AddCatalog("vigie", wxLANGUAGE_ENGLISH_US);
}
Translator::~Translator() = default;
Translator::Translator(Translator&&) noexcept = default;
Translator& Translator::operator=(Translator&&) noexcept = default;

bool Translator::hasCatalog() const { return catalog_ && catalog_->loaded; }

std::optional<std::string> Translator::lookup(std::string_view msgid) const {
    if (!hasCatalog() || msgid.empty()) return std::nullopt;
    const wxString* found =
        catalog_->translations.GetTranslatedString(wxString::FromUTF8(msgid.data(), msgid.size()), "vigie");
    if (!found) return std::nullopt;
    return std::string(found->utf8_str());
}

std::string Translator::operator()(std::string_view msgid) const {
    if (auto translated = lookup(msgid)) return *translated;
    return std::string(msgid);
}

std::string Translator::plural(std::string_view singular, std::string_view pluralForm, unsigned long n) const {
    if (hasCatalog()) {
        const wxString* found = catalog_->translations.GetTranslatedString(
            wxString::FromUTF8(singular.data(), singular.size()), static_cast<unsigned>(n), "vigie");
        if (found) return std::string(found->utf8_str());
    }
    return std::string(n == 1 ? singular : pluralForm);
}

}  // namespace vigie

namespace vigie {

std::string Translator::operator()(const UserMessage& message) const {
    std::vector<std::string> args = message.args;
    for (std::size_t index : message.translatedArgs)
        if (index < args.size()) args[index] = (*this)(args[index]);
    return format((*this)(message.msgid), args);
}

std::string describeError(const std::exception& error, const Translator& tr) {
    if (const auto* user = dynamic_cast<const UserError*>(&error)) return tr(user->message());
    return error.what();
}

std::string describeCurrentException(const Translator& tr) { return tr(currentExceptionMessage()); }

}  // namespace vigie
