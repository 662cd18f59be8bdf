// What the meter knows about the account owner, so that a password built from their own details
// scores as badly as it deserves: attackers who target an account try its owner's name, e-mail
// and customer ID first. None of this is secret, but none of it is stored by the meter either.
#pragma once

#include <string>
#include <vector>

namespace vigie::password {

struct AccountContext {
    std::vector<std::string> nicHandles;  // "ab12345-ovh"
    std::vector<std::string> emails;  // primary and backup addresses
    std::vector<std::string> names;  // first names, surnames, company name
};

// The words an attacker would derive from the context, folded (lower case, no accents), most
// personal first: names, e-mail parts, NIC handle parts, then "ovh", "ovhcloud", "kimsufi" and
// "soyoustart", which every OVHcloud customer's password is tried with. Words shorter than three
// characters are dropped (they match everywhere and zxcvbn prices them cheaply anyway).
std::vector<std::string> contextWords(const AccountContext& context);
// The personal part of contextWords(): its first personalWords(context).size() entries.
std::vector<std::string> personalWords(const AccountContext& context);

}  // namespace vigie::password
