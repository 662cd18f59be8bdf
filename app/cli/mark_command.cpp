#include "cli/mark_command.h"

#include <ctime>
#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/nearest_ids.h"
#include "cli/usage.h"
#include "platform/text_hygiene.h"

namespace vigie::cli {

namespace {

bool isCalendarDate(const std::string& text) {
    std::tm parts{};
    const char* end = strptime(text.c_str(), "%Y-%m-%d", &parts);
    if (!end || *end != '\0' || text.size() != 10) return false;
    std::tm normalized = parts;
    normalized.tm_isdst = -1;
    std::mktime(&normalized);  // 2026-02-30 becomes March 2nd: not what was typed
    return normalized.tm_mday == parts.tm_mday && normalized.tm_mon == parts.tm_mon;
}

std::string optionIds(const Item& item) {
    std::string ids;
    for (const Option& option : item.options) ids += (ids.empty() ? "" : ", ") + option.id;
    return ids;
}

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

void apply(ItemState& state, ItemStatus status, const ParsedArguments& parsed) {
    state.status = status;
    state.unknownStatus.clear();
    if (auto note = parsed.value("note")) state.note = *note;
    if (auto value = parsed.value("value")) state.value = *value;
    state.changed = now();
}

}  // namespace

std::string checkItemValue(const Translator& tr, const Item& item, const std::string& value) {
    switch (item.kind) {
        case ItemKind::Confirm:
            return format(tr("item \"{}\" takes no value"), {item.id});
        case ItemKind::Choice:
            for (const Option& option : item.options)
                if (option.id == value) return {};
            return format(tr("\"{}\" is not an option of \"{}\"; choose one of: {}"),
                          {value, item.id, optionIds(item)});
        case ItemKind::Date:
            if (isCalendarDate(value)) return {};
            return format(tr("\"{}\" is not a date; write it as YYYY-MM-DD"), {value});
        case ItemKind::List:
            return format(tr("item \"{}\" is a list: add its rows in the window or with vigie --text"), {item.id});
        case ItemKind::Note:
            break;
    }
    return {};
}

int runMarkCommand(const std::vector<std::string>& args, Context& context) {
    const Translator& tr = context.translator();
    ParsedArguments parsed = parseArguments(args, {{"note", 0, true}, {"value", 0, true}, {"profile", 0, true}}, tr);
    if (parsed.has("help")) {
        context.out << synopsis("mark", tr);
        return kExitOk;
    }
    if (parsed.positionals.size() != 2)
        return usageError(context.err, tr("mark needs an item id and a status"), "mark", tr);
    const std::string& id = parsed.positionals[0];
    std::optional<ItemStatus> status = parseStatus(parsed.positionals[1]);
    if (!status)
        return usageError(context.err,
                          format(tr("unknown status \"{}\": use done, todo, na or attention"), {parsed.positionals[1]}),
                          "mark", tr);
    const Item* item = context.catalog().definitions.findItem(id);
    if (!item) return unknownItem(context, id);
    for (const char* text : {"note", "value"})
        if (auto given = parsed.value(text))
            if (auto problem = userTextProblem(*given)) return usageError(context.err, tr(*problem), "mark", tr);
    if (auto value = parsed.value("value")) {
        std::string problem = checkItemValue(tr, *item, *value);
        if (!problem.empty()) return usageError(context.err, problem, "mark", tr);
    }
    Profile* profile = context.profile(parsed.value("profile"));
    if (!profile) return kExitFailure;
    apply(profile->items[id], *status, parsed);
    if (!context.save()) return kExitFailure;
    context.out << id << ": " << tr(statusLabel(*status)) << "\n";
    return kExitOk;
}

}  // namespace vigie::cli
