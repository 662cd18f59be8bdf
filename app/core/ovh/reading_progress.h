// How far a reading of the account has gone, in words every view can show: the requests answered
// of those planned so far (the plan grows as lists arrive) and the area of the account the last
// answer belonged to ("Security", "Billing"...). The client reports each answered route
// (ClientOptions::answered); this names its area.
#pragma once

#include <cstddef>
#include <string_view>

#include "platform/errors.h"

namespace vigie::ovh {

// msgid of the area a route belongs to ("/me/order/12/status" -> "Orders").
const char* readingArea(std::string_view path);

struct ReadingProgress {
    std::size_t done = 0;
    std::size_t planned = 0;
    const char* area = nullptr;  // msgid, nullptr before the first answer

    double fraction() const { return planned == 0 ? 0.0 : static_cast<double>(done) / static_cast<double>(planned); }
};

// "Reading the account: 12 of 40 requests (Bills and debts)…"; the core's describeReadProgress
// before the first answer.
UserMessage describeProgress(const ReadingProgress& progress);

}  // namespace vigie::ovh
