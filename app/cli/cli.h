// The command line and the terminal mode, on the same core as the desktop window: a script can
// do everything a person does in the wizards (status, mark, export, profiles, passwords).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace vigie::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,  // the command could not do its job (e.g. a file cannot be written)
    kExitUsage = 2,  // the command line is wrong; usage is printed on the error stream
};

// `args` are the program's arguments without the program name (argv + 1). True for any command,
// --help, --version, --text or unknown option; false for none at all, or only "--lang CODE"
// (the desktop window honours that one).
bool wantsCommandLine(const std::vector<std::string>& args);

// Runs a command and returns its exit code. Messages are in the system language unless --lang.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

// The wizards in the terminal, step by step. `args` may hold --lang CODE, --profile NAME and
// --wizard ID. The state is saved after every change, on "q" and at the end of the input.
int runTextMode(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);
// The same, when `out` is already a filtered view of a terminal: `terminalOut` is that terminal
// (for the progress line while the account is read), or nullptr.
int runTextMode(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
                std::ostream* terminalOut);

}  // namespace vigie::cli
