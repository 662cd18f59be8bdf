// The otpauth:// URI and base32 parsers on arbitrary bytes (what a user pastes from a QR code
// reader). A decoded secret re-encodes to the same bytes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "totp/base32.h"
#include "totp/otpauth_uri.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    vigie::totp::UriParseResult uri = vigie::totp::parseOtpauthUri(text);
    (void)uri.ok();
    vigie::totp::Base32Result decoded = vigie::totp::decodeBase32(text);
    if (decoded.ok()) {
        vigie::SecureString encoded = vigie::totp::encodeBase32(decoded.bytes.view(), false);
        vigie::totp::Base32Result again = vigie::totp::decodeBase32(encoded.view());
        if (!again.ok() || again.bytes != decoded.bytes) std::abort();
    }
    return 0;
}
