// Translation at the edge: the model keeps English msgids, and each view asks a Translator for
// the language it renders in. A Translator owns its own catalog, so the GUI can switch language
// while a record is exported in the other one.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "platform/errors.h"
#include "platform/format.h"
#include "platform/language.h"

namespace vigie {

// The language of the user's environment (LC_ALL, LC_MESSAGES, LANG), English when unknown.
Language systemLanguage();

class Translator {
public:
    // Loads the "vigie" catalog for `language` from the catalog directories (see resources.h).
    // English needs no catalog. A missing French catalog leaves every string in English.
    explicit Translator(Language language);
    ~Translator();
    Translator(Translator&&) noexcept;
    Translator& operator=(Translator&&) noexcept;

    Language language() const { return language_; }
    bool hasCatalog() const;

    // UTF-8 in, UTF-8 out. Unknown msgids come back unchanged.
    std::string operator()(std::string_view msgid) const;
    // Plural lookup ("%d hour" / "%d hours"); the caller formats the number.
    std::string plural(std::string_view singular, std::string_view pluralForm, unsigned long n) const;
    // Translation if the catalog has one, nullopt otherwise (used by completeness tests).
    std::optional<std::string> lookup(std::string_view msgid) const;
    // A message kept as msgid and values until shown (see platform/errors.h).
    std::string operator()(const UserMessage& message) const;

private:
    struct Catalog;
    Language language_;
    std::unique_ptr<Catalog> catalog_;
};

// A UserError's message in this translator's language (other exceptions: their own text).
std::string describeError(const std::exception& error, const Translator& tr);
// The exception being handled, as describeCurrentException() but in tr's language.
std::string describeCurrentException(const Translator& tr);

}  // namespace vigie
