// py2cpp runtime: Python's recursion limit, and a guard that keeps the C++ stack from overflowing.
//
// Python raises RecursionError("maximum recursion depth exceeded") when a call would make more
// than sys.getrecursionlimit() frames (1000 by default; the module's own frame counts as one),
// and keeps running: the program ends with a traceback and everything it printed. Compiled
// code would instead overflow the C++ stack and die of SIGSEGV. The emitter opens every function
// that can recurse (a cycle in the call graph) with `py::RecursionGuard recursion_guard_;`,
// which
//   * counts the frames of recursive functions and raises RecursionError past the limit
//     (sys.setrecursionlimit changes it), so programs that rely on the limit behave the same;
//   * raises the same RecursionError when less than kStackReserve bytes of the thread's stack
//     remain, whatever the limit, so the C++ stack can never overflow (a limit raised far
//     above 1000 meets the 8 MiB stack before the count).
// Known difference: frames of functions that cannot recurse are not counted, so a recursion
// entered through several non-recursive calls gets those few frames more than in Python.
//
// Cost per guarded call: a thread-local load, a compare and two stores while the depth is below
// 256; deeper calls also compare their frame address with the stack's floor (read once per thread
// with pthread_getattr_np). On call-bound code this is not free: the count is a chain through
// memory from each call to the next, and the guard keeps GCC from inlining a recursive function
// into itself (naive fib: several times slower than unguarded C++, still far from Python's
// speed); functions that cannot recurse have no guard.
#pragma once

#include <climits>
#include <cstddef>
#include <cstdint>
#include <string>

#include <pthread.h>

#include "py2cpp/exceptions.hpp"

namespace py {
namespace detail {

// Frames counted so far on this thread; the module's frame (run_main) is the first, as in Python.
inline thread_local int recursion_depth = 1;
inline int recursion_limit = 1000;

// Below this depth a guarded call only counts: no frame of compiled code is anywhere near
// 8 MiB / 256, so the stack cannot run out there. From it on, every guarded call also compares
// its frame address with the stack's floor. It is min(limit, 256), so one compare serves both.
inline constexpr int kUncheckedDepth = 256;
inline int check_depth = kUncheckedDepth < 1000 ? kUncheckedDepth : 1000;

// Stack kept free below the deepest guarded frame: room for the non-recursive calls, library
// code and the exception machinery that a guarded frame can still run.
inline constexpr std::size_t kStackReserve = std::size_t{256} << 10;

// The lowest address a guarded frame may use on this thread (its stack's low end plus the
// reserve), or 1 where the bounds are unknown (then only the count guards).
inline std::uintptr_t find_stack_floor() noexcept {
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 1;
    void* low = nullptr;
    std::size_t size = 0;
    const bool known = pthread_attr_getstack(&attributes, &low, &size) == 0 && size > 2 * kStackReserve;
    pthread_attr_destroy(&attributes);
    return known ? reinterpret_cast<std::uintptr_t>(low) + kStackReserve : 1;
}

inline thread_local std::uintptr_t stack_floor = 0;  // 0: not looked up yet on this thread

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_recursion_error() {
    --recursion_depth;  // the guard that raises is not constructed: its destructor will not run
    throw RecursionError("maximum recursion depth exceeded");
}

// The deep path of a guarded call: the limit, then the stack. Its own frame, just below the
// guarded function's, stands for the stack in use (so the caller needs no frame pointer).
[[gnu::noinline]] inline void check_deep_call() {
    if (recursion_depth > recursion_limit) raise_recursion_error();
    if (stack_floor == 0) stack_floor = find_stack_floor();
    if (reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) < stack_floor) raise_recursion_error();
}

}  // namespace detail

class RecursionGuard {
public:
    // The destructor stores the depth it saw instead of decrementing: no read-modify-write of the
    // thread-local on the way out, which keeps deep call trees (fib) cheaper.
    RecursionGuard() : outer_depth_(detail::recursion_depth) {
        detail::recursion_depth = outer_depth_ + 1;
        if (__builtin_expect(outer_depth_ + 1 > detail::check_depth, 0)) detail::check_deep_call();
    }
    ~RecursionGuard() { detail::recursion_depth = outer_depth_; }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;

private:
    int outer_depth_;
};

namespace sys {

inline std::int64_t getrecursionlimit() { return detail::recursion_limit; }

// sys.setrecursionlimit(n): n is a C int, at least 1, and above the current depth (Python counts
// its own call of setrecursionlimit as one more frame).
inline void setrecursionlimit(std::int64_t limit) {
    if (limit > INT_MAX || limit < INT_MIN) throw OverflowError("Python int too large to convert to C int");
    if (limit < 1) throw ValueError("recursion limit must be greater or equal than 1");
    const int depth = detail::recursion_depth + 1;
    if (limit <= depth)
        throw RecursionError("cannot set the recursion limit to " + std::to_string(limit) + " at the recursion depth " +
                             std::to_string(depth) + ": the limit is too low");
    detail::recursion_limit = static_cast<int>(limit);
    detail::check_depth = limit < detail::kUncheckedDepth ? static_cast<int>(limit) : detail::kUncheckedDepth;
}

}  // namespace sys
}  // namespace py
