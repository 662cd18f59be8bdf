#include "export_task.h"

#include "platform/errors.h"

namespace vigie::gui {

namespace {

std::function<void(double)>& progressHook() {
    static std::function<void(double)> hook;
    return hook;
}

}  // namespace

void setExportProgressHookForTesting(std::function<void(double)> hook) { progressHook() = std::move(hook); }

namespace {

ExportOutcome runExport(const ExportRequest& request, TaskControl& control, const std::function<void(double)>& hook) {
    bool stopped = false;
    auto progress = [&](double fraction) {
        control.progress(fraction);
        if (hook) hook(fraction);
        // The last report comes after the file is written: nothing is left to cancel.
        if (fraction >= 1.0) return true;
        stopped = control.cancelled();
        return !stopped;
    };
    ExportOutcome outcome;
    outcome.path = request.path;
    try {
        exportRecord(*request.catalog, request.profile, request.options, request.path, progress);
        outcome.kind = stopped ? ExportOutcome::Kind::Cancelled : ExportOutcome::Kind::Written;
    } catch (const UserError& error) {
        outcome.kind = ExportOutcome::Kind::Failed;
        outcome.problem = error.message();
    } catch (...) {
        outcome.kind = ExportOutcome::Kind::Failed;
        outcome.problem = currentExceptionMessage();
    }
    return outcome;
}

}  // namespace

ExportTask::ExportTask(ExportRequest request, ProgressListener onProgress, DoneListener onDone) {
    task_.start([request = std::move(request),
                 hook = progressHook()](TaskControl& control) { return runExport(request, control, hook); },
                std::move(onDone), std::move(onProgress));
}

ExportTask::~ExportTask() = default;

void ExportTask::cancel() { task_.requestStop(); }

}  // namespace vigie::gui
