#define BOOST_TEST_MODULE text_hygiene
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "platform/text_hygiene.h"

using namespace vigie;

BOOST_AUTO_TEST_CASE(user_text_refuses_controls_and_invalid_utf8_only) {
    BOOST_TEST(!userTextProblem("Société « Dupont » 🙂\n\ttab"));
    BOOST_TEST(!userTextProblem("line\r\nend"));
    BOOST_TEST(userTextProblem("esc\x1b[2J").has_value());
    BOOST_TEST(userTextProblem("\x01").has_value());
    BOOST_TEST(userTextProblem("c1 \xc2\x9b").has_value());  // U+009B, the C1 escape
    BOOST_TEST(userTextProblem("bad \xff").has_value());
    BOOST_TEST(userTextProblem("esc\x1b").value().english().find("code 27") != std::string::npos);
    BOOST_TEST(withoutControlCharacters("a\x1b[2Jb\x07\n") == "a[2Jb\n");
}

BOOST_AUTO_TEST_CASE(xml_escaping_is_reversible_and_only_when_needed) {
    BOOST_TEST(!escapeForXml("plain text, « guillemets », emoji 🙂\nand tab\t"));
    for (const std::string& text : {std::string("esc\x1b[0m"), std::string("back\\slash \x01"), std::string("cr\r\n"),
                                    std::string("nonchar \xef\xbf\xbe"), std::string("bad \xc3("),
                                    std::string("\\x41 literal"), std::string("\0nul", 4)}) {
        auto escaped = escapeForXml(text);
        if (text == "\\x41 literal") BOOST_TEST(escaped.has_value());  // a backslash forces escaping
        BOOST_REQUIRE(escaped.has_value());
        for (unsigned char c : *escaped) BOOST_TEST((c >= 0x20 || c == '\n' || c == '\t'));
        BOOST_TEST(unescapeFromXml(*escaped) == text);
    }
}

BOOST_AUTO_TEST_CASE(terminal_output_has_no_escape_sequences) {
    BOOST_TEST(forTerminal("note \x1b]0;title\x07 \x1b[2J end\n") ==
               "note \xEF\xBF\xBD]0;title\xEF\xBF\xBD \xEF\xBF\xBD[2J end\n");
    BOOST_TEST(forTerminal("é\tà\n") == "é\tà\n");
    BOOST_TEST(forTerminal("\xc2\x9b"
                           "31m") ==
               "\xEF\xBF\xBD"
               "31m");
    BOOST_TEST(forTerminal("\xff") == "\xEF\xBF\xBD");
}

BOOST_AUTO_TEST_CASE(the_filtering_stream_keeps_a_character_split_across_writes) {
    std::ostringstream target;
    {
        TerminalSafeBuffer filter(target.rdbuf());
        std::ostream out(&filter);
        out << "caf\xc3";  // the first byte of é
        out << "\xa9 \x1b[2J" << std::flush;
        out << "ok\n";
    }
    BOOST_TEST(target.str() == "café \xEF\xBF\xBD[2Jok\n");
}
