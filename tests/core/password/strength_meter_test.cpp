#define BOOST_TEST_MODULE password meter
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

#include <zxcvbn.h>

#include "password/strength_bands.h"
#include "password/strength_meter.h"
#include "password/text_normalizer.h"
#include "password/word_cost.h"
#include "password/word_finder.h"

using namespace vigie::password;

namespace {

// The real lists (wfrench and locales/passwords-fr.txt), loaded once for the whole suite.
std::shared_ptr<const MeterDictionary> dictionary() {
    static auto shared = meterDictionary();
    return shared;
}

StrengthEstimate evaluate(const std::string& password, const AccountContext& context = {}) {
    return StrengthMeter(context, dictionary()).evaluate(password);
}

bool hasWeakness(const StrengthEstimate& estimate, PatternKind kind) {
    return std::find(estimate.weaknesses.begin(), estimate.weaknesses.end(), kind) != estimate.weaknesses.end();
}

bool ruleOk(const StrengthEstimate& estimate, RuleId id) {
    for (const auto& rule : estimate.rules) {
        if (rule.id == id) return rule.ok;
    }
    BOOST_FAIL("rule missing");
    return false;
}

AccountContext jeanDupont() {
    AccountContext context;
    context.emails = {"jean.dupont@example.fr"};
    return context;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(scores)

BOOST_AUTO_TEST_CASE(word_lists_are_installed) {
    BOOST_TEST(dictionary()->unreadableFiles.empty());
    BOOST_TEST(dictionary()->curatedWords > 500u);
    BOOST_TEST(dictionary()->index.wordCount() > 200000u);
}

BOOST_AUTO_TEST_CASE(common_french_passwords_score_0_or_1) {
    for (const char* password : {"motdepasse", "Azerty123!", "jetaime2024", "P@ris2024", "olympiquedemarseille"}) {
        BOOST_TEST_CONTEXT(password) { BOOST_TEST(evaluate(password).score <= 1); }
    }
}

BOOST_AUTO_TEST_CASE(password_made_of_the_users_email_scores_0_or_1) {
    StrengthEstimate estimate = evaluate("JeanDupont2024!", jeanDupont());
    BOOST_TEST(estimate.score <= 1);
    BOOST_TEST(hasWeakness(estimate, PatternKind::UserData));
    BOOST_TEST(!ruleOk(estimate, RuleId::NoPersonalInformation));
}

BOOST_AUTO_TEST_CASE(account_details_lower_the_estimate) {
    BOOST_TEST(evaluate("Dupontelle77", jeanDupont()).entropyBits < evaluate("Dupontelle77").entropyBits);
}

BOOST_AUTO_TEST_CASE(ovhcloud_names_count_as_known_words) {
    for (const char* password : {"ovhcloud2024", "Kimsufi!", "soyoustart"}) {
        BOOST_TEST_CONTEXT(password) {
            StrengthEstimate estimate = evaluate(password);
            BOOST_TEST(estimate.score == 0);
            BOOST_TEST(hasWeakness(estimate, PatternKind::UserData));
            BOOST_TEST(ruleOk(estimate, RuleId::NoPersonalInformation));  // a brand, not personal
        }
    }
}

BOOST_AUTO_TEST_CASE(random_twenty_characters_score_4) {
    StrengthEstimate estimate = evaluate("q7#Vm2!xR9@kLp4$Zt8w");
    BOOST_TEST(estimate.score == 4);
    BOOST_TEST(std::string(estimate.feedback.warning).empty());
}

BOOST_AUTO_TEST_CASE(french_words_are_priced_below_what_english_zxcvbn_thinks) {
    const char* passphrase = "brouette-lavande-carotte-sapin";
    StrengthEstimate estimate = evaluate(passphrase);
    BOOST_TEST(estimate.entropyBits < ZxcvbnMatch(passphrase, nullptr, nullptr) - 20);
    // Four common words: rated like "correct horse battery staple", neither weak nor strong.
    BOOST_TEST(estimate.score == evaluate("correct horse battery staple").score);
    BOOST_TEST(hasWeakness(estimate, PatternKind::Phrase));
}

BOOST_AUTO_TEST_CASE(estimate_is_never_above_plain_zxcvbn) {
    for (const char* password : {"correcthorsebatterystaple", "Tr0ub4dor&3", "q7#Vm2!xR9@kLp4$Zt8w", "soleil"}) {
        BOOST_TEST_CONTEXT(password) {
            BOOST_TEST(evaluate(password).entropyBits <= ZxcvbnMatch(password, nullptr, nullptr) + 1e-9);
        }
    }
}

BOOST_AUTO_TEST_CASE(accents_case_and_leet_are_seen_through) {
    for (const char* password :
         {"tournesol", "Tournesol", "TOURNESOL", "t0urn3s0l", "éléphant", "ÉLÉPHANT", "3l3ph4nt"}) {
        BOOST_TEST_CONTEXT(password) {
            StrengthEstimate estimate = evaluate(password);
            BOOST_TEST(estimate.score == 0);
            BOOST_REQUIRE(estimate.parts.size() == 1u);
            BOOST_TEST((estimate.parts[0].kind == PatternKind::DictionaryWord));
        }
    }
}

BOOST_AUTO_TEST_CASE(bands_are_named) {
    BOOST_TEST(std::string(bandName(evaluate("motdepasse").score)) == "Very weak");
    BOOST_TEST(std::string(bandName(evaluate("q7#Vm2!xR9@kLp4$Zt8w").score)) == "Very strong");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(advice)

BOOST_AUTO_TEST_CASE(each_recognised_pattern_gets_its_advice) {
    struct Case {
        const char* password;
        PatternKind kind;
    };
    const Case cases[] = {
        {"Tournesol", PatternKind::DictionaryWord}, {"parapluie14/07/1989", PatternKind::Date},
        {"abcdefgh", PatternKind::Sequence},        {"tournesolqwsxcde", PatternKind::Keyboard},
        {"azertyuiop", PatternKind::Keyboard},      {"chatchatchat", PatternKind::Repeat},
        {"aaaaaaaaaaaa", PatternKind::Repeat},      {"nicolas1987", PatternKind::Name},
        {"jetaime", PatternKind::CommonPassword},
    };
    for (const Case& c : cases) {
        BOOST_TEST_CONTEXT(c.password) {
            StrengthEstimate estimate = evaluate(c.password);
            BOOST_TEST(hasWeakness(estimate, c.kind));
            BOOST_TEST(!std::string(estimate.feedback.warning).empty());
            BOOST_TEST(estimate.feedback.suggestions.size() >= 2u);
        }
    }
}

BOOST_AUTO_TEST_CASE(warning_names_the_most_serious_weakness) {
    StrengthEstimate estimate = evaluate("JeanDupont2024!", jeanDupont());
    BOOST_TEST(std::string(estimate.feedback.warning).find("your own details") != std::string::npos);
    StrengthEstimate keyboard = evaluate("azerty");
    BOOST_TEST(std::string(keyboard.feedback.warning).find("Keyboard") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(substitutions_are_called_predictable) {
    StrengthEstimate estimate = evaluate("M0td3p4ss3");
    bool mentioned =
        std::any_of(estimate.feedback.suggestions.begin(), estimate.feedback.suggestions.end(),
                    [](const char* s) { return std::string(s).find("substitutions") != std::string::npos; });
    BOOST_TEST(mentioned);
}

BOOST_AUTO_TEST_CASE(strong_password_with_own_details_still_warns) {
    StrengthEstimate estimate = evaluate("dupont-Vq8#zL2!mR7xK", jeanDupont());
    BOOST_TEST(estimate.score >= kAcceptableScore);
    BOOST_TEST(std::string(estimate.feedback.warning).find("your own details") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(parts_cover_the_password_in_characters) {
    StrengthEstimate estimate = evaluate("éléphant2024");
    BOOST_REQUIRE(!estimate.parts.empty());
    BOOST_TEST(estimate.parts[0].begin == 0u);
    BOOST_TEST(estimate.parts[0].length == 8u);  // characters, not bytes
    BOOST_TEST((estimate.parts[0].kind == PatternKind::DictionaryWord));
    std::size_t covered = 0;
    for (const auto& part : estimate.parts) {
        BOOST_TEST(part.begin == covered);
        covered += part.length;
    }
    BOOST_TEST(covered == 12u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(rules)

BOOST_AUTO_TEST_CASE(short_password_fails_length_only) {
    StrengthEstimate estimate = evaluate("Azerty123!");
    BOOST_TEST(!ruleOk(estimate, RuleId::Length));
    BOOST_TEST(ruleOk(estimate, RuleId::Case));
    BOOST_TEST(ruleOk(estimate, RuleId::Digit));
    BOOST_TEST(ruleOk(estimate, RuleId::Special));
    BOOST_TEST(ruleOk(estimate, RuleId::NoPersonalInformation));
}

BOOST_AUTO_TEST_CASE(lower_case_letters_only_fail_the_classes) {
    StrengthEstimate estimate = evaluate("abcdefghijkl");
    BOOST_TEST(ruleOk(estimate, RuleId::Length));
    BOOST_TEST(!ruleOk(estimate, RuleId::Case));
    BOOST_TEST(!ruleOk(estimate, RuleId::Digit));
    BOOST_TEST(!ruleOk(estimate, RuleId::Special));
}

BOOST_AUTO_TEST_CASE(accented_capitals_are_letters_not_special_characters) {
    std::vector<RuleCheck> rules = checkRules("Évasionété", false);
    BOOST_TEST(rules[1].ok);  // case: É and the lower-case letters
    BOOST_TEST(!rules[3].ok);  // no special character
}

BOOST_AUTO_TEST_CASE(length_counts_characters_not_bytes) {
    BOOST_TEST(checkRules("éééééééééééé", false)[0].ok);  // 12 characters, 24 bytes
    BOOST_TEST(!checkRules("ééééééééééé", false)[0].ok);
}

BOOST_AUTO_TEST_CASE(rules_have_stable_ids_and_labels) {
    BOOST_TEST(ruleKey(RuleId::Length) == "length");
    BOOST_TEST(ruleKey(RuleId::NoPersonalInformation) == "personal");
    BOOST_TEST(std::string(ruleLabel(RuleId::Length)) == "At least 12 characters");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(input_limits)

BOOST_AUTO_TEST_CASE(ten_thousand_characters_are_cut_and_flagged) {
    std::string paste(10000, 'x');
    for (std::size_t i = 0; i < paste.size(); i += 7) paste[i] = static_cast<char>('a' + i % 26);
    StrengthEstimate estimate = evaluate(paste);
    BOOST_TEST(estimate.truncated);
    BOOST_TEST(estimate.evaluatedCharacters == kMaxEvaluatedCharacters);
}

BOOST_AUTO_TEST_CASE(the_cap_counts_characters) {
    std::string accented;
    for (int i = 0; i < 300; ++i) accented += "é";
    StrengthEstimate estimate = evaluate(accented);
    BOOST_TEST(estimate.truncated);
    BOOST_TEST(estimate.evaluatedCharacters == kMaxEvaluatedCharacters);
}

BOOST_AUTO_TEST_CASE(short_input_is_not_flagged) {
    StrengthEstimate estimate = evaluate("motdepasse");
    BOOST_TEST(!estimate.truncated);
    BOOST_TEST(estimate.evaluatedCharacters == 10u);
}

BOOST_AUTO_TEST_CASE(empty_password_is_very_weak) {
    StrengthEstimate estimate = evaluate("");
    BOOST_TEST(estimate.score == 0);
    BOOST_TEST(!ruleOk(estimate, RuleId::Length));
}

BOOST_AUTO_TEST_CASE(missing_word_lists_leave_a_working_meter) {
    auto empty =
        std::make_shared<const MeterDictionary>(loadMeterDictionary({"/nonexistent", "/nonexistent/french", "", ""}));
    BOOST_TEST(!empty->unreadableFiles.empty());
    StrengthEstimate estimate = StrengthMeter({}, empty).evaluate("q7#Vm2!xR9@kLp4$Zt8w");
    BOOST_TEST(estimate.frenchListsMissing);
    BOOST_TEST(estimate.score == 4);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(finding_and_pricing_words)

BOOST_AUTO_TEST_CASE(words_are_found_through_leet_and_case_at_their_typed_place) {
    WordFinder finder(dictionary()->index, {});
    std::string typed = "xx$0L3iLyy";  // soleil, in disguise
    auto found = finder.find(typed);
    bool soleil = std::any_of(found.begin(), found.end(), [](const FoundWord& w) {
        return w.begin == 2 && w.end == 8 && w.source == WordSource::CommonPassword;
    });
    BOOST_TEST(soleil);
}

BOOST_AUTO_TEST_CASE(account_words_come_from_every_detail) {
    AccountContext context;
    context.emails = {"jean-pierre.dupont@mail.example.fr"};
    context.nicHandles = {"jd12345-ovh"};
    context.names = {"Hélène Martin-Dupré"};
    auto words = contextWords(context);
    for (const char* expected : {"helene", "martin", "dupre", "jean", "pierre", "dupont", "mail", "example",
                                 "jd12345-ovh", "jd12345", "12345", "ovhcloud", "ovh", "kimsufi", "soyoustart"}) {
        BOOST_TEST_CONTEXT(expected) { BOOST_TEST((std::find(words.begin(), words.end(), expected) != words.end())); }
    }
    BOOST_TEST((std::find(words.begin(), words.end(), "fr") == words.end()));  // a TLD says nothing
    BOOST_TEST(personalWords(context).size() + 4 == words.size());
}

BOOST_AUTO_TEST_CASE(capitals_and_substitutions_cost_like_in_zxcvbn) {
    BOOST_TEST(capitalisationBits("soleil") == 0.0);
    BOOST_TEST(capitalisationBits("Soleil") == 1.0);
    BOOST_TEST(capitalisationBits("SOLEIL") == 1.0);
    BOOST_TEST(capitalisationBits("sOlEiL") > 2.0);
    BOOST_TEST(substitutionBits("soleil") == 0.0);
    BOOST_TEST(substitutionBits("s0leil") >= 1.0);
}

BOOST_AUTO_TEST_SUITE_END()

// Regression: zxcvbn stopped at a NUL, so "\0Xk9#mQ2$vL7!" scored 0, and 14 bytes of invalid
// UTF-8 scored "Very strong". Undecodable bytes now count for nothing, never for strength.
BOOST_AUTO_TEST_CASE(nul_and_invalid_utf8_never_raise_the_score) {
    const std::string visible = "Xk9#mQ2$vL7!";
    const std::string withNul = std::string("\0", 1) + visible;
    BOOST_TEST(evaluate(withNul).score == evaluate(visible).score);
    BOOST_TEST(evaluate(withNul).entropyBits == evaluate(visible).entropyBits);
    const std::string garbage = "\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xe2\x82\x28\xf0\x28";
    BOOST_TEST(garbage.size() == 14u);
    BOOST_TEST(evaluate(garbage).score == 0);
    BOOST_TEST(evaluate("abc" + garbage).score <= evaluate("abc").score);
    BOOST_TEST(passwordInputProblem(withNul) != nullptr);
    BOOST_TEST(passwordInputProblem(garbage) != nullptr);
    BOOST_TEST(passwordInputProblem("Sécurité 🙂") == nullptr);
}

// The normalizer reads UTF-8 with the platform's one decoder: what it refuses (a stray lead byte,
// an overlong form, a surrogate) passes through byte by byte and is never taken for a letter.
BOOST_AUTO_TEST_CASE(normalizer_reads_utf8_like_the_rest_of_vigie) {
    BOOST_TEST(foldWord("\xc3\x89t\xc3\xa9") == "ete");  // Été
    BOOST_TEST(foldWord("\xc5\x92uvre") == "oeuvre");  // Œuvre
    BOOST_TEST(foldWord("x\xc3") == "x\xc3");  // a truncated é is not an "a"
    BOOST_TEST(foldWord("\xc1\x81") == "\xc1\x81");  // overlong 'A': two stray bytes, not a letter
    BOOST_TEST(foldWord("\xed\xa0\x80") == "\xed\xa0\x80");  // a surrogate
    BOOST_TEST(countCharacters("\xc3\xa9t\xc3\xa9") == 3u);
    BOOST_TEST(countCharacters("\xc1\x81") == 2u);
    BOOST_TEST(countCharacters("\xed\xa0\x80") == 3u);
    BOOST_TEST(byteLengthOfCharacters("\xc3\xa9t\xc3\xa9", 2) == 3u);
    NormalizedText normalized;
    normalizePassword("S\xc3\xb4l3il\xc3", LeetOne::AsI, normalized);
    BOOST_TEST(normalized.text.view() == "soleil\xc3");
    BOOST_TEST(normalized.sourceBegin.back() == 7u);
    BOOST_TEST(normalized.sourceEnd.back() == 8u);
}
