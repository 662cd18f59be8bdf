#include "review/review_store.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/atomic_file.h"
#include "platform/errors.h"
#include "platform/file_lock.h"
#include "platform/paths.h"
#include "platform/text_hygiene.h"

namespace vigie {
namespace {

std::chrono::milliseconds g_lockPatience{10000};

// ---- text that XML 1.0 cannot hold (see text_hygiene.h): escaped, with a marker attribute ----

pugi::xml_node writeText(pugi::xml_node parent, const char* name, const std::string& text) {
    pugi::xml_node node = parent.append_child(name);
    if (auto escaped = escapeForXml(text)) {
        node.append_attribute("escaped") = "backslash";
        node.text() = escaped->c_str();
    } else {
        node.text() = text.c_str();
    }
    return node;
}

std::string readText(pugi::xml_node node) {
    std::string text = node.text().as_string();
    return node.attribute("escaped") ? unescapeFromXml(text) : text;
}

void writeLabel(pugi::xml_node node, const std::string& label) {
    if (auto escaped = escapeForXml(label)) {
        node.append_attribute("label") = escaped->c_str();
        node.append_attribute("label-escaped") = "backslash";
    } else {
        node.append_attribute("label") = label.c_str();
    }
}

// ---- what this version does not know: kept and written back ----

bool known(const char* name, std::initializer_list<const char*> names) {
    for (const char* candidate : names)
        if (std::strcmp(name, candidate) == 0) return true;
    return false;
}

UnknownContent keepUnknown(pugi::xml_node node, std::initializer_list<const char*> attributes,
                           std::initializer_list<const char*> elements) {
    UnknownContent kept;
    for (pugi::xml_attribute attribute : node.attributes())
        if (!known(attribute.name(), attributes)) kept.attributes.emplace_back(attribute.name(), attribute.value());
    std::ostringstream out;
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element || known(child.name(), elements)) continue;
        child.print(out, "", pugi::format_raw, pugi::encoding_utf8);
    }
    kept.elements = out.str();
    return kept;
}

// Returns true when elements were written back: the file is then saved without indentation,
// which would add white space inside their mixed content.
bool writeUnknown(pugi::xml_node node, const UnknownContent& kept) {
    for (const auto& [name, value] : kept.attributes)
        if (!node.attribute(name.c_str())) node.append_attribute(name.c_str()) = value.c_str();
    if (kept.elements.empty()) return false;
    node.append_buffer(kept.elements.data(), kept.elements.size());
    return true;
}

// ---- the elements ----

bool writeItem(pugi::xml_node parent, const std::string& id, const ItemState& state) {
    pugi::xml_node node = parent.append_child("item");
    node.append_attribute("id") = id.c_str();
    const std::string status = state.unknownStatus.empty() ? statusCode(state.status) : state.unknownStatus;
    node.append_attribute("status") = status.c_str();
    // Always written: a file without it is from before the rule (see readItem).
    node.append_attribute("status-set-by-hand") = state.statusSetByHand;
    if (state.changed) node.append_attribute("changed") = toIso8601(*state.changed).c_str();
    if (!state.value.empty()) writeText(node, "value", state.value);
    if (!state.note.empty()) writeText(node, "note", state.note);
    for (const ListEntry& entry : state.entries) {
        pugi::xml_node row = writeText(node, "entry", entry.name);
        if (!entry.option.empty()) row.append_attribute("option") = entry.option.c_str();
        if (!entry.date.empty()) row.append_attribute("date") = entry.date.c_str();
    }
    return writeUnknown(node, state.unknown);
}

// <check id="billing.unpaid" verdict="attention" read="..."><evidence msgid="..."><arg>..</arg></evidence></check>
void writeCheck(pugi::xml_node parent, const std::string& id, const CheckEvidence& check) {
    pugi::xml_node node = parent.append_child("check");
    node.append_attribute("id") = id.c_str();
    node.append_attribute("verdict") = check.verdict.c_str();
    node.append_attribute("read") = toIso8601(check.readAt).c_str();
    for (const UserMessage& line : check.evidence) {
        pugi::xml_node evidence = node.append_child("evidence");
        evidence.append_attribute("msgid") = line.msgid.c_str();
        for (const std::string& arg : line.args) writeText(evidence, "arg", arg);
    }
}

