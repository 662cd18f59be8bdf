// Shared by the command-line tests: a private XDG_DATA_HOME per test, the fixture wizards and
// their French catalog, and running vigie::cli::run in-process with captured streams.
#pragma once

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "review/review_store.h"
#include "temp_dir.h"

namespace vigie::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

class CliEnvironment {
public:
    CliEnvironment() {
        ::setenv("XDG_DATA_HOME", home_.path().c_str(), 1);
        ::setenv("VIGIE_WIZARDS_DIR", VIGIE_RECORD_FIXTURES "/wizards", 1);
        ::setenv("VIGIE_LOCALE_DIR", VIGIE_RECORD_TEST_LOCALE_DIR, 1);
        ::setenv("LANG", "C.UTF-8", 1);
        ::unsetenv("LC_ALL");
        ::unsetenv("LC_MESSAGES");
    }

    CliResult run(const std::vector<std::string>& args, const std::string& input = {}) const {
        std::istringstream in(input);
        std::ostringstream out, err;
        CliResult result;
        result.exitCode = cli::run(args, in, out, err);
        result.out = out.str();
        result.err = err.str();
        return result;
    }

    ReviewState state() const { return ReviewStore(ReviewStore::defaultPath()).load().state; }
    const std::string& home() const { return home_.path(); }

private:
    TempDir home_;
};

inline bool contains(const std::string& text, const std::string& needle) {
    return text.find(needle) != std::string::npos;
}

}  // namespace vigie::test
