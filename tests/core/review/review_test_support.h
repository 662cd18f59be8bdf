// A small wizard built in code for the review tests: one step of each kind of item, and a
// second step with a confirm item, so every rule can be tried without the shipped content.
#pragma once

#include <string>
#include <vector>

#include "definitions/definitions.h"
#include "review/review_editor.h"

namespace vigie::test {

inline Item makeItem(const std::string& id, ItemKind kind, std::vector<Option> options = {}) {
    Item item;
    item.id = id;
    item.kind = kind;
    item.label = "Label of " + id;
    item.options = std::move(options);
    return item;
}

inline Wizard sampleWizard() {
    Wizard wizard;
    wizard.id = "w";
    wizard.title = "A wizard";
    Step first;
    first.id = "first";
    first.items.push_back(makeItem("w.first.confirm", ItemKind::Confirm));
    first.items.push_back(
        makeItem("w.first.choice", ItemKind::Choice, {{"sms", "Text message", {}}, {"app", "App", {}}}));
    first.items.push_back(makeItem("w.first.date", ItemKind::Date));
    first.items.push_back(makeItem("w.first.note", ItemKind::Note));
    Step second;
    second.id = "second";
    second.items.push_back(makeItem("w.second.confirm", ItemKind::Confirm));
    Step reading;  // text only
    reading.id = "reading";
    wizard.steps = {first, second, reading};
    return wizard;
}

inline const Item& itemOf(const Wizard& wizard, const std::string& id) {
    for (const Step& step : wizard.steps)
        for (const Item& item : step.items)
            if (item.id == id) return item;
    throw std::runtime_error("no item " + id);
}

// Counts what the editor reports, as a sink does.
struct CountingSink : ReviewSink {
    int now = 0;
    int typing = 0;
    void reviewChanged(Pace pace) override { ++(pace == Pace::Typing ? typing : now); }
};

inline TimePoint fixedTime() { return *parseIso8601("2026-03-14T09:26:00Z"); }

}  // namespace vigie::test
