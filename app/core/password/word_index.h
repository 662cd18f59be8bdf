// A read-only trie of folded words (a-z), built once from the word lists, that answers "which
// words start here?" while walking a password once: the finder calls it at each position, so
// finding every dictionary word inside a 64-character password costs a few hundred node visits
// instead of thousands of hash look-ups. Children are stored contiguously (breadth-first layout)
// so each step touches one small block of memory.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::password {

// Where a word comes from; decides both its guessing rank and the advice given about it.
enum class WordSource : std::uint8_t {
    Dictionary,  // the general French dictionary (wfrench)
    CommonPassword,  // passwords-fr.txt [common]: motdepasse, soleil, jetaime...
    Keyboard,  // passwords-fr.txt [keyboard]: azerty rows
    Name,  // passwords-fr.txt [names]: first names
    Place,  // passwords-fr.txt [places]: towns, regions
    Club,  // passwords-fr.txt [clubs]: football clubs, teams
};

struct WordEntry {
    std::string word;  // folded (see foldWord)
    std::uint32_t rank;  // 1 = first guess an attacker tries in its list
    WordSource source;
};

struct WordHit {
    std::size_t length;  // bytes of folded text
    std::uint32_t rank;
    WordSource source;
};

class WordIndex {
public:
    WordIndex() = default;
    // Duplicates keep their lowest rank. Entries need not be sorted.
    static WordIndex build(std::vector<WordEntry> entries);

    // Calls visit(WordHit) for every word that is a prefix of `text`, shortest first.
    template <class Visit>
    void forEachWordStartingAt(std::string_view text, Visit&& visit) const;

    std::size_t wordCount() const { return wordCount_; }
    std::size_t nodeCount() const { return nodes_.size(); }
    bool empty() const { return wordCount_ == 0; }

private:
    struct Node {
        std::uint32_t firstChild = 0;
        std::uint32_t rank = 0;  // 0: no word ends here
        std::uint8_t childCount = 0;
        char label = 0;
        WordSource source = WordSource::Dictionary;
    };
    const Node* child(const Node& node, char c) const {
        const Node* first = nodes_.data() + node.firstChild;
        for (std::uint8_t i = 0; i < node.childCount; ++i) {
            if (first[i].label == c) return first + i;
            // Children are sorted as unsigned bytes, like std::string's ordering.
            if (static_cast<unsigned char>(first[i].label) > static_cast<unsigned char>(c)) break;
        }
        return nullptr;
    }

    std::vector<Node> nodes_;
    std::size_t wordCount_ = 0;
};

template <class Visit>
void WordIndex::forEachWordStartingAt(std::string_view text, Visit&& visit) const {
    if (nodes_.empty()) return;
    const Node* node = nodes_.data();
    for (std::size_t i = 0; i < text.size(); ++i) {
        node = child(*node, text[i]);
        if (!node) return;
        if (node->rank) visit(WordHit{i + 1, node->rank, node->source});
    }
}

}  // namespace vigie::password
