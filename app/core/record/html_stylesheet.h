// The record's inline stylesheet: screen and print. Kept apart from the DOM code because it is
// design, not structure.
#pragma once

#include <string>

#include "record/record_model.h"

namespace vigie {

// Never contains '<', '>' or '&': the stylesheet goes through pugixml's text escaping, and an
// escaped character inside <style> would not mean the same thing to a browser.
std::string htmlStylesheet(PaperSize paper);

}  // namespace vigie
