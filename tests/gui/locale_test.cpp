// The system's locale follows the chosen language: GTK's own dialogs (their text comes from
// GTK's gtk30 catalog through gettext), dates and numbers are French when Vigie is, and English
// again after switching back; wx's own log dialogs are titled in good French. The file chooser
// itself is opened, as File > Export record opens it, and its column headings read.
#define BOOST_TEST_MODULE locale_test
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <clocale>
#include <string>

#include <functional>
#include <vector>

#include <glib.h>
#include <gtk/gtk.h>
#include <wx/filedlg.h>
#include <wx/modalhook.h>
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

void collectColumnTitles(GtkWidget* widget, std::vector<std::string>& titles) {
    if (GTK_IS_TREE_VIEW(widget)) {
        GList* columns = gtk_tree_view_get_columns(GTK_TREE_VIEW(widget));
        for (GList* column = columns; column; column = column->next)
            if (const char* title = gtk_tree_view_column_get_title(GTK_TREE_VIEW_COLUMN(column->data)))
                titles.emplace_back(title);
        g_list_free(columns);
    }
    if (GTK_IS_CONTAINER(widget))
        gtk_container_forall(
            GTK_CONTAINER(widget),
            [](GtkWidget* child, gpointer data) {
                collectColumnTitles(child, *static_cast<std::vector<std::string>*>(data));
            },
            &titles);
}

// Opens GTK's file chooser for real (a save dialog, as the export opens it) and reads the headings
// of its file list, which GTK words from its own catalog in the locale Vigie set.
class FileChooserColumns : public wxModalDialogHook {
public:
    FileChooserColumns() { Register(); }
    ~FileChooserColumns() override { Unregister(); }
    std::vector<std::string> titles;

protected:
    int Enter(wxDialog* dialog) override {
        if (!dynamic_cast<wxFileDialog*>(dialog)) return wxID_NONE;
        wxTheApp->CallAfter([this, dialog] {
            waitFor([dialog] { return dialog->GetHandle() && gtk_widget_get_mapped(dialog->GetHandle()); }, 5000);
            pump(300);
            collectColumnTitles(dialog->GetHandle(), titles);
            gtk_dialog_response(GTK_DIALOG(dialog->GetHandle()), GTK_RESPONSE_CANCEL);  // as its Cancel button does
        });
        return wxID_NONE;
    }
    void Exit(wxDialog*) override {}
};

std::vector<std::string> fileChooserColumnTitles() {
    FileChooserColumns hook;
    wxFileDialog dialog(frame(), "Vigie", wxEmptyString, "record.html", "*.html", wxFD_SAVE);
    dialog.ShowModal();
    return hook.titles;
}

bool contains(const std::vector<std::string>& titles, const std::string& title) {
    return std::find(titles.begin(), titles.end(), title) != titles.end();
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_file_chooser_itself_is_french_in_french) {
    BOOST_TEST_REQUIRE((frame()->session().language() == Language::French));
    const std::vector<std::string> titles = fileChooserColumnTitles();
    BOOST_TEST_REQUIRE(!titles.empty(), "the file chooser shows its list of files");
    BOOST_TEST(contains(titles, "Nom"), "the Name column is headed Nom");
    BOOST_TEST(!contains(titles, "Name"));
}

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
    BOOST_TEST(contains(fileChooserColumnTitles(), "Name"), "the file chooser is English again");
    BOOST_TEST(wxDateTime(27, wxDateTime::Nov, 2026).FormatDate().ToStdString() == "11/27/2026");
    BOOST_TEST(pickerText().ToStdString() == "11/27/2026");
    BOOST_TEST(wxNumberFormatter::ToString(2.5, 1).ToStdString() == "2.5");
    switchLanguage(Language::French);
    BOOST_TEST(gtkText("_Cancel") == "A_nnuler");
}
