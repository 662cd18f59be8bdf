// Threads for the GUI's short background jobs (loading the word lists, a breach check) that the
// window must never wait for. Each job gets its own thread, which no window joins: leaving a step
// while a breach check waits on the network must not freeze the window for the second libcurl
// may take to notice the cancellation. Instead, every thread is joined when wxWidgets shuts down
// (a wxModule, after the last window is gone), so none is still running when the process exits
// and libcurl and OpenSSL release their global state. Jobs are expected to be short or
// cancellable: shutdown waits for them.
//
// Results go back to the UI thread through an event handler the job was given (CallAfter); a
// job must not touch windows.
#pragma once

#include <functional>

namespace vigie::gui {

void runInBackground(std::function<void()> job);

// Waits for every job started so far (the shutdown module calls it; tests may too).
void joinBackgroundThreads();

}  // namespace vigie::gui
