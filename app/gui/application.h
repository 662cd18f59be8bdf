// The wxApp: process-wide set-up, then the main window. Tests create it with wxEntryStart and
// CallOnInit instead of run(), so they drive the same start-up as a user gets.
#pragma once

#include <wx/app.h>

namespace vigie::gui {

class Application : public wxApp {
public:
    bool OnInit() override;
    bool OnExceptionInMainLoop() override;
};

}  // namespace vigie::gui
