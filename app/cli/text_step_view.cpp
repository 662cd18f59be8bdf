#include "cli/text_step_view.h"

#include <ostream>

#include "cli/terminal.h"
#include "review/presentation.h"

namespace vigie::cli {

const char* terminalMark(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done:
            return "[x]";
        case ItemStatus::NotApplicable:
            return "[-]";
        case ItemStatus::Attention:
            return "[!]";
        case ItemStatus::Todo:
            break;
    }
    return "[ ]";
}

StepView::StepView(std::ostream& out, const Translator& translator, const LinkCatalog& links, Region region, int width)
    : out_(out), tr(translator), links_(links), region_(region), width_(width) {}

void StepView::printWrapped(const std::string& text, int indent) const {
    out_ << std::string(static_cast<std::size_t>(indent), ' ') << wrapText(text, width_, indent) << "\n";
}

std::string StepView::resolve(const std::string& target) const {
    return links_.resolve(target, region_, tr.language()).value_or("");
}

void StepView::printStep(const Wizard& wizard, std::size_t stepIndex) const {
    const Step& step = wizard.steps[stepIndex];
    std::string rule;
    for (int i = 0; i < width_; ++i) rule += "\u2500";
    out_ << "\n" << rule << "\n";
    printWrapped(format(tr("{} \u00B7 step {} of {}"),
                        {tr(wizard.title), std::to_string(stepIndex + 1), std::to_string(wizard.steps.size())}));
    printWrapped(tr(step.title));
    out_ << "\n";
    printBlocks(step);
    printPanels(step);
    printLinks(step);
    printWidgets(step);
}

// A list entry hangs under its text, not under its bullet.
void StepView::printEntry(const std::string& bullet, const std::string& text) const {
    std::string head = "  " + bullet + " ";
    out_ << head << wrapText(text, width_, displayWidth(head), displayWidth(head)) << "\n";
}

void StepView::printBlocks(const Step& step) const {
    bool first = true;
    for (const TextBlock& block : step.blocks) {
        if (!first) out_ << "\n";
        first = false;
        std::size_t number = 0;
        for (const std::string& text : block.texts) {
            switch (block.kind) {
                case BlockKind::Paragraph:
                    printWrapped(tr(text));
                    break;
                case BlockKind::Tip:
                    printWrapped(format(tr("Tip: {}"), {tr(text)}), 2);
                    break;
                case BlockKind::Warning:
                    printWrapped(format(tr("Warning: {}"), {tr(text)}), 2);
                    break;
                case BlockKind::BulletList:
                    printEntry("\u2022", tr(text));
                    break;
                case BlockKind::NumberedList:
                    printEntry(std::to_string(++number) + ".", tr(text));
                    break;
            }
        }
    }
}

void StepView::printPanels(const Step& step) const {
    for (const PanelPath& panel : step.panels) {
        out_ << "\n";
        printWrapped(format(tr("In the Control Panel: {}"), {controlPanelPath(panel, tr)}));
        std::string address = panel.page.empty() ? std::string() : resolve("page:" + panel.page);
        if (!address.empty()) out_ << "  " << address << "\n";
    }
}

void StepView::printLinks(const Step& step) const {
    if (step.links.empty()) return;
    out_ << "\n" << tr("Links:") << "\n";
    for (const Link& link : step.links) {
        printWrapped(tr(link.text), 2);
        std::string address = resolve(link.target);
        if (!address.empty()) out_ << "    " << address << "\n";
    }
}

// The passphrase generator and the authenticator check are offered on the step itself
// (TextMode::offerTools); the meter reads a password, which belongs in its own command.
void StepView::printWidgets(const Step& step) const {
    for (const std::string& widget : step.widgets) {
        if (widget != "password-meter") continue;
        out_ << "\n";
        printWrapped(
            tr("To check a password's strength, run \"vigie password\" in another terminal: it reads the "
               "password without showing it."));
    }
}

void StepView::printItem(const Item& item, const ItemState* state, std::size_t number, std::size_t count) const {
    ItemState empty;
    if (!state) state = &empty;
    std::string head =
        std::string(terminalMark(state->status)) + " " + std::to_string(number) + "/" + std::to_string(count) + "  ";
    out_ << "\n" << head << wrapText(tr(item.label), width_, 4, displayWidth(head)) << "\n";
    if (!item.help.empty()) printWrapped(tr(item.help), 4);
    for (std::size_t i = 0; i < item.options.size(); ++i)
        printWrapped(std::to_string(i + 1) + ") " + tr(item.options[i].label), 6);
    printItemState(item, *state);
}

