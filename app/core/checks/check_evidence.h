// Small readers for the checks: defensive access to the API's JSON (a missing field, a null or a
// value of the wrong type reads as "absent", never throws) and the wording of names, dates and
// amounts in evidence.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "review/review.h"

namespace vigie::checks {

using nlohmann::json;

// `object[key]` as a string / bool / number when it is one; nullopt otherwise.
std::optional<std::string> text(const json& object, const char* key);
std::optional<bool> flag(const json& object, const char* key);
std::optional<double> number(const json& object, const char* key);
// The object at a path of keys ("billing", "renew", "current"), or nullptr.
const json* at(const json& object, std::initializer_list<const char*> path);
// True when the key exists (its value may be null).
bool has(const json& object, const char* key);

// "2026-12-01" from a date or datetime ("2026-12-01T10:00:00+01:00"); the start of that day UTC.
std::optional<TimePoint> parseApiDate(const std::string& text);
std::optional<TimePoint> date(const json& object, const char* key);
std::string dayOf(TimePoint t);  // "2026-12-01"

// An order.Price as the API words it ("12.00 €"), else value and currency; "" when absent.
std::string price(const json& object, const char* key);

// "a, b, c" for up to `shown` names, then "a, b, c (+4)".
std::string joinNames(const std::vector<std::string>& names, std::size_t shown = 8);

// How a service is named in evidence: its display name, else its resource name, else its id.
std::string serviceName(const json& service);

// "+33 6•••••••12": enough to recognise a number without printing it whole.
std::string maskPhone(const std::string& phone);

std::string lowerCase(std::string text);

}  // namespace vigie::checks
