#include "review_session.h"

#include "platform/text_hygiene.h"
#include "wx_text.h"

namespace vigie::gui {

// The first profile is named in the user's language rather than with the core's msgid.
ReviewSession::ReviewSession(Catalog catalog, ReviewStore store, ReviewState state, Language language)
    : catalog_(std::move(catalog)),
      state_(std::move(state)),
      translator_(language),
      autosaver_(std::move(store), state_),
      editor_(state_, autosaver_, translator_(kDefaultProfileLabel)) {}

const Definitions& ReviewSession::definitions() const {
    const Region region = profile().region;
    auto found = shown_.find(region);
    if (found == shown_.end()) found = shown_.emplace(region, catalog_.definitions.forRegion(region)).first;
    return found->second;
}

void ReviewSession::setLanguage(Language language) { translator_ = Translator(language); }

wxString ReviewSession::text(const std::string& msgid) const { return toWx(translator_(msgid)); }

wxString ReviewSession::text(const UserMessage& message) const { return toWx(translator_(message)); }

std::optional<std::string> ReviewSession::resolveLink(const std::string& target) const {
    return catalog_.links.resolve(target, profile().region, language());
}

void ReviewSession::startDemo() {
    connected_.setDemo(true);
    autosaver_.stopSaving();
}

bool ReviewSession::reloadIfChangedOnDisk() {
    if (connected_.demo()) return false;
    const ReviewStore& store = autosaver_.store();
    if (!store.changedOnDisk()) return false;
    try {
        state_ = store.load().state;
    } catch (const UserError&) {
        return false;  // unreadable for now: keep what the window shows; saving will tell why
    }
    autosaver_.rebase();
    editor_.currentProfile();  // a file with no profile gets the default one again
    return true;
}

void ReviewSession::setNote(const Item& item, const std::string& note) {
    editor_.setNote(profile().id, item, withoutControlCharacters(note), Pace::Typing);
}

ItemState ReviewSession::itemState(const std::string& itemId) const {
    const ItemState* found = profile().item(itemId);
    return found ? *found : ItemState{};
}

}  // namespace vigie::gui
