#define BOOST_TEST_MODULE definitions
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>

#include "definitions/definitions_loader.h"
#include "temp_dir.h"

using namespace vigie;

namespace {

const char* kLinks = R"(<links xmlns="urn:vigie:links:1" guide-base="https://docs.example/">
  <region id="eu" manager="https://eu.example/manager/" guide-languages="en fr"/>
  <region id="ca" manager="https://ca.example/manager/" guide-languages="en fr"/>
  <region id="us" manager="https://us.example/manager/" guide-languages="en"/>
  <page id="security" path="#/security"/>
  <page id="emails" path="#/emails" regions="eu ca"/>
  <guide id="pw" path="account/pw"><article region="us" href="https://support.us.example/pw"/></guide>
  <guide id="adm" path="billing/adm"/>
  <url id="form" lang="fr" href="https://fr.example/form"/>
  <url id="form" lang="en" href="https://en.example/form"/>
</links>)";

std::string wizard(const std::string& id, const std::string& steps) {
    return "<wizard xmlns=\"urn:vigie:wizard:1\" id=\"" + id +
           "\" order=\"1\">\n<title>T</title>\n"
           "<summary>S</summary>\n" +
           steps + "</wizard>\n";
}

const std::string kGoodStep = R"(<step id="one"><title>Step</title>
  <p>First   line
     wrapped.</p>
  <ul><li>a</li><li>b</li></ul>
  <panel page="security"><menu><label>Now</label><older>Before</older></menu></panel>
  <widget name="password-meter"/>
  <link to="guide:pw">Guide</link>
  <item id="good.one.a" kind="confirm"><label>A</label></item>
  <item id="good.one.b" kind="choice"><label>B</label><option id="x">X</option><option id="y">Y</option></item>
</step>
)";

struct Folder {
    TempDir dir;
    Folder() { write("links.xml", kLinks); }
    void write(const std::string& name, const std::string& content) const {
        std::ofstream(dir.path() + "/" + name) << content;
    }
    Catalog load() const { return loadCatalog(dir.path()); }
};

// The single error for `file`, which must exist.
DefinitionError onlyError(const Catalog& catalog, const std::string& file) {
    std::vector<DefinitionError> found;
    for (const auto& e : catalog.definitions.errors)
        if (e.file.size() >= file.size() && e.file.compare(e.file.size() - file.size(), file.size(), file) == 0)
            found.push_back(e);
    BOOST_REQUIRE_MESSAGE(!found.empty(), "no error reported for " + file);
    return found.front();
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_shipped_wizard_loads_without_error) {
    Catalog catalog = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    for (const auto& e : catalog.definitions.errors) BOOST_ERROR(e.describe());
    std::vector<std::string> ids;
    for (const Wizard& w : catalog.definitions.wizards) ids.push_back(w.id);
    BOOST_TEST((ids == std::vector<std::string>{"secure", "renewal", "orders", "cancel", "closure"}));
    std::set<ItemKind> kinds;
    for (const Wizard& w : catalog.definitions.wizards) {
        BOOST_TEST(!w.steps.empty());
        BOOST_TEST(w.itemCount() > 0u);
        for (const Step& s : w.steps)
            for (const Item& i : s.items) kinds.insert(i.kind);
    }
    BOOST_TEST(kinds.size() == 5u, "all five item kinds are used");
}

BOOST_AUTO_TEST_CASE(good_file_keeps_structure_and_normalises_space) {
    Folder folder;
    folder.write("good.xml", wizard("good", kGoodStep));
    Catalog catalog = folder.load();
    BOOST_TEST(catalog.definitions.errors.empty());
    const Wizard* w = catalog.definitions.findWizard("good");
    BOOST_REQUIRE(w);
    const Step& step = w->steps.at(0);
    BOOST_TEST(step.blocks.at(0).texts.at(0) == "First line wrapped.");
    BOOST_TEST(step.blocks.at(1).texts.size() == 2u);
    BOOST_TEST(step.panels.at(0).menus.at(0).older.at(0) == "Before");
    BOOST_TEST(step.items.at(1).options.at(1).label == "Y");
    BOOST_TEST(catalog.definitions.findItem("good.one.b") == &step.items.at(1));
}

