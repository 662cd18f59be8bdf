// File > Export record…: which wizards, filled record or blank checklist, with or without notes,
// PDF or HTML, in which language, and where to save it. The export runs in the background with a
// progress bar and a Cancel button; a failure is explained and the dialog stays open to try again.
#pragma once

#include <functional>
#include <string>

class wxWindow;

namespace vigie::gui {

class ReviewSession;

// Shows the modal Export dialog for the session's current profile; returns once it is closed.
void showExportDialog(wxWindow* parent, ReviewSession& session);

// What happens once a record is written, after the dialog has closed. The default offers to open
// the file or its folder. Tests install their own; an empty function restores the default.
using ExportWrittenHandler = std::function<void(wxWindow* parent, const std::string& path)>;
void setExportWrittenHandler(ExportWrittenHandler handler);

}  // namespace vigie::gui
