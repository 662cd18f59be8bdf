#include "checks/check_evidence.h"

#include <cstdio>
#include <ctime>

namespace vigie::checks {

std::optional<std::string> text(const json& object, const char* key) {
    if (!object.is_object()) return std::nullopt;
    auto it = object.find(key);
    if (it == object.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

std::optional<bool> flag(const json& object, const char* key) {
    if (!object.is_object()) return std::nullopt;
    auto it = object.find(key);
    if (it == object.end() || !it->is_boolean()) return std::nullopt;
    return it->get<bool>();
}

std::optional<double> number(const json& object, const char* key) {
    if (!object.is_object()) return std::nullopt;
    auto it = object.find(key);
    if (it == object.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

const json* at(const json& object, std::initializer_list<const char*> path) {
    const json* node = &object;
    for (const char* key : path) {
        if (!node->is_object()) return nullptr;
        auto it = node->find(key);
        if (it == node->end()) return nullptr;
        node = &*it;
    }
    return node;
}

bool has(const json& object, const char* key) { return object.is_object() && object.contains(key); }

std::optional<TimePoint> parseApiDate(const std::string& value) {
    int year = 0, month = 0, day = 0;
    if (value.size() < 10 || std::sscanf(value.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3) return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    return TimePoint(std::chrono::seconds(static_cast<long long>(timegm(&tm))));
}

std::optional<TimePoint> date(const json& object, const char* key) {
    auto value = text(object, key);
    return value ? parseApiDate(*value) : std::nullopt;
}

std::string dayOf(TimePoint t) { return toIso8601(t).substr(0, 10); }

std::string price(const json& object, const char* key) {
    const json* value = at(object, {key});
    if (!value || !value->is_object()) return {};
    if (auto words = text(*value, "text")) return *words;
    auto amount = number(*value, "value");
    if (!amount) return {};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", *amount);
    return std::string(buffer) + " " + text(*value, "currencyCode").value_or("");
}

std::string joinNames(const std::vector<std::string>& names, std::size_t shown) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > shown) out += " (+" + std::to_string(names.size() - shown) + ")";
    return out;
}

std::string serviceName(const json& service) {
    if (const json* display = at(service, {"resource", "displayName"});
        display && display->is_string() && !display->get<std::string>().empty())
        return display->get<std::string>();
    if (const json* name = at(service, {"resource", "name"}); name && name->is_string())
        return name->get<std::string>();
    if (const json* id = at(service, {"serviceId"}); id && id->is_number_integer()) return "#" + id->dump();
    return "?";
}

std::string maskPhone(const std::string& phone) {
    if (phone.size() <= 6) return phone;
    std::string out = phone.substr(0, 4);
    for (std::size_t i = 4; i + 2 < phone.size(); ++i) out += phone[i] == ' ' ? " " : "\u2022";
    return out + phone.substr(phone.size() - 2);
}

std::string lowerCase(std::string value) {
    for (char& c : value)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return value;
}

}  // namespace vigie::checks
