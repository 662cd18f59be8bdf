// A byte string for secrets (a typed password, a TOTP key) whose memory is zeroed with
// OPENSSL_cleanse when it is wiped, shrunk, grown or destroyed.
//
// Why not std::string with a wiping allocator: short strings live inside the std::string object
// (small-string optimisation) and never reach the allocator, so they would escape the wipe.
// This class owns one heap block, always value-initialised and NUL-terminated, and zeroes every
// block it gives up. Its blocks are whole pages of their own (mmap), so that they can be kept out
// of core dumps (MADV_DONTDUMP) and locked in RAM (mlock, so they never reach swap) where the
// system allows it; a refused mlock (RLIMIT_MEMLOCK reached) leaves the block usable, only
// swappable, which an encrypted swap covers.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <utility>

#include <new>
#include <sys/mman.h>
#include <unistd.h>

#include <openssl/crypto.h>

namespace vigie {

class SecureString {
public:
    SecureString() noexcept = default;
    explicit SecureString(std::string_view text) { append(text); }
    SecureString(const SecureString& other) { append(other.view()); }
    SecureString(SecureString&& other) noexcept { swap(other); }
    SecureString& operator=(const SecureString& other) {
        if (this != &other) {
            SecureString copy(other);
            swap(copy);
        }
        return *this;
    }
    SecureString& operator=(SecureString&& other) noexcept {
        SecureString taken(std::move(other));
        swap(taken);
        return *this;
    }
    ~SecureString() { release(); }

    std::string_view view() const noexcept { return {c_str(), size_}; }
    // Always NUL-terminated, for C APIs such as zxcvbn.
    const char* c_str() const noexcept { return buffer_ ? buffer_ : ""; }
    char* data() noexcept { return buffer_; }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    std::size_t capacity() const noexcept { return capacity_; }
    char operator[](std::size_t i) const noexcept { return buffer_[i]; }

    void reserve(std::size_t wanted) {
        if (wanted > capacity_) reallocate(std::max(wanted, capacity_ * 2));
    }
    void append(std::string_view text) {
        if (text.empty()) return;
        reserve(size_ + text.size());
        std::memcpy(buffer_ + size_, text.data(), text.size());
        size_ += text.size();
        buffer_[size_] = '\0';
    }
    void push_back(char c) { append(std::string_view(&c, 1)); }
    // Keeps the first `newSize` bytes and zeroes the rest of the block.
    void truncate(std::size_t newSize) noexcept {
        if (newSize >= size_) return;
        OPENSSL_cleanse(buffer_ + newSize, size_ - newSize);
        size_ = newSize;
    }
    // Zeroes the whole block and empties the string; the block is kept for reuse.
    void wipe() noexcept {
        if (buffer_) OPENSSL_cleanse(buffer_, capacity_ + 1);
        size_ = 0;
    }
    void clear() noexcept { wipe(); }

    void swap(SecureString& other) noexcept {
        std::swap(buffer_, other.buffer_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
        std::swap(locked_, other.locked_);
    }

    // Test hook: the whole block (capacity + terminator), so a test can check that wipe() zeroed
    // it. Every byte of the block is an initialised char, so reading it is well defined.
    std::string_view storageForTesting() const noexcept {
        return buffer_ ? std::string_view(buffer_, capacity_ + 1) : std::string_view();
    }

private:
    void reallocate(std::size_t newCapacity) {
        static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        const std::size_t bytes = (newCapacity + 1 + page - 1) / page * page;
        void* block = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (block == MAP_FAILED) throw std::bad_alloc();
        ::madvise(block, bytes, MADV_DONTDUMP);  // best effort, like the lock below
        const bool locked = ::mlock(block, bytes) == 0;
        char* fresh = static_cast<char*>(block);  // anonymous pages are zero-filled
        if (buffer_) std::memcpy(fresh, buffer_, size_);
        release();
        buffer_ = fresh;
        capacity_ = bytes - 1;
        locked_ = locked;
    }
    void release() noexcept {
        if (!buffer_) return;
        OPENSSL_cleanse(buffer_, capacity_ + 1);
        if (locked_) ::munlock(buffer_, capacity_ + 1);
        ::munmap(buffer_, capacity_ + 1);
        buffer_ = nullptr;
        capacity_ = 0;
        locked_ = false;
    }

    char* buffer_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
    bool locked_ = false;
};

// Constant-time for equal lengths, so comparing secrets leaks nothing through timing.
inline bool operator==(const SecureString& a, const SecureString& b) noexcept {
    return a.size() == b.size() && CRYPTO_memcmp(a.c_str(), b.c_str(), a.size()) == 0;
}
inline bool operator!=(const SecureString& a, const SecureString& b) noexcept { return !(a == b); }

}  // namespace vigie
