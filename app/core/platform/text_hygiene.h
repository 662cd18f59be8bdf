// Text the user types (notes, profile labels) and text Vigie prints to a terminal. XML 1.0 cannot
// hold most control characters at all, and a terminal obeys the escape sequences it is sent, so
// both edges share one definition of what is printable.
#pragma once

#include <cstdint>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>

#include "platform/errors.h"

namespace vigie {

// Decodes the UTF-8 character at `pos` (which must be inside `text`) into `codePoint`; returns
// its length in bytes, or 0 when the bytes there are not UTF-8 (a stray continuation byte, a
// truncated sequence, an overlong form, a surrogate, beyond U+10FFFF). The one UTF-8 decoder:
// notes, labels, the terminal and the password meter all read text through it.
std::size_t decodeUtf8(std::string_view text, std::size_t pos, std::uint32_t& codePoint);

// The length of the UTF-8 character at `pos`, or 0 when the bytes there are not UTF-8.
std::size_t utf8CharacterLength(std::string_view text, std::size_t pos);

// True for a byte sequence that is valid UTF-8 (no overlong forms, no surrogates).
bool isValidUtf8(std::string_view text);

// Why `text` cannot be a note or a label (a control character other than tab and line break,
// or bytes that are not UTF-8); nullopt when it can. Entry points refuse with this message.
std::optional<UserMessage> userTextProblem(std::string_view text);

// The same text with what userTextProblem refuses removed (pasted text in a window).
std::string withoutControlCharacters(std::string_view text);

// For the state file: text that XML 1.0 can hold is returned as nullopt (written as it is);
// anything else comes back escaped as "\xHH" for each offending byte and "\\" for a backslash,
// and unescapeFromXml() gives back the exact original.
std::optional<std::string> escapeForXml(std::string_view text);
std::string unescapeFromXml(std::string_view escaped);

// What may be printed to a terminal: control characters (ESC, C1 controls, DEL...) except line
// breaks and tabs become U+FFFD, and so do bytes that are not UTF-8.
std::string forTerminal(std::string_view text);

}  // namespace vigie

namespace vigie {

// A stream buffer that passes everything written through forTerminal() on its way to `target`;
// a character split across two writes is held until it is whole. The command line writes through
// it, so a note holding ESC [ 2 J shows as text instead of clearing the screen.
class TerminalSafeBuffer : public std::streambuf {
public:
    explicit TerminalSafeBuffer(std::streambuf* target) : target_(target) {}
    ~TerminalSafeBuffer() override;

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    void emit(bool all);
    std::streambuf* target_;
    std::string pending_;
};

}  // namespace vigie
