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
        text += " \u00B7 " + format(progress.lastIncomplete ? tr(N_("last reviewed on {}, incomplete"))
                                                            : tr(N_("last reviewed on {}")),
                                    {toLocalDate(*progress.lastReviewed)});
    return text;
}

std::string attentionSentence(const Translator& tr, std::size_t attention) {
    if (attention == 0) return tr(N_("No item needs attention."));
    return format(tr.plural("{} item needs attention.", "{} items need attention.", attention),
                  {std::to_string(attention)});
}

std::string lastReviewedText(const Translator& tr, const WizardProgress& progress) {
    if (!progress.lastReviewed) return tr(N_("Not reviewed yet."));
    const std::string date = toLocalDate(*progress.lastReviewed);
    // TRANSLATORS: the pass was finished while items were still to do or needed attention.
    if (progress.lastIncomplete) return format(tr(N_("Last reviewed: {}, incomplete")), {date});
    return format(tr(N_("Last reviewed: {}")), {date});
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
            // An unknown status (a newer Vigie's) is not settled as far as this version knows.
            const bool known = state && state->unknownStatus.empty();
            const ItemStatus status = known ? state->status : ItemStatus::Todo;
            if (status == ItemStatus::Attention)
                gaps.attention.push_back(&item);
            else if (isSettled(status))
                gaps.done.push_back(&item);
            else
                gaps.toDo.push_back(&item);
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

const std::vector<const Item*>& itemsOf(const ReviewGaps& gaps, GapGroup group) {
    switch (group) {
        case GapGroup::Attention:
            return gaps.attention;
        case GapGroup::Done:
            return gaps.done;
        case GapGroup::ToDo:
            break;
    }
    return gaps.toDo;
}

std::string gapGroupHeading(const Translator& tr, GapGroup group, std::size_t count) {
    const std::string number = std::to_string(count);
    switch (group) {
        case GapGroup::Attention:
            return format(tr(N_("Needs attention ({})")), {number});
        case GapGroup::Done:
            return format(tr(N_("Done or not applicable ({})")), {number});
        case GapGroup::ToDo:
            break;
    }
    return format(tr(N_("Still to do ({})")), {number});
}

std::string finishConsequenceText(const Translator& tr, const ReviewGaps& gaps, const Profile& profile, TimePoint now) {
    // The pass recorded now becomes the latest: the next review follows it (Profile::nextReview).
    const TimePoint nextReview = addMonths(now, profile.reviewPeriodMonths);
    const std::string next = format(tr(N_("The next review will be due on {}.")), {toLocalDate(nextReview)});
    if (gaps.complete()) return tr(N_("Recording it marks this review as complete.")) + " " + next;
    return tr(N_("Recording it now marks this review as incomplete; the items left stay as they are and you can "
                 "come back to them at any time.")) +
           " " + next;
}

std::string passRecordedSentence(const Translator& tr, const std::string& wizardTitle, const ReviewGaps& gaps) {
    if (gaps.complete()) return format(tr(N_("\u201C{}\u201D is complete.")), {wizardTitle});
    return format(tr(N_("\u201C{}\u201D is recorded as incomplete.")), {wizardTitle}) + " " + reviewGapsText(tr, gaps);
}

bool wizardDue(const Profile& profile, const std::string& wizardId, TimePoint now) {
    const std::optional<TimePoint> last = profile.lastPass(wizardId);
    return !last || addMonths(*last, profile.reviewPeriodMonths) <= now;
}

WhatNext whatNext(const ReviewState& state, const std::string& currentProfileId,
                  const std::function<const Definitions&(const Profile&)>& definitionsOf, TimePoint now) {
    WhatNext next;
    std::vector<const Profile*> order;
    const Profile* current = state.findProfile(currentProfileId);
    if (current) order.push_back(current);
    for (const Profile& profile : state.profiles)
        if (&profile != current) order.push_back(&profile);
    for (const Profile* profile : order) {
        for (const Wizard& wizard : definitionsOf(*profile).wizards) {
            if (!wizardDue(*profile, wizard.id, now)) continue;
            DueWizard due{profile, &wizard, profile->lastPass(wizard.id), std::nullopt};
            if (due.lastReviewed) due.dueSince = addMonths(*due.lastReviewed, profile->reviewPeriodMonths);
            next.due = due;
            break;
        }
        if (next.due) break;
    }
    if (!current) return next;
    for (const Wizard& wizard : definitionsOf(*current).wizards)
        for (std::size_t s = 0; s < wizard.steps.size(); ++s)
            for (const Item& item : wizard.steps[s].items) {
                const ItemState* itemState = current->item(item.id);
                if (itemState && itemState->unknownStatus.empty() && itemState->status == ItemStatus::Attention)
                    next.attention.push_back({&wizard, s, &item});
            }
    return next;
}

std::string whatNextHeading(const Translator& tr) { return tr(N_("What to do next")); }

std::string dueWizardText(const Translator& tr, const DueWizard& due, bool currentProfile) {
    const std::string title = tr(due.wizard->title);
    if (currentProfile) {
        if (!due.dueSince) return format(tr(N_("Review \u201C{}\u201D: not reviewed yet.")), {title});
        return format(tr(N_("Review \u201C{}\u201D: due since {}.")), {title, toLocalDate(*due.dueSince)});
    }
    const std::string& profile = due.profile->label;
    if (!due.dueSince)
        return format(tr(N_("For the profile \u201C{}\u201D, review \u201C{}\u201D: not reviewed yet.")),
                      {profile, title});
    return format(tr(N_("For the profile \u201C{}\u201D, review \u201C{}\u201D: due since {}.")),
                  {profile, title, toLocalDate(*due.dueSince)});
}

std::string attentionItemText(const Translator& tr, const AttentionItem& item) {
    // TRANSLATORS: an item needing attention, then the wizard it belongs to.
    return format(tr(N_("{} ({})")), {tr(item.item->label), tr(item.wizard->title)});
}

std::string moreAttentionText(const Translator& tr, std::size_t more) {
    return format(tr.plural("… and {} more item needs attention: open its wizard to see it.",
                            "… and {} more items need attention: open their wizards to see them.", more),
                  {std::to_string(more)});
}

std::string nothingDueText(const Translator& tr) {
    return tr(N_("Nothing is due: every wizard is reviewed and no item needs attention."));
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
