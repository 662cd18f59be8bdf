#include "platform/text_hygiene.h"

#include <cstdint>

namespace vigie {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool isControl(std::uint32_t c) { return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F); }

// XML 1.0 Char production, minus CR (a parser turns it into LF, so it would not come back).
bool xmlCanHold(std::uint32_t c) {
    if (c < 0x20) return c == '\t' || c == '\n';
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    return c != 0xFFFE && c != 0xFFFF;
}

template <typename Keep, typename Replace>
std::string filter(std::string_view text, Keep keep, Replace replace) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        std::uint32_t c = 0;
        std::size_t length = decodeUtf8(text, pos, c);
        if (length > 0 && keep(c)) {
            out.append(text.substr(pos, length));
        } else {
            replace(out, length > 0 ? text.substr(pos, length) : text.substr(pos, 1));
        }
        pos += length > 0 ? length : 1;
    }
    return out;
}

}  // namespace

std::size_t decodeUtf8(std::string_view text, std::size_t pos, std::uint32_t& codePoint) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(pos);
    std::size_t length = lead < 0x80           ? 1
                         : (lead >> 5) == 0x6  ? 2
                         : (lead >> 4) == 0xE  ? 3
                         : (lead >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || pos + length > text.size()) return 0;
    if (length == 1) {
        codePoint = lead;
        return 1;
    }
    codePoint = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) return 0;
        codePoint = (codePoint << 6) | (byte(pos + i) & 0x3F);
    }
    static const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < smallest[length] || codePoint > 0x10FFFF) return 0;  // overlong, too large
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return 0;  // surrogates
    return length;
}

std::size_t utf8CharacterLength(std::string_view text, std::size_t pos) {
    std::uint32_t ignored = 0;
    return pos < text.size() ? decodeUtf8(text, pos, ignored) : 0;
}

bool isValidUtf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        std::uint32_t c = 0;
        std::size_t length = decodeUtf8(text, pos, c);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

std::optional<UserMessage> userTextProblem(std::string_view text) {
    if (!isValidUtf8(text)) return UserMessage{N_("The text contains bytes that are not UTF-8 text."), {}};
    for (std::size_t pos = 0; pos < text.size();) {
        std::uint32_t c = 0;
        pos += decodeUtf8(text, pos, c);
        if (isControl(c) && c != '\r')
            return UserMessage{N_("The text contains a control character (code {}); remove it and try again."),
                               {std::to_string(c)}};
    }
    return std::nullopt;
}

std::string withoutControlCharacters(std::string_view text) {
    return filter(
        text, [](std::uint32_t c) { return !isControl(c) || c == '\r'; }, [](std::string&, std::string_view) {});
}

std::optional<std::string> escapeForXml(std::string_view text) {
    bool clean = text.find('\\') == std::string_view::npos;
    for (std::size_t pos = 0; clean && pos < text.size();) {
        std::uint32_t c = 0;
        std::size_t length = decodeUtf8(text, pos, c);
        clean = length > 0 && xmlCanHold(c);
        pos += length;
    }
    if (clean) return std::nullopt;
    return filter(
        text, [](std::uint32_t c) { return xmlCanHold(c) && c != '\\'; },
        [](std::string& out, std::string_view bytes) {
            static const char hex[] = "0123456789abcdef";
            for (unsigned char b : bytes) {
                if (b == '\\') {
                    out += "\\\\";
                    continue;
                }
                out += "\\x";
                out += hex[b >> 4];
                out += hex[b & 0xF];
            }
        });
}

std::string unescapeFromXml(std::string_view escaped) {
    auto hexValue = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(escaped.size());
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '\\' && i + 1 < escaped.size() && escaped[i + 1] == '\\') {
            out += '\\';
            ++i;
        } else if (escaped[i] == '\\' && i + 3 < escaped.size() && escaped[i + 1] == 'x' &&
                   hexValue(escaped[i + 2]) >= 0 && hexValue(escaped[i + 3]) >= 0) {
            out += static_cast<char>(hexValue(escaped[i + 2]) * 16 + hexValue(escaped[i + 3]));
            i += 3;
        } else {
            out += escaped[i];  // a hand edit: keep what is there
        }
    }
    return out;
}

std::string forTerminal(std::string_view text) {
    return filter(
        text, [](std::uint32_t c) { return !isControl(c); },
        [](std::string& out, std::string_view) { out.append(kReplacement); });
}

}  // namespace vigie

namespace vigie {

TerminalSafeBuffer::~TerminalSafeBuffer() { emit(true); }

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    pending_ += traits_type::to_char_type(c);
    emit(false);
    return c;
}

std::streamsize TerminalSafeBuffer::xsputn(const char* s, std::streamsize n) {
    pending_.append(s, static_cast<std::size_t>(n));
    emit(false);
    return n;
}

int TerminalSafeBuffer::sync() {
    emit(false);
    return target_->pubsync();
}

void TerminalSafeBuffer::emit(bool all) {
    std::size_t end = pending_.size();
    if (!all) {
        // Hold back an incomplete UTF-8 sequence at the end: its next bytes are on their way.
        for (std::size_t back = 1; back <= 3 && back <= pending_.size(); ++back) {
            unsigned char b = static_cast<unsigned char>(pending_[pending_.size() - back]);
            if ((b & 0xC0) == 0x80) continue;
            std::size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
            if (length > back) end = pending_.size() - back;
            break;
        }
    }
    if (end == 0) return;
    std::string safe = forTerminal(std::string_view(pending_).substr(0, end));
    target_->sputn(safe.data(), static_cast<std::streamsize>(safe.size()));
    pending_.erase(0, end);
}

}  // namespace vigie
