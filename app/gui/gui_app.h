// The desktop GUI's entry point. main.cpp calls it once it knows a display is available.
#pragma once

namespace vigie::gui {

// Runs the wxWidgets application until the main window closes; returns the exit status.
int run(int argc, char** argv);

}  // namespace vigie::gui
