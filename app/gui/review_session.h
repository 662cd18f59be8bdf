// What the windows share while Vigie runs: the wizard definitions and links, the review state of
// every profile, the language the views draw in, and the autosaver. The review is changed only
// through the core's ReviewEditor (review/review_editor.h), with the autosaver as its sink, so
// the window follows the same rules as the terminal mode and the command line, and every change
// is saved.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <wx/string.h>

#include "autosaver.h"
#include "connected_mode.h"
#include "definitions/definitions_loader.h"
#include "i18n/translator.h"
#include "review/review.h"
#include "review/review_editor.h"

namespace vigie::gui {

class ReviewSession {
public:
    ReviewSession(Catalog catalog, ReviewStore store, ReviewState state, Language language);

    // The wizards as the current profile's region shows them.
    const Definitions& definitions() const;
    const Catalog& catalog() const { return catalog_; }
    const ReviewState& state() const { return state_; }
    const Profile& profile() const { return editor_.currentProfile(); }
    Autosaver& autosaver() { return autosaver_; }
    ReviewEditor& editor() { return editor_; }
    // The OVHcloud connection, a shown snapshot, the demo (connected_mode.h).
    ConnectedMode& connected() { return connected_; }
    const ConnectedMode& connected() const { return connected_; }
    // `vigie --demo`: nothing is saved, and the file on disk is never read again.
    void startDemo();

    // Language of wizard text. C++ strings follow the global wxTranslations (see language.h).
    Language language() const { return translator_.language(); }
    const Translator& translator() const { return translator_; }
    void setLanguage(Language language);
    wxString text(const std::string& msgid) const;
    wxString text(const UserMessage& message) const;

    // The address of a links.xml target for the current profile's region; nullopt when that
    // region does not offer it.
    std::optional<std::string> resolveLink(const std::string& target) const;

    // Reads the file again when another Vigie changed it since this one last read or wrote it;
    // true when it did (the views then rebuild).
    bool reloadIfChangedOnDisk();

    // Profiles: see ReviewEditor; these act on the current profile.
    void selectProfile(const std::string& profileId) { editor_.selectProfile(profileId); }
    // The window shows the profile just added.
    void addProfile(const ProfileFields& fields) { editor_.selectProfile(editor_.addProfile(fields).id); }
    void updateProfile(const ProfileFields& fields) { editor_.updateProfile(profile().id, fields); }
    void deleteProfile(const std::string& profileId) { editor_.deleteProfile(profileId); }

    // Items of the current profile.
    ItemState itemState(const std::string& itemId) const;
    void setStatus(const Item& item, ItemStatus status) { editor_.setStatus(profile().id, item, status); }
    void setAnswer(const Item& item, const std::string& value, Pace pace) {
        editor_.setAnswer(profile().id, item, value, pace);
    }
    // Control characters pasted into a note are dropped (text_hygiene.h); the editor refuses them.
    void setNote(const Item& item, const std::string& note);
    void addEntry(const Item& item, const ListEntry& entry) { editor_.addEntry(profile().id, item, entry); }
    void removeEntry(const Item& item, std::size_t index) { editor_.removeEntry(profile().id, item, index); }
    void completePass(const Wizard& wizard) { editor_.completePass(profile().id, wizard); }

private:
    Catalog catalog_;
    // What each region shows, made the first time a profile of that region is shown (most people
    // have one region: no work at start for the others) and kept: windows keep references into
    // them across profile changes, which a map's nodes allow.
    mutable std::map<Region, Definitions> shown_;
    ReviewState state_;
    Translator translator_;
    Autosaver autosaver_;
    ReviewEditor editor_;
    ConnectedMode connected_;
};

}  // namespace vigie::gui
