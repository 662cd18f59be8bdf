#include "password/account_context.h"

#include <algorithm>
#include <string_view>

#include "password/text_normalizer.h"

namespace vigie::password {
namespace {

constexpr std::size_t kMinContextWordLength = 3;

void add(std::vector<std::string>& words, std::string_view raw) {
    std::string word = foldWord(raw);
    if (word.size() < kMinContextWordLength) return;
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
}

// "jean-pierre.dupont+ovh" -> jean, pierre, dupont, ovh.
void addPieces(std::vector<std::string>& words, std::string_view text, std::string_view separators) {
    while (!text.empty()) {
        std::size_t cut = text.find_first_of(separators);
        add(words, text.substr(0, cut));
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
    }
}

void addName(std::vector<std::string>& words, std::string_view name) {
    add(words, name);
    addPieces(words, name, " -'\t");
}

// jean.dupont@mail.example.fr -> jean.dupont, jean, dupont, mail, example (the TLD says nothing).
void addEmail(std::vector<std::string>& words, std::string_view email) {
    std::size_t at = email.rfind('@');
    std::string_view local = email.substr(0, at);
    add(words, local);
    addPieces(words, local, "._+-");
    if (at == std::string_view::npos) return;
    std::string_view domain = email.substr(at + 1);
    std::size_t lastDot = domain.rfind('.');
    addPieces(words, domain.substr(0, lastDot), ".-");
}

// ab12345-ovh -> ab12345-ovh, ab12345, and its letters and digits when long enough.
void addNic(std::vector<std::string>& words, std::string_view nic) {
    add(words, nic);
    std::string_view handle = nic.substr(0, nic.find('-'));
    add(words, handle);
    std::size_t digits = handle.find_first_of("0123456789");
    add(words, handle.substr(0, digits));
    if (digits != std::string_view::npos) add(words, handle.substr(digits));
}

}  // namespace

std::vector<std::string> personalWords(const AccountContext& context) {
    std::vector<std::string> words;
    for (const auto& name : context.names) addName(words, name);
    for (const auto& email : context.emails) addEmail(words, email);
    for (const auto& nic : context.nicHandles) addNic(words, nic);
    return words;
}

std::vector<std::string> contextWords(const AccountContext& context) {
    std::vector<std::string> words = personalWords(context);
    for (const char* brand : {"ovhcloud", "ovh", "kimsufi", "soyoustart"}) add(words, brand);
    return words;
}

}  // namespace vigie::password