void StepView::printItemState(const Item& item, const ItemState& state) const {
    std::string line = format(tr("Status: {}"), {tr(statusLabelOf(state))});
    const std::string answer = answerText(item, state, tr);
    if (!answer.empty()) line += " \u00B7 " + format(tr("Answer: {}"), {answer});
    printWrapped(line, 4);
    for (const ListEntry& entry : state.entries) printEntry("\u2022", describeListEntry(item, entry, tr));
    if (!state.note.empty()) printWrapped(format(tr("Note: {}"), {state.note}), 4);
}

void StepView::printVerification(const checks::ItemVerification& verification, TimePoint now) const {
    printWrapped(format(tr("Account check: {}"), {tr(checks::verdictItemLabel(verification.verdict))}) + " \u00B7 " +
                     tr(checks::readingAge(verification.readAt, now)),
                 4);
    for (const UserMessage& line : verification.evidence) printEntry("  \u2022", tr(line));
    printDisagreement(verification);
}

void StepView::printDisagreement(const checks::ItemVerification& verification) const {
    if (verification.disagrees) printWrapped(format(tr("Warning: {}"), {tr(verification.disagreement)}), 4);
}

void StepView::printClosureConditions(const checks::ClosureReadiness& readiness) const {
    out_ << "\n";
    printWrapped(tr("What the account read says:"));
    for (const checks::ClosureCondition& condition : readiness.conditions) {
        std::string mark = condition.verdict ? "[" + tr(checks::verdictItemLabel(*condition.verdict)) + "]" : "[?]";
        printEntry(mark, format(tr("{}: {}"), {tr(condition.title), tr(condition.fact)}));
        for (const UserMessage& line : condition.evidence) printEntry("    \u2022", tr(line));
    }
}

void StepView::printClosureReadiness(const checks::ClosureReadiness& readiness) const {
    out_ << "\n";
    printWrapped(tr(readiness.summary));
    if (readiness.state == checks::ClosureState::NotConnected) return;
    for (const checks::ClosureCondition& condition : readiness.conditions)
        if (condition.verdict != checks::Verdict::Ok)
            printEntry("\u2022", format(tr("{}: {}"), {tr(condition.title), tr(condition.fact)}));
}

// "d: done · t: to do" wraps between entries, never inside one: spaces inside an entry become
// no-break spaces, which wrapText does not break at.
std::string keepEntriesWhole(const std::string& keys) {
    const std::string separator = " \u00B7 ";
    std::string out;
    std::size_t start = 0;
    while (start <= keys.size()) {
        std::size_t end = keys.find(separator, start);
        std::string entry = keys.substr(start, end == std::string::npos ? std::string::npos : end - start);
        for (std::size_t at = entry.find(' '); at != std::string::npos; at = entry.find(' ', at))
            entry.replace(at, 1, "\u00A0");
        out += (out.empty() ? "" : separator) + entry;
        if (end == std::string::npos) break;
        start = end + separator.size();
    }
    return out;
}

void StepView::printToolKeys(bool passphrase, bool authenticator) const {
    std::string keys = tr("Enter: go on \u00B7 b: back \u00B7 q: quit");
    if (passphrase) keys += " \u00B7 " + tr("p: make a passphrase");
    if (authenticator) keys += " \u00B7 " + tr("c: check your authenticator app");
    printWrapped(keepEntriesWhole(keys));
}

void StepView::printKeys(const Item* item) const {
    if (!item) {
        printWrapped(keepEntriesWhole(tr("Enter: next step \u00B7 b: back \u00B7 q: quit")));
        return;
    }
    std::string keys =
        tr("Enter: next \u00B7 d: done \u00B7 t: to do \u00B7 n: not applicable \u00B7 "
           "a: needs attention \u00B7 e: note \u00B7 b: back \u00B7 q: quit");
    if (item->kind == ItemKind::Choice)
        keys += " \u00B7 " + format(tr("1 to {}: choose"), {std::to_string(item->options.size())});
    if (item->kind == ItemKind::Date || item->kind == ItemKind::Note) keys += " \u00B7 " + tr("v: answer");
    if (item->kind == ItemKind::List) keys += " \u00B7 " + tr("v: add a row \u00B7 r: remove the last row");
    printWrapped(keepEntriesWhole(keys));
}

}  // namespace vigie::cli
