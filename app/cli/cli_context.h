// What every command shares: the translator of this run, the wizards, the review state and the
// output streams. Wizards and state load on first use, so `vigie --version` touches no file.
// Changes go through the core's ReviewEditor, with this context as its sink: the command line
// writes the state file at once after every change.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "definitions/definitions_loader.h"
#include "i18n/translator.h"
#include "review/review_editor.h"
#include "review/review_store.h"

namespace vigie::cli {

class Context : public ReviewSink {
public:
    Context(Language language, std::istream& in, std::ostream& out, std::ostream& err);

    const Translator& translator() const { return translator_; }
    Language language() const { return translator_.language(); }
    std::istream& in;
    std::ostream& out;
    std::ostream& err;

    // The wizards; files that cannot be used are reported on `err` as warnings, once.
    const Catalog& catalog();
    // The review state; a file that had to be moved aside is reported on `err`.
    const ReviewState& state();
    // The one editor of the review state.
    ReviewEditor& editor();
    // The profile named by --profile (label, NIC handle or id), or the current one. Prints an
    // error listing the profiles and returns nullptr when the name matches none.
    const Profile* profile(const std::optional<std::string>& name);
    // Writes the state; prints the reason and returns false when it cannot.
    bool save();
    // False once a save after an edit failed (the reason was printed).
    bool savedEverything() const { return savedEverything_; }

    // ReviewSink: the command line saves at once, typing or not.
    void reviewChanged(Pace pace) override;

    // The raw terminals behind `out` and `err` (terminalBehind in progress_line.h), for a
    // ProgressLine only; nullptr when they are not terminals.
    void setTerminals(std::ostream* out, std::ostream* err) {
        terminalOut_ = out;
        terminalErr_ = err;
    }
    std::ostream* terminalOut() const { return terminalOut_; }
    std::ostream* terminalErr() const { return terminalErr_; }

private:
    ReviewState& loadedState();

    Translator translator_;
    ReviewStore store_;
    std::optional<Catalog> catalog_;
    std::optional<ReviewState> state_;
    std::unique_ptr<ReviewEditor> editor_;
    bool savedEverything_ = true;
    std::ostream* terminalOut_ = nullptr;
    std::ostream* terminalErr_ = nullptr;
};

}  // namespace vigie::cli
