#define BOOST_TEST_MODULE cli_commands
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "cli_test_support.h"
#include "password/passphrase.h"
#include "platform/version.h"
#include "totp/base32.h"
#include "totp/authenticator_check.h"
#include "definitions/definitions_loader.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

using namespace vigie;
using namespace vigie::test;
namespace fs = std::filesystem;

BOOST_FIXTURE_TEST_SUITE(cli_commands, CliEnvironment)

BOOST_AUTO_TEST_CASE(help_and_version_exit_zero) {
    CliResult help = run({"--help"});
    BOOST_TEST(help.exitCode == 0);
    BOOST_TEST(contains(help.out, "vigie export --format pdf|html"));
    BOOST_TEST(contains(help.out, "Exit status: 0 success, 1 failure, 2 wrong usage."));
    BOOST_TEST(help.err.empty());
    CliResult version = run({"--version"});
    BOOST_TEST(version.exitCode == 0);
    BOOST_TEST(version.out == "vigie " + vigieVersion() + "\n");
    BOOST_TEST(run({"help"}).exitCode == 0);
    BOOST_TEST(contains(run({"--lang", "fr", "--help"}).out, "Commandes"));
}

BOOST_AUTO_TEST_CASE(wrong_usage_prints_usage_on_stderr_and_exits_two) {
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"--frobnicate"},
                                               {"frobnicate"},
                                               {"status", "extra"},
                                               {"status", "--bogus"},
                                               {"mark"},
                                               {"mark", "alpha.password.length"},
                                               {"mark", "alpha.password.length", "finished"},
                                               {"export", "--format", "pdf"},
                                               {"export", "-o", "x.docx"},
                                               {"export", "-o"},
                                               {"profile", "remove", "x"},
                                               {"--lang", "de", "status"},
                                               {"--lang"},
                                               {"status", "--blank"},
                                               {"profile", "add", "X", "--region", "mars"},
                                               {"profile", "add", "X", "--period", "0"}}) {
        CliResult result = run(args);
        BOOST_TEST(result.exitCode == 2, "args: " << args.front() << " " << args.size());
        BOOST_TEST(contains(result.err, "Usage:"));
        BOOST_TEST(result.out.empty());
    }
}

BOOST_AUTO_TEST_CASE(wants_command_line_for_commands_and_options) {
    BOOST_TEST(!cli::wantsCommandLine({}));
    BOOST_TEST(!cli::wantsCommandLine({"--lang", "fr"}));
    BOOST_TEST(!cli::wantsCommandLine({"--lang=fr"}));
    // `vigie --demo` opens the window on the demo account; `vigie check --demo` is a command.
    BOOST_TEST(!cli::wantsCommandLine({"--demo"}));
    BOOST_TEST(!cli::wantsCommandLine({"--lang", "fr", "--demo"}));
    BOOST_TEST(!cli::wantsCommandLine({"--demo", "--lang=fr"}));
    BOOST_TEST(cli::wantsCommandLine({"check", "--demo"}));
    BOOST_TEST(cli::wantsCommandLine({"--demo", "--demo"}));
    BOOST_TEST(cli::wantsCommandLine({"--demo", "--text"}));
    for (const char* arg : {"status", "--help", "--version", "--text", "--nonsense", "export", "password"})
        BOOST_TEST(cli::wantsCommandLine({arg}));
}

BOOST_AUTO_TEST_CASE(status_shows_progress_attention_and_next_review) {
    BOOST_TEST(run({"mark", "alpha.password.manager", "attention", "--note", "Move it to the vault"}).exitCode == 0);
    BOOST_TEST(run({"mark", "alpha.password.length", "done"}).exitCode == 0);
    CliResult status = run({"status"});
    BOOST_TEST(status.exitCode == 0);
    BOOST_TEST(contains(status.out, "Secure the test account [alpha]"));
    BOOST_TEST(contains(status.out, "Items done: 1 of 4 \u00B7 1 needs attention"));
    BOOST_TEST(contains(status.out, "Items done: 0 of 3"));
    BOOST_TEST(contains(status.out, "alpha.password.manager  My password is kept in a password manager."));
    BOOST_TEST(contains(status.out, "Note: Move it to the vault"));
    BOOST_TEST(contains(status.out, "Next review: 3 months after you finish a wizard"));
}

BOOST_AUTO_TEST_CASE(status_speaks_french_with_lang) {
    CliResult status = run({"status", "--lang", "fr"});
    BOOST_TEST(status.exitCode == 0);
    BOOST_TEST(contains(status.out, "Sécuriser le compte de test"));
    BOOST_TEST(contains(status.out, "Points traités\u00A0: 0 sur 4"));
}

