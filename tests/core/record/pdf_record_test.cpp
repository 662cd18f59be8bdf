#define BOOST_TEST_MODULE pdf_record
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <pango/pangocairo.h>

#include "record/pdf_record.h"
#include "record/record_model.h"
#include "record_test_support.h"
#include "temp_dir.h"

using namespace vigie;
using namespace vigie::test;

namespace {

// Where the pages are left as PNG for a person to look at.
const std::string kPagesDir = std::string(VIGIE_BINARY_DIR) + "/record-pages";

std::string longNote() {
    std::string note = "BEGINNOTE ";
    for (int i = 0; i < 260; ++i) note += "Résilier le service numéro " + std::to_string(i) + " à l’échéance, ";
    return note + "ENDNOTE";
}

struct Fixture {
    Fixture() { useFixtureCatalog(); }
    Catalog catalog = fixtureCatalog();
    Profile profile = sampleProfile();
    TempDir dir;

    std::string write(const RecordModel& model, const std::string& name) {
        std::optional<std::string> pdf = renderPdfRecord(model);
        BOOST_REQUIRE(pdf.has_value());
        std::string path = dir.path() + "/" + name + ".pdf";
        writeFile(path, *pdf);
        std::filesystem::create_directories(kPagesDir);
        runCommand("pdftoppm -png -r 60 " + path + " " + kPagesDir + "/" + name);
        return path;
    }

