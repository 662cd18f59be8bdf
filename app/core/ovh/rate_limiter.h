// The request-rate cap: a token bucket. Starting a request spends a token; tokens come back at
// `rate` per second, up to `burst` (the concurrency, so a fresh run starts a full set at once).
// Time is passed in, so the rule is tested without a clock.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>

namespace vigie::ovh {

class RateLimiter {
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    // rate <= 0: no cap.
    RateLimiter(double rate, double burst) : rate_(rate), burst_(std::max(1.0, burst)), tokens_(burst_) {}

    bool take(TimePoint now) {
        refill(now);
        if (rate_ <= 0 || tokens_ >= 1) {
            tokens_ -= 1;
            return true;
        }
        return false;
    }

    // How long until take() can succeed.
    std::chrono::milliseconds untilNext(TimePoint now) {
        refill(now);
        if (rate_ <= 0 || tokens_ >= 1) return std::chrono::milliseconds(0);
        return std::chrono::milliseconds(static_cast<long>(std::ceil((1 - tokens_) / rate_ * 1000)));
    }

private:
    void refill(TimePoint now) {
        if (started_ && now > last_) {
            double seconds = std::chrono::duration<double>(now - last_).count();
            tokens_ = std::min(burst_, tokens_ + seconds * rate_);
        }
        if (!started_ || now > last_) last_ = now;
        started_ = true;
    }

    double rate_;
    double burst_;
    double tokens_;
    bool started_ = false;
    TimePoint last_{};
};

}  // namespace vigie::ovh
