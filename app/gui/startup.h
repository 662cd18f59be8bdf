// Opening the main window: preferences, language, wizard definitions, the saved review, and the
// start-up problems worth telling the user about.
#pragma once

namespace vigie::gui {

class MainFrame;

// Shown and returned; nullptr (after saying why) when the saved review exists but can be neither
// read nor moved aside, since starting afresh would later overwrite it.
MainFrame* openMainWindow();

}  // namespace vigie::gui
