#include "ovh/signature.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include "secret/secure_string.h"

namespace vigie::ovh {

std::string signRequest(std::string_view applicationSecret, std::string_view consumerKey, std::string_view method,
                        std::string_view url, std::string_view body, std::int64_t timestamp) {
    SecureString joined;
    for (std::string_view part : {applicationSecret, consumerKey, method, url, body}) {
        joined.append(part);
        joined.push_back('+');
    }
    joined.append(std::to_string(timestamp));
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(joined.c_str()), joined.size(), digest);
    static const char hex[] = "0123456789abcdef";
    std::string signature = "$1$";
    for (unsigned char byte : digest) {
        signature.push_back(hex[byte >> 4]);
        signature.push_back(hex[byte & 0xF]);
    }
    OPENSSL_cleanse(digest, sizeof digest);
    return signature;
}

}  // namespace vigie::ovh