BOOST_AUTO_TEST_CASE(mark_changes_status_note_and_value) {
    CliResult result = run({"mark", "alpha.twofa.method", "done", "--value", "app", "--note", "Phone & key"});
    BOOST_TEST(result.exitCode == 0);
    BOOST_TEST(result.out == "alpha.twofa.method: Done \u00B7 Answer: Authenticator app\n");
    ReviewState saved = state();
    const ItemState* item = saved.current().item("alpha.twofa.method");
    BOOST_REQUIRE(item);
    BOOST_TEST((item->status == ItemStatus::Done));
    BOOST_TEST(item->value == "app");
    BOOST_TEST(item->note == "Phone & key");
    BOOST_TEST(item->changed.has_value());
}

BOOST_AUTO_TEST_CASE(mark_refuses_bad_values) {
    CliResult option = run({"mark", "alpha.twofa.method", "done", "--value", "pigeon"});
    BOOST_TEST(option.exitCode == 2);
    BOOST_TEST(contains(option.err, "sms, app, key"));
    BOOST_TEST(run({"mark", "alpha.twofa.codes", "done", "--value", "2026-02-30"}).exitCode == 2);
    BOOST_TEST(run({"mark", "alpha.twofa.codes", "done", "--value", "2026-02-28"}).exitCode == 0);
    BOOST_TEST(run({"mark", "alpha.password.length", "done", "--value", "x"}).exitCode == 2);
}

BOOST_AUTO_TEST_CASE(an_unknown_item_lists_the_nearest_ids) {
    CliResult typo = run({"mark", "alpha.password.lenght", "done"});
    BOOST_TEST(typo.exitCode == 2);
    BOOST_TEST(contains(typo.err, "unknown item \"alpha.password.lenght\""));
    BOOST_TEST(contains(typo.err, "Did you mean:\n  alpha.password.length"));
    CliResult prefix = run({"mark", "beta.list", "done"});
    BOOST_TEST(contains(prefix.err, "beta.list.unpaid"));
    BOOST_TEST(contains(prefix.err, "beta.list.cancel"));
    BOOST_TEST(!contains(prefix.err, "alpha."));
    BOOST_TEST(!fs::exists(ReviewStore::defaultPath()));
}

BOOST_AUTO_TEST_CASE(export_writes_pdf_and_html_in_the_chosen_language) {
    std::string pdf = home() + "/record.pdf";
    CliResult result = run({"export", "--format", "pdf", "--lang", "fr", "-o", pdf});
    BOOST_TEST(result.exitCode == 0, result.err);
    BOOST_TEST(contains(result.out, pdf));
    std::ifstream file(pdf, std::ios::binary);
    std::string head(5, '\0');
    file.read(head.data(), 5);
    BOOST_TEST(head == "%PDF-");
    std::string html = home() + "/checklist.html";
    BOOST_TEST(run({"export", "--blank", "--lang=fr", "--output", html}).exitCode == 0);  // format from extension
    std::ifstream in(html);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    BOOST_TEST(contains(content, "<html lang=\"fr\">"));
    BOOST_TEST(contains(content, "Liste de vérification du compte"));
}