// <connection endpoint="ovh-eu" read="..." demo="false"><account>ab12345-ovh (...)</account>
// <snapshot>/path/file.json</snapshot></connection>: the account label and the path are text
// from outside (the API, the user), so they are elements that writeText can escape.
bool writeConnection(pugi::xml_node parent, const ConnectionInfo& connection) {
    pugi::xml_node node = parent.append_child("connection");
    node.append_attribute("endpoint") = connection.endpoint.c_str();
    node.append_attribute("read") = toIso8601(connection.readAt).c_str();
    node.append_attribute("demo") = connection.demo;
    if (!connection.account.empty()) writeText(node, "account", connection.account);
    if (!connection.snapshotFile.empty()) writeText(node, "snapshot", connection.snapshotFile);
    return writeUnknown(node, connection.unknown);
}

// Written only when set: a complete pass reads the same in a file from before the flag.
bool writePass(pugi::xml_node parent, const CompletedPass& pass) {
    pugi::xml_node node = parent.append_child("pass");
    node.append_attribute("wizard") = pass.wizardId.c_str();
    node.append_attribute("completed") = toIso8601(pass.completed).c_str();
    if (pass.incomplete) node.append_attribute("incomplete") = true;
    return writeUnknown(node, pass.unknown);
}

bool writeProfile(pugi::xml_node root, const Profile& profile) {
    pugi::xml_node node = root.append_child("profile");
    node.append_attribute("id") = profile.id.c_str();
    writeLabel(node, profile.label);
    if (!profile.nic.empty()) node.append_attribute("nic") = profile.nic.c_str();
    node.append_attribute("region") = regionCode(profile.region).c_str();
    node.append_attribute("review-period-months") = profile.reviewPeriodMonths;
    bool unknownElements = false;
    for (const auto& [id, state] : profile.items) unknownElements |= writeItem(node, id, state);
    for (const CompletedPass& pass : profile.passes) unknownElements |= writePass(node, pass);
    for (const auto& [id, check] : profile.checks) writeCheck(node, id, check);
    if (profile.connection) unknownElements |= writeConnection(node, *profile.connection);
    return writeUnknown(node, profile.unknown) || unknownElements;
}

std::string requiredAttribute(pugi::xml_node node, const char* name) {
    pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) throw FormatError(UserMessage{N_("<{}> has no {} attribute"), {node.name(), name}});
    return attribute.as_string();
}

TimePoint requiredTime(pugi::xml_node node, const char* name) {
    auto time = parseIso8601(requiredAttribute(node, name));
    if (!time) throw FormatError(UserMessage{N_("bad date in <{} {}>"), {node.name(), name}});
    return *time;
}

ItemState readItem(pugi::xml_node node) {
    ItemState state;
    const std::string code = requiredAttribute(node, "status");
    // A status from a newer Vigie or a hand edit: only this item shows as unknown, and the code
    // is written back as it was.
    if (auto status = parseStatus(code))
        state.status = *status;
    else
        state.unknownStatus = code;
    // Files written before the attribute existed: any status but "to do" was chosen by hand.
    pugi::xml_attribute byHand = node.attribute("status-set-by-hand");
    state.statusSetByHand = byHand ? byHand.as_bool() : state.status != ItemStatus::Todo;
    if (node.attribute("changed")) state.changed = requiredTime(node, "changed");
    state.value = readText(node.child("value"));
    state.note = readText(node.child("note"));
    state.unknown = keepUnknown(node, {"id", "status", "status-set-by-hand", "changed"}, {"value", "note", "entry"});
    for (pugi::xml_node row : node.children("entry"))
        state.entries.push_back(
            {readText(row), row.attribute("option").as_string(), row.attribute("date").as_string()});
    return state;
}

ConnectionInfo readConnection(pugi::xml_node node) {
    ConnectionInfo connection;
    connection.endpoint = node.attribute("endpoint").as_string();
    connection.readAt = requiredTime(node, "read");
    connection.demo = node.attribute("demo").as_bool();
    connection.account = readText(node.child("account"));
    connection.snapshotFile = readText(node.child("snapshot"));
    connection.unknown = keepUnknown(node, {"endpoint", "read", "demo"}, {"account", "snapshot"});
    return connection;
}

CompletedPass readPass(pugi::xml_node node) {
    CompletedPass pass{requiredAttribute(node, "wizard"), requiredTime(node, "completed")};
    pass.incomplete = node.attribute("incomplete").as_bool(false);
    pass.unknown = keepUnknown(node, {"wizard", "completed", "incomplete"}, {});
    return pass;
}

