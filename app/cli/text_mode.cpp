#include "cli/text_mode.h"

#include <algorithm>
#include <iostream>
#include <ostream>

#include "checks/check_record.h"
#include "checks/closure_readiness.h"
#include "checks/item_verification.h"
#include "cli/connect_command.h"
#include "cli/interrupt.h"
#include "cli/progress_line.h"
#include "cli/secret_input.h"
#include "cli/terminal.h"
#include "ovh/credentials.h"
#include "ovh/snapshot_reader.h"
#include "password/passphrase.h"
#include "totp/authenticator_check.h"
#include "review/item_value.h"
#include "review/presentation.h"

namespace vigie::cli {

namespace {

std::string trimmed(const std::string& text) {
    std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// "y" or "yes", and the French "o" or "oui", whichever language asked.
bool isYes(const std::string& reply) { return reply == "y" || reply == "yes" || reply == "o" || reply == "oui"; }

std::optional<ItemStatus> statusKey(const std::string& reply) {
    if (reply == "d" || reply == "done") return ItemStatus::Done;
    if (reply == "t" || reply == "todo") return ItemStatus::Todo;
    if (reply == "n" || reply == "na") return ItemStatus::NotApplicable;
    if (reply == "a" || reply == "attention") return ItemStatus::Attention;
    return std::nullopt;
}

}  // namespace

TextMode::TextMode(Context& context, const Profile& profile, int width)
    : context_(context),
      definitions_(context.catalog().definitions.forRegion(profile.region)),
      tr(context.translator()),
      profile_(profile),
      view_(context.out, context.translator(), context.catalog().links, profile.region, width),
      width_(width) {}

std::optional<std::string> TextMode::ask(const std::string& prompt) {
    // Room is left on the prompt's last line for the answer.
    context_.out << wrapText(prompt, std::max(20, width_ - 16)) << (prompt.back() == ' ' ? " " : "") << std::flush;
    std::string line;
    if (!std::getline(context_.in, line)) {
        endOfInput_ = true;
        context_.out << "\n";
        return std::nullopt;
    }
    return trimmed(line);
}

int TextMode::run(const std::optional<std::string>& wizardId) {
    const Definitions& definitions = definitions_;
    if (definitions.wizards.empty()) {
        context_.err << "vigie: " << tr("there is no wizard to show") << "\n";
        return 1;
    }
    if (wizardId) {
        const Wizard* wizard = definitions.findWizard(*wizardId);
        if (wizard) walkWizard(*wizard);
    } else {
        while (std::optional<std::size_t> index = chooseWizard())
            if (walkWizard(definitions.wizards[*index]) == Outcome::Quit) break;
    }
    bool saved = context_.save();
    view_.printWrapped(saved ? tr("Your answers are saved.") : tr("Your answers could not be saved."));
    return saved ? 0 : 1;
}

std::optional<std::size_t> TextMode::chooseWizard() {
    const std::vector<Wizard>& wizards = definitions_.wizards;
    context_.out << "\n";
    view_.printWrapped(format(tr("Profile: {}"), {profileLine(tr, profile_)}));
    view_.printWrapped(checks::connectionLine(tr, profile_, now()));
    std::optional<std::size_t> suggested;
    for (std::size_t i = 0; i < wizards.size(); ++i) {
        std::string number = "  " + std::to_string(i + 1) + ". ";
        context_.out << number << wrapText(tr(wizards[i].title), width_, 5, displayWidth(number)) << "\n";
        view_.printWrapped(progressText(tr, profile_.progress(wizards[i])), 5);
        std::string verified = checks::verifiedCountsText(tr, checks::verifiedCounts(profile_, wizards[i]));
        if (!verified.empty()) view_.printWrapped(keepEntriesWhole(verified), 5);
        WizardProgress progress = profile_.progress(wizards[i]);
        if (!suggested && progress.done < progress.total) suggested = i;
    }
    while (true) {
        std::optional<std::string> reply =
            ask(format(tr("Choose a wizard (1 to {}), Enter for the next one to finish, k to read the account through "
                          "the OVHcloud API, q to quit: "),
                       {std::to_string(wizards.size())}));
        if (!reply || *reply == "q") return std::nullopt;
        if (reply->empty()) return suggested.value_or(0);
        if (*reply == "k") {
            readAccount();
            return chooseWizard();
        }
        if (reply->find_first_not_of("0123456789") == std::string::npos && reply->size() < 4) {
            std::size_t number = std::stoul(*reply);
            if (number >= 1 && number <= wizards.size()) return number - 1;
        }
        view_.printWrapped(format(tr("\"{}\" is not one of the choices."), {*reply}));
    }
}

TextMode::Outcome TextMode::walkWizard(const Wizard& wizard) {
    std::size_t step = 0;
    while (step < wizard.steps.size()) {
        Outcome outcome = walkStep(wizard, step);
        if (outcome == Outcome::Quit) return Outcome::Quit;
        if (outcome == Outcome::Back) {
            if (step == 0) return Outcome::Back;
            --step;
        } else {
            ++step;
        }
    }
    finish(wizard);
    return Outcome::Next;
}

namespace {

bool hasWidget(const Step& step, const char* name) {
    return std::find(step.widgets.begin(), step.widgets.end(), name) != step.widgets.end();
}

}  // namespace

// The step's tools, as the window offers them, before its checklist.
TextMode::Outcome TextMode::offerTools(const Step& step) {
    const bool passphrase = hasWidget(step, "passphrase");
    const bool authenticator = hasWidget(step, "totp-check");
    if (!passphrase && !authenticator) return Outcome::Next;
    while (true) {
        view_.printToolKeys(passphrase, authenticator);
        std::optional<std::string> reply = ask("> ");
        if (!reply || *reply == "q") return Outcome::Quit;
        if (reply->empty()) return Outcome::Next;
        if (*reply == "b") return Outcome::Back;
        if (passphrase && *reply == "p")
            makePassphrase();
        else if (authenticator && *reply == "c")
            checkAuthenticator();
        else
            view_.printWrapped(format(tr("\"{}\" is not one of the choices."), {*reply}));
        if (endOfInput_) return Outcome::Quit;
    }
}

void TextMode::makePassphrase() {
    password::Passphrase made = password::generatePassphrase(password::recommendedPassphraseOptions(tr.language()));
    context_.out << "\n";
    if (!made.ok()) {
        view_.printWrapped(tr(made.error));
        return;
    }
    context_.out << "    " << made.text.view() << "\n";
    made.text.wipe();
    view_.printWrapped(password::describePassphrase(made, tr));
    view_.printWrapped(tr("Copy it into your password manager; it is not kept anywhere."));
}

// The secret is read with the echo off, into a wiped buffer, and never kept.
void TextMode::checkAuthenticator() {
    SecureString secret;
    {
        context_.out << tr("Secret key or otpauth:// link (not shown): ") << std::flush;
        std::optional<EchoOff> quiet;
        if (&context_.in == &std::cin) quiet.emplace();
        if (!readSecretLine(context_.in, secret, 4096)) endOfInput_ = true;
        context_.out << "\n";
    }
    if (endOfInput_ || secret.empty()) return;
    std::optional<std::string> code = ask(tr("Code shown by your app: "));
    if (!code) return;
    const totp::AuthenticatorCheck result = totp::checkAuthenticator(secret.view(), *code, totp::unixNow(), tr);
    secret.wipe();
    view_.printWrapped(result.text);
}

TextMode::Outcome TextMode::walkStep(const Wizard& wizard, std::size_t stepIndex) {
    const Step& step = wizard.steps[stepIndex];
    view_.printStep(wizard, stepIndex);
    switch (checks::closurePartOf(wizard, step)) {
        case checks::ClosurePart::Conditions: {
            checks::ClosureReadiness readiness = checks::closureReadiness(profile_);
            if (readiness.state != checks::ClosureState::NotConnected) view_.printClosureConditions(readiness);
            break;
        }
        case checks::ClosurePart::Erasure:
            view_.printClosureReadiness(checks::closureReadiness(profile_));
            break;
        case checks::ClosurePart::None:
            break;
    }
    if (Outcome tools = offerTools(step); tools != Outcome::Next) return tools;
    if (step.items.empty()) {
        view_.printKeys(nullptr);
        std::optional<std::string> reply = ask("> ");
        if (!reply || *reply == "q") return Outcome::Quit;
        return *reply == "b" ? Outcome::Back : Outcome::Next;
    }
    std::size_t index = 0;
    while (index < step.items.size()) {
        Outcome outcome = askItem(step.items[index], index + 1, step.items.size());
        if (outcome == Outcome::Quit) return Outcome::Quit;
        if (outcome == Outcome::Back) {
            if (index == 0) return Outcome::Back;
            --index;
        } else {
            ++index;
        }
    }
    return Outcome::Next;
}

TextMode::Outcome TextMode::askItem(const Item& item, std::size_t number, std::size_t count) {
    view_.printItem(item, profile_.item(item.id), number, count);
    if (auto verification = checks::verificationOf(profile_, item)) view_.printVerification(*verification, now());
    view_.printKeys(&item);
    while (true) {
        std::optional<std::string> reply = ask("> ");
        if (!reply || *reply == "q") return Outcome::Quit;
        if (reply->empty()) return Outcome::Next;
        if (*reply == "b") return Outcome::Back;
        if (answer(item, *reply)) return Outcome::Next;
        if (endOfInput_) return Outcome::Quit;
    }
}

bool TextMode::answer(const Item& item, const std::string& reply) {
    if (std::optional<ItemStatus> status = statusKey(reply)) {
        context_.editor().setStatus(profile_.id, item, *status);
        // The status stays the user's; a reading that says otherwise is shown, not applied.
        if (auto verification = checks::verificationOf(profile_, item)) view_.printDisagreement(*verification);
        return true;
    }
    if (reply == "e") {
        askNote(item);
        view_.printItemState(item, context_.editor().itemState(profile_.id, item.id));
        return false;
    }
    if (reply == "v" && (item.kind == ItemKind::Date || item.kind == ItemKind::Note)) return askValue(item);
    if (reply == "v" && item.kind == ItemKind::List) {
        askEntry(item);
        view_.printItemState(item, context_.editor().itemState(profile_.id, item.id));
        return false;
    }
    const std::size_t rows = context_.editor().itemState(profile_.id, item.id).entries.size();
    if (reply == "r" && item.kind == ItemKind::List && rows > 0) {
        context_.editor().removeEntry(profile_.id, item, rows - 1);
        view_.printItemState(item, context_.editor().itemState(profile_.id, item.id));
        return false;
    }
    if (item.kind == ItemKind::Choice && reply.find_first_not_of("0123456789") == std::string::npos &&
        reply.size() < 3) {
        std::size_t number = std::stoul(reply);
        if (number >= 1 && number <= item.options.size()) {
            context_.editor().setAnswer(profile_.id, item, item.options[number - 1].id);
            return true;
        }
    }
    view_.printWrapped(format(tr("\"{}\" is not one of the choices."), {reply}));
    view_.printKeys(&item);
    return false;
}

bool TextMode::askValue(const Item& item) {
    std::string prompt = item.kind == ItemKind::Date ? tr("Date (YYYY-MM-DD): ") : tr("Answer: ");
    std::optional<std::string> reply = ask(prompt);
    if (!reply || reply->empty()) return false;
    UserMessage problem = checkItemValue(item, *reply);
    if (!problem.empty()) {
        view_.printWrapped(tr(problem));
        return false;
    }
    context_.editor().setAnswer(profile_.id, item, *reply);
    return true;
}

// A row in three answers: its name, then the number of an option, then a date; an empty name
// adds nothing, an empty way or date leaves it out.
bool TextMode::askEntry(const Item& item) {
    std::optional<std::string> name = ask(tr("Name: "));
    if (!name || name->empty()) return false;
    ListEntry entry{*name, {}, {}};
    for (std::size_t i = 0; i < item.options.size(); ++i)
        view_.printWrapped(std::to_string(i + 1) + ") " + tr(item.options[i].label), 2);
    while (std::optional<std::string> way =
               ask(format(tr("Choice (1 to {}, empty for none): "), {std::to_string(item.options.size())}))) {
        if (way->empty()) break;
        if (way->find_first_not_of("0123456789") == std::string::npos && way->size() < 3) {
            std::size_t number = std::stoul(*way);
            if (number >= 1 && number <= item.options.size()) {
                entry.option = item.options[number - 1].id;
                break;
            }
        }
        view_.printWrapped(format(tr("\"{}\" is not one of the choices."), {*way}));
    }
    Item dateItem;
    dateItem.kind = ItemKind::Date;
    while (std::optional<std::string> date = ask(tr("Date (YYYY-MM-DD, empty for none): "))) {
        UserMessage problem = date->empty() ? UserMessage{} : checkItemValue(dateItem, *date);
        if (problem.empty()) {
            entry.date = *date;
            break;
        }
        view_.printWrapped(tr(problem));
    }
    try {
        context_.editor().addEntry(profile_.id, item, entry);
    } catch (const UserError& problem) {
        view_.printWrapped(describeError(problem, tr));
    }
    return true;
}

void TextMode::askNote(const Item& item) {
    std::optional<std::string> reply = ask(tr("Note (an empty line removes it): "));
    if (!reply) return;
    context_.editor().setNote(profile_.id, item, *reply);
}

// The same keys as `vigie check` (OVH_* variables, ovh.conf, the keyring; the profile's region
// when none names an endpoint), the same progress, Ctrl-C to cancel; the readings and their
// connection are kept with the profile through the editor (checks::recordReadings).
void TextMode::readAccount() {
    ovh::CredentialLookup lookup;
    lookup.fallbackEndpoint = ovh::regionEndpoint(profile_.region);
    ovh::CredentialsOutcome keys = ovh::findCredentials(lookup, ovh::KeysNeeded::All);
    context_.out << "\n";
    if (!keys.warning.empty()) view_.printWrapped(tr(keys.warning));
    if (!keys.ok() && !connect(lookup, keys)) return;
    view_.printWrapped(
        format(tr("Reading the account through {} (Ctrl-C to cancel)\u2026"), {keys.found.endpointName}));
    InterruptGuard guard;
    ProgressLine progress(context_.out, context_.terminalOut());
    ovh::ClientOptions options;
    options.cancel = &interruptFlag();
    if (progress.active())
        options.progress = [this, &progress](std::size_t done, std::size_t planned) {
            progress.show(tr(ovh::describeReadProgress(done, planned)));
        };
    std::optional<ovh::AccountSnapshot> snapshot;
    try {
        ovh::ApiClient client(*keys.found.endpoint, std::move(keys.found.keys), std::move(options));
        snapshot = ovh::readSnapshot(client);
    } catch (const ovh::ApiFailure& failure) {
        progress.clear();
        view_.printWrapped(tr(failure.message()));  // "Reading the account was cancelled." after Ctrl-C
        return;
    }
    progress.clear();
    const std::vector<checks::CheckResult> results = checks::runChecks(*snapshot);
    UserMessage refused = checks::recordReadings(context_.editor(), profile_.id, *snapshot, results);
    if (!refused.empty()) {
        view_.printWrapped(tr(refused));
        return;
    }
    std::size_t counts[3] = {0, 0, 0};
    for (const checks::CheckResult& result : results) ++counts[static_cast<int>(result.verdict)];
    view_.printWrapped(format(tr("{} OK, {} need attention, {} unknown."),
                              {std::to_string(counts[0]), std::to_string(counts[1]), std::to_string(counts[2])}));
    for (const UserMessage& problem : snapshot->problems) view_.printWrapped(tr(problem), 2);
    view_.printWrapped(tr("The verdicts are shown on the items they verify; your own statuses are unchanged."));
}

// No consumer key yet: with the application's keys from the same sources, `vigie connect`'s own
// flow (requestReadOnlyAccess) runs here, and its keys read the account. Without them, or when the
// user declines, the reason is shown and nothing is read.
bool TextMode::connect(const ovh::CredentialLookup& lookup, ovh::CredentialsOutcome& keys) {
    ovh::CredentialsOutcome application = ovh::findCredentials(lookup, ovh::KeysNeeded::Application);
    view_.printWrapped(tr(keys.problem));
    if (!application.ok()) return false;
    std::optional<std::string> reply = ask(tr("Request read-only access now, as \"vigie connect\" does (y/n): "));
    if (!reply || !isYes(*reply)) return false;
    reply = ask(tr("Remember the keys in your desktop keyring (y/n): "));
    if (!reply) return false;
    ConnectChoices choices;
    choices.remember = isYes(*reply);
    std::optional<ovh::Credentials> granted = requestReadOnlyAccess(context_, application.found, choices);
    if (!granted) return false;
    keys.found = std::move(application.found);
    keys.found.keys = std::move(*granted);
    keys.problem = {};
    return true;
}

// Every change goes through the editor, which saves at once (the context is its sink), so
// nothing typed is lost if the terminal closes.
void TextMode::finish(const Wizard& wizard) {
    const ReviewGaps gaps = reviewGaps(wizard, profile_);
    context_.editor().completePass(profile_.id, wizard);
    std::string message = passRecordedSentence(tr, tr(wizard.title), gaps);
    message += " " + nextReviewSentence(tr, nextReviewOf(profile_, now()));
    context_.out << "\n";
    view_.printWrapped(message);
}

}  // namespace vigie::cli
