// File > Export record… under Xvfb, in the real main window with the shipped wizards: opened with
// Ctrl+E and from the menu, driven by widget names, exporting real files into a private folder.
// The dialog is modal, so each test's steps run inside its event loop (see ExportDialogSteps).
// Screenshots of the dialog in English and French go to <build>/screenshots/ for a person to look at.
#define BOOST_TEST_MODULE export_dialog_test
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/testing.h>
#include <wx/textctrl.h>

#include "application.h"
#include "export_dialog.h"
#include "export_task.h"
#include "gui_driver.h"
#include "running_app.h"
#include "main_frame.h"
#include "review_session.h"
#include "temp_dir.h"
#include "wx_text.h"

namespace fs = std::filesystem;
using namespace vigie;
using namespace vigie::gui;
using namespace vigie::gui::test;

namespace {

// Writing a PDF of every wizard takes a second or two; far longer on a loaded machine or under
// the sanitizers. Waits end as soon as the record is there.
constexpr int kExportTimeoutMs = 60000;

// Every record written, in order, instead of the "open it?" question a user gets.
std::vector<std::string> written;

// One X client and one private home for the whole run, as for a user session.
struct GuiEnvironment {
    GuiEnvironment() {
        setExportWrittenHandler([](wxWindow*, const std::string& path) { written.push_back(path); });
    }
    ~GuiEnvironment() { setExportWrittenHandler({}); }
    RunningApp app{"export_dialog_test"};
    TempDir records;  // where the tests export to
};

GuiEnvironment* environment = nullptr;

struct GlobalFixture {
    GlobalFixture() { environment = new GuiEnvironment; }
    ~GlobalFixture() { delete environment; }
};
BOOST_TEST_GLOBAL_FIXTURE(GlobalFixture);

std::string recordPath(const std::string& name) { return environment->records.path() + "/" + name; }

ReviewSession& session() { return frame()->session(); }
const std::vector<Wizard>& wizards() { return session().definitions().wizards; }

// As pugixml writes text into the HTML record.
std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

std::size_t filesIn(const std::string& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

// "export-en.png", or "export-en@2x.png" when run at 200 % (GDK_SCALE=2).
void shootDialog(wxWindow* window, const std::string& name) {
    const std::string file = name + (window->GetContentScaleFactor() > 1.5 ? "@2x" : "") + ".png";
    shoot(window, file, 30);
}

// Runs `steps` inside the Export dialog's own event loop as soon as it is shown modally, then
// makes sure it is closed, whatever the steps did: a failed check must not leave the test waiting
// on a modal dialog nobody will close.
class ExportDialogSteps : public wxModalDialogHook {
public:
    explicit ExportDialogSteps(std::function<void(wxDialog*)> steps) : steps_(std::move(steps)) { Register(); }

    // After the dialog has closed: whether the steps ran, rethrowing a failed check.
    void finish() {
        Unregister();
        if (failure_) std::rethrow_exception(failure_);
        BOOST_TEST(ran_, "the Export dialog was shown");
    }

protected:
    int Enter(wxDialog* dialog) override {
        if (dialog->GetName() != "export_dialog" || ran_) return wxID_NONE;
        ran_ = true;
        wxTheApp->CallAfter([this, dialog] {
            try {
                steps_(dialog);
            } catch (...) {
                failure_ = std::current_exception();
            }
            if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
        });
        return wxID_NONE;
    }
    void Exit(wxDialog*) override {}

private:
    std::function<void(wxDialog*)> steps_;
    bool ran_ = false;
    std::exception_ptr failure_;
};

void openWithCtrlE(const std::function<void(wxDialog*)>& steps) {
    ExportDialogSteps hook(steps);
    pressKey(frame(), 'E', wxMOD_CONTROL);
    BOOST_TEST_REQUIRE(waitFor([] { return findNamed("export_dialog") == nullptr; }), "the dialog closed");
    hook.finish();
}

void openFromMenu(const std::function<void(wxDialog*)>& steps) {
    ExportDialogSteps hook(steps);
    wxCommandEvent command(wxEVT_MENU, MainFrame::exportCommand());
    frame()->ProcessWindowEvent(command);
    pump();
    hook.finish();
}

wxCheckListBox* wizardList(wxDialog* dialog) { return find<wxCheckListBox>("export_wizards", dialog); }

void tickWizard(wxDialog* dialog, unsigned index, bool checked) {
    wxCheckListBox* list = wizardList(dialog);
    list->Check(index, checked);
    sendCommand(list, wxEVT_CHECKLISTBOX, static_cast<int>(index));
}

void pickRadio(wxDialog* dialog, const char* name) {
    auto* radio = find<wxRadioButton>(name, dialog);
    radio->SetValue(true);
    sendCommand(radio, wxEVT_RADIOBUTTON, 1);
}

void setPath(wxDialog* dialog, const std::string& path) {
    find<wxTextCtrl>("export_path", dialog)->SetValue(toWx(path));  // sends wxEVT_TEXT, as typing does
    pump();
}

wxString status(wxDialog* dialog) { return find<wxStaticText>("export_status", dialog)->GetLabel(); }
wxButton* exportButton(wxDialog* dialog) { return find<wxButton>("export_start", dialog); }

// Holds an export when it reaches `fraction`, until released, so a test can act at a known point
// of a running export. Releases and uninstalls itself whatever happens.
class HeldExport {
public:
    explicit HeldExport(double fraction) : state_(std::make_shared<State>()) {
        setExportProgressHookForTesting([state = state_, fraction](double reached) {
            if (reached < fraction || reached >= 1.0) return;
            state->held = true;
            while (!state->released) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        });
    }
    ~HeldExport() {
        release();
        setExportProgressHookForTesting({});
    }
    bool held() const { return state_->held; }
    void release() { state_->released = true; }

private:
    struct State {
        std::atomic<bool> held{false};
        std::atomic<bool> released{false};
    };
    std::shared_ptr<State> state_;
};

// Reads what an error message box says instead of showing it.
class ExpectErrorMessage : public wxExpectModalBase<wxMessageDialog, ExpectErrorMessage> {
public:
    explicit ExpectErrorMessage(wxString* text) : text_(text) {}

protected:
    int OnInvoked(wxMessageDialog* dialog) const override {
        BOOST_TEST((dialog->GetMessageDialogStyle() & wxICON_ERROR) != 0, "shown as an error");
        *text_ = dialog->GetMessage() + "\n" + dialog->GetExtendedMessage();
        return wxID_OK;
    }

private:
    wxString* text_;
};

// What the save dialog was opened with; it is then cancelled. (wxGTK's wxFileDialog only learns
// its path from GTK's response, so wxExpectModal<wxFileDialog> cannot choose a file for it.)
struct FileDialogSeen {
    wxString directory, file;
    int filter = -1;
    bool asksBeforeReplacing = false;
};

class ExpectFileDialog : public wxExpectModalBase<wxFileDialog, ExpectFileDialog> {
public:
    explicit ExpectFileDialog(FileDialogSeen* seen) : seen_(seen) {}

protected:
    int OnInvoked(wxFileDialog* dialog) const override {
        seen_->directory = dialog->GetDirectory();
        seen_->file = dialog->GetFilename();
        seen_->filter = dialog->GetFilterIndex();
        seen_->asksBeforeReplacing = dialog->HasFlag(wxFD_OVERWRITE_PROMPT);
        return wxID_CANCEL;
    }

private:
    FileDialogSeen* seen_;
};

}  // namespace

// Something to record, whichever case runs first or alone: an answer and a note on the first item.
struct SomethingToRecord {
    SomethingToRecord() {
        const Item& first = wizards().front().steps.front().items.front();
        session().setStatus(first, ItemStatus::Done);
        session().setNote(first, "Recovery codes in the safe");
    }
};

// Each case stands alone (--run_test=export_dialog/NAME): none relies on what another did.
BOOST_FIXTURE_TEST_SUITE(export_dialog, SomethingToRecord)

BOOST_AUTO_TEST_CASE(ctrl_e_opens_it_with_sensible_defaults) {
    const wxString documents = wxStandardPaths::Get().GetDocumentsDir();
    openWithCtrlE([&](wxDialog* dialog) {
        BOOST_TEST(dialog->GetTitle() == "Export record");
        wxCheckListBox* list = wizardList(dialog);
        BOOST_TEST_REQUIRE(list->GetCount() == wizards().size());
        for (unsigned i = 0; i < list->GetCount(); ++i) {
            BOOST_TEST(list->GetString(i) == toWx(wizards()[i].title));
            BOOST_TEST(list->IsChecked(i), "every wizard is included at first");
        }
        BOOST_TEST(find<wxChoice>("export_language", dialog)->GetStringSelection() == "English");
        BOOST_TEST(find<wxRadioButton>("export_pdf", dialog)->GetValue());
        BOOST_TEST(find<wxRadioButton>("export_filled", dialog)->GetValue());
        auto* notes = find<wxCheckBox>("export_notes", dialog);
        BOOST_TEST((notes->GetValue() && notes->IsEnabled()));
        auto* path = find<wxTextCtrl>("export_path", dialog);
        const wxString name = "vigie-my-account-" + localDate(now());
        BOOST_TEST(path->GetValue() == documents + "/" + name + ".pdf");
        BOOST_TEST(exportButton(dialog)->IsEnabled());
        shootDialog(dialog, "export-en");

        // The extension follows the format, and the format a typed extension.
        pressKey(dialog, 'H', wxMOD_ALT);
        BOOST_TEST(waitFor([&] { return find<wxRadioButton>("export_html", dialog)->GetValue(); }), "Alt+H picks HTML");
        BOOST_TEST(path->GetValue() == documents + "/" + name + ".html");
        // A label's mnemonic reaches the control after it.
        pressKey(dialog, 'A', wxMOD_ALT);
        BOOST_TEST(waitFor([&] { return path->HasFocus(); }), "Alt+A goes to the file");
        // GTK puts the focus on a part of the choice and of the list that wx does not report as
        // theirs, so where it went shows with the next Tab.
        pressKey(dialog, 'L', wxMOD_ALT);
        pressKey(dialog, WXK_TAB);
        BOOST_TEST(waitFor([&] { return path->HasFocus(); }), "Alt+L goes to the language, just before the file");
        pressKey(dialog, 'W', wxMOD_ALT);
        pressKey(dialog, WXK_TAB);
        BOOST_TEST(waitFor([&] { return find<wxRadioButton>("export_filled", dialog)->HasFocus(); }),
                   "Alt+W goes to the wizards, just before the contents");
        setPath(dialog, "/tmp/record.pdf");
        BOOST_TEST(find<wxRadioButton>("export_pdf", dialog)->GetValue());

        auto* guidance = find<wxCheckBox>("export_guidance", dialog);
        BOOST_TEST(!guidance->GetValue(), "a filled record is the answers only, at first");
        pickRadio(dialog, "export_blank");
        BOOST_TEST(!notes->IsEnabled(), "a blank checklist has no notes");
        BOOST_TEST((guidance->GetValue() && guidance->IsEnabled()), "a blank checklist comes with the guidance");
        pickRadio(dialog, "export_filled");
        BOOST_TEST(notes->IsEnabled());
        BOOST_TEST(!guidance->GetValue());

        for (unsigned i = 0; i < list->GetCount(); ++i) tickWizard(dialog, i, false);
        BOOST_TEST(!exportButton(dialog)->IsEnabled(), "at least one wizard");
        BOOST_TEST(status(dialog) == "Tick at least one wizard.");
        tickWizard(dialog, 1, true);
        BOOST_TEST(exportButton(dialog)->IsEnabled());
        setPath(dialog, "");
        BOOST_TEST(!exportButton(dialog)->IsEnabled(), "somewhere to save it");
        pressKey(dialog, WXK_ESCAPE);
        BOOST_TEST(waitFor([&] { return !dialog->IsModal(); }), "Escape closes the dialog");
    });
    BOOST_TEST(written.empty(), "nothing was written");
}

BOOST_AUTO_TEST_CASE(exports_two_wizards_as_french_html) {
    BOOST_TEST_REQUIRE(wizards().size() >= 3u);
    const std::string path = recordPath("record.html");
    openFromMenu([&](wxDialog* dialog) {
        clickWithMouse(find<wxRadioButton>("export_html", dialog));
        BOOST_TEST(find<wxRadioButton>("export_html", dialog)->GetValue(), "a click picks HTML");
        choose(find<wxChoice>("export_language", dialog), 1);
        for (unsigned i = 0; i < wizards().size(); ++i) tickWizard(dialog, i, i == 0 || i == 2);
        setPath(dialog, path);
        press(exportButton(dialog));
        BOOST_TEST(waitFor([&] { return !dialog->IsModal(); }, kExportTimeoutMs),
                   "the dialog closes once the record is written");
    });
    BOOST_TEST_REQUIRE(!written.empty());
    BOOST_TEST(written.back() == path);
    const std::string html = readFile(path);
    BOOST_TEST_REQUIRE(!html.empty());
    BOOST_TEST(html.find("lang=\"fr\"") != std::string::npos);
    const Translator french(Language::French);
    for (std::size_t i = 0; i < wizards().size(); ++i) {
        const Wizard& wizard = wizards()[i];
        BOOST_TEST_REQUIRE(french(wizard.title) != wizard.title, wizard.id << " has a French title");
        const bool included = html.find(escaped(french(wizard.title))) != std::string::npos;
        BOOST_TEST(included == (i == 0 || i == 2), wizard.id << (included ? " included" : " left out"));
        const std::string firstItem = escaped(french(wizard.steps.front().items.front().label));
        BOOST_TEST((html.find(firstItem) != std::string::npos) == (i == 0 || i == 2), wizard.id << "'s first item");
    }
    BOOST_TEST(html.find(escaped(french("Account review record"))) != std::string::npos, "a filled record");
    BOOST_TEST(html.find("Recovery codes in the safe") != std::string::npos, "with the notes");
}

BOOST_AUTO_TEST_CASE(asks_before_replacing_and_offers_a_save_dialog) {
    const std::string existing = recordPath("record.html");
    // The record to replace, written through the dialog, which makes its folder the last one used.
    std::remove(existing.c_str());
    openFromMenu([&](wxDialog* dialog) {
        clickWithMouse(find<wxRadioButton>("export_html", dialog));
        setPath(dialog, existing);
        press(exportButton(dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return !dialog->IsModal(); }, kExportTimeoutMs));
    });
    const std::string before = readFile(existing);
    BOOST_TEST_REQUIRE(!before.empty());
    openFromMenu([&](wxDialog* dialog) {
        BOOST_TEST(find<wxTextCtrl>("export_path", dialog)->GetValue() ==
                       toWx(recordPath("vigie-my-account-" + toUtf8(localDate(now())) + ".pdf")),
                   "the folder of the last record");
        setPath(dialog, existing);
        BOOST_TEST(find<wxRadioButton>("export_html", dialog)->GetValue());
        pickRadio(dialog, "export_blank");
        wxTEST_DIALOG(press(exportButton(dialog)), wxExpectModal<wxMessageDialog>(wxID_NO).Describe("replace?"));
        pump(200);
        BOOST_TEST(dialog->IsModal(), "kept: nothing exported");
        BOOST_TEST(exportButton(dialog)->IsEnabled());
        // Choose… opens the save dialog on the file in the field; cancelling it changes nothing.
        FileDialogSeen seen;
        wxTEST_DIALOG(press(find<wxButton>("export_choose", dialog)), ExpectFileDialog(&seen));
        BOOST_TEST(seen.directory == toWx(environment->records.path()));
        BOOST_TEST(seen.file == "record.html");
        BOOST_TEST(seen.filter == 1, "the HTML filter");
        BOOST_TEST(seen.asksBeforeReplacing);
        BOOST_TEST(find<wxTextCtrl>("export_path", dialog)->GetValue() == toWx(existing));
        wxTEST_DIALOG(press(exportButton(dialog)), wxExpectModal<wxMessageDialog>(wxID_YES).Describe("replace?"));
        BOOST_TEST(waitFor([&] { return !dialog->IsModal(); }, kExportTimeoutMs));
    });
    BOOST_TEST(readFile(existing) != before, "replaced once confirmed");
    BOOST_TEST(readFile(existing).find("Account review checklist") != std::string::npos,
               "by the blank checklist, in the window's language");
}

