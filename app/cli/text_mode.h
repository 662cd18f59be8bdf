// The terminal mode's conversation: a wizard menu, then each step and item in turn, reading one
// answer per line. Every change is saved at once; "q" and the end of the input save and leave.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "cli/cli_context.h"
#include "cli/text_step_view.h"
#include "ovh/credentials.h"

namespace vigie::cli {

class TextMode {
public:
    TextMode(Context& context, const Profile& profile, int width);
    // Runs the menu, or `wizardId` straight away; returns the exit code.
    int run(const std::optional<std::string>& wizardId);

private:
    enum class Outcome { Next, Back, Quit };

    std::optional<std::string> ask(const std::string& prompt);
    std::optional<std::size_t> chooseWizard();
    Outcome walkWizard(const Wizard& wizard);
    Outcome walkStep(const Wizard& wizard, std::size_t stepIndex);
    Outcome offerTools(const Step& step);
    void makePassphrase();
    void checkAuthenticator();
    Outcome askItem(const Item& item, std::size_t number, std::size_t count);
    bool answer(const Item& item, const std::string& reply);  // true: go on to the next item
    bool askValue(const Item& item);
    bool askEntry(const Item& item);  // adds one row to a list item
    void askNote(const Item& item);
    void finish(const Wizard& wizard);
    void readAccount();  // the connect command: reads the account, keeps its readings
    // Offers `vigie connect`'s flow when `keys` lacks the consumer key; true once `keys` is complete.
    bool connect(const ovh::CredentialLookup& lookup, ovh::CredentialsOutcome& keys);

    Context& context_;
    Definitions definitions_;  // what the profile's region shows
    const Translator& tr;  // named tr so xgettext finds the strings
    const Profile& profile_;  // changed only through context_.editor()
    StepView view_;
    int width_;
    bool endOfInput_ = false;
};

}  // namespace vigie::cli
