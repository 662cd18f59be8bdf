// The one way the windows run slow work (an export, a breach check, later the API fetch), after
// Poedit's dispatch::async().then_on_main(): the work runs on a worker thread
// (background_threads.h), reports progress and its result, and both are delivered on the main
// thread, and only while the task that started them lives and has not been cancelled or
// restarted. So the window owning a task may close at any time and never waits for the work.
//
// The work must not touch windows. It polls TaskControl::cancelled() (or hands cancelFlag() to
// a library that polls it) and stops early when asked.
#pragma once

#include <atomic>
#include <cmath>
#include <functional>
#include <memory>
#include <utility>

#include <wx/app.h>

#include "background_threads.h"

namespace vigie::gui {

// What the work sees of its task.
class TaskControl {
public:
    bool cancelled() const { return cancelled_->load(); }
    const std::atomic<bool>* cancelFlag() const { return cancelled_.get(); }
    // Delivered on the main thread; at most one report per percent, so a long job does not flood
    // the event queue.
    void progress(double fraction) {
        const int percent = static_cast<int>(std::lround(fraction * 100));
        if (reported_.exchange(percent) != percent && report_) report_(fraction);
    }

private:
    template <typename Result>
    friend class BackgroundTask;
    std::shared_ptr<std::atomic<bool>> cancelled_ = std::make_shared<std::atomic<bool>>(false);
    std::atomic<int> reported_{-1};
    std::function<void(double)> report_;  // posts to the main thread
};

template <typename Result>
class BackgroundTask {
public:
    using Work = std::function<Result(TaskControl& control)>;
    using Done = std::function<void(const Result& result)>;
    using Progress = std::function<void(double fraction)>;

    BackgroundTask() = default;
    ~BackgroundTask() { cancel(); }
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    // Cancels a run in progress, then starts `work`. `done` runs once on the main thread with the
    // result, unless the run is cancelled or replaced first; `progress` likewise, any number of times.
    void start(Work work, Done done, Progress progress = {}) {
        cancel();
        auto control = std::make_shared<TaskControl>();
        auto run = std::make_shared<Run>(Run{true, std::move(done), std::move(progress), control->cancelled_});
        current_ = run;
        control->report_ = [run](double fraction) {
            onMainThread([run, fraction] {
                if (run->live && run->progress) run->progress(fraction);
            });
        };
        runInBackground([run, control, work = std::move(work)]() mutable {
            Result result = work(*control);
            work = nullptr;  // whatever the work captured (a password) goes on this thread
            control->report_ = nullptr;
            onMainThread([run, result = std::move(result)] {
                if (!run->live) return;
                run->live = false;
                Done finished = std::move(run->done);
                run->progress = nullptr;
                if (finished) finished(result);
            });
        });
    }

    // Asks the work to stop and still delivers what it returns (a "cancelled" result the window
    // shows): for work that can be stopped half-way but must say how it ended.
    void requestStop() {
        if (current_) *current_->cancelled = true;
    }

    // Asks the work to stop; nothing more of this run is delivered.
    void cancel() {
        if (!current_) return;
        current_->live = false;
        current_->done = nullptr;
        current_->progress = nullptr;
        *current_->cancelled = true;
        current_.reset();
    }

    bool running() const { return current_ && current_->live; }

private:
    // Shared by the task and the calls queued for the main thread; `live`, `done` and `progress`
    // are only read and written on the main thread.
    struct Run {
        bool live = true;
        Done done;
        Progress progress;
        std::shared_ptr<std::atomic<bool>> cancelled;
    };

    // wxEvtHandler::CallAfter queues an event and is safe from any thread; the application
    // object outlives every window, so the queued call never reaches a destroyed handler.
    template <typename Call>
    static void onMainThread(Call call) {
        if (wxTheApp) wxTheApp->CallAfter(std::move(call));
    }

    std::shared_ptr<Run> current_;
};

}  // namespace vigie::gui
