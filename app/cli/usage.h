// What `vigie --help` prints, and the short reminder printed with a usage error.
#pragma once

#include <iosfwd>
#include <string>

#include "i18n/translator.h"

namespace vigie::cli {

std::string helpText(const Translator& tr);
// The synopsis of one command ("status", "mark", "export", "profile"), or of all when empty.
std::string synopsis(const std::string& command, const Translator& tr);

// "vigie: MESSAGE", the synopsis and a pointer to --help, on `err`; returns kExitUsage.
int usageError(std::ostream& err, const std::string& message, const std::string& command, const Translator& tr);
// "vigie: MESSAGE" on `err`; returns kExitFailure.
int failure(std::ostream& err, const std::string& message);

}  // namespace vigie::cli
