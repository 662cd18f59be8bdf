// Saves the review after every change, so the window never needs a Save button. A save that
// fails keeps the state in memory and is retried on the next change; the user hears about a
// failure once per streak of failures, and again when saving works again.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <wx/timer.h>

#include "review/review_editor.h"
#include "review/review_store.h"

namespace vigie::gui {

// The window's ReviewSink: the review editor tells it of every change.
class Autosaver : public ReviewSink {
public:
    // Called with the reason when a streak of failures starts, with nullopt when it ends. The
    // reason stays a message (msgid and values) so it is shown in whatever language is current.
    using StreakListener = std::function<void(const std::optional<UserMessage>& failure)>;

    Autosaver(ReviewStore store, const ReviewState& state);
    ~Autosaver() override;
    Autosaver(const Autosaver&) = delete;
    Autosaver& operator=(const Autosaver&) = delete;

    void setStreakListener(StreakListener listener) { listener_ = std::move(listener); }

    // A discrete change is written at once, typing shortly after the last keystroke.
    void reviewChanged(Pace pace) override { pace == Pace::Typing ? saveSoon() : saveNow(); }

    // A discrete change (a status, a choice, a profile): written at once.
    void saveNow();
    // Typing: written shortly after the last keystroke. Writing (with fsync) on every key would
    // make typing stutter on slow disks for no gain: the text is already in memory.
    void saveSoon();
    // Writes a pending change now (before the window closes or a view is rebuilt).
    void flush();

    bool failing() const { return failing_; }
    // From now on nothing is written (the demo's review lives in memory only).
    void stopSaving() {
        timer_.Stop();
        saving_ = false;
    }
    bool saving() const { return saving_; }
    const ReviewStore& store() const { return store_; }
    // The state was read again from the file: what is saved next is measured against it.
    void rebase() { base_ = state_; }

private:
    class Timer : public wxTimer {
    public:
        explicit Timer(Autosaver& owner) : owner_(owner) {}
        void Notify() override { owner_.saveNow(); }

    private:
        Autosaver& owner_;
    };

    ReviewStore store_;
    const ReviewState& state_;
    ReviewState base_;  // the state as last read or written: a save writes what changed since
    Timer timer_;
    StreakListener listener_;
    bool failing_ = false;
    bool saving_ = true;
};

}  // namespace vigie::gui
