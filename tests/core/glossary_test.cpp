// The French catalog speaks with one voice: locales/glossary-fr.tsv names one French term per
// concept (as OVHcloud writes it) and the variants it replaces; every entry of locales/fr.po
// that names a concept must use an accepted form, and none may use a rejected one.
#define BOOST_TEST_MODULE glossary
#include <boost/test/unit_test.hpp>

#include <cctype>
#include <fstream>
#include <sstream>

namespace {

struct Entry {
    std::string msgid;
    std::string msgstr;  // plural forms joined with "\n"
};

std::string unquote(const std::string& line) {
    std::string out;
    std::size_t start = line.find('"'), end = line.rfind('"');
    for (std::size_t i = start + 1; i < end; ++i) {
        if (line[i] == '\\' && i + 1 < end) {
            char next = line[++i];
            out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
        } else {
            out += line[i];
        }
    }
    return out;
}

// The live entries of a .po file (obsolete "#~" ones are skipped), enough for this check.
std::vector<Entry> readCatalog(const std::string& path) {
    std::ifstream in(path);
    std::vector<Entry> entries;
    std::string* into = nullptr;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("msgid ", 0) == 0) {
            entries.push_back({});
            into = &entries.back().msgid;
        } else if (line.rfind("msgstr", 0) == 0 && !entries.empty()) {
            into = &entries.back().msgstr;
            if (!into->empty()) *into += "\n";
        } else if (line.rfind("msgid_plural ", 0) == 0 || line.empty() || line[0] != '"') {
            into = nullptr;  // a plural's English, a comment, a blank line: not a msgid or msgstr line
            continue;
        }
        if (into) *into += unquote(line);
    }
    if (!entries.empty() && entries.front().msgid.empty()) entries.erase(entries.begin());  // the header
    return entries;
}

// Lower case (ASCII and the capitals French starts a sentence with), plain apostrophes and spaces.
std::string folded(const std::string& text) {
    std::string out;
    for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::pair<std::string, std::string> swaps[] = {{"\u2019", "'"}, {"\u00A0", " "}, {"\u202F", " "}};
    for (const auto& [from, to] : swaps)
        for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at))
            out.replace(at, from.size(), to);
    return out;
}

bool isWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) || c == '-'; }

// `term` in `text` as whole words (both already folded).
bool hasWords(const std::string& text, const std::string& term) {
    for (std::size_t at = text.find(term); at != std::string::npos; at = text.find(term, at + 1)) {
        bool startsWord = at == 0 || (!isWordByte(text[at - 1]) && text[at - 1] != '<');  // not an XML tag
        std::size_t end = at + term.size();
        bool endsWord = end >= text.size() || !isWordByte(text[end]) || text[end] == 's';
        if (startsWord && endsWord) return true;
    }
    return false;
}

std::vector<std::string> alternatives(const std::string& field) {
    std::vector<std::string> out;
    std::istringstream in(field);
    for (std::string part; std::getline(in, part, '|');) {
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        if (!part.empty()) out.push_back(folded(part));
    }
    return out;
}

struct Concept {
    std::string english;
    std::vector<std::string> accepted, rejected;
};

std::vector<Concept> readGlossary(const std::string& path) {
    std::ifstream in(path);
    std::vector<Concept> concepts;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string english, accepted, rejected;
        std::getline(fields, english, '\t');
        std::getline(fields, accepted, '\t');
        std::getline(fields, rejected, '\t');
        concepts.push_back({folded(english), alternatives(accepted), alternatives(rejected)});
    }
    return concepts;
}

// Problems of one catalog entry against the glossary.
std::vector<std::string> problemsOf(const Entry& entry, const std::vector<Concept>& glossary) {
    std::vector<std::string> problems;
    const std::string id = folded(entry.msgid), str = folded(entry.msgstr);
    for (const Concept& concept : glossary) {
        for (const std::string& variant : concept.rejected)
            if (hasWords(str, variant))
                problems.push_back("uses \"" + variant + "\" for \"" + concept.english + "\": " + entry.msgstr);
        if (!hasWords(id, concept.english)) continue;
        bool used = false;
        for (const std::string& form : concept.accepted) used = used || str.find(form) != std::string::npos;
        if (!used)
            problems.push_back("\"" + entry.msgid + "\" names \"" + concept.english +
                               "\" but its French uses none of: " + concept.accepted.front() + "...");
    }
    return problems;
}

const std::string kGlossary = VIGIE_SOURCE_DIR "/locales/glossary-fr.tsv";

}  // namespace

BOOST_AUTO_TEST_CASE(the_french_catalog_follows_the_glossary) {
    std::vector<Concept> glossary = readGlossary(kGlossary);
    BOOST_TEST_REQUIRE(glossary.size() >= 20u);
    std::vector<Entry> catalog = readCatalog(VIGIE_SOURCE_DIR "/locales/fr.po");
    BOOST_TEST_REQUIRE(catalog.size() > 500u);
    for (const Entry& entry : catalog)
        for (const std::string& problem : problemsOf(entry, glossary)) BOOST_ERROR(problem);
}

BOOST_AUTO_TEST_CASE(a_rejected_variant_or_a_missing_term_is_reported) {
    std::vector<Concept> glossary = readGlossary(kGlossary);
    BOOST_TEST(problemsOf({"Recognise phishing", "Reconnaître l\u2019hameçonnage"}, glossary).size() == 2u);
    BOOST_TEST(problemsOf({"Next review: {}", "Prochaine revue\u00A0: {}"}, glossary).size() == 2u);
    BOOST_TEST(problemsOf({"Recognise phishing", "Reconnaître le phishing"}, glossary).empty());
    BOOST_TEST(problemsOf({"Your NIC handle", "Votre identifiant NIC"}, glossary).size() == 2u);
    BOOST_TEST(problemsOf({"Reviewer", "Relecteur"}, glossary).empty(), "a longer word is another word");
}
