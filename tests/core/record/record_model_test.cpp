#define BOOST_TEST_MODULE record_model
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "record/record_model.h"
#include "record_test_support.h"

using namespace vigie;
using namespace vigie::test;

namespace {

struct Fixture {
    Fixture() { useFixtureCatalog(); }
    Catalog catalog = fixtureCatalog();
    Profile profile = sampleProfile();

    RecordModel build(Language language = Language::English, bool blank = false, bool notes = true) {
        RecordOptions options;
        options.language = language;
        options.blank = blank;
        options.includeNotes = notes;
        options.generatedAt = at("2026-03-20T08:00:00Z");
        return buildRecordModel(catalog, profile, options);
    }
};

const RecordItem& findItem(const RecordModel& model, const std::string& id) {
    for (const RecordWizard& wizard : model.wizards)
        for (const RecordStep& step : wizard.steps)
            for (const RecordItem& item : step.items)
                if (item.id == id) return item;
    throw std::runtime_error("no item " + id);
}

std::string factValue(const RecordModel& model, const std::string& label) {
    for (const RecordField& field : model.facts)
        if (field.label == label) return field.value;
    return "<missing>";
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(record_model, Fixture)

BOOST_AUTO_TEST_CASE(header_names_profile_time_zone_version_and_language) {
    ::setenv("TZ", "Europe/Paris", 1);
    ::tzset();
    RecordModel model = build();
    BOOST_TEST(factValue(model, "Profile") == "Dupont & fils <main>");
    BOOST_TEST(factValue(model, "NIC handle") == "ab12345-ovh");
    BOOST_TEST(factValue(model, "Region") == "Europe");
    BOOST_TEST(factValue(model, "Date") == "2026-03-20 09:00 UTC+01:00 (CET)");
    BOOST_TEST(factValue(model, "Vigie version") == VIGIE_VERSION);
    BOOST_TEST(factValue(model, "Language") == "English");
    BOOST_TEST(model.createdIso == "2026-03-20T09:00:00+01:00");
    ::unsetenv("TZ");
    ::tzset();
}

BOOST_AUTO_TEST_CASE(items_carry_status_note_decision_and_time) {
    RecordModel model = build();
    const RecordItem& length = findItem(model, "alpha.password.length");
    BOOST_TEST(length.statusText == "Done");
    BOOST_TEST(length.note == "Checked with the \"team\" & the bank 🙂");
    BOOST_TEST(!length.changed.empty());
    BOOST_TEST(findItem(model, "alpha.twofa.method").decision == "Authenticator app");
    BOOST_TEST(findItem(model, "alpha.twofa.codes").decision == "2026-02-01");
    BOOST_TEST(findItem(model, "beta.list.cancel").decision == "Cancel the old VPS at term.");
    BOOST_TEST(!findItem(model, "alpha.password.length").evidence.has_value());
}

BOOST_AUTO_TEST_CASE(a_verified_item_carries_the_verdict_evidence_read_time_and_disagreement) {
    for (Wizard& wizard : catalog.definitions.wizards)
        for (Step& step : wizard.steps)
            for (Item& item : step.items)
                if (item.id == "alpha.password.length") item.check = "security.two-factor";
    profile.checks["security.two-factor"] = {
        "attention", {{"No second factor is enabled.", {}}}, at("2026-03-18T07:00:00Z")};
    profile.connection = ConnectionInfo{"ab12345-ovh (jo@example.com)", "ovh-eu", at("2026-03-18T07:00:00Z"), false,
                                        "/home/jo/account.json",        {}};
    RecordModel model = build();
    const RecordItem& length = findItem(model, "alpha.password.length");
    BOOST_TEST_REQUIRE(length.evidence.has_value());
    BOOST_TEST(length.statusText == "Done", "the user's own status, beside the verdict");
    BOOST_TEST(length.evidence->verdict == "Needs attention");
    BOOST_TEST(length.evidence->verdictCode == "attention");
    BOOST_TEST(length.evidence->lines.at(0) == "No second factor is enabled.");
    BOOST_TEST(!length.evidence->readAt.empty());
    BOOST_TEST(length.evidence->disagreement.find("You marked this done") == 0u);
    BOOST_TEST(factValue(model, "Account read") == "ab12345-ovh (jo@example.com)");
    BOOST_TEST(factValue(model, "API endpoint") == "ovh-eu");
    BOOST_TEST(factValue(model, "Account data").find("Data read on 18 March 2026 at ") == 0u, "the read time in words");
    BOOST_TEST(factValue(model, "Account data").find(", 2 days ago") != std::string::npos,
               "the age as of the record's own time");
    BOOST_TEST(factValue(model, "Source") == "From the snapshot file /home/jo/account.json");
    BOOST_TEST(!findItem(model, "alpha.password.manager").evidence.has_value(), "no check, no verdict");
    RecordModel french = build(Language::French);
    BOOST_TEST(findItem(french, "alpha.password.length").evidence->verdict == "Attention requise");
    BOOST_TEST(factValue(french, "Compte lu") == "ab12345-ovh (jo@example.com)");
    BOOST_TEST(build(Language::English, true).facts.size() < model.facts.size(), "the blank checklist has none");
}

BOOST_AUTO_TEST_CASE(without_readings_the_record_says_not_connected) {
    RecordModel model = build();
    BOOST_TEST(factValue(model, "Account read") == "Not connected: every item is your own statement.");
    BOOST_TEST(factValue(model, "API endpoint") == "<missing>");
}

BOOST_AUTO_TEST_CASE(open_actions_list_attention_first_then_to_do) {
    RecordModel model = build();
    BOOST_REQUIRE(model.actions.size() == 2u);
    BOOST_TEST(model.actions[0].itemId == "alpha.password.manager");
    BOOST_TEST(model.actions[1].itemId == "beta.list.unpaid");
    BOOST_TEST(model.actionsSummary == "1 item needs attention. 1 item to do.");
}

BOOST_AUTO_TEST_CASE(next_review_follows_the_last_pass_and_the_period) {
    BOOST_TEST(build().nextReview.value == toLocalDate(at("2026-04-10T12:00:00Z")));
    profile.passes.clear();
    BOOST_TEST(build().nextReview.value.find("not planned") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(notes_can_be_left_out) {
    RecordModel model = build(Language::English, false, false);
    BOOST_TEST(findItem(model, "alpha.password.length").note.empty());
    BOOST_TEST(model.actions[0].note.empty());
    BOOST_TEST(findItem(model, "beta.list.cancel").decision == "Cancel the old VPS at term.");
}

BOOST_AUTO_TEST_CASE(a_subset_of_wizards_keeps_display_order) {
    RecordOptions options;
    options.wizardIds = {"beta"};
    RecordModel model = buildRecordModel(catalog, profile, options);
    BOOST_REQUIRE(model.wizards.size() == 1u);
    BOOST_TEST(model.wizards[0].id == "beta");
    BOOST_TEST(model.actions.size() == 1u);
}

BOOST_AUTO_TEST_CASE(french_record_from_an_english_context) {
    RecordModel model = build(Language::French);
    BOOST_TEST(model.languageCode == "fr");
    BOOST_TEST(model.wizards[0].title == "Sécuriser le compte de test");
    BOOST_TEST(findItem(model, "alpha.twofa.method").decision == "Application d’authentification");
    BOOST_TEST(findItem(model, "alpha.password.length").statusText == "Fait");
    BOOST_TEST(model.captions.documentTitle == "Rapport de vérification du compte");
    BOOST_TEST(model.wizards[0].steps[0].panels[0].text ==
               "Votre nom, en haut à droite \u203A Sécurité (anciennement\u00A0: Sécurité du compte)");
}

BOOST_AUTO_TEST_CASE(links_and_panels_follow_region_and_language) {
    profile.region = Region::Canada;
    RecordModel model = build(Language::French);
    const RecordStep& password = model.wizards[0].steps[0];
    BOOST_TEST(password.panels[0].url == "https://manager.ca.example.test/#/account/security");
    BOOST_TEST(password.links[0].url == "https://docs.example.test/fr/guides/account/manage-password");
    BOOST_TEST(model.wizards[0].steps[1].links[0].url == "https://form.example.test/fr?a=1&b=2");
    BOOST_TEST((model.paper == PaperSize::A4));
    profile.region = Region::UnitedStates;
    BOOST_TEST((build().paper == PaperSize::Letter));
}

BOOST_AUTO_TEST_CASE(blank_checklist_has_no_state) {
    RecordModel model = build(Language::English, true);
    BOOST_TEST(model.blank);
    BOOST_TEST(model.actions.empty());
    BOOST_TEST(factValue(model, "Profile").empty());
    BOOST_TEST(factValue(model, "Date").empty());
    BOOST_TEST(model.author.empty());
    const RecordItem& method = findItem(model, "alpha.twofa.method");
    BOOST_TEST(method.decision.empty());
    BOOST_TEST(method.statusText.empty());
    BOOST_TEST(method.options.size() == 3u);
    BOOST_TEST(findItem(model, "alpha.password.length").note.empty());
}

BOOST_AUTO_TEST_CASE(status_marks_are_distinct) {
    std::vector<std::string> marks;
    for (ItemStatus status : allStatuses()) marks.emplace_back(statusMark(status));
    std::sort(marks.begin(), marks.end());
    BOOST_TEST((std::unique(marks.begin(), marks.end()) == marks.end()));
}

BOOST_AUTO_TEST_CASE(with_the_guidance_every_block_of_a_step_comes_in_order_and_translated) {
    BOOST_TEST(build().wizards.at(0).steps.at(0).guidance.empty(), "left out unless asked for");
    RecordOptions options;
    options.language = Language::French;
    options.withGuidance = true;
    RecordModel model = buildRecordModel(catalog, profile, options);
    const std::vector<RecordBlock>& guidance = model.wizards.at(0).steps.at(0).guidance;
    BOOST_REQUIRE_EQUAL(guidance.size(), 3u);
    BOOST_TEST((guidance[0].kind == BlockKind::Paragraph));
    BOOST_TEST((guidance[1].kind == BlockKind::BulletList));
    BOOST_TEST(guidance[1].texts.size() == 2u);
    BOOST_TEST((guidance[2].kind == BlockKind::Tip));
    BOOST_TEST(guidance[0].texts[0] != "Use a password manager.", "translated: " << guidance[0].texts[0]);
    BOOST_TEST(!model.captions.tip.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(a_list_item_shows_each_row_with_its_way_and_date) {
    Catalog shipped = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    Profile p;
    p.items["cancel.ways.services"].entries = {{"Old VPS", "expiry", "2026-12-31"}, {"example.com", "now", ""}};
    RecordOptions options;
    options.wizardIds = {"cancel"};
    RecordModel model = buildRecordModel(shipped, p, options);
    const RecordItem* list = nullptr;
    for (const RecordStep& step : model.wizards.at(0).steps)
        for (const RecordItem& item : step.items)
            if (item.id == "cancel.ways.services") list = &item;
    BOOST_REQUIRE(list);
    BOOST_TEST((list->kind == ItemKind::List));
    BOOST_TEST((list->entries == std::vector<std::string>{"Old VPS \u00B7 Cancellation at expiry \u00B7 2026-12-31",
                                                          "example.com \u00B7 Immediate deletion"}));
    BOOST_TEST(list->options.size() == 4u);
}

BOOST_AUTO_TEST_CASE(the_record_shows_what_the_profile_region_shows) {
    Catalog shipped = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    BOOST_TEST_REQUIRE(shipped.definitions.errors.empty());
    auto stepTitles = [&](Region region) {
        Profile p;
        p.region = region;
        RecordOptions options;
        options.wizardIds = {"renewal"};
        std::string titles;
        RecordModel model = buildRecordModel(shipped, p, options);
        for (const RecordStep& step : model.wizards.at(0).steps) titles += step.title + "\n";
        return titles;
    };
    BOOST_TEST(stepTitles(Region::Europe).find("Chorus Pro") != std::string::npos);
    BOOST_TEST(stepTitles(Region::Canada).find("Chorus Pro") == std::string::npos);
    BOOST_TEST(stepTitles(Region::UnitedStates).find("Chorus Pro") == std::string::npos);
}
