// The record as one self-contained HTML file: inline CSS, no script, no external resource, only
// <a> links to OVHcloud pages. Built as a pugixml DOM and serialised once, so every value (notes
// included) is escaped by construction.
#pragma once

#include <string>

#include "record/record_model.h"

namespace vigie {

std::string renderHtmlRecord(const RecordModel& model);

}  // namespace vigie
