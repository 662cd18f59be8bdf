// `vigie password`: rates one password read from standard input (never from the command line,
// where other users and the shell history would see it).
//
//   vigie password [--email ADDRESS]... [--nic HANDLE]... [--name NAME]... [--lang fr|en] [--json]
//
// Exit status: 0 when the score is at least 3 (strong), 1 below, 2 on bad usage (usage on stderr).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace vigie {

// `args`: what follows `vigie password`. When standard input is a terminal, the caller should
// turn echo off before calling, so the typed password does not appear on screen.
int runPasswordCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace vigie
