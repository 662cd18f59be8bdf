// Conversions between the core's UTF-8 std::string and wxString, and placeholder formatting for
// translated sentences. Every GUI file uses these so no encoding guess is made anywhere else.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include <wx/string.h>
#include <wx/translation.h>

#include "i18n/translator.h"
#include "review/review.h"

namespace vigie::gui {

inline wxString toWx(std::string_view utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }

inline std::string toUtf8(const wxString& text) {
    const wxScopedCharBuffer buffer = text.utf8_str();
    return std::string(buffer.data(), buffer.length());
}

// formatText(_("Step {} of {}"), 2, 5): the core's "{}" placeholders, so a translator can move
// them. Arguments are anything wxString can be built from, or numbers.
template <typename T>
std::string formatArgument(const T& value) {
    if constexpr (std::is_arithmetic_v<T>)
        return std::to_string(value);
    else
        return toUtf8(wxString(value));
}

template <typename... Args>
wxString formatText(const wxString& pattern, const Args&... args) {
    // The temporaries live until the end of the full expression, after format() has returned.
    return toWx(vigie::format(toUtf8(pattern), {std::string_view(formatArgument(args))...}));
}

// A core message in the language the windows speak now (the global wxTranslations).
inline wxString translated(const UserMessage& message) {
    const wxString pattern = wxGetTranslation(toWx(message.msgid));
    std::vector<std::string> args = message.args;
    for (std::size_t index : message.translatedArgs)  // a system's reason, a format problem
        if (index < args.size()) args[index] = toUtf8(wxGetTranslation(toWx(args[index])));
    return toWx(vigie::format(toUtf8(pattern), args));
}

// "2026-11-27", the local calendar date: unambiguous in both languages.
inline wxString localDate(TimePoint time) { return toWx(toLocalDate(time)); }

}  // namespace vigie::gui
