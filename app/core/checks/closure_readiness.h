// Whether the account can be closed, as verified facts from the profile's stored readings: the
// closure wizard's preconditions (no service left, nothing to pay, no order in progress) and the
// erasure step's answer to "is the account ready?". Decided here once, for the window, the
// terminal mode and the record. Without readings the conditions are the user's own statement,
// and the readiness says so rather than guess.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "definitions/definitions.h"
#include "review/review.h"

namespace vigie::checks {

// One precondition of the closure.
struct ClosureCondition {
    std::string checkId;  // "closure.no-active-services", "billing.unpaid", "orders.in-progress"
    const char* title = nullptr;  // msgid: "Services left", "Unpaid amounts", "Orders in progress"
    std::optional<Verdict> verdict;  // nullopt: never read
    UserMessage fact;  // "No service is left.", "Some services are still active.", "Not read yet." ...
    std::vector<UserMessage> evidence;  // the check's own evidence: the services, amounts, orders
    std::optional<TimePoint> readAt;
};

enum class ClosureState {
    Ready,  // every condition read and verified
    NotReady,  // at least one condition needs attention
    Unverified,  // none needs attention, but at least one could not be verified or was not read
    NotConnected,  // no condition was read
};

struct ClosureReadiness {
    ClosureState state = ClosureState::NotConnected;
    std::vector<ClosureCondition> conditions;  // in the wizard's order
    UserMessage summary;  // the erasure step's sentence
    std::optional<TimePoint> readAt;  // the oldest reading the conclusion rests on
    bool ready() const { return state == ClosureState::Ready; }
};

// The check ids of the closure's preconditions, in the closure wizard's order (its
// "preconditions" step names them; a test holds the wizard to this list).
const std::vector<std::string>& closureCheckIds();

ClosureReadiness closureReadiness(const Profile& profile);

// Where a view shows it: the closure wizard's "preconditions" step lists the conditions as
// facts, its erasure step ("request") says whether the account is ready; other steps, nothing.
enum class ClosurePart { None, Conditions, Erasure };
ClosurePart closurePartOf(const Wizard& wizard, const Step& step);

}  // namespace vigie::checks