BOOST_AUTO_TEST_CASE(not_xml_is_rejected_with_line_and_other_wizards_still_load) {
    Folder folder;
    folder.write("good.xml", wizard("good", kGoodStep));
    folder.write("broken.xml", "<wizard xmlns=\"urn:vigie:wizard:1\">\n<title>oops</titl>\n</wizard>");
    Catalog catalog = folder.load();
    BOOST_TEST(catalog.definitions.findWizard("good"));
    DefinitionError e = onlyError(catalog, "broken.xml");
    BOOST_TEST(e.line == 2);
    BOOST_TEST(e.reason.english().find("not well-formed XML") != std::string::npos);
    BOOST_TEST(e.describe().find("broken.xml:2: ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(structure_violations_name_the_element) {
    Folder folder;
    folder.write("a.xml", wizard("a", "<step id=\"s\"><title>x</title>\n<para>no</para></step>\n"));
    folder.write("b.xml", wizard("b", "<step id=\"s\">\n<p>no title</p></step>\n"));
    folder.write(
        "c.xml",
        wizard("c",
               "<step id=\"s\"><title>x</title>\n<item id=\"c.s.i\" kind=\"maybe\"><label>l</label></item></step>\n"));
    folder.write(
        "d.xml",
        wizard(
            "d",
            "<step id=\"s\"><title>x</title>\n<item id=\"c.s.i\" kind=\"confirm\"><label>l</label></item></step>\n"));
    Catalog catalog = folder.load();
    BOOST_TEST(catalog.definitions.wizards.empty());
    BOOST_TEST(onlyError(catalog, "a.xml").reason.english().find("<para>") != std::string::npos);
    BOOST_TEST(onlyError(catalog, "a.xml").line == 5);
    BOOST_TEST(onlyError(catalog, "b.xml").reason.english().find("needs a <title>") != std::string::npos);
    BOOST_TEST(onlyError(catalog, "c.xml").reason.english().find("unknown item kind") != std::string::npos);
    BOOST_TEST(onlyError(catalog, "d.xml").reason.english().find("must be d.s.NAME") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(duplicate_ids_are_rejected) {
    Folder folder;
    folder.write("a.xml", wizard("a",
                                 "<step id=\"s\"><title>x</title>\n"
                                 "<item id=\"a.s.i\" kind=\"confirm\"><label>l</label></item>\n"
                                 "<item id=\"a.s.i\" kind=\"confirm\"><label>l</label></item></step>\n"));
    folder.write("b.xml",
                 wizard("b", "<step id=\"s\"><title>x</title></step>\n<step id=\"s\"><title>y</title></step>\n"));
    folder.write("c1.xml", wizard("c", "<step id=\"s\"><title>x</title></step>\n"));
    folder.write("c2.xml", wizard("c", "<step id=\"s\"><title>x</title></step>\n"));
    Catalog catalog = folder.load();
    DefinitionError item = onlyError(catalog, "a.xml");
    BOOST_TEST(item.reason.english().find("duplicate item id \"a.s.i\"") != std::string::npos);
    BOOST_TEST(item.line == 6);
    BOOST_TEST(onlyError(catalog, "b.xml").reason.english().find("duplicate step id") != std::string::npos);
    BOOST_TEST(onlyError(catalog, "c2.xml").reason.english().find("duplicate wizard id") != std::string::npos);
    BOOST_TEST(catalog.definitions.wizards.size() == 1u);  // c1 only
}

BOOST_AUTO_TEST_CASE(unknown_references_are_rejected) {
    Folder folder;
    folder.write("a.xml", wizard("a", "<step id=\"s\"><title>x</title>\n<link to=\"guide:nope\">x</link></step>\n"));
    folder.write(
        "b.xml",
        wizard("b",
               "<step id=\"s\"><title>x</title>\n<panel page=\"nope\"><menu><label>m</label></menu></panel></step>\n"));
    folder.write("c.xml", wizard("c", "<step id=\"s\"><title>x</title>\n<widget name=\"nope\"/></step>\n"));
    folder.write("d.xml", wizard("d", "<step id=\"s\"><title>x</title>\n<p>a <!-- c --> b</p></step>\n"));
    Catalog catalog = folder.load();
    BOOST_TEST(onlyError(catalog, "d.xml").reason.english().find("no comment") != std::string::npos);
    BOOST_TEST(onlyError(catalog, "a.xml").reason.english().find("unknown link target \"guide:nope\"") !=
               std::string::npos);
    BOOST_TEST(onlyError(catalog, "b.xml").reason.english().find("unknown page \"nope\"") != std::string::npos);
    BOOST_TEST(onlyError(catalog, "c.xml").reason.english().find("unknown widget \"nope\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_widget_serves_an_item_of_its_own_step) {
    Folder folder;
    folder.write("a.xml", wizard("a",
                                 "<step id=\"s\"><title>x</title>\n<widget name=\"totp-check\" item=\"a.s.i\"/>"
                                 "<item id=\"a.s.i\" kind=\"confirm\"><label>l</label></item></step>\n"));
    folder.write("b.xml", wizard("b",
                                 "<step id=\"s\"><title>x</title>\n<widget name=\"totp-check\" item=\"b.s.nope\"/>"
                                 "<item id=\"b.s.i\" kind=\"confirm\"><label>l</label></item></step>\n"));
    Catalog catalog = folder.load();
    const Item* served = catalog.definitions.findItem("a.s.i");
    BOOST_TEST_REQUIRE(served);
    BOOST_TEST(served->tools == std::vector<std::string>{"totp-check"});
    BOOST_TEST(onlyError(catalog, "b.xml").reason.english().find("serves item \"b.s.nope\"") != std::string::npos);
    const Catalog shipped = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    const Item* password = shipped.definitions.findItem("secure.password.length");
    BOOST_TEST_REQUIRE(password);
    BOOST_TEST((password->tools == std::vector<std::string>{"password-meter", "passphrase"}),
               "the shipped password tools open from the length item");
}

BOOST_AUTO_TEST_CASE(links_follow_region_and_language) {
    Folder folder;
    Catalog catalog = folder.load();
    const LinkCatalog& links = catalog.links;
    BOOST_TEST(*links.resolve("page:security", Region::Canada, Language::French) ==
               "https://ca.example/manager/#/security");
    BOOST_TEST(!links.resolve("page:emails", Region::UnitedStates, Language::English));
    // A guide opens the documentation page in the reading language...
    BOOST_TEST(*links.resolve("guide:pw", Region::Europe, Language::French) ==
               "https://docs.example/fr/guides/account/pw");
    BOOST_TEST(*links.resolve("guide:pw", Region::Canada, Language::English) ==
               "https://docs.example/en/guides/account/pw");
    BOOST_TEST(*links.resolve("guide:adm", Region::Canada, Language::French) ==
               "https://docs.example/fr/guides/billing/adm");
    // ...the region's own article where it has one, and its fallback language where it reads no other.
    BOOST_TEST(*links.resolve("guide:pw", Region::UnitedStates, Language::French) == "https://support.us.example/pw");
    BOOST_TEST(*links.resolve("guide:adm", Region::UnitedStates, Language::French) ==
               "https://docs.example/en/guides/billing/adm");
    BOOST_TEST(*links.resolve("url:form", Region::Europe, Language::French) == "https://fr.example/form");
    BOOST_TEST(!links.resolve("url:none", Region::Europe, Language::French));
}

BOOST_AUTO_TEST_CASE(missing_links_file_is_reported) {
    TempDir dir;
    Catalog catalog = loadCatalog(dir.path());
    BOOST_TEST(catalog.definitions.errors.size() == 1u);
    BOOST_TEST(catalog.definitions.errors[0].describe().find("links.xml") != std::string::npos);
}
