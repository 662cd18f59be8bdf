// The shipped wizards name the checks that verify their items (item check="..."): every name is a
// check Vigie has, and every check verifies at least one item.
#include <boost/test/unit_test.hpp>

#include <set>

#include "checks/checks.h"
#include "definitions/definitions_loader.h"

using namespace vigie;

BOOST_AUTO_TEST_SUITE(wizard_links)

BOOST_AUTO_TEST_CASE(items_name_only_known_checks_and_every_check_is_named) {
    Catalog catalog = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    std::set<std::string> known(checks::checkIds().begin(), checks::checkIds().end());
    std::set<std::string> named;
    for (const Wizard& wizard : catalog.definitions.wizards)
        for (const Step& step : wizard.steps)
            for (const Item& item : step.items) {
                if (item.check.empty()) continue;
                BOOST_TEST(known.count(item.check) == 1u, item.id << " names " << item.check);
                named.insert(item.check);
            }
    for (const std::string& id : checks::checkIds()) BOOST_TEST(named.count(id) == 1u, id << " verifies no item");
}

BOOST_AUTO_TEST_SUITE_END()
