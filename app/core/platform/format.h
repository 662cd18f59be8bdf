// Fills "{}" placeholders in order. Keeps translated sentences whole (the translator moves the
// placeholder) without printf's format-string hazards.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args);
std::string format(std::string_view pattern, const std::vector<std::string>& args);

}  // namespace vigie
