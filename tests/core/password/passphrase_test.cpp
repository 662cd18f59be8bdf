#define BOOST_TEST_MODULE passphrases
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <set>
#include <sstream>

#include "password/passphrase.h"
#include "password/word_lists.h"

using namespace vigie;
using namespace vigie::password;

namespace {

// Bytes handed out in order, to drive the sampler exactly.
RandomBytes scripted(std::deque<std::uint32_t> draws, int* calls = nullptr) {
    auto queue = std::make_shared<std::deque<std::uint32_t>>(std::move(draws));
    return [queue, calls](unsigned char* out, std::size_t size) {
        if (queue->empty() || size != 4) return false;
        std::uint32_t v = queue->front();
        queue->pop_front();
        out[0] = static_cast<unsigned char>(v >> 24);
        out[1] = static_cast<unsigned char>(v >> 16);
        out[2] = static_cast<unsigned char>(v >> 8);
        out[3] = static_cast<unsigned char>(v);
        if (calls) ++*calls;
        return true;
    };
}

// A fixed pseudo-random sequence (splitmix64), so statistics are the same on every run.
RandomBytes deterministic() {
    auto state = std::make_shared<std::uint64_t>(0x9E3779B97F4A7C15ull);
    return [state](unsigned char* out, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i) {
            std::uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            out[i] = static_cast<unsigned char>(z ^ (z >> 31));
        }
        return true;
    };
}

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::stringstream in{std::string(text)};
    for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
    return parts;
}

