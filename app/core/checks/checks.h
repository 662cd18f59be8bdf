// The connected-mode checks: each one a pure function of an account snapshot, returning ok,
// attention or unknown with its evidence (English msgids and the values that fill them: the
// services, dates and amounts concerned) and the time the data was read. No I/O, no clock: "in
// the next 30 days" counts from the snapshot's read time, so a saved snapshot gives the same
// verdicts tomorrow.
//
// The ids are a contract: wizard items name the checks that verify them (wizards/*.xml,
// verified-by="..."), scripts read them from `vigie check --json`, and the review state keeps
// results under them.
#pragma once

#include <string>
#include <vector>

#include "ovh/snapshot.h"
#include "platform/errors.h"
#include "review/review.h"

namespace vigie::checks {

enum class Verdict { Ok, Attention, Unknown };
std::string verdictCode(Verdict verdict);  // "ok", "attention", "unknown"
std::optional<Verdict> parseVerdict(const std::string& code);
const char* verdictLabel(Verdict verdict);  // msgid: "OK", "Needs attention", "Unknown"

struct CheckResult {
    std::string id;
    Verdict verdict = Verdict::Unknown;
    std::vector<UserMessage> evidence;  // one sentence each, shown in order
    TimePoint readAt{};
};

// Every check id, in the order the checks run and are shown.
const std::vector<std::string>& checkIds();
// msgid of a check's title ("Two-factor authentication"); nullptr for an unknown id.
const char* checkTitle(const std::string& id);

std::vector<CheckResult> runChecks(const ovh::AccountSnapshot& snapshot);

// The worst verdict: attention over unknown over ok. Ok for an empty list.
Verdict overall(const std::vector<CheckResult>& results);

}  // namespace vigie::checks