BOOST_AUTO_TEST_CASE(export_guide_adds_the_guidance_and_the_blank_checklist_has_it_by_default) {
    auto exported = [&](std::vector<std::string> args) {
        std::string html = home() + "/guide.html";
        args.insert(args.end(), {"--format", "html", "-o", html});
        args.insert(args.begin(), "export");
        BOOST_TEST(run(args).exitCode == 0);
        std::ifstream in(html);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    const std::string paragraph = "Use a password manager.";
    BOOST_TEST(!contains(exported({}), paragraph));
    BOOST_TEST(contains(exported({"--guide"}), paragraph));
    BOOST_TEST(contains(exported({"--blank"}), paragraph));
    BOOST_TEST(!contains(exported({"--blank", "--no-guide"}), paragraph));
}

BOOST_AUTO_TEST_CASE(export_of_some_wizards_and_bad_wizard_ids) {
    std::string html = home() + "/beta.html";
    BOOST_TEST(run({"export", "--format", "html", "--wizard", "beta", "-o", html}).exitCode == 0);
    std::ifstream in(html);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    BOOST_TEST(contains(content, "Review the orders"));
    BOOST_TEST(!contains(content, "Secure the test account"));
    CliResult bad = run({"export", "--format", "html", "--wizard", "gamma", "-o", html});
    BOOST_TEST(bad.exitCode == 2);
    BOOST_TEST(contains(bad.err, "alpha, beta"));
}

BOOST_AUTO_TEST_CASE(export_to_an_unwritable_path_fails_with_one) {
    std::string path = home() + "/missing/folder/record.pdf";
    CliResult result = run({"export", "--format", "pdf", "-o", path});
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(contains(result.err, home() + "/missing/folder"), result.err);  // the folder that is missing
    BOOST_TEST(!contains(result.err, "Usage:"));
}

BOOST_AUTO_TEST_CASE(profiles_are_added_listed_and_chosen) {
    BOOST_TEST(contains(run({"profile", "list"}).out, "No profile yet"));
    CliResult add = run({"profile", "add", "Work", "--nic", "ab12345-ovh", "--region", "ca", "--period", "6"});
    BOOST_TEST(add.exitCode == 0, add.err);
    BOOST_TEST(run({"profile", "add", "Home"}).exitCode == 0);
    BOOST_TEST(run({"profile", "add", "Home"}).exitCode == 1);
    CliResult list = run({"profile"});
    BOOST_TEST(contains(list.out, "* Work (ab12345-ovh) \u00B7 Canada \u00B7 review every 6 months"));
    BOOST_TEST(contains(list.out, "  Home \u00B7 Europe \u00B7 review every 3 months"));
    BOOST_TEST(run({"profile", "use", "Home"}).exitCode == 0);
    BOOST_TEST(contains(run({"profile", "list"}).out, "* Home"));
    BOOST_TEST(run({"mark", "beta.list.unpaid", "done", "--profile", "ab12345-ovh"}).exitCode == 0);
    ReviewState saved = state();
    BOOST_TEST(saved.findProfile("Work")->item("beta.list.unpaid") != nullptr);
    BOOST_TEST(saved.findProfile("Home")->item("beta.list.unpaid") == nullptr);
    CliResult unknown = run({"status", "--profile", "Nobody"});
    BOOST_TEST(unknown.exitCode == 1);
    BOOST_TEST(contains(unknown.err, "Work"));
    BOOST_TEST(run({"profile", "use", "Nobody"}).exitCode == 1);
}

BOOST_AUTO_TEST_CASE(broken_wizard_files_are_warnings) {
    std::string dir = home() + "/wizards";
    fs::create_directories(dir);
    fs::copy(VIGIE_RECORD_FIXTURES "/wizards", dir, fs::copy_options::recursive);
    std::ofstream(dir + "/zeta.xml") << "<wizard";
    ::setenv("VIGIE_WIZARDS_DIR", dir.c_str(), 1);
    CliResult status = run({"status"});
    BOOST_TEST(status.exitCode == 0);
    BOOST_TEST(contains(status.err, "warning"));
    BOOST_TEST(contains(status.err, "zeta.xml"));
    BOOST_TEST(contains(status.out, "Review the orders"));
}

BOOST_AUTO_TEST_CASE(a_state_that_cannot_be_saved_fails_with_one) {
    fs::create_directories(home() + "/vigie");
    fs::permissions(home() + "/vigie", fs::perms::owner_read | fs::perms::owner_exec);
    if (::geteuid() == 0) {  // root writes anywhere; a file where the folder should be stops it too
        fs::permissions(home() + "/vigie", fs::perms::owner_all);
        fs::remove_all(home() + "/vigie");
        std::ofstream(home() + "/vigie") << "not a folder";
    }
    CliResult result = run({"mark", "alpha.password.length", "done"});
    BOOST_TEST(result.exitCode == 1);
    BOOST_TEST(!result.err.empty());
}

BOOST_AUTO_TEST_CASE(password_dispatches_to_its_command) {
    CliResult result = run({"password", "--help"});
    BOOST_TEST(result.exitCode != 2);
}

BOOST_AUTO_TEST_CASE(control_characters_are_refused_at_entry_and_never_reach_the_terminal) {
    CliResult refused = run({"mark", "alpha.twofa.method", "done", "--note", "evil \x1b[2J"});
    BOOST_TEST(refused.exitCode == 2);
    BOOST_TEST(contains(refused.err, "control character"), refused.err);
    BOOST_TEST(run({"profile", "add", "bell\x07"}).exitCode == 1, "refused by the editor, nothing added");
    // A hand-edited (or older) file may still hold them: shown harmless.
    ReviewState hostile;
    Profile& profile = hostile.addProfile("Esc \x1b]0;owned\x07 label");
    profile.items["alpha.twofa.method"].status = ItemStatus::Attention;
    profile.items["alpha.twofa.method"].note = "note \x1b[31mred\x1b[0m \xc2\x9b";
    ReviewStore(ReviewStore::defaultPath()).save(hostile);
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"status"}, {"profile", "list"}, {"status", "--profile", "nobody"}}) {
        CliResult shown = run(args);
        for (const std::string& stream : {shown.out, shown.err}) {
            BOOST_TEST(stream.find('\x1b') == std::string::npos, stream);
            BOOST_TEST(stream.find('\x07') == std::string::npos, stream);
            BOOST_TEST(stream.find("\xc2\x9b") == std::string::npos, stream);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(security_tools, CliEnvironment)

std::string codeNow(const std::string& secret) {
    totp::TotpParameters p;
    p.key = totp::decodeBase32(secret).bytes;
    return totp::totpCode(p, totp::unixNow());
}

BOOST_AUTO_TEST_CASE(passphrase_prints_one_with_its_strength) {
    CliResult text = run({"passphrase", "--words", "4", "--separator", "."});
    BOOST_TEST(text.exitCode == 0, text.err);
    const std::string first = text.out.substr(0, text.out.find('\n'));
    BOOST_TEST(std::count(first.begin(), first.end(), '.') == 4, first);  // 4 words and the digit
    BOOST_TEST(std::isupper(static_cast<unsigned char>(first[0])));
    BOOST_TEST(std::isdigit(static_cast<unsigned char>(first.back())));
    BOOST_TEST(contains(text.out, "4 words drawn at random from a list of"));
    CliResult json = run({"passphrase", "--lang", "fr", "--json"});
    BOOST_TEST(json.exitCode == 0, json.err);
    nlohmann::json parsed = nlohmann::json::parse(json.out);
    BOOST_TEST(parsed["words"] == password::kDefaultPassphraseWords);
    BOOST_TEST(parsed["list_size"].get<int>() == 4096);
    BOOST_TEST(parsed["entropy_bits"].get<double>() > 70.0);
    BOOST_TEST(parsed["passphrase"].get<std::string>().size() > 20u);
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"passphrase", "--words", "2"},
                                               {"passphrase", "--words", "x"},
                                               {"passphrase", "extra"},
                                               {"passphrase", "--separator", "123456789"}})
        BOOST_TEST(run(args).exitCode == 2, args.back());
}

