#define BOOST_TEST_MODULE html_record
#include <boost/test/unit_test.hpp>

#include <regex>

#include "record/html_record.h"
#include "record/record_model.h"
#include "record_test_support.h"
#include "temp_dir.h"

using namespace vigie;
using namespace vigie::test;

namespace {

struct Fixture {
    Fixture() { useFixtureCatalog(); }
    Catalog catalog = fixtureCatalog();
    Profile profile = sampleProfile();
    TempDir dir;

    std::string render(Language language = Language::English, bool blank = false) {
        RecordOptions options;
        options.language = language;
        options.blank = blank;
        return renderHtmlRecord(buildRecordModel(catalog, profile, options));
    }

    // tidy exits 0 only when it finds neither errors nor warnings.
    CommandResult tidy(const std::string& html) {
        std::string path = dir.path() + "/record.html";
        writeFile(path, html);
        return runCommand(std::string(VIGIE_TIDY) + " -q -e " + path);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(html_record, Fixture)

BOOST_AUTO_TEST_CASE(passes_tidy_without_warnings) {
    for (Language language : {Language::English, Language::French})
        for (bool blank : {false, true}) {
            CommandResult result = tidy(render(language, blank));
            BOOST_TEST(result.exitCode == 0, "tidy: " << result.output);
            BOOST_TEST(result.output.empty());
        }
}

BOOST_AUTO_TEST_CASE(list_rows_come_out_as_text) {
    std::string html = render();
    BOOST_TEST(html.find("<li>Old VPS &lt;b&gt; &amp; co \u00B7 At expiry \u00B7 2026-12-31</li>") !=
               std::string::npos);
    BOOST_TEST(html.find("<li>example.com</li>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(notes_come_out_as_text) {
    std::string html = render();
    BOOST_TEST(html.find("<script") == std::string::npos);
    BOOST_TEST(html.find("&lt;script&gt;alert('x')&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(html.find("<span class=\"note-text\">Checked with the \"team\" &amp; the bank 🙂</span>") !=
               std::string::npos);
    BOOST_TEST(html.find("Dupont &amp; fils &lt;main&gt;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_from_a_latin1_terminal_stays_valid) {
    profile.items["alpha.password.length"].note = "caf\xE9 cr\xE8me";
    std::string html = render();
    BOOST_TEST(html.find("caf\uFFFD cr\uFFFDme") != std::string::npos);
    BOOST_TEST(tidy(html).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(is_self_contained) {
    std::string html = render();
    BOOST_TEST(html.find(" src=") == std::string::npos);
    BOOST_TEST(html.find("<link") == std::string::npos);
    BOOST_TEST(html.find("@import") == std::string::npos);
    BOOST_TEST(html.find("url(") == std::string::npos);
    // Every address is an <a href> the reader chooses to follow.
    std::regex href(R"re(<([a-z]+)[^>]* href="(https?:[^"]*)")re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it)
        BOOST_TEST((*it)[1].str() == "a");
    BOOST_TEST(html.find("https://manager.eu.example.test/#/account/security") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(has_language_headings_tables_and_print_style) {
    std::string html = render(Language::French);
    BOOST_TEST(html.rfind("<!DOCTYPE html>", 0) == 0);
    BOOST_TEST(html.find("<html lang=\"fr\">") != std::string::npos);
    BOOST_TEST(html.find("<meta charset=\"utf-8\"") != std::string::npos);
    BOOST_TEST(html.find("<h1>Rapport de vérification du compte</h1>") != std::string::npos);
    BOOST_TEST(html.find("<h2>Sécuriser le compte de test</h2>") != std::string::npos);
    BOOST_TEST(html.find("<th scope=\"col\">") != std::string::npos);
    BOOST_TEST(html.find("@media print") != std::string::npos);
    BOOST_TEST(html.find("Application d’authentification") != std::string::npos);
    BOOST_TEST(html.find("Attention requise") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(evidence_renders_when_present) {
    RecordModel model = buildRecordModel(catalog, profile, {});
    model.wizards[0].steps[0].items[0].evidence =
        RecordEvidence{"Needs attention",
                       "",
                       "2026-03-01",
                       {"2 of 2 methods & more", "Second <line>"},
                       "You marked this done; the account read on 2026-03-01 says it needs attention.",
                       "attention"};
    std::string html = renderHtmlRecord(model);
    BOOST_TEST(html.find("<li>2 of 2 methods &amp; more</li>") != std::string::npos);
    BOOST_TEST(html.find("<li>Second &lt;line&gt;</li>") != std::string::npos);
    BOOST_TEST(html.find("Automatic check") != std::string::npos);
    BOOST_TEST(html.find("class=\"evidence verdict-attention\"") != std::string::npos);
    BOOST_TEST(html.find("class=\"disagreement\">\u26A0 You marked this done;") != std::string::npos, html);
    BOOST_TEST(tidy(html).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(blank_checklist_has_boxes_and_lines_but_no_state) {
    std::string html = render(Language::English, true);
    BOOST_TEST(html.find("Account review checklist") != std::string::npos);
    BOOST_TEST(html.find("\u2610 Authenticator app") != std::string::npos);
    BOOST_TEST(html.find("class=\"line\"") != std::string::npos);
    BOOST_TEST(html.find("Dupont") == std::string::npos);
    BOOST_TEST(html.find("team") == std::string::npos);
    BOOST_TEST(html.find("Open actions") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_guidance_puts_paragraphs_lists_tips_and_warnings_in_the_record) {
    RecordOptions options;
    options.withGuidance = true;
    std::string html = renderHtmlRecord(buildRecordModel(catalog, profile, options));
    BOOST_TEST(html.find("Use a password manager.") != std::string::npos);
    BOOST_TEST(html.find("<li>Twelve characters or more</li>") != std::string::npos);
    BOOST_TEST(html.find("<aside class=\"tip\">") != std::string::npos);
    BOOST_TEST(html.find("A passphrase is easier to remember.") < html.find("How to manage your password"));
    BOOST_TEST(render().find("Use a password manager.") == std::string::npos);
    BOOST_TEST(tidy(html).exitCode == 0, tidy(html).output);
}

BOOST_AUTO_TEST_CASE(shipped_wizards_render_valid_html) {
    Catalog shipped = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    for (Language language : {Language::English, Language::French}) {
        RecordOptions options;
        options.language = language;
        std::string html = renderHtmlRecord(buildRecordModel(shipped, profile, options));
        CommandResult result = tidy(html);
        BOOST_TEST(result.exitCode == 0, "tidy: " << result.output);
    }
}

BOOST_AUTO_TEST_SUITE_END()
