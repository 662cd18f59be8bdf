#include "review/presentation.h"

#include <algorithm>

namespace vigie {

std::string menuEntryText(const MenuEntry& entry, const Translator& tr) {
    std::string current = tr(entry.label);
    std::string older;
    for (const std::string& label : olderLabels(entry, tr)) older += (older.empty() ? "" : ", ") + label;
    if (older.empty()) return current;
    // TRANSLATORS: a Control Panel menu and the names it had before, e.g. "Billing (formerly: Invoices)".
    return format(tr(N_("{} (formerly: {})")), {current, older});
}

std::string controlPanelPath(const PanelPath& path, const Translator& tr) {
    std::string text;
    for (const MenuEntry& entry : path.menus) text += (text.empty() ? "" : kPathSeparator) + menuEntryText(entry, tr);
    return text;
}

std::string answerText(const Item& item, const ItemState& state, const Translator& tr) {
    if (item.kind == ItemKind::Confirm || state.value.empty()) return {};
    if (item.kind == ItemKind::Choice)
        for (const Option& option : item.options)
            if (option.id == state.value) return tr(option.label);
    return state.value;
}

std::string doneCountText(const Translator& tr, const WizardProgress& progress) {
    return format(tr(N_("Items done: {} of {}")), {std::to_string(progress.done), std::to_string(progress.total)});
}

std::string progressText(const Translator& tr, const WizardProgress& progress) {
    std::string text = doneCountText(tr, progress);
    if (progress.attention > 0)
        text += " \u00B7 " + format(tr.plural("{} needs attention", "{} need attention", progress.attention),
                                    {std::to_string(progress.attention)});
    if (progress.lastReviewed)
        text += " \u00B7 " + format(tr(N_("last reviewed on {}")), {toLocalDate(*progress.lastReviewed)});
    return text;
}

std::string attentionSentence(const Translator& tr, std::size_t attention) {
    if (attention == 0) return tr(N_("No item needs attention."));
    return format(tr.plural("{} item needs attention.", "{} items need attention.", attention),
                  {std::to_string(attention)});
}

std::string lastReviewedText(const Translator& tr, const WizardProgress& progress) {
    if (!progress.lastReviewed) return tr(N_("Not reviewed yet."));
    return format(tr(N_("Last reviewed: {}")), {toLocalDate(*progress.lastReviewed)});
}

bool isSettled(ItemStatus status) { return status == ItemStatus::Done || status == ItemStatus::NotApplicable; }

bool stepComplete(const Step& step, const Profile& profile) {
    if (step.items.empty()) return false;
    return std::all_of(step.items.begin(), step.items.end(), [&](const Item& item) {
        const ItemState* state = profile.item(item.id);
        return state && isSettled(state->status);
    });
}

ReviewGaps reviewGaps(const Wizard& wizard, const Profile& profile) {
    ReviewGaps gaps;
    for (const Step& step : wizard.steps)
        for (const Item& item : step.items) {
            const ItemState* state = profile.item(item.id);
            const ItemStatus status = state ? state->status : ItemStatus::Todo;
            if (status == ItemStatus::Todo) gaps.toDo.push_back(&item);
            if (status == ItemStatus::Attention) gaps.attention.push_back(&item);
        }
    return gaps;
}

std::string reviewGapsText(const Translator& tr, const ReviewGaps& gaps) {
    if (gaps.complete()) return tr(N_("Every item is done or not applicable."));
    std::vector<std::string> parts;
    if (!gaps.toDo.empty())
        parts.push_back(
            format(tr.plural("{} item to do", "{} items to do", gaps.toDo.size()), {std::to_string(gaps.toDo.size())}));
    if (!gaps.attention.empty())
        parts.push_back(
            format(tr.plural("{} item needing attention", "{} items needing attention", gaps.attention.size()),
                   {std::to_string(gaps.attention.size())}));
    std::string joined = parts[0];
    if (parts.size() > 1) joined = format(tr(N_("{} and {}")), {parts[0], parts[1]});
    return format(tr(N_("Left before this review is complete: {}.")), {joined});
}

std::string profileLine(const Translator& tr, const Profile& profile) {
    std::string text = profile.label;
    if (!profile.nic.empty()) text += " (" + profile.nic + ")";
    const auto months = static_cast<unsigned long>(profile.reviewPeriodMonths);
    return text + " \u00B7 " + tr(regionName(profile.region)) + " \u00B7 " +
           format(tr.plural("review every month", "review every {} months", months), {std::to_string(months)});
}

NextReview nextReviewOf(const Profile& profile, TimePoint now) {
    NextReview next;
    next.date = profile.nextReview();
    next.due = next.date && *next.date <= now;
    next.periodMonths = profile.reviewPeriodMonths;
    return next;
}

std::string nextReviewSentence(const Translator& tr, const NextReview& next) {
    const auto months = static_cast<unsigned long>(next.periodMonths);
    const std::string period = std::to_string(months);
    if (!next.date)
        return format(tr.plural("Next review: one month after you finish a wizard",
                                "Next review: {} months after you finish a wizard", months),
                      {period});
    const std::string date = toLocalDate(*next.date);
    if (next.due)
        return format(
            tr.plural("Next review: {}, overdue (every month)", "Next review: {}, overdue (every {} months)", months),
            {date, period});
    return format(tr.plural("Next review: {} (every month)", "Next review: {} (every {} months)", months),
                  {date, period});
}

std::string reviewDueAdvice(const Translator& tr) {
    return tr(N_("A review is due: open each wizard, check your answers and finish it again."));
}

std::string nextReviewValue(const Translator& tr, const NextReview& next) {
    if (next.date) return toLocalDate(*next.date);
    return tr(N_("not planned yet: it is set when a wizard is completed"));
}

}  // namespace vigie
