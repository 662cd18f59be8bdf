#include "review/review.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iomanip>
#include <random>
#include <sstream>

#include "i18n/translator.h"
#include "review/worded_time.h"

namespace vigie {

TimePoint now() { return std::chrono::time_point_cast<std::chrono::seconds>(Clock::now()); }

std::string toIso8601(TimePoint t) {
    std::time_t seconds = Clock::to_time_t(t);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::optional<TimePoint> parseIso8601(const std::string& text) {
    std::tm utc{};
    std::istringstream in(text);
    in >> std::get_time(&utc, "%Y-%m-%dT%H:%M:%S");
    if (in.fail() || in.get() != 'Z' || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
    // system_clock counts nanoseconds: beyond 2262 every conversion overflows (the fuzzer's
    // "8638-11-03" did). A review date outside 1970-2200 is a format problem, not a date.
    const int year = utc.tm_year + 1900;
    if (year < 1970 || year > 2200) return std::nullopt;
    return TimePoint(std::chrono::seconds(timegm(&utc)));
}

UserMessage withLocalDateTime(const char* msgid, TimePoint t, std::vector<std::string> more) {
    static const char* const kMonths[12] = {N_("January"),   N_("February"), N_("March"),    N_("April"),
                                            N_("May"),       N_("June"),     N_("July"),     N_("August"),
                                            N_("September"), N_("October"),  N_("November"), N_("December")};
    std::time_t seconds = Clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    char hour[8];
    char minute[8];
    std::snprintf(hour, sizeof hour, "%02d", local.tm_hour % 100);
    std::snprintf(minute, sizeof minute, "%02d", local.tm_min % 100);
    std::vector<std::string> args{std::to_string(local.tm_mday), kMonths[local.tm_mon % 12],
                                  std::to_string(local.tm_year + 1900), hour, minute};
    args.insert(args.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    return UserMessage{msgid, std::move(args), {1}};
}

std::string toLocalDate(TimePoint t) {
    std::time_t seconds = Clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

TimePoint addMonths(TimePoint t, int months) {
    std::time_t seconds = Clock::to_time_t(t);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    int month = utc.tm_mon + months;
    utc.tm_year += month >= 0 ? month / 12 : (month - 11) / 12;
    utc.tm_mon = ((month % 12) + 12) % 12;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = utc.tm_year + 1900;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int length = days[utc.tm_mon] + (utc.tm_mon == 1 && leap ? 1 : 0);
    utc.tm_mday = std::min(utc.tm_mday, length);
    return std::chrono::time_point_cast<std::chrono::seconds>(Clock::from_time_t(timegm(&utc)));
}

std::string statusCode(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done:
            return "done";
        case ItemStatus::NotApplicable:
            return "na";
        case ItemStatus::Attention:
            return "attention";
        case ItemStatus::Todo:
            break;
    }
    return "todo";
}

std::optional<ItemStatus> parseStatus(const std::string& code) {
    for (ItemStatus status : allStatuses())
        if (statusCode(status) == code) return status;
    return std::nullopt;
}

std::string describeListEntry(const Item& item, const ListEntry& entry, const Translator& tr) {
    std::string text = entry.name;
    auto add = [&](const std::string& part) {
        if (!part.empty()) text += (text.empty() ? "" : " \u00B7 ") + part;
    };
    for (const Option& option : item.options)
        if (option.id == entry.option) add(tr(option.label));
    add(entry.date);
    return text;
}

const char* statusLabelOf(const ItemState& state) {
    return state.unknownStatus.empty() ? statusLabel(state.status) : N_("Unknown status (set by a newer Vigie)");
}

const char* statusLabel(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done:
            return N_("Done");
        case ItemStatus::NotApplicable:
            return N_("Not applicable");
        case ItemStatus::Attention:
            return N_("Needs attention");
        case ItemStatus::Todo:
            break;
    }
    return N_("To do");
}

const std::vector<ItemStatus>& allStatuses() {
    static const std::vector<ItemStatus> statuses{ItemStatus::Todo, ItemStatus::Done, ItemStatus::NotApplicable,
                                                  ItemStatus::Attention};
    return statuses;
}

const ItemState* Profile::item(const std::string& itemId) const {
    auto it = items.find(itemId);
    return it == items.end() ? nullptr : &it->second;
}

WizardProgress Profile::progress(const Wizard& wizard) const {
    WizardProgress progress;
    for (const Step& step : wizard.steps)
        for (const Item& definition : step.items) {
            ++progress.total;
            const ItemState* state = item(definition.id);
            if (!state) continue;
            if (state->status == ItemStatus::Done || state->status == ItemStatus::NotApplicable) ++progress.done;
            if (state->status == ItemStatus::Attention) ++progress.attention;
        }
    if (const CompletedPass* last = latestPass(wizard.id)) {
        progress.lastReviewed = last->completed;
        progress.lastIncomplete = last->incomplete;
    }
    return progress;
}

const CompletedPass* Profile::latestPass(const std::string& wizardId) const {
    const CompletedPass* latest = nullptr;
    for (const CompletedPass& pass : passes)
        if (pass.wizardId == wizardId && (!latest || pass.completed >= latest->completed)) latest = &pass;
    return latest;
}

std::optional<TimePoint> Profile::lastPass(const std::string& wizardId) const {
    const CompletedPass* latest = latestPass(wizardId);
    return latest ? std::optional<TimePoint>(latest->completed) : std::nullopt;
}

std::optional<TimePoint> Profile::nextReview() const {
    std::optional<TimePoint> last;
    for (const CompletedPass& pass : passes)
        if (!last || pass.completed > *last) last = pass.completed;
    if (!last) return std::nullopt;
    return addMonths(*last, reviewPeriodMonths);
}

bool isDefaultProfileLabel(const std::string& label) {
    if (label == kDefaultProfileLabel) return true;
    static const std::string french = Translator(Language::French)(kDefaultProfileLabel);
    return label == french;
}

namespace {

std::string newProfileId() {
    std::random_device random;
    std::ostringstream id;
    id << std::hex << std::setfill('0');
    for (int i = 0; i < 4; ++i) id << std::setw(4) << (random() & 0xffff);
    return id.str();
}

}  // namespace

Profile& ReviewState::addProfile(const std::string& label) {
    Profile profile;
    profile.id = newProfileId();
    profile.label = label;
    profiles.push_back(std::move(profile));
    if (currentProfileId.empty()) currentProfileId = profiles.back().id;
    return profiles.back();
}

Profile& ReviewState::current(const std::string& labelIfNone) {
    if (Profile* found = findProfile(currentProfileId)) return *found;
    if (profiles.empty()) addProfile(labelIfNone);
    currentProfileId = profiles.front().id;
    return profiles.front();
}

const Profile* ReviewState::findProfile(const std::string& idOrLabel) const {
    if (idOrLabel.empty()) return nullptr;
    for (const Profile& profile : profiles)
        if (profile.id == idOrLabel) return &profile;
    for (const Profile& profile : profiles)
        if (profile.label == idOrLabel || (!profile.nic.empty() && profile.nic == idOrLabel)) return &profile;
    return nullptr;
}

Profile* ReviewState::findProfile(const std::string& idOrLabel) {
    return const_cast<Profile*>(static_cast<const ReviewState*>(this)->findProfile(idOrLabel));
}

}  // namespace vigie
