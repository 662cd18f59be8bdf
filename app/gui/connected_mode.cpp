#include "connected_mode.h"

#include "checks/check_record.h"
#include "checks/checks.h"

namespace vigie::gui {

void ConnectedMode::show(const ovh::AccountSnapshot& snapshot, const std::string& path) {
    ShownSnapshot shown;
    shown.readings = checks::readingsOf(checks::runChecks(snapshot));
    shown.readAt = snapshot.readAt;
    shown.account = ovh::accountLabel(snapshot);
    shown.endpoint = snapshot.endpoint;
    shown.path = path;
    shown.demo = snapshot.demo;
    shown.problems = snapshot.problems;
    shown.connection = checks::connectionOf(snapshot, path);
    shown_ = std::move(shown);
}

Profile ConnectedMode::viewed(const Profile& profile) const {
    Profile copy = profile;
    if (shown_) {
        copy.checks = shown_->readings;
        copy.connection = shown_->connection;
    }
    return copy;
}

}  // namespace vigie::gui
