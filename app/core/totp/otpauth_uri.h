// otpauth:// URIs, the text inside the QR code a site shows when enabling an authenticator app
// (Google Authenticator's "Key Uri Format"):
//   otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
// Only TOTP is supported (OVHcloud uses it); each kind of mistake has its own error.
#pragma once

#include <string>
#include <string_view>

#include "totp/base32.h"
#include "totp/totp.h"

namespace vigie {
class Translator;
}

namespace vigie::totp {

enum class UriError {
    None,
    WrongScheme,  // not otpauth://
    HotpNotSupported,  // otpauth://hotp/
    UnknownType,  // otpauth://<anything else>/
    BadEncoding,  // a malformed %XX escape in the label or a value
    MissingSecret,
    BadSecret,  // see secretError
    BadAlgorithm,  // not SHA1, SHA256 or SHA512
    BadDigits,  // not 6 or 8
    BadPeriod,  // not a whole number of seconds from 1 to 3600
};

struct UriParseResult {
    TotpParameters parameters;
    UriError error = UriError::None;
    Base32Result secretError;  // for BadSecret: what is wrong with the secret, and where
    bool ok() const { return error == UriError::None; }
};

// `uri` usually sits in a SecureString: it holds the secret. Parameter names are matched
// case-insensitively, unknown parameters (image, counter...) ignored, the first of a repeated
// parameter wins; '+' in a value reads as a space (as form encoding writes it).
UriParseResult parseOtpauthUri(std::string_view uri);

std::string describe(const UriParseResult& result, const Translator& translator);

}  // namespace vigie::totp
