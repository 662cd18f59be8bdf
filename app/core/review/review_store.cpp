#include "review/review_store.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <sys/stat.h>

#include "platform/atomic_file.h"
#include "platform/errors.h"
#include "platform/paths.h"

namespace vigie {
namespace {

void writeItem(pugi::xml_node parent, const std::string& id, const ItemState& state) {
    pugi::xml_node node = parent.append_child("item");
    node.append_attribute("id") = id.c_str();
    node.append_attribute("status") = statusCode(state.status).c_str();
    // Always written: a file without it is from before the rule (see readItem).
    node.append_attribute("status-set-by-hand") = state.statusSetByHand;
    if (state.changed) node.append_attribute("changed") = toIso8601(*state.changed).c_str();
    if (!state.value.empty()) node.append_child("value").text() = state.value.c_str();
    if (!state.note.empty()) node.append_child("note").text() = state.note.c_str();
}

void writeProfile(pugi::xml_node root, const Profile& profile) {
    pugi::xml_node node = root.append_child("profile");
    node.append_attribute("id") = profile.id.c_str();
    node.append_attribute("label") = profile.label.c_str();
    if (!profile.nic.empty()) node.append_attribute("nic") = profile.nic.c_str();
    node.append_attribute("region") = regionCode(profile.region).c_str();
    node.append_attribute("review-period-months") = profile.reviewPeriodMonths;
    for (const auto& [id, state] : profile.items) writeItem(node, id, state);
    for (const CompletedPass& pass : profile.passes) {
        pugi::xml_node p = node.append_child("pass");
        p.append_attribute("wizard") = pass.wizardId.c_str();
        p.append_attribute("completed") = toIso8601(pass.completed).c_str();
    }
}

std::string requiredAttribute(pugi::xml_node node, const char* name) {
    pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) throw FormatError(std::string("<") + node.name() + "> has no " + name + " attribute");
    return attribute.as_string();
}

TimePoint requiredTime(pugi::xml_node node, const char* name) {
    auto time = parseIso8601(requiredAttribute(node, name));
    if (!time) throw FormatError(std::string("bad date in <") + node.name() + " " + name + ">");
    return *time;
}

ItemState readItem(pugi::xml_node node) {
    ItemState state;
    auto status = parseStatus(requiredAttribute(node, "status"));
    if (!status) throw FormatError("unknown item status \"" + std::string(node.attribute("status").as_string()) + "\"");
    state.status = *status;
    // Files written before the attribute existed: any status but "to do" was chosen by hand.
    pugi::xml_attribute byHand = node.attribute("status-set-by-hand");
    state.statusSetByHand = byHand ? byHand.as_bool() : state.status != ItemStatus::Todo;
    if (node.attribute("changed")) state.changed = requiredTime(node, "changed");
    state.value = node.child("value").text().as_string();
    state.note = node.child("note").text().as_string();
    return state;
}

Profile readProfile(pugi::xml_node node) {
    Profile profile;
    profile.id = requiredAttribute(node, "id");
    profile.label = requiredAttribute(node, "label");
    profile.nic = node.attribute("nic").as_string();
    auto region = parseRegion(node.attribute("region").as_string("eu"));
    if (!region) throw FormatError("unknown region \"" + std::string(node.attribute("region").as_string()) + "\"");
    profile.region = *region;
    profile.reviewPeriodMonths = node.attribute("review-period-months").as_int(kDefaultReviewPeriodMonths);
    if (!validReviewPeriod(profile.reviewPeriodMonths)) throw FormatError("review period out of range");
    // Items whose id no wizard knows any more are kept as they are: a wizard file may come back.
    for (pugi::xml_node item : node.children("item")) profile.items[requiredAttribute(item, "id")] = readItem(item);
    for (pugi::xml_node pass : node.children("pass"))
        profile.passes.push_back({requiredAttribute(pass, "wizard"), requiredTime(pass, "completed")});
    return profile;
}

std::string compactTimestamp() {
    std::string iso = toIso8601(now());  // 2026-11-27T20:36:00Z -> 20261127T203600Z
    std::string out;
    for (char c : iso)
        if (c != '-' && c != ':') out += c;
    return out;
}

}  // namespace

ReviewStore::ReviewStore(std::string path) : path_(std::move(path)) {}

std::string ReviewStore::defaultPath() { return dataHome() + "/state.xml"; }

std::string ReviewStore::toXml(const ReviewState& state) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = doc.append_child("vigie-state");
    root.append_attribute("version") = kStateFormatVersion;
    if (!state.currentProfileId.empty()) root.append_attribute("current-profile") = state.currentProfileId.c_str();
    for (const Profile& profile : state.profiles) writeProfile(root, profile);
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

ReviewState ReviewStore::fromXml(const std::string& xml) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
    if (!parsed) throw FormatError(UserMessage{N_("not well-formed XML: {}"), {parsed.description()}});
    pugi::xml_node root = doc.child("vigie-state");
    if (!root) throw FormatError(UserMessage{N_("not a Vigie state file"), {}});
    int version = root.attribute("version").as_int(0);
    if (version < 1) throw FormatError(UserMessage{N_("no format version"), {}});
    if (version > kStateFormatVersion)
        throw FormatError(
            UserMessage{N_("written by a newer version of Vigie (format {})"), {std::to_string(version)}});
    ReviewState state;
    state.currentProfileId = root.attribute("current-profile").as_string();
    for (pugi::xml_node profile : root.children("profile")) state.profiles.push_back(readProfile(profile));
    return state;
}

LoadOutcome ReviewStore::load() const {
    LoadOutcome outcome;
    std::ifstream in(path_, std::ios::binary);
    if (!in) {
        // Existing but unreadable (permissions): starting afresh would overwrite it later.
        if (errno != ENOENT) throw UserError(UserMessage{N_("Cannot read {}: {}"), {path_, std::strerror(errno)}});
        return outcome;  // first run: a fresh state
    }
    std::ostringstream content;
    content << in.rdbuf();
    try {
        outcome.state = fromXml(content.str());
        return outcome;
    } catch (const FormatError& e) {
        outcome.problem = e.message();
    }
    // Never overwrite what we cannot read: move it aside and start afresh.
    std::string aside = path_ + ".unreadable-" + compactTimestamp();
    if (std::rename(path_.c_str(), aside.c_str()) != 0)
        throw SaveError(UserMessage{N_("Cannot move the unreadable file {} aside: {}"), {path_, std::strerror(errno)}});
    outcome.movedAsideTo = aside;
    outcome.state = ReviewState{};
    return outcome;
}

void ReviewStore::save(const ReviewState& state) const {
    auto slash = path_.find_last_of('/');
    if (slash != std::string::npos && slash > 0) makeDirectories(path_.substr(0, slash));
    writeFileAtomically(path_, toXml(state), 0600);
}

}  // namespace vigie