BOOST_AUTO_TEST_CASE(totp_check_reads_the_secret_from_stdin_and_says_match_or_not) {
    const std::string secret = "JBSWY3DPEHPK3PXP";
    CliResult match = run({"totp-check", codeNow(secret)}, secret + "\n");
    BOOST_TEST(match.exitCode == 0, match.out + match.err);
    BOOST_TEST(contains(match.out, "The code is right"));
    CliResult wrong = run({"totp-check", "000000"}, "GEZDGNBVGY3TQOJQ\n");
    BOOST_TEST(wrong.exitCode == 1);
    BOOST_TEST(contains(wrong.out, "does not match"));
    CliResult bad = run({"totp-check", "123456"}, "not base32!\n");
    BOOST_TEST(bad.exitCode == 1);
    BOOST_TEST(!contains(bad.out + bad.err, "base32!"), "the secret is never repeated");
    BOOST_TEST(run({"totp-check"}, secret + "\n").exitCode == 2);
    BOOST_TEST(run({"totp-check", "--digits", "7", "123456"}, secret + "\n").exitCode == 2);
    BOOST_TEST(run({"totp-check", "123456"}, "").exitCode == 2);
}

BOOST_AUTO_TEST_CASE(the_terminal_mode_offers_the_passphrase_and_the_authenticator_check) {
    ::setenv("VIGIE_WIZARDS_DIR", VIGIE_SOURCE_DIR "/wizards", 1);
    const Catalog catalog = loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    const Wizard* secure = catalog.definitions.findWizard("secure");
    BOOST_REQUIRE(secure);
    const std::string secret = "JBSWY3DPEHPK3PXP";
    std::string input = "p\n";
    for (const Step& step : secure->steps) {
        const bool totp = std::find(step.widgets.begin(), step.widgets.end(), "totp-check") != step.widgets.end();
        if (totp) {
            input += "c\n" + secret + "\n" + codeNow(secret) + "\nq\n";
            break;
        }
        const bool tools = std::find(step.widgets.begin(), step.widgets.end(), "passphrase") != step.widgets.end();
        if (tools) input += "\n";
        input += std::string(std::max<std::size_t>(step.items.size(), 1), '\n');
    }
    CliResult result = run({"--text", "--wizard", "secure"}, input);
    BOOST_TEST(result.exitCode == 0, result.err);
    BOOST_TEST(contains(result.out, "p:\u00A0make\u00A0a\u00A0passphrase"));
    BOOST_TEST(contains(result.out, "words drawn at random from a list of"));
    BOOST_TEST(contains(result.out, "c:\u00A0check\u00A0your\u00A0authenticator\u00A0app"));
    BOOST_TEST(contains(result.out, "The code is right"), result.out.substr(result.out.size() - 800));
    BOOST_TEST(!contains(result.out, secret), "the secret is not echoed");
    BOOST_TEST(!contains(result.out, "vigie password --help"));
}

BOOST_AUTO_TEST_SUITE_END()
