// Region conditions: content marked regions="..." in wizards/*.xml is shown to a profile of those
// regions only. One test per region checks, on the shipped wizards, what it sees and what it
// does not; the others check the rule itself and the loader's errors.
#define BOOST_TEST_MODULE regions
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "definitions/definitions_loader.h"
#include "temp_dir.h"

using namespace vigie;

namespace {

const Catalog& shipped() {
    static const Catalog catalog = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    return catalog;
}

// Every text of the definitions, with each link target and option id, to search in.
std::string everything(const Definitions& definitions) {
    std::string all;
    for (const Wizard& wizard : definitions.wizards)
        for (const Step& step : wizard.steps) {
            all += "[step " + wizard.id + "." + step.id + "]\n";
            for (const TextBlock& block : step.blocks)
                for (const std::string& text : block.texts) all += text + "\n";
            for (const Link& link : step.links) all += "[" + link.target + "]\n";
            for (const Item& item : step.items) {
                all += "[item " + item.id + "]\n";
                for (const Option& option : item.options) all += "[option " + item.id + "=" + option.id + "]\n";
            }
        }
    return all;
}

bool shows(const std::string& all, const std::string& what) { return all.find(what) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(europe_sees_sepa_chorus_pro_withdrawal_and_its_own_labels) {
    BOOST_TEST_REQUIRE(shipped().definitions.errors.empty());
    std::string all = everything(shipped().definitions.forRegion(Region::Europe));
    BOOST_TEST(shows(all, "SEPA direct debit: only from a bank account"));
    BOOST_TEST(shows(all, "[option renewal.payment.kind=debit]"));
    BOOST_TEST(shows(all, "[step renewal.public]"));
    BOOST_TEST(shows(all, "[step orders.withdrawal]"));
    BOOST_TEST(shows(all, "In Europe, it applies your right to erasure under the GDPR"));
    BOOST_TEST(shows(all, "Accès frauduleux à un espace client"));
    BOOST_TEST(shows(all, "1007 from France"));
    BOOST_TEST(shows(all, "[url:gdpr-form]"));
    BOOST_TEST(shows(all, "(formerly \"Cancel\")"));
    BOOST_TEST(!shows(all, "to validate"));  // Canada's own "Résilier mon service" / "Valider" entry
    BOOST_TEST(!shows(all, "1-855-684-5463"));
    BOOST_TEST(!shows(all, "[url:renew-ca]"));
    BOOST_TEST(!shows(all, "[url:renew-us]"));
    BOOST_TEST(!shows(all, "open a support ticket, as does"));
}

BOOST_AUTO_TEST_CASE(canada_sees_its_labels_and_renewal_page_without_eu_only_content) {
    std::string all = everything(shipped().definitions.forRegion(Region::Canada));
    BOOST_TEST(shows(all, "\"Cancel my subscription\": give your reasons and click \"Confirm\" to validate."));
    BOOST_TEST(!shows(all, "(formerly \"Cancel\")"));
    BOOST_TEST(shows(all, "1-855-684-5463 in Canada"));
    BOOST_TEST(!shows(all, "1007 from France"));
    BOOST_TEST(shows(all, "[url:renew-ca]"));
    BOOST_TEST(shows(all, "separate renewal page on ca.ovh.com"));
    BOOST_TEST(!shows(all, "SEPA"));
    BOOST_TEST(!shows(all, "[option renewal.payment.kind=debit]"));
    BOOST_TEST(!shows(all, "[step renewal.public]"));
    BOOST_TEST(!shows(all, "Chorus Pro"));
    BOOST_TEST(!shows(all, "[step orders.withdrawal]"));
    BOOST_TEST(!shows(all, "GDPR"));
    BOOST_TEST(!shows(all, "Accès frauduleux"));
    BOOST_TEST(!shows(all, "French invoice references"));
    BOOST_TEST(shows(all, "[url:gdpr-form]"));  // the rights form is offered to Canada too
}

BOOST_AUTO_TEST_CASE(united_states_see_the_ticket_route_and_their_renewal_page) {
    std::string all = everything(shipped().definitions.forRegion(Region::UnitedStates));
    BOOST_TEST(shows(all, "open a support ticket, as does the cancellation FAQ"));
    BOOST_TEST(shows(all, "[url:renew-us]"));
    BOOST_TEST(!shows(all, "[url:renew-ca]"));
    BOOST_TEST(!shows(all, "[url:gdpr-form]"));
    BOOST_TEST(!shows(all, "[option closure.request.route=form]"));
    BOOST_TEST(shows(all, "[option closure.request.route=ticket]"));
    BOOST_TEST(!shows(all, "SEPA"));
    BOOST_TEST(!shows(all, "Chorus Pro"));
    BOOST_TEST(!shows(all, "[step orders.withdrawal]"));
    BOOST_TEST(!shows(all, "Kbis"));
    BOOST_TEST(!shows(all, "1-855-684-5463"));
    BOOST_TEST(!shows(all, "1007 from France"));
    BOOST_TEST(shows(all, "(formerly \"Cancel\")"));
}

BOOST_AUTO_TEST_CASE(unmarked_content_is_everywhere_and_counts_follow_the_region) {
    const Definitions& whole = shipped().definitions;
    std::size_t total = whole.allItemIds().size();
    BOOST_TEST(whole.forRegion(Region::Europe).allItemIds().size() == total);  // nothing eu-less is an item
    BOOST_TEST(whole.forRegion(Region::Canada).allItemIds().size() < total);
    BOOST_TEST(whole.forRegion(Region::Canada).findItem("secure.password.length"));
    BOOST_TEST(!whole.forRegion(Region::Canada).findItem("orders.withdrawal.deadline"));
    const Definitions unitedStates = whole.forRegion(Region::UnitedStates);  // kept: orders points into it
    const Wizard* orders = unitedStates.findWizard("orders");
    BOOST_REQUIRE(orders);
    BOOST_TEST(orders->itemCount() < whole.findWizard("orders")->itemCount());
}

BOOST_AUTO_TEST_CASE(an_unknown_region_is_an_error_with_its_line) {
    TempDir dir;
    std::ifstream links(VIGIE_SOURCE_DIR "/wizards/links.xml");
    std::ofstream(dir.path() + "/links.xml") << links.rdbuf();
    std::ofstream(dir.path() + "/w.xml") << "<wizard xmlns=\"urn:vigie:wizard:1\" id=\"w\" order=\"1\">\n"
                                            "<title>T</title><summary>S</summary>\n"
                                            "<step id=\"s\"><title>x</title>\n"
                                            "<p regions=\"eu fr\">Only in France.</p></step>\n"
                                            "</wizard>\n";
    Catalog catalog = loadCatalog(dir.path());
    BOOST_TEST_REQUIRE(catalog.definitions.errors.size() == 1u);
    BOOST_TEST(catalog.definitions.errors[0].line == 4);
    BOOST_TEST(catalog.definitions.errors[0].reason.english().find("unknown region \"fr\"") != std::string::npos);
}
