#include "review/account_words.h"

namespace vigie {

// The label of a profile Vigie named itself ("My account", in any language) says nothing about
// its owner: counting it would mark "MyAccount2026!" as personal.
password::AccountContext accountContextOf(const Profile& profile) {
    password::AccountContext context;
    if (!profile.nic.empty()) context.nicHandles.push_back(profile.nic);
    if (!profile.label.empty() && !isDefaultProfileLabel(profile.label)) context.names.push_back(profile.label);
    return context;
}

}  // namespace vigie