struct SmallLists {
    SmallLists() {
        saved = wordListPaths();
        std::string small = std::string(VIGIE_TEST_FIXTURES) + "/words-small.txt";
        setWordListPaths({saved.localesDir, saved.frenchDictionary, small, small});
    }
    ~SmallLists() { setWordListPaths(saved); }
    WordListPaths saved;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(sampling)

BOOST_AUTO_TEST_CASE(rejection_threshold_is_the_largest_multiple_of_the_range) {
    BOOST_TEST(rejectionLimit(1) == 4294967296ull);
    BOOST_TEST(rejectionLimit(3) == 4294967295ull);  // 2^32 mod 3 = 1
    BOOST_TEST(rejectionLimit(6) == 4294967292ull);  // 2^32 mod 6 = 4
    BOOST_TEST(rejectionLimit(1u << 31) == 4294967296ull);
    BOOST_TEST(rejectionLimit(3000000000u) == 3000000000ull);
}

BOOST_AUTO_TEST_CASE(draws_past_the_threshold_are_redrawn) {
    int calls = 0;
    auto index = uniformIndex(3, scripted({0xFFFFFFFFu, 5u}, &calls));  // 0xFFFFFFFF is past 3 * (2^32 / 3)
    BOOST_REQUIRE(index.has_value());
    BOOST_TEST(*index == 2u);
    BOOST_TEST(calls == 2);
}

BOOST_AUTO_TEST_CASE(draws_below_the_threshold_are_kept) {
    BOOST_TEST(*uniformIndex(3, scripted({0xFFFFFFFEu})) == 0xFFFFFFFEu % 3);
}

// With range 3 * 2^30, plain modulo would return values below 2^30 half of the time (they are
// hit by two residues); unbiased sampling returns them a third of the time.
BOOST_AUTO_TEST_CASE(no_modulo_bias_on_a_range_where_it_would_show) {
    const std::uint32_t range = 3u << 30;
    RandomBytes random = deterministic();
    int low = 0;
    const int draws = 30000;
    for (int i = 0; i < draws; ++i) low += *uniformIndex(range, random) < (1u << 30);
    BOOST_TEST(std::abs(low / double(draws) - 1.0 / 3) < 0.02);
}

BOOST_AUTO_TEST_CASE(failing_generator_gives_nothing) { BOOST_TEST(!uniformIndex(10, scripted({})).has_value()); }

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(lists)

BOOST_AUTO_TEST_CASE(filter_keeps_plain_four_to_eight_letter_words_once) {
    auto words = filterPassphraseWords("apple\nApple\nfig\nécole\ngrape\ngrape\nelderberry\nlemon\r\nkiwi\n");
    BOOST_TEST(words == (std::vector<std::string>{"apple", "grape", "kiwi", "lemon"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(real_french_list_holds_4096_plain_words) {
    SmallLists restore;  // restores the configured paths afterwards
    setWordListPaths(defaultWordListPaths());
    auto french = passphraseWords(Language::French);
    BOOST_TEST(french->size() == 4096u);
    BOOST_TEST(std::is_sorted(french->begin(), french->end()));
    BOOST_TEST((std::adjacent_find(french->begin(), french->end()) == french->end()));
}

BOOST_AUTO_TEST_CASE(real_english_list_holds_4096_plain_words) {
    SmallLists restore;
    setWordListPaths(defaultWordListPaths());
    BOOST_TEST(passphraseWords(Language::English)->size() == 4096u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(generation)

BOOST_AUTO_TEST_CASE(count_separator_and_entropy) {
    SmallLists lists;  // apple banana cherry damson grape hazel kiwi lemon mango: 9 words
    Passphrase phrase = generatePassphrase({Language::English, 5, "-"}, deterministic());
    BOOST_REQUIRE(phrase.ok());
    auto words = split(phrase.text.view(), '-');
    BOOST_TEST(words.size() == 5u);
    auto list = passphraseWords(Language::English);
    for (const auto& word : words) BOOST_TEST(std::binary_search(list->begin(), list->end(), word));
    BOOST_TEST(phrase.listSize == 9u);
    BOOST_TEST(phrase.entropyBits == 5 * std::log2(9.0), boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(chosen_words_follow_the_draws) {
    SmallLists lists;
    Passphrase phrase = generatePassphrase({Language::English, 3, " "}, scripted({0, 8, 4}));
    BOOST_TEST(phrase.text.view() == "apple mango grape");
}

BOOST_AUTO_TEST_CASE(capitals_and_a_digit_meet_the_rules_and_only_the_digit_counts) {
    SmallLists lists;
    PassphraseOptions options = recommendedPassphraseOptions(Language::English);
    options.wordCount = 3;
    Passphrase phrase = generatePassphrase(options, scripted({0, 8, 4, 7}));
    BOOST_REQUIRE(phrase.ok());
    BOOST_TEST(phrase.text.view() == "Apple-Mango-Grape-7");
    BOOST_TEST(phrase.withDigit);
    BOOST_TEST(phrase.wordCount == 3);
    BOOST_TEST(phrase.entropyBits == 3 * std::log2(9.0) + std::log2(10.0), boost::test_tools::tolerance(1e-9));
    BOOST_TEST(describePassphrase(phrase, Translator(Language::English)) ==
               "About 13 bits: 3 words drawn at random from a list of 9, and a digit.");
    options.capitals = options.digit = false;
    Passphrase plain = generatePassphrase(options, scripted({0, 8, 4}));
    BOOST_TEST(plain.text.view() == "apple-mango-grape");
    BOOST_TEST(describePassphrase(plain, Translator(Language::English)) ==
               "About 10 bits: 3 words drawn at random from a list of 9.");
}

BOOST_AUTO_TEST_CASE(the_recommended_options_and_separators) {
    PassphraseOptions options = recommendedPassphraseOptions(Language::French);
    BOOST_TEST((options.language == Language::French));
    BOOST_TEST(options.wordCount == kDefaultPassphraseWords);
    BOOST_TEST(options.capitals);
    BOOST_TEST(options.digit);
    BOOST_TEST(passphraseSeparators().size() == 4u);
    BOOST_TEST(std::string(passphraseSeparators().front().text) == "-");
}

BOOST_AUTO_TEST_CASE(count_out_of_range_is_refused) {
    SmallLists lists;
    BOOST_TEST(!generatePassphrase({Language::English, 2, "-"}, deterministic()).ok());
    BOOST_TEST(!generatePassphrase({Language::English, 13, "-"}, deterministic()).ok());
}

BOOST_AUTO_TEST_CASE(generator_failure_is_reported_without_a_partial_phrase) {
    SmallLists lists;
    Passphrase phrase = generatePassphrase({Language::English, 4, "-"}, scripted({1, 2}));
    BOOST_TEST(!phrase.ok());
    BOOST_TEST(phrase.text.empty());
}

BOOST_AUTO_TEST_CASE(missing_list_names_the_file) {
    SmallLists lists;
    setWordListPaths({"", "/nonexistent/dictionary", "/nonexistent/french", "/nonexistent/english"});
    Passphrase phrase = generatePassphrase({Language::French, 5, "-"}, deterministic());
    BOOST_TEST(!phrase.ok());
    BOOST_TEST(std::string(phrase.error).find("passphrase-fr.txt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(real_lists_give_the_announced_entropy) {
    SmallLists restore;
    setWordListPaths(defaultWordListPaths());
    Passphrase phrase = generatePassphrase({Language::French, 6, "."});
    BOOST_REQUIRE(phrase.ok());
    BOOST_TEST(split(phrase.text.view(), '.').size() == 6u);
    BOOST_TEST(phrase.entropyBits == 6 * 12.0, boost::test_tools::tolerance(1e-9));  // 4,096 words: 12 bits each
}

BOOST_AUTO_TEST_SUITE_END()
