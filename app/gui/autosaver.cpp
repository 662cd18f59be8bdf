#include "autosaver.h"

#include "platform/errors.h"
#include "review/review_merge.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {
constexpr int kTypingDelayMs = 600;
}

Autosaver::Autosaver(ReviewStore store, const ReviewState& state)
    : store_(std::move(store)), state_(state), base_(state), timer_(*this) {}

Autosaver::~Autosaver() { timer_.Stop(); }

void Autosaver::saveNow() {
    timer_.Stop();
    if (!saving_) return;
    try {
        // Only what this window changed: a change `vigie mark` made meanwhile stays in the file
        // (the window shows it when it is activated again).
        store_.update([this](ReviewState& onDisk) { applyChanges(base_, state_, onDisk); });
        base_ = state_;
    } catch (const UserError& error) {
        const bool streakStarts = !failing_;
        failing_ = true;
        if (streakStarts && listener_) listener_(error.message());
        return;
    }
    if (failing_) {
        failing_ = false;
        if (listener_) listener_(std::nullopt);
    }
}

void Autosaver::saveSoon() { timer_.StartOnce(kTypingDelayMs); }

void Autosaver::flush() {
    if (timer_.IsRunning()) saveNow();
}

}  // namespace vigie::gui
