// One exception type that carries text meant for the user, as Poedit does: the message says
// what went wrong and what to do, and is safe to show (it never contains a secret).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

// Marks a string for extraction by xgettext without translating it here; the view translates.
#ifndef N_
#define N_(s) s
#endif

namespace vigie {

// Text for the user, kept as an English msgid with "{}" placeholders and the values that fill
// them, so each view can show it in its own language (Translator::operator()(UserMessage)).
struct UserMessage {
    std::string msgid;
    std::vector<std::string> args;
    // Indexes of `args` that are themselves msgids (a system's reason, a format problem): the
    // view translates them too, so "No space left on device" reads in French under a French UI.
    std::vector<std::size_t> translatedArgs = {};

    bool empty() const { return msgid.empty(); }
    std::string english() const;
};

class UserError : public std::runtime_error {
public:
    // what() is the English text, for logs and for callers without a translator.
    explicit UserError(UserMessage message) : std::runtime_error(message.english()), message_(std::move(message)) {}
    // Text that has no translation (a library's own message).
    explicit UserError(const std::string& text) : UserError(UserMessage{"{}", {text}}) {}
    const UserMessage& message() const { return message_; }

private:
    UserMessage message_;
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

// The system's reason for an errno as a msgid: the common ones (ENOSPC, EACCES, EROFS, ENOTDIR,
// EISDIR, ENOENT...) have wording in the catalogs; an unusual one is strerror's English text.
std::string systemReason(int error);
// `msgid` with two placeholders, the path then the system's reason, the reason translatable.
UserMessage messageWithReason(const char* msgid, const std::string& path, int error);

// Any exception as one line of text for the user or the log.
std::string describeCurrentException();
// The same, kept as a message for a view to translate (Translator::operator()(UserMessage)).
UserMessage currentExceptionMessage();

}  // namespace vigie
