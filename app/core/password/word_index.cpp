#include "password/word_index.h"

#include <algorithm>
#include <deque>

namespace vigie::password {
namespace {

// Sorted, one entry per word, each with its lowest rank.
void sortAndMerge(std::vector<WordEntry>& entries) {
    std::sort(entries.begin(), entries.end(), [](const WordEntry& a, const WordEntry& b) {
        return a.word != b.word ? a.word < b.word : a.rank < b.rank;
    });
    auto sameWord = [](const WordEntry& a, const WordEntry& b) { return a.word == b.word; };
    entries.erase(std::unique(entries.begin(), entries.end(), sameWord), entries.end());
}

// Words [begin, end) share their first `depth` bytes; a pending node of the trie.
struct Pending {
    std::size_t begin;
    std::size_t end;
    std::size_t depth;
    std::uint32_t node;
};

}  // namespace

// Breadth-first over the sorted words: the children of each node are the distinct bytes at
// position `depth` of its range, appended together so they sit side by side in memory.
WordIndex WordIndex::build(std::vector<WordEntry> entries) {
    sortAndMerge(entries);
    WordIndex index;
    index.wordCount_ = entries.size();
    index.nodes_.emplace_back();
    std::deque<Pending> queue{{0, entries.size(), 0, 0}};
    while (!queue.empty()) {
        Pending p = queue.front();
        queue.pop_front();
        if (p.begin < p.end && entries[p.begin].word.size() == p.depth) {
            index.nodes_[p.node].rank = entries[p.begin].rank;
            index.nodes_[p.node].source = entries[p.begin].source;
            ++p.begin;
        }
        index.nodes_[p.node].firstChild = static_cast<std::uint32_t>(index.nodes_.size());
        std::uint8_t children = 0;
        for (std::size_t i = p.begin; i < p.end;) {
            char label = entries[i].word[p.depth];
            std::size_t j = i;
            while (j < p.end && entries[j].word[p.depth] == label) ++j;
            Node child;
            child.label = label;
            index.nodes_.push_back(child);
            queue.push_back({i, j, p.depth + 1, static_cast<std::uint32_t>(index.nodes_.size() - 1)});
            ++children;
            i = j;
        }
        index.nodes_[p.node].childCount = children;
    }
    return index;
}

}  // namespace vigie::password
