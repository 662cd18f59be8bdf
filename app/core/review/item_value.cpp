#include "review/item_value.h"

#include <ctime>

namespace vigie {

bool isCalendarDate(const std::string& text) {
    if (text.size() != 10) return false;
    std::tm parts{};
    const char* end = strptime(text.c_str(), "%Y-%m-%d", &parts);
    if (!end || *end != '\0') return false;
    std::tm normalized = parts;
    normalized.tm_isdst = -1;
    std::mktime(&normalized);  // 2026-02-30 becomes March 2nd: not what was typed
    return normalized.tm_mday == parts.tm_mday && normalized.tm_mon == parts.tm_mon;
}

namespace {

std::string optionIds(const Item& item) {
    std::string ids;
    for (const Option& option : item.options) ids += (ids.empty() ? "" : ", ") + option.id;
    return ids;
}

}  // namespace

UserMessage checkItemValue(const Item& item, const std::string& value) {
    if (value.empty()) return {};
    switch (item.kind) {
        case ItemKind::Confirm:
            return {N_("item \"{}\" takes no value"), {item.id}};
        case ItemKind::Choice:
            for (const Option& option : item.options)
                if (option.id == value) return {};
            return {N_("\"{}\" is not an option of \"{}\"; choose one of: {}"), {value, item.id, optionIds(item)}};
        case ItemKind::Date:
            if (isCalendarDate(value)) return {};
            return {N_("\"{}\" is not a date; write it as YYYY-MM-DD"), {value}};
        case ItemKind::List:
            return {N_("item \"{}\" is a list: add its rows in the window or with vigie --text"), {item.id}};
        case ItemKind::Note:
            break;
    }
    return {};
}

}  // namespace vigie
