// One record export on a worker thread (background_task.h), so the window keeps drawing and
// answering while a long PDF is laid out. Progress and the outcome come back on the UI thread;
// the export can be cancelled. The worker reads only what it was given: a copy of the profile
// and a catalog it shares ownership of, so nothing it reads can change or go away.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include "background_task.h"
#include "record/record_export.h"

namespace vigie::gui {

struct ExportRequest {
    std::shared_ptr<const Catalog> catalog;
    Profile profile;
    ExportOptions options;
    std::string path;
};

struct ExportOutcome {
    enum class Kind { Written, Cancelled, Failed };
    Kind kind = Kind::Written;
    std::string path;
    UserMessage problem;  // Failed: what went wrong, translated when shown
};

class ExportTask {
public:
    using ProgressListener = std::function<void(double fraction)>;
    using DoneListener = std::function<void(const ExportOutcome& outcome)>;

    // Starts the export at once. Both listeners run on the UI thread, `onDone` exactly once, and
    // neither runs after this object is gone: the window that owns the task may close at any time.
    ExportTask(ExportRequest request, ProgressListener onProgress, DoneListener onDone);
    // Cancels without waiting: the worker stops at its next progress report (a PDF page) and
    // writes nothing; the threads are joined when the application ends.
    ~ExportTask();
    ExportTask(const ExportTask&) = delete;
    ExportTask& operator=(const ExportTask&) = delete;

    // Asks the worker to stop; a cancelled export writes nothing. Too late once the file is
    // written: the outcome then says Written.
    void cancel();

private:
    BackgroundTask<ExportOutcome> task_;
};

// Test hook: called on the worker with every progress fraction before the export goes on, so a
// test can hold an export half-way and cancel it at a known point. Empty (the default) disables it.
// Read when a task starts.
void setExportProgressHookForTesting(std::function<void(double fraction)> hook);

}  // namespace vigie::gui
