// One strength model: the meter's estimate of a generated passphrase stays within 1.15 times the
// generator's stated bits plus 6, for both languages, every separator, with and without the
// capitals and the digit OVHcloud's rules ask for; and a phrase a person makes up from common
// words is no longer rated above the classic English one.
#define BOOST_TEST_MODULE strength agreement
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <fstream>
#include <set>
#include <string>

#include "password/passphrase.h"
#include "password/secure_random.h"
#include "password/strength_meter.h"
#include "password/word_lists.h"

using namespace vigie;
using namespace vigie::password;

namespace {

constexpr int kPhrasesPerCase = 60;

const StrengthMeter& meter() {
    static const StrengthMeter instance;
    return instance;
}

// What the generator offers as "capital letters and a digit": every word capitalised, then the
// separator and one random digit (log2(10) more bits).
std::string withCapitalsAndDigit(std::string phrase, const std::string& separator) {
    bool wordStart = true;
    for (char& c : phrase) {
        const bool letter = c >= 'a' && c <= 'z';
        if (letter && wordStart) c = static_cast<char>(c - 'a' + 'A');
        wordStart = !letter;
    }
    return phrase + separator + std::to_string(*uniformIndex(10, systemRandomBytes()));
}

}  // namespace

BOOST_AUTO_TEST_CASE(meter_stays_within_the_generators_figure) {
    double worstExcess = -1e9, lowestRatio = 1e9, highestRatio = 0;
    for (Language language : {Language::French, Language::English}) {
        for (const char* separator : {"-", " ", ".", "_"}) {
            for (bool rules : {false, true}) {
                for (int words : {4, 5, 6}) {
                    for (int i = 0; i < kPhrasesPerCase; ++i) {
                        Passphrase made = generatePassphrase({language, words, separator});
                        BOOST_REQUIRE(made.ok());
                        std::string text(made.text.view());
                        double stated = made.entropyBits;
                        if (rules) {
                            text = withCapitalsAndDigit(text, separator);
                            stated += std::log2(10.0);
                        }
                        const double measured = meter().evaluate(text).entropyBits;
                        worstExcess = std::max(worstExcess, measured - (1.15 * stated + 6));
                        lowestRatio = std::min(lowestRatio, measured / stated);
                        highestRatio = std::max(highestRatio, measured / stated);
                        BOOST_TEST_CONTEXT(text << ": stated " << stated << ", measured " << measured) {
                            BOOST_TEST(measured <= 1.15 * stated + 6);
                        }
                    }
                }
            }
        }
    }
    BOOST_TEST_MESSAGE("measured / stated from " << lowestRatio << " to " << highestRatio
                                                 << "; largest excess over 1.15 x stated + 6: " << worstExcess
                                                 << " bits");
}

BOOST_AUTO_TEST_CASE(made_up_french_phrase_is_not_rated_above_correct_horse_battery_staple) {
    const StrengthEstimate french = meter().evaluate("tortue bleue mange des crêpes");
    const StrengthEstimate english = meter().evaluate("correct horse battery staple");
    BOOST_TEST(french.score <= english.score);
    BOOST_TEST(french.entropyBits < 60.0);  // was 106: each separator and each word priced apart
}

BOOST_AUTO_TEST_CASE(common_french_words_cost_less_than_rare_ones) {
    // "maison" is among the 400 most frequent French words, "brouette" is not.
    BOOST_TEST(meter().evaluate("maison").entropyBits < meter().evaluate("brouette").entropyBits);
}

// The generator's words are common ones: every word of each list is among the first 11,000 of its
// language's frequency list (make-passphrase-lists stops at rank 10,401 in French, 6,036 in
// English), and none is a conjugated form of the kind the former lists were full of.
BOOST_AUTO_TEST_CASE(passphrase_words_are_common_words) {
    const std::string locales = VIGIE_SOURCE_DIR "/locales/";
    for (const auto& [language, ranked] :
         {std::pair{Language::French, "words-fr.txt"}, std::pair{Language::English, "words-en.txt"}}) {
        std::ifstream in(locales + ranked);
        std::set<std::string> frequent;
        std::string line;
        for (int rank = 0; rank < 11000 && std::getline(in, line); ++rank) frequent.insert(line);
        auto words = passphraseWords(language);
        BOOST_TEST_REQUIRE(words->size() == 4096u);
        for (const std::string& word : *words) BOOST_TEST(frequent.count(word) == 1u, word << " is not common");
    }
    auto french = passphraseWords(Language::French);
    for (const char* conjugated : {"chantez", "vaincras", "goderiez", "mangeons", "parlaient"})
        BOOST_TEST(!std::binary_search(french->begin(), french->end(), conjugated), conjugated);
}

// The window asks before it evaluates, so that typing never waits for the lists to load.
BOOST_AUTO_TEST_CASE(word_lists_say_when_they_are_ready) {
    setWordListPaths(wordListPaths());  // drops what was loaded
    BOOST_TEST(!wordListsReady());
    preloadWordLists();
    BOOST_TEST(wordListsReady());
}
