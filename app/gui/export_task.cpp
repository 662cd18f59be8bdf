#include "export_task.h"

#include <atomic>
#include <cmath>

#include <wx/app.h>

#include "platform/errors.h"

namespace vigie::gui {

namespace {

std::function<void(double)>& progressHook() {
    static std::function<void(double)> hook;
    return hook;
}

}  // namespace

void setExportProgressHookForTesting(std::function<void(double)> hook) { progressHook() = std::move(hook); }

// What the worker and the UI thread share. The worker touches only the atomics; everything else
// is read and written on the UI thread, in the calls the worker queues there.
struct ExportTask::Shared {
    std::atomic<bool> cancelled{false};
    std::atomic<int> reportedPercent{-1};
    bool alive = true;  // false once the task is destroyed: queued calls then do nothing
    bool finished = false;
    ProgressListener onProgress;
    DoneListener onDone;
};

namespace {

// Runs on the worker. wxEvtHandler::CallAfter queues an event and is safe from any thread; the
// application object outlives every window, unlike the dialog that started the export, hence
// wxTheApp rather than the dialog, plus the `alive` flag for the dialog's sake.
template <typename Call>
void onUiThread(Call call) {
    if (wxTheApp) wxTheApp->CallAfter(std::move(call));
}

}  // namespace

ExportTask::ExportTask(ExportRequest request, ProgressListener onProgress, DoneListener onDone)
    : shared_(std::make_shared<Shared>()) {
    shared_->onProgress = std::move(onProgress);
    shared_->onDone = std::move(onDone);
    worker_ = std::thread([shared = shared_, request = std::move(request), hook = progressHook()] {
        bool stopped = false;
        auto progress = [&](double fraction) {
            // One update per percent: a long PDF must not flood the event queue.
            const int percent = static_cast<int>(std::lround(fraction * 100));
            if (shared->reportedPercent.exchange(percent) != percent)
                onUiThread([shared, fraction] {
                    if (shared->alive && !shared->finished && shared->onProgress) shared->onProgress(fraction);
                });
            if (hook) hook(fraction);
            // The last report comes after the file is written: nothing is left to cancel.
            if (fraction >= 1.0) return true;
            stopped = shared->cancelled.load();
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
        onUiThread([shared, outcome = std::move(outcome)] {
            if (!shared->alive || shared->finished) return;
            shared->finished = true;
            DoneListener done = std::move(shared->onDone);
            shared->onProgress = nullptr;
            if (done) done(outcome);
        });
    });
}

ExportTask::~ExportTask() {
    shared_->alive = false;
    shared_->onProgress = nullptr;
    shared_->onDone = nullptr;
    cancel();
    if (worker_.joinable()) worker_.join();
}

void ExportTask::cancel() { shared_->cancelled = true; }

}  // namespace vigie::gui
