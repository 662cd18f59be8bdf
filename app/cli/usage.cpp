#include "cli/usage.h"

#include <ostream>

#include "cli/cli.h"

namespace vigie::cli {

namespace {

struct Synopsis {
    const char* command;
    const char* line;
};

// Command words and option names are not translated: scripts type them.
const Synopsis kSynopses[] = {
    {"status", "vigie status [--profile NAME]"},
    {"mark", "vigie mark ITEM-ID [done|todo|na|attention] [--note TEXT] [--value VALUE] [--profile NAME]"},
    {"export",
     "vigie export --format pdf|html [--blank] [--guide|--no-guide] [--lang fr|en] [--wizard ID]... [--no-notes] "
     "[--profile NAME] -o FILE"},
    {"profile",
     "vigie profile list | add LABEL [--nic NIC] [--region eu|ca|us] [--period MONTHS] | edit NAME [--label LABEL] "
     "[--nic NIC] [--region eu|ca|us] [--period MONTHS] | delete NAME | use NAME"},
    {"password", "vigie password [--email ADDRESS]... [--nic HANDLE]... [--name NAME]... [--json] < FILE"},
    {"passphrase", "vigie passphrase [--lang fr|en] [--words N] [--separator S] [--json]"},
    {"totp-check", "vigie totp-check [--digits 6|8] CODE < FILE"},
    {"connect", "vigie connect [--endpoint E] [--remember] [--no-browser] [--wait SECONDS]"},
    {"check", "vigie check [--profile NAME] [--endpoint E | --snapshot FILE | --demo] [--save-snapshot FILE] [--json]"},
    {"text", "vigie --text [--lang fr|en] [--profile NAME] [--wizard ID]"},
};

}  // namespace

std::string synopsis(const std::string& command, const Translator& tr) {
    std::string text = tr("Usage:") + "\n";
    for (const Synopsis& entry : kSynopses)
        if (command.empty() || command == entry.command) text += std::string("  ") + entry.line + "\n";
    if (command.empty()) text += "  vigie --help | --version\n";
    return text;
}

std::string helpText(const Translator& tr) {
    std::string text = tr("Vigie walks you through the good practices of an OVHcloud account: security, "
                          "renewals, orders, cancellations and closure.") +
                       "\n\n";
    text += tr("Without arguments, Vigie opens its window (or the terminal mode when there is no display).") + "\n";
    text +=
        tr("\"vigie --demo\" opens the window on a fictional account bundled with Vigie; nothing is saved.") + "\n\n";
    text += synopsis({}, tr) + "\n";
    text += tr("Commands:") + "\n";
    text += "  status      " + tr("progress of each wizard, items needing attention, next review") + "\n";
    text += "  mark        " + tr("change an item's status, note or answer") + "\n";
    text += "  export      " + tr("write the review record (or a blank checklist) as PDF or HTML") + "\n";
    text += "  profile     " + tr("list, add, edit, delete or choose the accounts you review") + "\n";
    text += "  password    " + tr("check a password's strength") + "\n";
    text += "  passphrase  " + tr("make a passphrase of random words") + "\n";
    text += "  totp-check  " + tr("check that your authenticator app shows the right codes") + "\n";
    text += "  connect     " + tr("get a read-only API key for your account (validated in your browser)") + "\n";
    text += "  check       " + tr("read the account through the OVHcloud API and verify the checklist") + "\n";
    text += "  --text      " + tr("the wizards in this terminal, step by step") + "\n\n";
    text += tr("Options:") + "\n";
    text += "  --lang en|fr    " + tr("language of messages and records (default: the system's)") + "\n";
    text +=
        "  --profile NAME  " + tr("the profile to use, by label, NIC handle or id (default: the current one)") + "\n";
    text += "  --help, --version\n\n";
    text += tr("Exit status: 0 success, 1 failure, 2 wrong usage.") + "\n";
    text += tr("vigie check: 0 when every check is OK, 1 when any needs attention or is unknown, 2 on error.") + "\n";
    return text;
}

int usageError(std::ostream& err, const std::string& message, const std::string& command, const Translator& tr) {
    err << "vigie: " << message << "\n" << synopsis(command, tr) << tr("Run \"vigie --help\" for more.") << "\n";
    return kExitUsage;
}

int failure(std::ostream& err, const std::string& message) {
    err << "vigie: " << message << "\n";
    return kExitFailure;
}

}  // namespace vigie::cli