BOOST_AUTO_TEST_CASE(an_unwritable_place_is_explained_and_can_be_retried) {
    std::ofstream(recordPath("plain.txt")) << "not a folder";
    const std::size_t before = written.size();
    const std::string good = recordPath("retried.pdf");
    openFromMenu([&](wxDialog* dialog) {
        pickRadio(dialog, "export_pdf");
        for (const std::string& bad : {std::string("/proc/vigie.pdf"), recordPath("plain.txt/vigie.pdf")}) {
            setPath(dialog, bad);
            wxString message;
            auto attempt = [&] {
                press(exportButton(dialog));
                BOOST_TEST(waitFor([&] { return status(dialog) == "The record was not saved."; }, kExportTimeoutMs));
            };
            wxTEST_DIALOG(attempt(), ExpectErrorMessage(&message).Describe("the error"));
            BOOST_TEST(message.Contains(toWx(bad)), "names the file: " << message);
            BOOST_TEST(message.Contains("Choose another folder"), "says what to do");
            BOOST_TEST(message.Contains("Details: "), "and why, from the system");
            BOOST_TEST(dialog->IsModal(), "the dialog stays open");
            BOOST_TEST(find<wxTextCtrl>("export_path", dialog)->GetValue() == toWx(bad), "with every choice kept");
            BOOST_TEST(find<wxTextCtrl>("export_path", dialog)->IsEnabled());
            BOOST_TEST(exportButton(dialog)->IsEnabled());
        }
        setPath(dialog, good);
        press(exportButton(dialog));
        BOOST_TEST(waitFor([&] { return !dialog->IsModal(); }, kExportTimeoutMs), "another place works");
    });
    BOOST_TEST(!fs::exists("/proc/vigie.pdf"));
    BOOST_TEST_REQUIRE(written.size() == before + 1);
    BOOST_TEST(readFile(good).rfind("%PDF", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(cancelling_a_pdf_export_writes_nothing) {
    const std::size_t before = written.size();
    TempDir folder;
    const std::string path = folder.path() + "/cancelled.pdf";
    openFromMenu([&](wxDialog* dialog) {
        pickRadio(dialog, "export_filled");
        for (unsigned i = 0; i < wizards().size(); ++i) tickWizard(dialog, i, true);
        setPath(dialog, path);
        HeldExport held(0.25);  // the PDF has been laid out, no page painted yet
        press(exportButton(dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return held.held(); }));
        auto* gauge = find<wxGauge>("export_gauge", dialog);
        BOOST_TEST(waitFor([&] { return gauge->IsShown() && gauge->GetValue() >= 25; }), "the progress shows");
        BOOST_TEST(!exportButton(dialog)->IsEnabled());
        BOOST_TEST(!find<wxTextCtrl>("export_path", dialog)->IsEnabled(), "no change while it runs");
        BOOST_TEST(status(dialog) == "Writing the record…");
        pump(700);  // GTK eases the bar to its new length
        shootDialog(dialog, "export-running-en");
        pressKey(dialog, WXK_ESCAPE);  // the Cancel button
        held.release();
        BOOST_TEST(waitFor([&] { return status(dialog) == "Export cancelled. No file was written."; }));
        BOOST_TEST(dialog->IsModal(), "Cancel stops the export, not the dialog");
        BOOST_TEST(!gauge->IsShown(), "the progress bar is gone");
        BOOST_TEST(exportButton(dialog)->IsEnabled(), "ready to try again");
        BOOST_TEST(!fs::exists(path));
        BOOST_TEST(filesIn(folder.path()) == 0u, "no temporary file left either");

        // The title bar's close button stops the export and closes.
        HeldExport again(0.25);
        press(exportButton(dialog));
        BOOST_TEST_REQUIRE(waitFor([&] { return again.held(); }));
        dialog->Close();
        again.release();
        BOOST_TEST(waitFor([&] { return !dialog->IsModal(); }));
    });
    BOOST_TEST(written.size() == before);
    BOOST_TEST(filesIn(folder.path()) == 0u);
}

BOOST_AUTO_TEST_CASE(speaks_french_after_a_language_switch) {
    wxCommandEvent choice(wxEVT_MENU, MainFrame::languageCommand(Language::French));
    frame()->ProcessWindowEvent(choice);
    BOOST_TEST_REQUIRE(waitFor([] { return session().language() == Language::French; }));
    pump(200);
    wxMenuItem* item = frame()->GetMenuBar()->FindItem(MainFrame::exportCommand());
    BOOST_TEST_REQUIRE(item != nullptr);
    BOOST_TEST(item->GetItemLabelText() == wxString::FromUTF8("Exporter le rapport…"), "the menu is relabelled");
    BOOST_TEST(item->GetItemLabel().EndsWith("\tCtrl+E"));

    const std::string path = recordPath("en-français.pdf");
    const Translator french(Language::French);
    openWithCtrlE([&](wxDialog* dialog) {
        BOOST_TEST(dialog->GetTitle() == "Exporter le rapport");
        wxCheckListBox* list = wizardList(dialog);
        for (unsigned i = 0; i < list->GetCount(); ++i)
            BOOST_TEST(list->GetString(i) == toWx(french(wizards()[i].title)));
        BOOST_TEST(find<wxChoice>("export_language", dialog)->GetStringSelection() == wxString::FromUTF8("Français"),
                   "the record's language follows the window's");
        BOOST_TEST(exportButton(dialog)->GetLabel() == "&Exporter");
        BOOST_TEST(find<wxButton>("export_cancel", dialog)->GetLabel() == "&Annuler");
        for (unsigned i = 0; i < list->GetCount(); ++i) tickWizard(dialog, i, true);
        pickRadio(dialog, "export_pdf");
        pickRadio(dialog, "export_filled");
        setPath(dialog, recordPath("vigie-mon-compte.pdf"));
        shootDialog(dialog, "export-fr");
        setPath(dialog, path);
        // Enter in the path field means Export.
        auto* field = find<wxTextCtrl>("export_path", dialog);
        field->SetFocus();
        pressKey(field, WXK_RETURN);
        BOOST_TEST(waitFor([&] { return !dialog->IsModal(); }, kExportTimeoutMs), "Enter exported the record");
    });
    BOOST_TEST_REQUIRE(!written.empty());
    BOOST_TEST(written.back() == path);
    BOOST_TEST(readFile(path).rfind("%PDF", 0) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
