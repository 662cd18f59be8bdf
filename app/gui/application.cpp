#include "application.h"

#include <langinfo.h>
#include <clocale>
#include <cstring>

#include <wx/msgdlg.h>

#include "platform/errors.h"
#include "security_widgets.h"
#include "startup.h"
#include "wx_text.h"

namespace vigie::gui {

namespace {

// wx converts narrow string literals (including the msgids given to _()) with the C library's
// locale. Under LANG=C that is ASCII and every "…" or "’" would come out empty, so make the
// character type UTF-8, which Vigie's sources and catalogs are.
void ensureUtf8Strings() {
    if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) std::setlocale(LC_CTYPE, "C.UTF-8");
}

}  // namespace

bool Application::OnInit() {
    // No wxApp::OnInit(): main.cpp has parsed the command line already.
    ensureUtf8Strings();  // before anything is converted; the locale is set with the language
    SetAppName("vigie");
    SetAppDisplayName("Vigie");
    registerSecurityWidgets();
    return openMainWindow() != nullptr;
}

// An unexpected error in an event handler is reported and the window carries on: everything
// already typed is in memory and saved, and losing the window would help nobody.
bool Application::OnExceptionInMainLoop() {
    const wxString description = translated(currentExceptionMessage());  // in the windows' language
    wxMessageBox(description, "Vigie", wxOK | wxICON_ERROR);
    return true;
}

}  // namespace vigie::gui
