#include "record/record_model.h"

#include <algorithm>

#include <glib.h>

#include "checks/closure_readiness.h"
#include "checks/item_verification.h"
#include "platform/version.h"
#include "record/record_time.h"
#include "review/presentation.h"

namespace vigie {

const char* statusMark(ItemStatus status) {
    switch (status) {
        case ItemStatus::Done:
            return "\u2611";  // ☑
        case ItemStatus::NotApplicable:
            return "\u2298";  // ⊘
        case ItemStatus::Attention:
            return "\u26A0";  // ⚠
        case ItemStatus::Todo:
            break;
    }
    return kEmptyBox;
}

namespace {

// What the user typed reaches the record through the state file or a command-line argument, and
// may not be valid UTF-8 (a Latin-1 terminal); both renderers need valid text, so bad bytes
// become U+FFFD here, once.
std::string validText(const std::string& text) {
    if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return text;
    gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    std::string out(valid);
    g_free(valid);
    return out;
}

struct Builder {
    const Catalog& catalog;
    const Profile& profile;
    const RecordOptions& options;
    Translator tr;
    TimePoint generated;  // the record's time: the data's age is stated as of then
};

RecordLink panelLink(const Builder& b, const PanelPath& panel) {
    RecordLink link;
    link.text = controlPanelPath(panel, b.tr);
    if (!panel.page.empty())
        link.url = b.catalog.links.resolve("page:" + panel.page, b.profile.region, b.options.language).value_or("");
    return link;
}

std::string decisionText(const Item& item, const ItemState& state, const Translator& tr) {
    return validText(answerText(item, state, tr));
}

RecordEvidence evidenceOf(const Builder& b, const checks::ItemVerification& verification) {
    RecordEvidence out;
    out.verdict = b.tr(checks::verdictItemLabel(verification.verdict));
    out.verdictCode = checks::verdictCode(verification.verdict);
    for (const UserMessage& line : verification.evidence) {
        out.lines.push_back(validText(b.tr(line)));
        out.text += (out.text.empty() ? "" : " ") + out.lines.back();
    }
    out.readAt = formatLocalDateTime(verification.readAt);
    if (verification.disagrees) out.disagreement = validText(b.tr(verification.disagreement));
    return out;
}

RecordItem buildItem(const Builder& b, const Item& item) {
    RecordItem out;
    out.id = item.id;
    out.kind = item.kind;
    out.label = b.tr(item.label);
    for (const Option& option : item.options) out.options.push_back(b.tr(option.label));
    if (b.options.blank) return out;
    const ItemState* state = b.profile.item(item.id);
    ItemState empty;
    if (!state) state = &empty;
    out.status = state->status;
    out.statusText = b.tr(statusLabelOf(*state));
    if (state->changed) out.changed = formatLocalDateTime(*state->changed);
    out.decision = decisionText(item, *state, b.tr);
    for (const ListEntry& entry : state->entries)
        out.entries.push_back(validText(describeListEntry(item, entry, b.tr)));
    if (b.options.includeNotes) out.note = validText(state->note);
    if (auto verification = checks::verificationOf(b.profile, item)) out.evidence = evidenceOf(b, *verification);
    return out;
}

// The erasure step states whether the account read is ready to close (or that it was not read).
void addClosureReadiness(const Builder& b, RecordStep& out) {
    const checks::ClosureReadiness readiness = checks::closureReadiness(b.profile);
    out.verifiedSummary = validText(b.tr(readiness.summary));
    switch (readiness.state) {
        case checks::ClosureState::Ready:
            out.verifiedCode = "ok";
            break;
        case checks::ClosureState::NotReady:
            out.verifiedCode = "attention";
            break;
        case checks::ClosureState::Unverified:
        case checks::ClosureState::NotConnected:
            out.verifiedCode = "unknown";
            break;
    }
    if (readiness.state == checks::ClosureState::NotConnected) return;
    for (const checks::ClosureCondition& condition : readiness.conditions)
        if (condition.verdict != checks::Verdict::Ok)
            out.verifiedFacts.push_back(format(b.tr("{}: {}"), {b.tr(condition.title), b.tr(condition.fact)}));
}

RecordStep buildStep(const Builder& b, const Wizard& wizard, const Step& step) {
    RecordStep out;
    out.title = b.tr(step.title);
    if (b.options.withGuidance)
        for (const TextBlock& block : step.blocks) {
            RecordBlock guidance{block.kind, {}};
            for (const std::string& text : block.texts) guidance.texts.push_back(b.tr(text));
            out.guidance.push_back(std::move(guidance));
        }
    for (const PanelPath& panel : step.panels) out.panels.push_back(panelLink(b, panel));
    for (const Link& link : step.links) {
        auto url = b.catalog.links.resolve(link.target, b.profile.region, b.options.language);
        if (url) out.links.push_back({b.tr(link.text), *url});
    }
    for (const Item& item : step.items) out.items.push_back(buildItem(b, item));
    if (!b.options.blank && checks::closurePartOf(wizard, step) == checks::ClosurePart::Erasure)
        addClosureReadiness(b, out);
    return out;
}

RecordWizard buildWizard(const Builder& b, const Wizard& wizard) {
    RecordWizard out;
    out.id = wizard.id;
    out.title = b.tr(wizard.title);
    out.summary = b.tr(wizard.summary);
    if (!b.options.blank) out.progress = progressText(b.tr, b.profile.progress(wizard));
    for (const Step& step : wizard.steps) out.steps.push_back(buildStep(b, wizard, step));
    return out;
}

std::vector<const Wizard*> selectedWizards(const Definitions& definitions, const std::vector<std::string>& ids) {
    std::vector<const Wizard*> selected;
    for (const Wizard& wizard : definitions.wizards)
        if (ids.empty() || std::find(ids.begin(), ids.end(), wizard.id) != ids.end()) selected.push_back(&wizard);
    return selected;
}

// The summary is a digest: a long note is shown in full under its item, and only begins here.
std::string excerpt(const std::string& text, std::size_t limit = 240) {
    if (text.size() <= limit) return text;
    std::size_t cut = text.find_last_of(" \n", limit);
    if (cut == std::string::npos || cut < limit / 2) {
        cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    }
    return text.substr(0, cut) + "\u2026";
}

void collectActions(RecordModel& model) {
    for (ItemStatus wanted : {ItemStatus::Attention, ItemStatus::Todo})
        for (const RecordWizard& wizard : model.wizards)
            for (const RecordStep& step : wizard.steps)
                for (const RecordItem& item : step.items)
                    if (item.status == wanted)
                        model.actions.push_back(
                            {item.id, wizard.title, item.label, item.status, item.statusText, excerpt(item.note)});
}

std::string actionsSummary(const Translator& tr, const RecordModel& model) {
    auto attention = static_cast<unsigned long>(
        std::count_if(model.actions.begin(), model.actions.end(),
                      [](const RecordAction& action) { return action.status == ItemStatus::Attention; }));
    unsigned long todo = model.actions.size() - attention;
    if (model.actions.empty()) return model.captions.noOpenActions;
    std::string text;
    if (attention > 0)
        text = format(tr.plural("{} item needs attention.", "{} items need attention.", attention),
                      {std::to_string(attention)});
    if (todo > 0)
        text += (text.empty() ? "" : " ") +
                format(tr.plural("{} item to do.", "{} items to do.", todo), {std::to_string(todo)});
    return text;
}

std::string languageName(const Translator& tr) {
    return tr.language() == Language::French ? tr(N_("French")) : tr(N_("English"));
}

// Which account the verdicts come from, through which endpoint, how old the data is (at the
// record's own time) and where it was read; never a key (the profile keeps none).
void fillConnectionFacts(const Builder& b, RecordModel& model) {
    const RecordCaptions& c = model.captions;
    model.facts.push_back({c.account, validText(b.tr(checks::connectionAccount(b.profile)))});
    const std::optional<ConnectionInfo>& connection = b.profile.connection;
    if (!connection) {
        if (b.profile.checks.empty()) return;
        TimePoint latest{};
        for (const auto& [id, reading] : b.profile.checks) latest = std::max(latest, reading.readAt);
        model.facts.push_back({c.dataAge, b.tr(checks::readingAge(latest, b.generated))});
        return;
    }
    if (!connection->endpoint.empty()) model.facts.push_back({c.endpoint, validText(connection->endpoint)});
    model.facts.push_back({c.dataAge, b.tr(checks::readingAge(connection->readAt, b.generated))});
    model.facts.push_back({c.dataSource, validText(b.tr(checks::connectionSource(*connection)))});
}

void fillFacts(const Builder& b, RecordModel& model) {
    const RecordCaptions& c = model.captions;
    bool blank = b.options.blank;
    model.facts.push_back({c.profile, blank ? std::string() : validText(b.profile.label)});
    if (blank || !b.profile.nic.empty())
        model.facts.push_back({c.nic, blank ? std::string() : validText(b.profile.nic)});
    model.facts.push_back({c.region, b.tr(regionName(b.profile.region))});
    model.facts.push_back({c.date, blank ? std::string() : model.created});
    if (blank) model.facts.push_back({c.reviewer, {}});
    model.facts.push_back({c.version, model.version});
    model.facts.push_back({c.language, languageName(b.tr)});
    if (!blank) fillConnectionFacts(b, model);
}

RecordField nextReviewField(const Builder& b, const RecordModel& model) {
    RecordField field{model.captions.nextReview, {}};
    if (b.options.blank) return field;
    field.value = nextReviewValue(b.tr, nextReviewOf(b.profile, now()));
    return field;
}

}  // namespace

RecordModel buildRecordModel(const Catalog& catalog, const Profile& profile, const RecordOptions& options) {
    TimePoint generated = options.generatedAt.value_or(now());
    Builder b{catalog, profile, options, Translator(options.language), generated};
    RecordModel model;
    model.blank = options.blank;
    model.languageCode = std::string(languageCode(options.language));
    model.paper = profile.region == Region::UnitedStates ? PaperSize::Letter : PaperSize::A4;
    model.captions = makeRecordCaptions(b.tr, options.blank);
    model.created = formatLocalDateTimeWithZone(generated);
    model.createdIso = formatIsoWithOffset(generated);
    model.version = vigieVersion();
    model.title = model.captions.documentTitle;
    if (!options.blank && !profile.label.empty()) model.title += " \u2014 " + validText(profile.label);
    model.author = options.blank ? std::string() : validText(profile.label);
    const Definitions shown = catalog.definitions.forRegion(profile.region);
    for (const Wizard* wizard : selectedWizards(shown, options.wizardIds))
        model.wizards.push_back(buildWizard(b, *wizard));
    fillFacts(b, model);
    if (!options.blank) collectActions(model);
    model.actionsSummary = options.blank ? std::string() : actionsSummary(b.tr, model);
    model.nextReview = nextReviewField(b, model);
    return model;
}

}  // namespace vigie
