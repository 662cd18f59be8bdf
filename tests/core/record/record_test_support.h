// Shared by the record tests: the fixture wizards, a profile with every kind of state, the
// French catalog built for the fixtures, and running the poppler/tidy tools the tests read with.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

#include "definitions/definitions_loader.h"
#include "review/review.h"

namespace vigie::test {

inline std::string fixtureWizardsDir() { return std::string(VIGIE_TEST_FIXTURES) + "/wizards"; }

// Every Translator made after this reads the catalog built from the fixtures' po files.
inline void useFixtureCatalog() { ::setenv("VIGIE_LOCALE_DIR", VIGIE_RECORD_TEST_LOCALE_DIR, 1); }

inline Catalog fixtureCatalog() {
    Catalog catalog = loadCatalog(fixtureWizardsDir());
    if (!catalog.definitions.errors.empty())
        throw std::runtime_error("fixture wizards: " + catalog.definitions.errors.front().describe());
    return catalog;
}

inline TimePoint at(const char* iso) { return *parseIso8601(iso); }

inline ItemState state(ItemStatus status, std::string note = {}, std::string value = {}) {
    ItemState s;
    s.status = status;
    s.note = std::move(note);
    s.value = std::move(value);
    s.changed = at("2026-03-14T09:26:00Z");
    return s;
}

// Every status, a note with markup and an emoji, a choice, a date, a note item, list rows, a completed pass.
inline Profile sampleProfile() {
    Profile p;
    p.id = "p1";
    p.label = "Dupont & fils <main>";
    p.nic = "ab12345-ovh";
    p.reviewPeriodMonths = 3;
    p.items["alpha.password.length"] = state(ItemStatus::Done, "Checked with the \"team\" & the bank 🙂");
    p.items["alpha.password.manager"] = state(ItemStatus::Attention, "<script>alert('x')</script>");
    p.items["alpha.twofa.method"] = state(ItemStatus::Done, {}, "app");
    p.items["alpha.twofa.codes"] = state(ItemStatus::NotApplicable, {}, "2026-02-01");
    p.items["beta.list.cancel"] = state(ItemStatus::Done, {}, "Cancel the old VPS at term.");
    p.items["beta.list.services"] = state(ItemStatus::Done);
    p.items["beta.list.services"].entries = {{"Old VPS <b> & co", "expiry", "2026-12-31"}, {"example.com", "", ""}};
    p.passes.emplace_back("alpha", at("2026-01-10T12:00:00Z"));
    return p;
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void writeFile(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

struct CommandResult {
    int exitCode = -1;
    std::string output;  // stdout and stderr together
};

inline CommandResult runCommand(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) result.output.append(buffer, n);
    int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline std::size_t countOf(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
        ++count;
    return count;
}

}  // namespace vigie::test
