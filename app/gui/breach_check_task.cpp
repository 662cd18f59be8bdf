#include "breach_check_task.h"

#include <cstdlib>

namespace vigie::gui {

std::string BreachCheckTask::serviceUrl() {
    const char* configured = std::getenv("VIGIE_PWNED_URL");
    return configured && *configured ? configured : password::kPwnedPasswordsRangeUrl;
}

void BreachCheckTask::start(SecureString secret, std::string baseUrl) {
    task_.start(
        [secret = std::move(secret), baseUrl = std::move(baseUrl)](TaskControl& control) mutable {
            password::BreachCheckOptions options;
            options.baseUrl = baseUrl;
            options.cancel = control.cancelFlag();
            password::BreachCheckResult result = password::checkPasswordBreach(secret.view(), options);
            secret.wipe();
            return result;
        },
        [this](const password::BreachCheckResult& result) {
            if (done_) done_(result);
        });
}

}  // namespace vigie::gui
