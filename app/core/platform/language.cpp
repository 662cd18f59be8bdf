#include "platform/language.h"

#include <cctype>
#include <string>

namespace vigie {

std::string_view languageCode(Language language) { return language == Language::French ? "fr" : "en"; }

std::optional<Language> parseLanguage(std::string_view text) {
    if (text.size() < 2) return std::nullopt;
    std::string prefix{static_cast<char>(std::tolower(static_cast<unsigned char>(text[0]))),
                       static_cast<char>(std::tolower(static_cast<unsigned char>(text[1])))};
    if (text.size() > 2 && std::isalpha(static_cast<unsigned char>(text[2]))) return std::nullopt;
    if (prefix == "fr") return Language::French;
    if (prefix == "en") return Language::English;
    return std::nullopt;
}

}  // namespace vigie
