// The languages Vigie speaks and their codes. Here, below the translator, so that the settings
// (which remember the user's choice) need no catalog.
#pragma once

#include <optional>
#include <string_view>

namespace vigie {

enum class Language { English, French };

// "en" / "fr".
std::string_view languageCode(Language language);
// Accepts "en", "fr", "fr_FR.UTF-8", "en-GB"...; nullopt for anything else.
std::optional<Language> parseLanguage(std::string_view text);

}  // namespace vigie
