// What every request Vigie sends has in common, the breach check's and the OVHcloud API
// client's: the one protocol its address allows, TLS verification that is never turned off, the
// User-Agent, time limits, a body read up to a cap, and a flag that abandons it. One place, so
// the two cannot drift apart. libcurl itself is loaded on first use (curl_library.h).
#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <string_view>

#include "platform/curl_library.h"

namespace vigie::http {

// The host of "scheme://host[:port]/...", brackets kept for IPv6; empty when the address has
// none or carries user information ("user@host"), which Vigie never sends.
std::string_view hostOf(std::string_view url);

// True for an http:// address whose host is 127.x.x.x, localhost or [::1].
bool isLoopbackHttp(std::string_view url);

// "https" for an https:// address with a host; "http" for http:// towards this machine (where
// the tests' servers listen); nullptr for anything else, which is never sent.
const char* allowedProtocol(std::string_view url);

// The answer's body as it arrives, up to `maxBytes` (beyond that the transfer stops with
// CURLE_WRITE_ERROR and `tooLarge` is set), and the flag that abandons the transfer
// (CURLE_ABORTED_BY_CALLBACK) when it becomes true.
struct Reception {
    std::string body;
    bool tooLarge = false;
    std::size_t maxBytes = 0;
    const std::atomic<bool>* cancel = nullptr;
};

struct TransferOptions {
    const char* protocol = "https";  // allowedProtocol(url)
    curl_slist* headers = nullptr;  // owned by the caller, kept until the transfer ends
    std::string userAgent;
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds timeout{20000};  // the whole exchange
};

// Sets on `easy`: the address and its one protocol (a redirect, if the caller follows one, to
// https only), the headers, the User-Agent, TLS verification of the peer and its name, no
// signals (requests run on worker threads), any content encoding curl can decode, the time
// limits, and `reception` as where the body goes and what the progress callback reads.
// `reception` must outlive the transfer.
void configureTransfer(const CurlLibrary& curl, CURL* easy, const std::string& url, const TransferOptions& options,
                       Reception& reception);

}  // namespace vigie::http
