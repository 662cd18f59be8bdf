// Reads one snapshot of the account through a read-only ApiClient: the request plan below,
// run concurrently, each list's objects fetched as soon as the list arrives.
//
//   GET /auth/time (clock delta), /me, /me/accessRestriction/{sms,totp,u2f} and their objects,
//   /me/accessRestriction/backupCode, /me/autorenew, /me/payment/method (+objects),
//   /me/order?date.from=... (12 months) with each order, its /status and /followUp,
//   /me/debtAccount, /me/debtAccount/debt (+objects), /me/bill?date.from=... (3 months, +objects),
//   /services (+objects), /domain, /me/api/credential (+objects), /me/api/application (+objects),
//   /auth/currentCredential.
// Lists are asked for expanded (whole objects in one answer); where the API answers with ids,
// each object is fetched.
//
// A route that answers 403, 404, a malformed body or keeps failing leaves its section
// unavailable (the checks that need it say "unknown") and the run goes on. A failure of the keys
// themselves (bad signature, unknown application, consumer key not valid) or of the connection
// on /me stops the run: readSnapshot throws ApiFailure.
#pragma once

#include "ovh/api_client.h"
#include "ovh/snapshot.h"

namespace vigie::ovh {

class ApiFailure : public UserError {
public:
    ApiFailure(const ApiError& error) : UserError(describeApiError(error)), error_(error) {}
    const ApiError& error() const { return error_; }

private:
    ApiError error_;
};

AccountSnapshot readSnapshot(ApiClient& client);

// "Reading the account: 12 of 30 requests…": the progress every view shows while reading, from
// ClientOptions::progress (requests answered, requests planned so far).
UserMessage describeReadProgress(std::size_t done, std::size_t planned);

}  // namespace vigie::ovh
