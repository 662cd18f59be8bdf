// The yardstick for Vigie's start-up (bench_startup.cpp): the least a wxGTK application can be,
// a frame with a menu bar, shown at once. Vigie should reach its first window within 1.3 times
// this program's time and 1.2 times its peak memory.
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/menu.h>

namespace {

class BareApp : public wxApp {
public:
    bool OnInit() override {
        auto* frame = new wxFrame(nullptr, wxID_ANY, "Bare frame", wxDefaultPosition, wxSize(960, 760));
        auto* file = new wxMenu;
        file->Append(wxID_EXIT);
        auto* help = new wxMenu;
        help->Append(wxID_ABOUT);
        auto* bar = new wxMenuBar;
        bar->Append(file, "&File");
        bar->Append(help, "&Help");
        frame->SetMenuBar(bar);
        frame->Bind(
            wxEVT_MENU, [frame](wxCommandEvent&) { frame->Close(); }, wxID_EXIT);
        frame->Show();
        return true;
    }
};

}  // namespace

// The macro defines a wxGetApp() this program never calls; clang (and so clang-tidy) says so.
#ifdef __clang__
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wunused-function"
#endif
wxIMPLEMENT_APP(BareApp);
#ifdef __clang__
#pragma clang diagnostic pop
#endif
