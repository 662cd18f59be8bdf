#define BOOST_TEST_MODULE secure string
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "secret/secure_string.h"

using vigie::SecureString;

namespace {

bool allZero(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; });
}

}  // namespace

BOOST_AUTO_TEST_CASE(holds_text_nul_terminated) {
    SecureString secret("hunter2");
    BOOST_TEST(secret.view() == "hunter2");
    BOOST_TEST(std::string(secret.c_str()) == "hunter2");
    BOOST_TEST(SecureString().c_str()[0] == '\0');
}

BOOST_AUTO_TEST_CASE(wipe_zeroes_the_whole_block) {
    SecureString secret("correct horse battery staple");
    std::string_view storage = secret.storageForTesting();
    BOOST_REQUIRE(storage.size() > secret.size());
    BOOST_TEST(storage.find("horse") != std::string_view::npos);
    secret.wipe();
    BOOST_TEST(secret.empty());
    BOOST_TEST(allZero(secret.storageForTesting()));
}

BOOST_AUTO_TEST_CASE(truncate_zeroes_the_cut_tail) {
    SecureString secret("public-secret");
    secret.truncate(6);
    BOOST_TEST(secret.view() == "public");
    std::string_view storage = secret.storageForTesting();
    BOOST_TEST(allZero(storage.substr(6)));
}

BOOST_AUTO_TEST_CASE(growing_keeps_the_content) {
    SecureString secret;
    std::string expected;
    for (int i = 0; i < 1000; ++i) {
        secret.push_back(static_cast<char>('a' + i % 26));
        expected += static_cast<char>('a' + i % 26);
    }
    BOOST_TEST(secret.view() == expected);
}

BOOST_AUTO_TEST_CASE(moving_leaves_the_source_empty) {
    SecureString source("s3cret");
    SecureString target(std::move(source));
    BOOST_TEST(target.view() == "s3cret");
    BOOST_TEST(source.empty());  // NOLINT(bugprone-use-after-move): the documented moved-from state
    SecureString assigned;
    assigned = std::move(target);
    BOOST_TEST(assigned.view() == "s3cret");
}

BOOST_AUTO_TEST_CASE(copies_are_independent) {
    SecureString original("abc");
    SecureString copy(original);
    original.wipe();
    BOOST_TEST(copy.view() == "abc");
}

BOOST_AUTO_TEST_CASE(compares_by_content) {
    BOOST_TEST((SecureString("abc") == SecureString("abc")));
    BOOST_TEST((SecureString("abc") != SecureString("abd")));
    BOOST_TEST((SecureString("abc") != SecureString("abcd")));
}

namespace {
// The VmFlags line of the mapping that holds `address`, from /proc/self/smaps.
std::string vmFlagsOf(const void* address) {
    std::ifstream smaps("/proc/self/smaps");
    const auto where = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    for (std::string line; std::getline(smaps, line);) {
        unsigned long from = 0, to = 0;
        if (line.find(':') > line.find(' ') && std::sscanf(line.c_str(), "%lx-%lx ", &from, &to) == 2) {
            inside = where >= from && where < to;
        } else if (inside && line.rfind("VmFlags:", 0) == 0) {
            return line;
        }
    }
    return {};
}
}  // namespace

BOOST_AUTO_TEST_CASE(secret_pages_are_kept_out_of_core_dumps) {
    SecureString secret("canary-correct-horse");
    std::string flags = vmFlagsOf(secret.c_str());
    BOOST_REQUIRE(!flags.empty());
    BOOST_TEST(flags.find(" dd") != std::string::npos, flags);  // MADV_DONTDUMP
    // Locked when RLIMIT_MEMLOCK allows it ("lo"); not required, the system decides.
    BOOST_TEST_MESSAGE("secret page flags: " << flags);
}
