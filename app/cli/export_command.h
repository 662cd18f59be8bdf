// `vigie export`: the review record (or the blank checklist) as a PDF or HTML file.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_context.h"

namespace vigie::cli {

int runExportCommand(const std::vector<std::string>& args, Context& context);

}  // namespace vigie::cli
