// py2cpp runtime: Python's `time` module clocks and sleep (namespace py::time).
//
// Each clock is the POSIX clock CPython 3.11 reads on Linux: time() CLOCK_REALTIME,
// monotonic()/perf_counter() CLOCK_MONOTONIC, process_time() CLOCK_PROCESS_CPUTIME_ID,
// thread_time() CLOCK_THREAD_CPUTIME_ID. The *_ns variants return the int nanoseconds; the float
// variants convert them as CPython's _PyTime_AsSecondsDouble does (whole seconds exactly, else
// ns / 1e9). sleep(secs) rounds up to nanoseconds and raises CPython's errors: ValueError for a
// negative length or NaN, OverflowError past the 64-bit nanosecond range; an interrupted sleep
// resumes for the remaining time, as Python's does.
#pragma once

#include <cerrno>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <ctime>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/scalar.hpp"

namespace py::time {

namespace detail {

// A clock's reading in nanoseconds (these clocks always exist on Linux).
inline int_t clock_ns(clockid_t clock) {
    struct timespec ts {};
    if (clock_gettime(clock, &ts) != 0) throw RuntimeError("clock_gettime failed");
    return static_cast<int_t>(ts.tv_sec) * 1000000000 + static_cast<int_t>(ts.tv_nsec);
}

// _PyTime_AsSecondsDouble: whole seconds divide as ints (1e-9 is not exact in binary).
inline double seconds(int_t ns) {
    if (ns % 1000000000 == 0) return static_cast<double>(ns / 1000000000);
    return static_cast<double>(py::detail::opaque(static_cast<double>(ns))) / 1e9;
}

[[noreturn]] inline void raise_timestamp_overflow() { throw OverflowError("timestamp too large to convert to C _PyTime_t"); }

inline void sleep_ns(int_t ns) {
    if (ns < 0) throw ValueError("sleep length must be non-negative");
    struct timespec wanted {
        static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)
    };
    struct timespec remaining {};
    while (nanosleep(&wanted, &remaining) != 0 && errno == EINTR) wanted = remaining;
}

}  // namespace detail

inline double time() { return detail::seconds(detail::clock_ns(CLOCK_REALTIME)); }
inline int_t time_ns() { return detail::clock_ns(CLOCK_REALTIME); }
inline double monotonic() { return detail::seconds(detail::clock_ns(CLOCK_MONOTONIC)); }
inline int_t monotonic_ns() { return detail::clock_ns(CLOCK_MONOTONIC); }
inline double perf_counter() { return detail::seconds(detail::clock_ns(CLOCK_MONOTONIC)); }
inline int_t perf_counter_ns() { return detail::clock_ns(CLOCK_MONOTONIC); }
inline double process_time() { return detail::seconds(detail::clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
inline int_t process_time_ns() { return detail::clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
inline double thread_time() { return detail::seconds(detail::clock_ns(CLOCK_THREAD_CPUTIME_ID)); }
inline int_t thread_time_ns() { return detail::clock_ns(CLOCK_THREAD_CPUTIME_ID); }

// time.sleep(secs) for an int: secs * 10**9 must fit in 64 bits.
template <std::integral I>
void sleep(I secs) {
    int_t ns = 0;
    if (__builtin_mul_overflow(static_cast<int_t>(secs), int_t{1000000000}, &ns)) detail::raise_timestamp_overflow();
    detail::sleep_ns(ns);
}

// time.sleep(secs) for a float: rounded up (away from zero) to nanoseconds, as _PyTime_ROUND_TIMEOUT.
template <std::floating_point F>
void sleep(F secs) {
    const double d = static_cast<double>(secs);
    if (std::isnan(d)) throw ValueError("Invalid value NaN (not a number)");
    double ns = d * 1e9;
    ns = ns >= 0.0 ? std::ceil(ns) : std::floor(ns);
    if (!(-9223372036854775808.0 <= ns && ns < 9223372036854775808.0)) detail::raise_timestamp_overflow();
    detail::sleep_ns(static_cast<int_t>(ns));
}

}  // namespace py::time
