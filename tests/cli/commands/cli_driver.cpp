// The command line without the desktop window, for the terminal tests: what main.cpp does when
// it chooses the command line.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return vigie::cli::run(args, std::cin, std::cout, std::cerr);
}
