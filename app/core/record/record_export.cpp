#include "record/record_export.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <sys/stat.h>

#include "platform/atomic_file.h"
#include "platform/errors.h"
#include "platform/settings.h"
#include "review/review_store.h"
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

namespace {

bool sameFile(const struct stat& a, const std::string& other) {
    struct stat b {};
    return ::stat(other.c_str(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

std::string folderOf(const std::string& path) {
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

std::string checkedRecordTarget(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno != ENOENT) throw SaveError(messageWithReason(N_("Cannot write {}: {}"), path, errno));
        // A new file: its folder must exist and be a folder, and the message names the folder.
        std::string folder = folderOf(path);
        struct stat parent {};
        if (::stat(folder.c_str(), &parent) != 0)
            throw SaveError(messageWithReason(N_("Cannot write into the folder {}: {}"), folder, errno));
        if (!S_ISDIR(parent.st_mode)) throw SaveError(UserMessage{N_("{} is not a folder."), {folder}});
        return path;
    }
    if (S_ISDIR(st.st_mode))
        throw SaveError(UserMessage{N_("{} is a folder: give the name of the file to write inside it."), {path}});
    if (!S_ISREG(st.st_mode))
        throw SaveError(
            UserMessage{N_("{} is not a regular file; a record is only written to a regular file."), {path}});
    for (const std::string& own :
         {ReviewStore::defaultPath(), Settings::path(), ReviewStore::lockPathFor(ReviewStore::defaultPath())})
        if (sameFile(st, own))
            throw SaveError(
                UserMessage{N_("{} is one of Vigie's own files; choose another name for the record."), {path}});
    // A link to a regular file: write the file it points to, and keep the link.
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved)) return resolved;
    return path;
}

void exportRecord(const Catalog& catalog, const Profile& profile, const ExportOptions& options, const std::string& path,
                  const std::function<bool(double)>& progress) {
    checkedRecordTarget(path);  // refuse before the work, and again just before writing
    if (progress && !progress(0.0)) return;
    // Scaled so that rendering reports 0..0.95 and the write takes the last step.
    auto scaled = [&](double fraction) { return !progress || progress(0.95 * fraction); };
    std::optional<std::string> content = renderRecord(catalog, profile, options, scaled);
    if (!content) return;
    if (progress && !progress(0.95)) return;
    // 0600 like the state: a record holds the account's NIC handle and the user's notes.
    writeFileAtomically(checkedRecordTarget(path), *content, 0600);
    if (progress) progress(1.0);
}

}  // namespace vigie
