#include "ovh/reading_progress.h"

#include <string>

#include "ovh/snapshot_reader.h"

namespace vigie::ovh {
namespace {

bool startsWith(std::string_view path, std::string_view prefix) {
    return path.substr(0, prefix.size()) == prefix &&
           (path.size() == prefix.size() || path[prefix.size()] == '/' || path[prefix.size()] == '?');
}

}  // namespace

const char* readingArea(std::string_view path) {
    if (startsWith(path, "/me/accessRestriction")) return N_("Security");
    if (startsWith(path, "/me/api") || startsWith(path, "/auth")) return N_("API keys");
    if (startsWith(path, "/me/autorenew") || startsWith(path, "/me/payment")) return N_("Renewals and payment");
    if (startsWith(path, "/me/order")) return N_("Orders");
    if (startsWith(path, "/me/debtAccount") || startsWith(path, "/me/bill")) return N_("Bills and debts");
    if (startsWith(path, "/services")) return N_("Services");
    if (startsWith(path, "/domain")) return N_("Domains");
    return N_("Account details");
}

UserMessage describeProgress(const ReadingProgress& progress) {
    if (!progress.area) return describeReadProgress(progress.done, progress.planned);
    const std::string done = std::to_string(progress.done);
    const std::string planned = std::to_string(progress.planned);
    return {N_("Reading the account: {} of {} requests ({})\u2026"), {done, planned, progress.area}, {2}};
}

}  // namespace vigie::ovh
