// The review record as data: everything a renderer lays out, already translated into the
// record's language (chosen at export, independently of the UI's). HTML and PDF are two views of
// this one model, so they cannot disagree about what was checked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "definitions/definitions_loader.h"
#include "record/record_captions.h"
#include "review/review.h"

namespace vigie {

struct RecordOptions {
    Language language = Language::English;
    std::vector<std::string> wizardIds;  // empty: every wizard, in display order
    bool includeNotes = true;
    bool blank = false;  // the paper checklist: no state, boxes and lines
    bool withGuidance = false;  // every paragraph, list, tip and warning of each step, in order
    std::optional<TimePoint> generatedAt;  // default now(); tests pin it
};

enum class PaperSize { A4, Letter };

// One "name: value" line of the header. An empty value is a line to write on.
struct RecordField {
    std::string label;
    std::string value;
};

// What the account read says about an item (checks::verificationOf), beside the user's own
// status and note: present on every item a reading verifies.
struct RecordEvidence {
    std::string verdict;  // translated: "Verified", "Needs attention", "Could not be verified"
    std::string text;  // the evidence, translated, its sentences joined by spaces
    std::string readAt;  // when the account data was read, local date and time
    std::vector<std::string> lines;  // the same evidence, one sentence each (the renderers show these)
    std::string disagreement;  // the user's status contradicts the verdict: the sentence saying so
    std::string verdictCode;  // "ok", "attention", "unknown": for the renderers' colours
};

struct RecordLink {
    std::string text;
    std::string url;
};

struct RecordItem {
    std::string id;
    ItemKind kind = ItemKind::Confirm;
    std::string label;
    ItemStatus status = ItemStatus::Todo;
    std::string statusText;
    std::string changed;  // local date and time, empty when never changed
    std::string decision;  // choice (option label), date or answer text; empty when none
    std::string note;  // empty when none or when notes are left out
    std::optional<RecordEvidence> evidence;
    std::vector<std::string> options;  // translated option labels of a choice or list item
    std::vector<std::string> entries;  // a list item's rows, described (see describeListEntry)
};

// One explanatory block of a step, translated: a paragraph, a list, a tip or a warning.
struct RecordBlock {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<std::string> texts;  // one, or one per list entry
};

struct RecordStep {
    std::string title;
    std::vector<RecordBlock> guidance;  // the step's explanations in reading order; empty without the guidance
    // text: the menu path ("Your name › My offers and services (formerly: …)"); url: the page
    // for the profile's region, empty when there is none.
    std::vector<RecordLink> panels;
    std::vector<RecordLink> links;
    std::vector<RecordItem> items;
    // What the account read says of the whole step (checks::closureReadiness): on the closure
    // wizard's erasure step, whether the account is ready to close, and what stands in the way.
    std::string verifiedSummary;  // empty: nothing to say
    std::vector<std::string> verifiedFacts;  // "Services left: Some services are still active."
    std::string verifiedCode;  // "ok", "attention", "unknown": for the renderers' colours
};

struct RecordWizard {
    std::string id;
    std::string title;
    std::string summary;
    std::string progress;  // "Items done: 5 of 12 · 1 needs attention"; empty when blank
    std::vector<RecordStep> steps;
};

struct RecordAction {
    std::string itemId;
    std::string wizardTitle;
    std::string label;
    ItemStatus status = ItemStatus::Todo;
    std::string statusText;
    std::string note;  // the beginning of a long note
};

struct RecordModel {
    bool blank = false;
    std::string languageCode;  // "en" / "fr"
    PaperSize paper = PaperSize::A4;
    RecordCaptions captions;
    std::string title;  // document title, with the profile when there is one
    std::string author;  // PDF metadata: the profile label
    std::string createdIso;  // PDF metadata
    std::string created;  // readable, with time zone
    std::string version;  // Vigie's version
    // profile, NIC, region, date, version, language; then the account read, its endpoint, the
    // data's age and source (or "not connected"), unless blank
    std::vector<RecordField> facts;
    std::string actionsSummary;  // "2 items need attention, 5 to do."
    std::vector<RecordAction> actions;  // attention first, then to do; each in wizard order
    RecordField nextReview;
    std::vector<RecordWizard> wizards;
};

RecordModel buildRecordModel(const Catalog& catalog, const Profile& profile, const RecordOptions& options);

// The mark drawn next to an item: glyphs DejaVu Sans has, so they never print as empty boxes.
const char* statusMark(ItemStatus status);
// The mark of an unticked box on the paper checklist.
inline constexpr const char* kEmptyBox = "\u2610";

}  // namespace vigie
