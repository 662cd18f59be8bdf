#include "record/record_export.h"

#include <algorithm>
#include <cctype>

#include "platform/atomic_file.h"
#include "record/html_record.h"
#include "record/pdf_record.h"
#include "record/record_model.h"

namespace vigie {

std::optional<ExportOptions::Format> parseExportFormat(const std::string& text) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "pdf") return ExportOptions::Format::Pdf;
    if (lower == "html" || lower == "htm") return ExportOptions::Format::Html;
    return std::nullopt;
}

std::optional<std::string> renderRecord(const Catalog& catalog, const Profile& profile, const ExportOptions& options,
                                        const std::function<bool(double)>& progress) {
    RecordOptions recordOptions;
    recordOptions.language = options.language;
    recordOptions.wizardIds = options.wizardIds;
    recordOptions.includeNotes = options.includeNotes;
    recordOptions.blank = options.blank;
    recordOptions.withGuidance = options.withGuidance;
    RecordModel model = buildRecordModel(catalog, profile, recordOptions);
    if (options.format == ExportOptions::Format::Html) {
        if (progress && !progress(0.5)) return std::nullopt;
        return renderHtmlRecord(model);
    }
    return renderPdfRecord(model, progress);
}

void exportRecord(const Catalog& catalog, const Profile& profile, const ExportOptions& options, const std::string& path,
                  const std::function<bool(double)>& progress) {
    if (progress && !progress(0.0)) return;
    // Scaled so that rendering reports 0..0.95 and the write takes the last step.
    auto scaled = [&](double fraction) { return !progress || progress(0.95 * fraction); };
    std::optional<std::string> content = renderRecord(catalog, profile, options, scaled);
    if (!content) return;
    if (progress && !progress(0.95)) return;
    // 0600 like the state: a record holds the account's NIC handle and the user's notes.
    writeFileAtomically(path, *content, 0600);
    if (progress) progress(1.0);
}

}  // namespace vigie
