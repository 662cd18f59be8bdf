// What the windows share while Vigie runs: the wizard definitions and links, the review state of
// every profile, the language the views draw in, and the autosaver. Every change to the review
// goes through here, so every change is saved.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <wx/string.h>

#include "autosaver.h"
#include "definitions/definitions_loader.h"
#include "i18n/translator.h"
#include "review/review.h"

namespace vigie::gui {

// What the profile dialog edits.
struct ProfileFields {
    std::string label;
    std::string nic;
    Region region = Region::Europe;
    int reviewPeriodMonths = 3;
};

class ReviewSession {
public:
    ReviewSession(Catalog catalog, ReviewStore store, ReviewState state, Language language);

    // The wizards as the current profile's region shows them.
    const Definitions& definitions() const { return shown_.at(profile().region); }
    const Catalog& catalog() const { return catalog_; }
    const ReviewState& state() const { return state_; }
    const Profile& profile() const;
    Autosaver& autosaver() { return autosaver_; }

    // Language of wizard text. C++ strings follow the global wxTranslations (see language.h).
    Language language() const { return translator_.language(); }
    const Translator& translator() const { return translator_; }
    void setLanguage(Language language);
    wxString text(const std::string& msgid) const;

    // The address of a links.xml target for the current profile's region; nullopt when that
    // region does not offer it.
    std::optional<std::string> resolveLink(const std::string& target) const;

    // Reads the file again when another Vigie changed it since this one last read or wrote it;
    // true when it did (the views then rebuild).
    bool reloadIfChangedOnDisk();

    void selectProfile(const std::string& profileId);
    void addProfile(const ProfileFields& fields);
    void updateProfile(const ProfileFields& fields);
    void deleteProfile(const std::string& profileId);
    // True when `label` names a profile other than `exceptId`; labels select profiles in the CLI.
    bool labelTaken(const std::string& label, const std::string& exceptId) const;

    ItemState itemState(const std::string& itemId) const;
    void setStatus(const std::string& itemId, ItemStatus status);
    void setValue(const std::string& itemId, const std::string& value, bool typing);
    void setNote(const std::string& itemId, const std::string& note);
    // A list item's rows; adding the first row of an item still to do marks it done, as an answer does.
    void addEntry(const std::string& itemId, const ListEntry& entry);
    void removeEntry(const std::string& itemId, std::size_t index);
    void completePass(const std::string& wizardId);

private:
    Profile& currentProfile() { return state_.current(); }
    ItemState& touch(const std::string& itemId);

    Catalog catalog_;
    // What each region shows, made once: windows keep references into them across profile changes.
    std::map<Region, Definitions> shown_;
    ReviewState state_;
    Translator translator_;
    Autosaver autosaver_;
};

}  // namespace vigie::gui
