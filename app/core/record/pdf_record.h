// The record as a PDF, drawn with cairo and Pango: fonts embedded, A4 (Letter in the United
// States), header and "Page N of M" footer, an outline entry per wizard and step, clickable
// links, and title, author and creation date in the document information.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "record/record_model.h"

namespace vigie {

// The PDF bytes, or nullopt when `progress` (0..1, may be empty) returned false to cancel.
std::optional<std::string> renderPdfRecord(const RecordModel& model, const std::function<bool(double)>& progress = {});

}  // namespace vigie
