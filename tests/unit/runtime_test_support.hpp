// Helpers shared by the runtime unit tests (tests/unit/runtime_*_test.cpp): running a call and
// capturing either its value or the Python exception it raised, and comparing doubles the way
// Python output would reveal differences (signed zeros distinct, all NaNs alike).
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "py2cpp/exceptions.hpp"

namespace runtime_test {

// The value a call returned, or the Python exception it raised.
template <class T>
struct Outcome {
    std::optional<T> value;
    std::string error;    // Python type name, empty when a value was returned
    std::string message;  // str() of the exception
};

template <class F>
auto capture(F&& f) -> Outcome<decltype(f())> {
    try {
        return {f(), "", ""};
    } catch (const py::Exception& e) {
        return {std::nullopt, e.type_name(), e.message()};
    }
}

// Identical as Python would print them: -0.0 differs from 0.0, any NaN equals any NaN.
inline bool same_double(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

// Distance in units in the last place between two finite doubles of the same sign.
inline std::int64_t ulp_distance(double a, double b) {
    std::int64_t ia = 0;
    std::int64_t ib = 0;
    std::memcpy(&ia, &a, sizeof a);
    std::memcpy(&ib, &b, sizeof b);
    if ((ia < 0) != (ib < 0)) return a == b ? 0 : INT64_MAX;
    return ia > ib ? ia - ib : ib - ia;
}

inline std::string describe(double x) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g (%a)", x, x);
    return buffer;
}

}  // namespace runtime_test

// Expects `expr` to raise the py:: exception class `type`, whose Python name is `name`, with
// exactly `text` as message.
#define EXPECT_NP_RAISES(expr, type, name, text)                                                  \
    do {                                                                                          \
        try {                                                                                     \
            static_cast<void>(expr);                                                              \
            ADD_FAILURE() << #expr " did not raise " #type;                                       \
        } catch (const py::type& e_) {                                                            \
            EXPECT_STREQ(e_.type_name(), name);                                                   \
            EXPECT_EQ(e_.message(), std::string(text));                                           \
        } catch (const py::Exception& e_) {                                                       \
            ADD_FAILURE() << #expr " raised " << e_.type_name() << ": " << e_.message()           \
                          << " instead of " #type;                                                \
        }                                                                                         \
    } while (0)

// Expects `expr` to raise the Python exception `type` (a py:: class of the same name) with
// exactly `text` as message.
#define EXPECT_PY_RAISES(expr, type, text) EXPECT_NP_RAISES(expr, type, #type, text)
