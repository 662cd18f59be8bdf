// Opening the main window: preferences, language, wizard definitions, the saved review, and the
// start-up problems worth telling the user about.
#pragma once

namespace vigie::gui {

class MainFrame;

// Shown and returned; nullptr (after saying why) when the saved review exists but can be neither
// read nor moved aside, since starting afresh would later overwrite it.
MainFrame* openMainWindow();

// `vigie --demo`: the next openMainWindow() shows the bundled demo account in a review kept in
// memory only; the saved review is neither read nor written.
void requestDemo();

}  // namespace vigie::gui
