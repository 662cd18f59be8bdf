#include "background_threads.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <wx/module.h>

namespace vigie::gui {

namespace {

struct Worker {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> finished;
};

class Workers {
public:
    void start(std::function<void()> job) {
        auto finished = std::make_shared<std::atomic<bool>>(false);
        std::thread thread([job = std::move(job), finished]() mutable {
            job();
            job = nullptr;  // whatever the job captured is released on its own thread
            *finished = true;
        });
        std::lock_guard lock(mutex_);
        reapFinished();
        workers_.push_back({std::move(thread), std::move(finished)});
    }

    void joinAll() {
        std::vector<Worker> all;
        {
            std::lock_guard lock(mutex_);
            all.swap(workers_);
        }
        for (Worker& worker : all) worker.thread.join();
    }

    // Without wx (a test that never starts it), the threads still end before the process does.
    ~Workers() { joinAll(); }

private:
    // A finished thread keeps its stack until joined.
    void reapFinished() {
        for (auto it = workers_.begin(); it != workers_.end();) {
            if (*it->finished) {
                it->thread.join();
                it = workers_.erase(it);
            } else {
                ++it;
            }
        }
    }

    std::mutex mutex_;
    std::vector<Worker> workers_;
};

Workers& workers() {
    static Workers instance;
    return instance;
}

}  // namespace

void runInBackground(std::function<void()> job) { workers().start(std::move(job)); }

void joinBackgroundThreads() { workers().joinAll(); }

// wxWidgets cleans its modules up in wxEntryCleanup(), after the windows and before exit().
class BackgroundThreadsModule : public wxModule {
public:
    bool OnInit() override { return true; }
    void OnExit() override { joinBackgroundThreads(); }

private:
    wxDECLARE_DYNAMIC_CLASS(BackgroundThreadsModule);
};

wxIMPLEMENT_DYNAMIC_CLASS(BackgroundThreadsModule, wxModule);

}  // namespace vigie::gui
