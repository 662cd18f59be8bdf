// Whole numbers as each language writes them: 52,579 in English, 52 579 in French (with a
// narrow no-break space, U+202F, as French typography and CLDR have it).
#pragma once

#include <cstdint>
#include <string>

#include "i18n/translator.h"

namespace vigie::password {

std::string formatCount(std::uint64_t value, Language language);

}  // namespace vigie::password