Profile readProfile(pugi::xml_node node) {
    Profile profile;
    profile.id = requiredAttribute(node, "id");
    profile.label = requiredAttribute(node, "label");
    if (node.attribute("label-escaped")) profile.label = unescapeFromXml(profile.label);
    profile.nic = node.attribute("nic").as_string();
    auto region = parseRegion(node.attribute("region").as_string("eu"));
    if (!region) throw FormatError(UserMessage{N_("unknown region \"{}\""), {node.attribute("region").as_string()}});
    profile.region = *region;
    profile.reviewPeriodMonths = node.attribute("review-period-months").as_int(kDefaultReviewPeriodMonths);
    if (!validReviewPeriod(profile.reviewPeriodMonths))
        throw FormatError(UserMessage{N_("review period out of range"), {}});
    // Items whose id no wizard knows any more are kept as they are: a wizard file may come back.
    for (pugi::xml_node item : node.children("item")) profile.items[requiredAttribute(item, "id")] = readItem(item);
    for (pugi::xml_node pass : node.children("pass")) profile.passes.push_back(readPass(pass));
    for (pugi::xml_node check : node.children("check")) {
        CheckEvidence& kept = profile.checks[requiredAttribute(check, "id")];
        kept.verdict = requiredAttribute(check, "verdict");
        kept.readAt = requiredTime(check, "read");
        for (pugi::xml_node evidence : check.children("evidence")) {
            UserMessage line{requiredAttribute(evidence, "msgid"), {}};
            for (pugi::xml_node arg : evidence.children("arg")) line.args.push_back(readText(arg));
            kept.evidence.push_back(std::move(line));
        }
    }
    if (pugi::xml_node connection = node.child("connection")) profile.connection = readConnection(connection);
    profile.unknown = keepUnknown(node, {"id", "label", "label-escaped", "nic", "region", "review-period-months"},
                                  {"item", "pass", "check", "connection"});
    return profile;
}

// pugixml's reasons, worded for a person and translatable.
const char* parseProblem(pugi::xml_parse_status status) {
    switch (status) {
        case pugi::status_file_not_found:
            return N_("the file was not found");
        case pugi::status_io_error:
            return N_("the file could not be read");
        case pugi::status_out_of_memory:
            return N_("not enough memory to read it");
        case pugi::status_unrecognized_tag:
            return N_("a tag is not valid XML");
        case pugi::status_bad_pi:
        case pugi::status_bad_comment:
        case pugi::status_bad_cdata:
        case pugi::status_bad_doctype:
            return N_("a comment, declaration or CDATA section is malformed");
        case pugi::status_bad_pcdata:
            return N_("the text between tags is malformed");
        case pugi::status_bad_start_element:
            return N_("an element's start tag is malformed");
        case pugi::status_bad_attribute:
            return N_("an attribute is malformed");
        case pugi::status_bad_end_element:
            return N_("an element's end tag is malformed");
        case pugi::status_end_element_mismatch:
            return N_("an end tag does not match its start tag");
        case pugi::status_append_invalid_root:
        case pugi::status_no_document_element:
            return N_("the file holds no XML element");
        default:
            return N_("the XML is malformed");
    }
}

std::string compactTimestamp() {
    std::string iso = toIso8601(now());  // 2026-11-27T20:36:00Z -> 20261127T203600Z
    std::string out;
    for (char c : iso)
        if (c != '-' && c != ':') out += c;
    return out;
}

// Moves `from` to `to` only if nothing is at `to`: a set-aside file is never overwritten.
bool renameWithoutReplacing(const std::string& from, const std::string& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
    if (errno != EINVAL && errno != ENOSYS) return false;
    // A file system without RENAME_NOREPLACE: link() refuses an existing name just as well.
    if (::link(from.c_str(), to.c_str()) != 0) return false;
    ::unlink(from.c_str());
    return true;
}

std::string moveAside(const std::string& path) {
    const std::string stem = path + ".unreadable-" + compactTimestamp();
    for (int attempt = 1; attempt < 1000; ++attempt) {
        std::string aside = attempt == 1 ? stem : stem + "-" + std::to_string(attempt);
        if (renameWithoutReplacing(path, aside)) return aside;
        if (errno != EEXIST) break;
    }
    throw SaveError(messageWithReason(N_("Cannot move the unreadable file {} aside: {}"), path, errno));
}

struct FileStamp {
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = -1;
    long long modifiedNs = 0;
    bool operator==(const FileStamp& o) const {
        return device == o.device && inode == o.inode && size == o.size && modifiedNs == o.modifiedNs;
    }
};

FileStamp stampOf(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return {st.st_dev, st.st_ino, st.st_size, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
}

}  // namespace

struct ReviewStore::Shared {
    std::unique_ptr<FileLock> held;
    bool holding = false;  // true also where no lock file can exist (a read-only folder)
    std::optional<FileStamp> seen;
};

