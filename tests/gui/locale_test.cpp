// The system's locale follows the chosen language: GTK's own dialogs (their text comes from
// GTK's gtk30 catalog through gettext), dates and numbers are French when Vigie is, and English
// again after switching back; wx's own log dialogs are titled in good French.
#define BOOST_TEST_MODULE locale_test
#include <boost/test/unit_test.hpp>

#include <clocale>
#include <string>

#include <glib.h>
#include <wx/combo.h>
#include <wx/datectrl.h>
#include <wx/datetime.h>
#include <wx/numformatter.h>
#include <wx/translation.h>

#include "gui_driver.h"
#include "language.h"
#include "main_frame.h"
#include "wizard_panel.h"
#include "review_session.h"
#include "running_app.h"

using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;

namespace {

struct FrenchApp {
    RunningApp app{"locale_test", [] { setLanguageOverride(Language::French); }};
};
BOOST_TEST_GLOBAL_FIXTURE(FrenchApp);

std::string gtkText(const char* msgid) { return g_dgettext("gtk30", msgid); }

std::string timeLocale() { return std::setlocale(LC_TIME, nullptr); }

void switchLanguage(Language language) {
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(language));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([=] { return frame()->session().language() == language; }));
    pump(200);
}

// What the date picker of the erasure request shows for 27 November 2026.
wxString pickerText() {
    if (!frame()->wizardPanel()) frame()->openWizard("closure");
    BOOST_TEST_REQUIRE(waitFor([] { return findNamed("item_value_closure.request.date") != nullptr; }));
    auto* picker = find<wxDatePickerCtrl>("item_value_closure.request.date");
    picker->SetValue(wxDateTime(27, wxDateTime::Nov, 2026));
    for (wxWindow* child : picker->GetChildren())
        if (auto* combo = dynamic_cast<wxComboCtrl*>(child)) return combo->GetValue();
    BOOST_FAIL("the date picker has no text");
    return {};
}

}  // namespace

BOOST_AUTO_TEST_CASE(gtk_dialogs_dates_and_numbers_are_french_in_french) {
    BOOST_TEST_REQUIRE((frame()->session().language() == Language::French));
    BOOST_TEST_REQUIRE(applySystemLocale(Language::French), "fr_FR.UTF-8 is installed (locales-all)");
    BOOST_TEST(timeLocale().rfind("fr", 0) == 0);
    // The file chooser's buttons, from GTK's own catalog.
    BOOST_TEST(gtkText("_Cancel") == "A_nnuler");
    BOOST_TEST(gtkText("_Open") == "_Ouvrir");
    // The date pickers format with the C library's locale.
    BOOST_TEST(wxDateTime(27, wxDateTime::Nov, 2026).FormatDate().ToStdString() == "27/11/2026");
    BOOST_TEST(pickerText().ToStdString() == "27/11/2026");
    BOOST_TEST(wxNumberFormatter::ToString(2.5, 1).ToStdString() == "2,5");
    // wx's log dialogs: "Vigie : erreur", not "Vigie Erreur".
    BOOST_TEST(wxString::Format(wxGetTranslation("%s Error"), "Vigie").utf8_string() == "Vigie\u00a0: erreur");
}

BOOST_AUTO_TEST_CASE(switching_to_english_brings_the_english_locale_back) {
    switchLanguage(Language::English);
    BOOST_TEST(gtkText("_Cancel") == "_Cancel");
    BOOST_TEST(wxDateTime(27, wxDateTime::Nov, 2026).FormatDate().ToStdString() == "11/27/2026");
    BOOST_TEST(pickerText().ToStdString() == "11/27/2026");
    BOOST_TEST(wxNumberFormatter::ToString(2.5, 1).ToStdString() == "2.5");
    switchLanguage(Language::French);
    BOOST_TEST(gtkText("_Cancel") == "A_nnuler");
}
