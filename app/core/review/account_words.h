// The account details a profile holds that an attacker would try in a password (its label, when
// the user named it, and its NIC handle), for the password meter of every view.
#pragma once

#include "password/account_context.h"
#include "review/review.h"

namespace vigie {

password::AccountContext accountContextOf(const Profile& profile);

}  // namespace vigie