// Takes the lock for one operation unless the store already holds it.
class ReviewStore::ScopedLock {
public:
    explicit ScopedLock(const ReviewStore& store) : store_(store) {
        if (store.shared_->holding) return;
        store.holdLock();
        mine_ = true;
    }
    ~ScopedLock() {
        if (mine_) store_.releaseLock();
    }

private:
    const ReviewStore& store_;
    bool mine_ = false;
};

ReviewStore::ReviewStore(std::string path) : path_(std::move(path)), shared_(std::make_shared<Shared>()) {}

std::string ReviewStore::defaultPath() { return dataHome() + "/state.xml"; }

std::string ReviewStore::lockPathFor(const std::string& statePath) { return statePath + ".lock"; }

void ReviewStore::setLockPatienceForTesting(std::chrono::milliseconds patience) { g_lockPatience = patience; }

void ReviewStore::holdLock() const {
    if (shared_->holding) return;
    auto slash = path_.find_last_of('/');
    if (slash != std::string::npos && slash > 0) {
        try {
            makeDirectories(path_.substr(0, slash));
        } catch (const SaveError&) {
            // No folder and none can be made: there is nothing to lock; saving will say why.
        }
    }
    FileLock::Outcome outcome;
    shared_->held = FileLock::acquire(lockPathFor(path_), g_lockPatience, outcome);
    if (outcome == FileLock::Outcome::Busy)
        throw SaveError(UserMessage{
            N_("Another Vigie is using {} and did not finish in time; close it or try again in a moment."), {path_}});
    shared_->holding = true;
}

void ReviewStore::releaseLock() const {
    shared_->held.reset();
    shared_->holding = false;
}

bool ReviewStore::changedOnDisk() const { return shared_->seen && !(*shared_->seen == stampOf(path_)); }

std::string ReviewStore::toXml(const ReviewState& state) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = doc.append_child("vigie-state");
    root.append_attribute("version") = kStateFormatVersion;
    if (!state.currentProfileId.empty()) root.append_attribute("current-profile") = state.currentProfileId.c_str();
    bool unknownElements = false;
    for (const Profile& profile : state.profiles) unknownElements |= writeProfile(root, profile);
    unknownElements |= writeUnknown(root, state.unknown);
    std::ostringstream out;
    doc.save(out, "  ", unknownElements ? pugi::format_raw : pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

ReviewState ReviewStore::fromXml(const std::string& xml) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
    if (!parsed)
        throw FormatError(UserMessage{N_("not well-formed XML: {} (at byte {})"),
                                      {parseProblem(parsed.status), std::to_string(parsed.offset)},
                                      {0}});
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
    state.unknown = keepUnknown(root, {"version", "current-profile"}, {"profile"});
    return state;
}

LoadOutcome ReviewStore::load() const {
    ScopedLock lock(*this);
    return loadLocked();
}

LoadOutcome ReviewStore::loadLocked() const {
    // Every writer holds the lock while its temporary file exists, so under the lock any left is
    // from a save that was killed. Without a lock (read-only folder) only old ones go.
    removeStaleTemporaries(path_, shared_->held ? 0 : 3600);
    LoadOutcome outcome;
    const FileStamp before = stampOf(path_);
    std::ifstream in(path_, std::ios::binary);
    if (!in) {
        // Existing but unreadable (permissions): starting afresh would overwrite it later.
        if (errno != ENOENT) throw UserError(messageWithReason(N_("Cannot read {}: {}"), path_, errno));
        shared_->seen = before;
        return outcome;  // first run: a fresh state
    }
    std::ostringstream content;
    content << in.rdbuf();
    shared_->seen = before;
    try {
        outcome.state = fromXml(content.str());
        return outcome;
    } catch (const FormatError& e) {
        outcome.problem = e.message();
    }
    // Never overwrite what we cannot read: move it aside, under a name no other file has.
    outcome.movedAsideTo = moveAside(path_);
    shared_->seen = stampOf(path_);
    outcome.state = ReviewState{};
    return outcome;
}

void ReviewStore::save(const ReviewState& state) const {
    ScopedLock lock(*this);
    saveLocked(state);
}

void ReviewStore::saveLocked(const ReviewState& state) const {
    auto slash = path_.find_last_of('/');
    if (slash != std::string::npos && slash > 0) makeDirectories(path_.substr(0, slash));
    writeFileAtomically(path_, toXml(state), 0600);
    shared_->seen = stampOf(path_);
}

LoadOutcome ReviewStore::update(const Change& change) const {
    ScopedLock lock(*this);
    LoadOutcome outcome = loadLocked();
    change(outcome.state);
    saveLocked(outcome.state);
    return outcome;
}

}  // namespace vigie
