// How the terminal mode shows a step and an item: the same content as the desktop window (text,
// Control Panel path, links for the profile's region), wrapped to the terminal's width.
#pragma once

#include <iosfwd>
#include <string>

#include "checks/closure_readiness.h"
#include "checks/item_verification.h"
#include "definitions/definitions.h"
#include "definitions/links.h"
#include "i18n/translator.h"
#include "review/review.h"

namespace vigie::cli {

// "[x]" done, "[ ]" to do, "[-]" not applicable, "[!]" needs attention: plain ASCII, so any
// terminal shows them.
const char* terminalMark(ItemStatus status);

// "d: done · t: to do · q: quit" with the spaces inside each entry made unbreakable, so a
// wrapped line breaks between entries only.
std::string keepEntriesWhole(const std::string& entries);

class StepView {
public:
    StepView(std::ostream& out, const Translator& tr, const LinkCatalog& links, Region region, int width);

    void printStep(const Wizard& wizard, std::size_t stepIndex) const;
    void printItem(const Item& item, const ItemState* state, std::size_t number, std::size_t count) const;
    void printItemState(const Item& item, const ItemState& state) const;
    // What the account read says about an item: the verdict and when it was read, its evidence,
    // and the disagreement with the user's own status when there is one.
    void printVerification(const checks::ItemVerification& verification, TimePoint now) const;
    void printDisagreement(const checks::ItemVerification& verification) const;
    // The closure's preconditions as verified facts, or whether the account is ready to close.
    void printClosureConditions(const checks::ClosureReadiness& readiness) const;
    void printClosureReadiness(const checks::ClosureReadiness& readiness) const;
    void printKeys(const Item* item) const;
    // The keys of a step's tools, before its checklist.
    void printToolKeys(bool passphrase, bool authenticator) const;
    // A paragraph wrapped to the width, after `indent` spaces.
    void printWrapped(const std::string& text, int indent = 0) const;

private:
    void printBlocks(const Step& step) const;
    void printEntry(const std::string& bullet, const std::string& text) const;
    void printPanels(const Step& step) const;
    void printLinks(const Step& step) const;
    void printWidgets(const Step& step) const;
    std::string resolve(const std::string& target) const;

    std::ostream& out_;
    const Translator& tr;  // named tr so xgettext finds the strings
    const LinkCatalog& links_;
    Region region_;
    int width_;
};

}  // namespace vigie::cli
