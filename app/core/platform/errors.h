// One exception type that carries text meant for the user, as Poedit does: the message says
// what went wrong and what to do, and is safe to show (it never contains a secret).
#pragma once

#include <stdexcept>
#include <string>

namespace vigie {

class UserError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The state or a wizard file is not in the expected format.
class FormatError : public UserError {
public:
    using UserError::UserError;
};

// A file could not be written (disk full, read-only folder, no permission).
class SaveError : public UserError {
public:
    using UserError::UserError;
};

// Any exception as one line of text for the user or the log.
std::string describeCurrentException();

}  // namespace vigie
