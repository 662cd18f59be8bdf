// Exporting a review record to a file: the one entry point the desktop Export dialog and the
// command line share. Safe to call from a background thread (it owns its Translator and its
// Pango context); the caller hands the outcome back to the UI thread.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "definitions/definitions_loader.h"
#include "i18n/translator.h"
#include "review/review.h"

namespace vigie {

struct ExportOptions {
    enum class Format { Pdf, Html };

    Format format = Format::Pdf;
    Language language = Language::English;  // the record's, independent of the UI's
    std::vector<std::string> wizardIds;  // empty: every wizard
    bool includeNotes = true;
    bool blank = false;  // the paper checklist, without any state
    // Every explanation, tip and warning of each step, not only its paths, links and items.
    bool withGuidance = false;
};

// "pdf" / "html"; nullopt otherwise. Also used to guess a format from a file name's extension.
std::optional<ExportOptions::Format> parseExportFormat(const std::string& text);

// Builds the record and writes it atomically to `path`. `progress` (may be empty) is called with
// 0..1 and returns false to cancel; a cancelled export leaves `path` untouched. Throws SaveError
// naming the path and the reason when it cannot be written.
void exportRecord(const Catalog& catalog, const Profile& profile, const ExportOptions& options, const std::string& path,
                  const std::function<bool(double)>& progress);

// The file a record may be written to for `path`: a new file in an existing folder, or an
// existing regular file that is not Vigie's own state, lock or settings (a link to one is
// followed, so the link stays). Throws SaveError naming the folder or the file otherwise.
std::string checkedRecordTarget(const std::string& path);

// The same record, in memory (nullopt when cancelled); for previews, tests and benchmarks.
std::optional<std::string> renderRecord(const Catalog& catalog, const Profile& profile, const ExportOptions& options,
                                        const std::function<bool(double)>& progress = {});

}  // namespace vigie
