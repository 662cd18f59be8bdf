#include "cli/mark_command.h"

#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/nearest_ids.h"
#include "cli/usage.h"
#include "platform/text_hygiene.h"
#include "review/item_value.h"
#include "review/presentation.h"

namespace vigie::cli {

namespace {

int unknownItem(Context& context, const std::string& id) {
    const Translator& tr = context.translator();
    std::string message = format(tr("unknown item \"{}\""), {id});
    std::vector<std::string> nearest = nearestIds(id, context.catalog().definitions.allItemIds());
    if (!nearest.empty()) {
        message += "\n" + tr("Did you mean:");
        for (const std::string& candidate : nearest) message += "\n  " + candidate;
    }
    return usageError(context.err, message, "mark", tr);
}

// "alpha.password.length: Done · Answer: 2026-11-27".
std::string describeItem(const Translator& tr, const Item& item, const ItemState& state) {
    std::string line = item.id + ": " + tr(statusLabelOf(state));
    std::string answer = answerText(item, state, tr);
    if (!answer.empty()) line += " \u00B7 " + format(tr("Answer: {}"), {answer});
    return line;
}

}  // namespace

int runMarkCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args, {{"note", 0, true}, {"value", 0, true}, {"profile", 0, true}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("mark", tr);
        return kExitOk;
    }
    ItemEdit edit;
    edit.answer = parsed.value("value");
    edit.note = parsed.value("note");
    const std::size_t words = parsed.positionals.size();
    if (words == 0 || words > 2 || (words == 1 && !edit.answer && !edit.note))
        return usageError(context.err, tr("mark needs an item id and a status, an answer (--value) or a note (--note)"),
                          "mark", tr);
    const std::string& id = parsed.positionals[0];
    if (words == 2) {
        edit.status = parseStatus(parsed.positionals[1]);
        if (!edit.status)
            return usageError(
                context.err,
                format(tr("unknown status \"{}\": use done, todo, na or attention"), {parsed.positionals[1]}), "mark",
                tr);
    }
    const Item* item = context.catalog().definitions.findItem(id);
    if (!item) return unknownItem(context, id);
    for (const char* text : {"note", "value"})
        if (auto given = parsed.value(text))
            if (auto problem = userTextProblem(*given)) return usageError(context.err, tr(*problem), "mark", tr);
    if (edit.answer) {
        UserMessage problem = checkItemValue(*item, *edit.answer);
        if (!problem.empty()) return usageError(context.err, tr(problem), "mark", tr);
    }
    const Profile* profile = context.profile(parsed.value("profile"));
    if (!profile) return kExitFailure;
    context.editor().edit(profile->id, *item, edit);
    if (!context.savedEverything()) return kExitFailure;
    context.out << describeItem(tr, *item, context.editor().itemState(profile->id, id)) << "\n";
    return kExitOk;
}

}  // namespace vigie::cli