    std::string write(Language language, bool blank, const std::string& name) {
        RecordOptions options;
        options.language = language;
        options.blank = blank;
        return write(buildRecordModel(catalog, profile, options), name);
    }
};

std::string text(const std::string& pdf, int page = 0) {
    std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    return runCommand("pdftotext -enc UTF-8" + range + " " + pdf + " -").output;
}

int pageOf(const std::string& pdf, const std::string& needle, int pages) {
    for (int page = 1; page <= pages; ++page)
        if (text(pdf, page).find(needle) != std::string::npos) return page;
    return 0;
}

std::string info(const std::string& pdf) { return runCommand("pdfinfo " + pdf).output; }

int pageCount(const std::string& pdf) {
    std::string out = info(pdf);
    auto at = out.find("Pages:");
    return at == std::string::npos ? 0 : std::stoi(out.substr(at + 6));
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(pdf_record, Fixture)

BOOST_AUTO_TEST_CASE(text_is_in_the_chosen_language_with_accents) {
    std::string pdf = write(Language::French, false, "record-fr");
    std::string all = text(pdf);
    for (const char* expected :
         {"Rapport de vérification du compte", "Sécuriser le compte de test", "Vérifier les commandes",
          "Mon mot de passe compte au moins 12 caractères.", "Aucune commande n’est restée impayée.",
          "Application d’authentification", "Services à résilier, et comment", "Attention requise", "Page 1 sur"})
        BOOST_TEST(all.find(expected) != std::string::npos, "missing: " << expected);
    for (const char* mark : {"\u2611", "\u26A0", "\u2298", "\u2610"})
        BOOST_TEST(all.find(mark) != std::string::npos, "missing mark " << mark);
}

BOOST_AUTO_TEST_CASE(every_font_is_embedded) {
    std::string pdf = write(Language::French, false, "record-fonts");
    std::istringstream lines(runCommand("pdffonts " + pdf).output);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);  // header and its underline
    int fonts = 0;
    while (std::getline(lines, line)) {
        std::vector<std::string> words;
        std::istringstream in(line);
        for (std::string word; in >> word;) words.push_back(word);
        BOOST_REQUIRE(words.size() >= 6u);
        BOOST_TEST(words[words.size() - 5] == "yes", line);
        ++fonts;
    }
    BOOST_TEST(fonts > 0);
}

BOOST_AUTO_TEST_CASE(a_long_note_breaks_across_pages_by_lines) {
    profile.items["alpha.password.length"].note = longNote();  // a done item: not in the summary
    std::string pdf = write(Language::French, false, "record-long-note");
    int pages = pageCount(pdf);
    BOOST_TEST(pages >= 5);
    int begins = pageOf(pdf, "BEGINNOTE", pages);
    int ends = pageOf(pdf, "ENDNOTE", pages);
    BOOST_TEST(begins > 0);
    BOOST_TEST(ends > begins);
    // The note starts under its item, on the same page, instead of jumping whole to the next one.
    BOOST_TEST(text(pdf, begins).find("Mon mot de passe compte au moins 12") != std::string::npos);
    BOOST_TEST(text(pdf, ends).find("gestionnaire de mots") != std::string::npos);  // the next item follows
}

BOOST_AUTO_TEST_CASE(has_outline_links_and_metadata) {
    std::string pdf = write(Language::French, false, "record-meta");
    std::string raw = readFile(pdf);
    BOOST_TEST(raw.find("/Type /Outlines") != std::string::npos);
    BOOST_TEST(countOf(raw, "/Title ") == 6u);  // 2 wizards + 3 steps in the outline, and the document's
    BOOST_TEST(raw.find("/Title (Lister les commandes)") != std::string::npos);
    BOOST_TEST(raw.find("/URI (https://manager.eu.example.test/#/account/security)") != std::string::npos);
    BOOST_TEST(raw.find("/URI (https://form.example.test/fr?a=1&b=2)") != std::string::npos);
    std::string meta = info(pdf);
    BOOST_TEST(meta.find("Rapport de vérification du compte — Dupont & fils <main>") != std::string::npos, meta);
    BOOST_TEST(meta.find("Author:          Dupont & fils <main>\n") != std::string::npos, meta);
    BOOST_TEST(meta.find("CreationDate:") != std::string::npos);
    BOOST_TEST(meta.find("A4") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(united_states_records_print_on_letter) {
    profile.region = Region::UnitedStates;
    std::string pdf = write(Language::English, false, "record-letter");
    BOOST_TEST(info(pdf).find("612 x 792 pts (letter)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(blank_checklist_prints_boxes_and_no_state) {
    std::string pdf = write(Language::English, true, "checklist-en");
    std::string all = text(pdf);
    BOOST_TEST(all.find("Account review checklist") != std::string::npos);
    BOOST_TEST(all.find("\u2610 Authenticator app") != std::string::npos);
    BOOST_TEST(all.find("Dupont") == std::string::npos);
    BOOST_TEST(all.find("team") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(evidence_renders_when_present) {
    RecordModel model = buildRecordModel(catalog, profile, {});
    model.wizards[0].steps[0].items[0].evidence =
        RecordEvidence{"Verified", "", "2026-03-01", {"Two methods are enabled.", "SMS & app <both>."}, "", "ok"};
    const std::string shown = text(write(model, "record-evidence"));
    BOOST_TEST(shown.find("Two methods are enabled.") != std::string::npos);
    BOOST_TEST(shown.find("SMS & app <both>.") != std::string::npos, "escaped for Pango, shown as typed");
    BOOST_TEST(shown.find("Automatic check: Verified") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(status_marks_are_in_the_record_font) {
    PangoFontMap* map = pango_cairo_font_map_get_default();
    PangoContext* context = pango_font_map_create_context(map);
    PangoFontDescription* description = pango_font_description_from_string("DejaVu Sans 10");
    PangoFont* font = pango_font_map_load_font(map, context, description);
    BOOST_REQUIRE(font);
    BOOST_TEST(std::string(pango_font_description_get_family(pango_font_describe(font))) == "DejaVu Sans");
    for (gunichar mark : {0x2610u, 0x2611u, 0x2298u, 0x26A0u, 0x2192u, 0x203Au, 0x00B7u})
        BOOST_TEST(pango_font_has_char(font, mark), "missing U+" << std::hex << mark);
    g_object_unref(font);
    pango_font_description_free(description);
    g_object_unref(context);
}

BOOST_AUTO_TEST_CASE(cancel_stops_the_render) {
    RecordModel model = buildRecordModel(catalog, profile, {});
    BOOST_TEST(!renderPdfRecord(model, [](double fraction) { return fraction < 0.5; }).has_value());
}

BOOST_AUTO_TEST_CASE(shipped_wizards_render_in_both_languages) {
    Catalog shipped = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    for (Language language : {Language::English, Language::French}) {
        RecordOptions options;
        options.language = language;
        std::string name = std::string("shipped-") + (language == Language::French ? "fr" : "en");
        std::string pdf = write(buildRecordModel(shipped, profile, options), name);
        std::string all = text(pdf);
        for (const Wizard& wizard : shipped.definitions.wizards) {
            Translator tr(language);
            BOOST_TEST(all.find(tr(wizard.title)) != std::string::npos, "missing " << wizard.title);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
