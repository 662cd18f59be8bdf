#include "breach_check_task.h"

#include <atomic>
#include <cstdlib>
#include <mutex>

#include "background_threads.h"

namespace vigie::gui {

// What one check's worker shares with the task. `owner` is cleared, under the mutex, when the
// check is cancelled or replaced, or the task destroyed; the worker reads it under the same mutex.
struct BreachCheckTask::Check {
    std::mutex mutex;
    BreachCheckTask* owner = nullptr;
    std::atomic<bool> cancel{false};
};

BreachCheckTask::BreachCheckTask(Done done) : done_(std::move(done)) {}

BreachCheckTask::~BreachCheckTask() { cancel(); }

std::string BreachCheckTask::serviceUrl() {
    const char* configured = std::getenv("VIGIE_PWNED_URL");
    return configured && *configured ? configured : password::kPwnedPasswordsRangeUrl;
}

void BreachCheckTask::start(SecureString secret, std::string baseUrl) {
    cancel();
    auto check = std::make_shared<Check>();
    check->owner = this;
    current_ = check;
    runInBackground([check, secret = std::move(secret), baseUrl = std::move(baseUrl)]() mutable {
        password::BreachCheckOptions options;
        options.baseUrl = std::move(baseUrl);
        options.cancel = &check->cancel;
        const password::BreachCheckResult result = password::checkPasswordBreach(secret.view(), options);
        secret.wipe();
        std::lock_guard lock(check->mutex);
        // CallAfter queues an event, which is safe from any thread while the handler lives; the
        // mutex makes sure it does.
        if (BreachCheckTask* owner = check->owner)
            owner->receiver_.CallAfter([owner, check, result] { owner->deliver(check, result); });
    });
}

void BreachCheckTask::deliver(const std::shared_ptr<Check>& check, const password::BreachCheckResult& result) {
    if (check != current_) return;  // replaced or cancelled after the result was queued
    current_.reset();
    if (done_) done_(result);
}

void BreachCheckTask::cancel() {
    if (!current_) return;
    {
        std::lock_guard lock(current_->mutex);
        current_->owner = nullptr;
    }
    current_->cancel = true;
    current_.reset();
}

}  // namespace vigie::gui
