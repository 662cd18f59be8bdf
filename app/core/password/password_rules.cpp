#include "password/password_rules.h"

#include "i18n/translator.h"
#include "password/text_normalizer.h"

namespace vigie::password {
namespace {

struct CharacterClasses {
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool special = false;
};

// ASCII classes, plus Latin-1 letters (É is an upper-case letter, not a special character).
CharacterClasses classify(std::string_view password) {
    CharacterClasses classes;
    for (std::size_t i = 0; i < password.size(); ++i) {
        auto c = static_cast<unsigned char>(password[i]);
        if (c >= 'A' && c <= 'Z')
            classes.upper = true;
        else if (c >= 'a' && c <= 'z')
            classes.lower = true;
        else if (c >= '0' && c <= '9')
            classes.digit = true;
        else if (c == 0xC3 && i + 1 < password.size()) {
            auto next = static_cast<unsigned char>(password[++i]);
            bool letter = next != 0x97 && next != 0xB7;  // U+00D7 and U+00F7 are × and ÷
            if (letter && next < 0x9F)
                classes.upper = true;
            else if (letter)
                classes.lower = true;
            else
                classes.special = true;
        } else if (c == 0xC5 && i + 1 < password.size() && (password[i + 1] == '\x92' || password[i + 1] == '\x93')) {
            (password[++i] == '\x92' ? classes.upper : classes.lower) = true;  // Œ œ
        } else if (c < 0x80 || c >= 0xC0)
            classes.special = true;  // count each other character once
    }
    return classes;
}

}  // namespace

std::vector<RuleCheck> checkRules(std::string_view password, bool containsPersonalInformation) {
    CharacterClasses classes = classify(password);
    return {
        {RuleId::Length, countCharacters(password) >= kMinimumLength},
        {RuleId::Case, classes.upper && classes.lower},
        {RuleId::Digit, classes.digit},
        {RuleId::Special, classes.special},
        {RuleId::NoPersonalInformation, !containsPersonalInformation},
    };
}

std::string_view ruleKey(RuleId id) {
    switch (id) {
        case RuleId::Length:
            return "length";
        case RuleId::Case:
            return "case";
        case RuleId::Digit:
            return "digit";
        case RuleId::Special:
            return "special";
        case RuleId::NoPersonalInformation:
            break;
    }
    return "personal";
}

const char* ruleLabel(RuleId id) {
    switch (id) {
        case RuleId::Length:
            return N_("At least 12 characters");
        case RuleId::Case:
            return N_("Upper-case and lower-case letters");
        case RuleId::Digit:
            return N_("At least one digit");
        case RuleId::Special:
            return N_("At least one special character, such as % # : $ *");
        case RuleId::NoPersonalInformation:
            break;
    }
    return N_("No personal information (name, e-mail address, NIC handle)");
}

}  // namespace vigie::password
