#include "password/word_finder.h"

#include <algorithm>

#include "password/text_normalizer.h"
#include "password/word_lists.h"

namespace vigie::password {
namespace {

std::string leetForm(const std::string& word, LeetOne one) {
    NormalizedText normalized;
    normalizePassword(word, one, normalized);
    return std::string(normalized.text.view());
}

FoundWord located(const NormalizedText& text, std::size_t begin, std::size_t length) {
    return {text.sourceBegin[begin], text.sourceEnd[begin + length - 1], 0, false, WordSource::Dictionary};
}

void findDictionaryWords(const WordIndex& index, const NormalizedText& text, std::vector<FoundWord>& out) {
    std::string_view folded = text.text.view();
    for (std::size_t start = 0; start < folded.size(); ++start) {
        if (folded[start] < 'a' || folded[start] > 'z') continue;
        index.forEachWordStartingAt(folded.substr(start, kMaxWordLength), [&](const WordHit& hit) {
            FoundWord word = located(text, start, hit.length);
            word.rank = hit.rank;
            word.source = hit.source;
            out.push_back(word);
        });
    }
}

void findContextWord(const std::string& word, std::uint32_t rank, const NormalizedText& text,
                     std::vector<FoundWord>& out) {
    std::string_view folded = text.text.view();
    for (std::size_t at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
        FoundWord found = located(text, at, word.size());
        found.rank = rank;
        found.fromContext = true;
        out.push_back(found);
    }
}

// One entry per span: the context reading wins, then the lowest rank.
void keepBestPerSpan(std::vector<FoundWord>& words) {
    std::sort(words.begin(), words.end(), [](const FoundWord& a, const FoundWord& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        if (a.end != b.end) return a.end < b.end;
        if (a.fromContext != b.fromContext) return a.fromContext;
        return a.rank < b.rank;
    });
    auto sameSpan = [](const FoundWord& a, const FoundWord& b) { return a.begin == b.begin && a.end == b.end; };
    words.erase(std::unique(words.begin(), words.end(), sameSpan), words.end());
}

}  // namespace

WordFinder::WordFinder(const WordIndex& index, const std::vector<std::string>& contextWords) : index_(index) {
    for (const auto& word : contextWords)
        context_.push_back({leetForm(word, LeetOne::AsI), leetForm(word, LeetOne::AsL)});
}

std::vector<FoundWord> WordFinder::find(std::string_view password) const {
    std::vector<FoundWord> found;
    found.reserve(32);
    NormalizedText text;
    for (LeetOne one : {LeetOne::AsI, LeetOne::AsL}) {
        if (one == LeetOne::AsL && !hasLeetOne(password)) break;  // the same reading again
        normalizePassword(password, one, text);
        findDictionaryWords(index_, text, found);
        for (std::size_t i = 0; i < context_.size(); ++i) {
            const std::string& form = one == LeetOne::AsI ? context_[i].asI : context_[i].asL;
            findContextWord(form, static_cast<std::uint32_t>(i + 1), text, found);
        }
    }
    keepBestPerSpan(found);
    return found;
}

}  // namespace vigie::password
