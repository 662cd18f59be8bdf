#include "cli/text_mode.h"

#include <algorithm>
#include <istream>
#include <ostream>

#include "cli/mark_command.h"
#include "cli/status_command.h"
#include "cli/terminal.h"
#include "record/record_model.h"

namespace vigie::cli {

namespace {

std::string trimmed(const std::string& text) {
    std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::optional<ItemStatus> statusKey(const std::string& reply) {
    if (reply == "d" || reply == "done") return ItemStatus::Done;
    if (reply == "t" || reply == "todo") return ItemStatus::Todo;
    if (reply == "n" || reply == "na") return ItemStatus::NotApplicable;
    if (reply == "a" || reply == "attention") return ItemStatus::Attention;
    return std::nullopt;
}

}  // namespace

TextMode::TextMode(Context& context, Profile& profile, int width)
    : context_(context),
      definitions_(context.catalog().definitions.forRegion(profile.region)),
      tr(context.translator()),
      profile_(profile),
      view_(context.out, context.translator(), context.catalog().links, profile.region, width),
      width_(width) {}

std::optional<std::string> TextMode::ask(const std::string& prompt) {
    // Room is left on the prompt's last line for the answer.
    context_.out << wrapText(prompt, std::max(20, width_ - 16)) << (prompt.back() == ' ' ? " " : "") << std::flush;
    std::string line;
    if (!std::getline(context_.in, line)) {
        endOfInput_ = true;
        context_.out << "\n";
        return std::nullopt;
    }
    return trimmed(line);
}

int TextMode::run(const std::optional<std::string>& wizardId) {
    const Definitions& definitions = definitions_;
    if (definitions.wizards.empty()) {
        context_.err << "vigie: " << tr("there is no wizard to show") << "\n";
        return 1;
    }
    if (wizardId) {
        const Wizard* wizard = definitions.findWizard(*wizardId);
        if (wizard) walkWizard(*wizard);
    } else {
        while (std::optional<std::size_t> index = chooseWizard())
            if (walkWizard(definitions.wizards[*index]) == Outcome::Quit) break;
    }
    bool saved = context_.save();
    view_.printWrapped(saved ? tr("Your answers are saved.") : tr("Your answers could not be saved."));
    return saved ? 0 : 1;
}

std::optional<std::size_t> TextMode::chooseWizard() {
    const std::vector<Wizard>& wizards = definitions_.wizards;
    context_.out << "\n";
    view_.printWrapped(format(tr("Profile: {}"), {describeProfile(tr, profile_)}));
    std::optional<std::size_t> suggested;
    for (std::size_t i = 0; i < wizards.size(); ++i) {
        std::string number = "  " + std::to_string(i + 1) + ". ";
        context_.out << number << wrapText(tr(wizards[i].title), width_, 5, displayWidth(number)) << "\n";
        view_.printWrapped(describeProgress(tr, profile_, wizards[i]), 5);
        WizardProgress progress = profile_.progress(wizards[i]);
        if (!suggested && progress.done < progress.total) suggested = i;
    }
    while (true) {
        std::optional<std::string> reply =
            ask(format(tr("Choose a wizard (1 to {}), Enter for the next one to finish, q to quit: "),
                       {std::to_string(wizards.size())}));
        if (!reply || *reply == "q") return std::nullopt;
        if (reply->empty()) return suggested.value_or(0);
        if (reply->find_first_not_of("0123456789") == std::string::npos && reply->size() < 4) {
            std::size_t number = std::stoul(*reply);
            if (number >= 1 && number <= wizards.size()) return number - 1;
        }
        view_.printWrapped(format(tr("\"{}\" is not one of the choices."), {*reply}));
    }
}

TextMode::Outcome TextMode::walkWizard(const Wizard& wizard) {
    std::size_t step = 0;
    while (step < wizard.steps.size()) {
        Outcome outcome = walkStep(wizard, step);
        if (outcome == Outcome::Quit) return Outcome::Quit;
        if (outcome == Outcome::Back) {
            if (step == 0) return Outcome::Back;
            --step;
        } else {
            ++step;
        }
    }
    finish(wizard);
    return Outcome::Next;
}

TextMode::Outcome TextMode::walkStep(const Wizard& wizard, std::size_t stepIndex) {
    const Step& step = wizard.steps[stepIndex];
    view_.printStep(wizard, stepIndex);
    if (step.items.empty()) {
        view_.printKeys(nullptr);
        std::optional<std::string> reply = ask("> ");
        if (!reply || *reply == "q") return Outcome::Quit;
        return *reply == "b" ? Outcome::Back : Outcome::Next;
    }
    std::size_t index = 0;
    while (index < step.items.size()) {
        Outcome outcome = askItem(step.items[index], index + 1, step.items.size());
        if (outcome == Outcome::Quit) return Outcome::Quit;
        if (outcome == Outcome::Back) {
            if (index == 0) return Outcome::Back;
            --index;
        } else {
            ++index;
        }
    }
    return Outcome::Next;
}

TextMode::Outcome TextMode::askItem(const Item& item, std::size_t number, std::size_t count) {
    view_.printItem(item, profile_.item(item.id), number, count);
    view_.printKeys(&item);
    while (true) {
        std::optional<std::string> reply = ask("> ");
        if (!reply || *reply == "q") return Outcome::Quit;
        if (reply->empty()) return Outcome::Next;
        if (*reply == "b") return Outcome::Back;
        if (answer(item, *reply)) return Outcome::Next;
        if (endOfInput_) return Outcome::Quit;
    }
}

bool TextMode::answer(const Item& item, const std::string& reply) {
    if (std::optional<ItemStatus> status = statusKey(reply)) {
        change(item, [&](ItemState& state) { state.status = *status; });
        return true;
    }
    if (reply == "e") {
        askNote(item);
        view_.printItemState(item, profile_.items[item.id]);
        return false;
    }
    if (reply == "v" && (item.kind == ItemKind::Date || item.kind == ItemKind::Note)) return askValue(item);
    if (reply == "v" && item.kind == ItemKind::List) {
        askEntry(item);
        view_.printItemState(item, profile_.items[item.id]);
        return false;
    }
    if (reply == "r" && item.kind == ItemKind::List && !profile_.items[item.id].entries.empty()) {
        change(item, [&](ItemState& state) { state.entries.pop_back(); });
        view_.printItemState(item, profile_.items[item.id]);
        return false;
    }
    if (item.kind == ItemKind::Choice && reply.find_first_not_of("0123456789") == std::string::npos &&
        reply.size() < 3) {
        std::size_t number = std::stoul(reply);
        if (number >= 1 && number <= item.options.size()) {
            std::string id = item.options[number - 1].id;
            change(item, [&](ItemState& state) { state.value = id; });
            return true;
        }
    }
    view_.printWrapped(format(tr("\"{}\" is not one of the choices."), {reply}));
    view_.printKeys(&item);
    return false;
}

bool TextMode::askValue(const Item& item) {
    std::string prompt = item.kind == ItemKind::Date ? tr("Date (YYYY-MM-DD): ") : tr("Answer: ");
    std::optional<std::string> reply = ask(prompt);
    if (!reply || reply->empty()) return false;
    std::string problem = checkItemValue(tr, item, *reply);
    if (!problem.empty()) {
        view_.printWrapped(problem);
        return false;
    }
    change(item, [&](ItemState& state) { state.value = *reply; });
    return true;
}

// A row in three answers: its name, then the number of an option, then a date; an empty name
// adds nothing, an empty way or date leaves it out.
bool TextMode::askEntry(const Item& item) {
    std::optional<std::string> name = ask(tr("Name: "));
    if (!name || name->empty()) return false;
    ListEntry entry{*name, {}, {}};
    for (std::size_t i = 0; i < item.options.size(); ++i)
        view_.printWrapped(std::to_string(i + 1) + ") " + tr(item.options[i].label), 2);
    while (std::optional<std::string> way =
               ask(format(tr("Choice (1 to {}, empty for none): "), {std::to_string(item.options.size())}))) {
        if (way->empty()) break;
        if (way->find_first_not_of("0123456789") == std::string::npos && way->size() < 3) {
            std::size_t number = std::stoul(*way);
            if (number >= 1 && number <= item.options.size()) {
                entry.option = item.options[number - 1].id;
                break;
            }
        }
        view_.printWrapped(format(tr("\"{}\" is not one of the choices."), {*way}));
    }
    Item dateItem;
    dateItem.kind = ItemKind::Date;
    while (std::optional<std::string> date = ask(tr("Date (YYYY-MM-DD, empty for none): "))) {
        std::string problem = date->empty() ? std::string() : checkItemValue(tr, dateItem, *date);
        if (problem.empty()) {
            entry.date = *date;
            break;
        }
        view_.printWrapped(problem);
    }
    change(item, [&](ItemState& state) {
        state.entries.push_back(entry);
        if (state.status == ItemStatus::Todo) state.status = ItemStatus::Done;
    });
    return true;
}

void TextMode::askNote(const Item& item) {
    std::optional<std::string> reply = ask(tr("Note (an empty line removes it): "));
    if (!reply) return;
    change(item, [&](ItemState& state) { state.note = *reply; });
}

// Records a change the way the window does: time-stamped, an answer completes a to-do item, and
// saved at once so nothing typed is lost if the terminal closes.
void TextMode::change(const Item& item, const std::function<void(ItemState&)>& edit) {
    ItemState& state = profile_.items[item.id];
    std::string valueBefore = state.value;
    edit(state);
    if (state.value != valueBefore && !state.value.empty() && state.status == ItemStatus::Todo)
        state.status = ItemStatus::Done;
    state.changed = now();
    context_.save();
}

void TextMode::finish(const Wizard& wizard) {
    profile_.passes.push_back({wizard.id, now()});
    context_.save();
    std::string message = format(tr("\"{}\" is complete."), {tr(wizard.title)});
    if (auto next = profile_.nextReview()) message += " " + format(tr("Next review: {}"), {toLocalDate(*next)});
    context_.out << "\n";
    view_.printWrapped(message);
}

}  // namespace vigie::cli
