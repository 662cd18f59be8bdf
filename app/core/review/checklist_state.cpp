#include "review/checklist_state.h"

#include "review/presentation.h"

namespace vigie {

namespace {
ItemStatus statusIn(const Profile& profile, const Item& item) {
    const ItemState* state = profile.item(item.id);
    return state ? state->status : ItemStatus::Todo;
}
}  // namespace

StepCounts stepCounts(const Step& step, const Profile& profile) {
    StepCounts counts;
    counts.total = step.items.size();
    for (const Item& item : step.items) {
        const ItemStatus status = statusIn(profile, item);
        if (isSettled(status)) ++counts.settled;
        if (status == ItemStatus::Attention) ++counts.attention;
    }
    return counts;
}

StepState stepState(const Step& step, const Profile& profile) {
    const StepCounts counts = stepCounts(step, profile);
    if (counts.attention > 0) return StepState::Attention;
    if (stepComplete(step, profile)) return StepState::Done;
    return StepState::ToDo;
}

const char* stepStateLabel(StepState state) {
    switch (state) {
        case StepState::Done:
            return N_("Done");
        case StepState::Attention:
            return N_("Needs attention");
        case StepState::ToDo:
            break;
    }
    return N_("To do");
}

std::string stepStateText(const Translator& tr, const Step& step, const Profile& profile) {
    const StepState state = stepState(step, profile);
    std::string word = tr(stepStateLabel(state));
    if (state == StepState::Done) return word;
    const StepCounts counts = stepCounts(step, profile);
    // TRANSLATORS: under a step's title in the step list, e.g. "To do · 1 of 3 done".
    return format(tr(N_("{} \u00B7 {} of {} done")),
                  {word, std::to_string(counts.settled), std::to_string(counts.total)});
}

StatusMark statusMark(const ItemState& state) {
    if (!state.unknownStatus.empty()) return StatusMark::Unknown;
    switch (state.status) {
        case ItemStatus::Done:
            return StatusMark::Tick;
        case ItemStatus::NotApplicable:
            return StatusMark::Cross;
        case ItemStatus::Attention:
            return StatusMark::Warning;
        case ItemStatus::Todo:
            break;
    }
    return StatusMark::EmptyCircle;
}

ItemStatus toggledStatus(ItemStatus status) { return status == ItemStatus::Done ? ItemStatus::Todo : ItemStatus::Done; }

const char* statusMenuLabel(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done:
            return N_("&Done");
        case ItemStatus::NotApplicable:
            return N_("&Not applicable");
        case ItemStatus::Attention:
            return N_("Needs &attention");
        case ItemStatus::Todo:
            break;
    }
    return N_("&To do");
}

std::string statusMarkName(const Translator& tr, const ItemState& state) {
    // TRANSLATORS: what a screen reader says for an item's status mark, e.g. "Status: Done".
    return format(tr(N_("Status: {}")), {tr(statusLabelOf(state))});
}

}  // namespace vigie
