// Helpers shared by the NumPy runtime tests (reductions, linalg, shape ops, printing): test
// arrays built from the same 64-bit LCG as gen_numpy_cases.py, arrays from literal values, and
// an FNV-1a digest of results that the generator computes the same way.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include <gtest/gtest.h>

#include "py2cpp/ndarray.hpp"
#include "runtime_test_support.hpp"  // EXPECT_NP_RAISES

namespace numpy_test {

inline constexpr double NAN_V = std::numeric_limits<double>::quiet_NaN();
inline constexpr double INF_V = std::numeric_limits<double>::infinity();

// gen_numpy_cases.py's lcg_values: uniform doubles in [-0.5, 0.5).
inline std::vector<double> lcg_values(std::uint64_t seed, std::int64_t n) {
    std::vector<double> out(static_cast<std::size_t>(n));
    std::uint64_t x = seed;
    for (auto& v : out) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        v = static_cast<double>(x >> 11) * 0x1p-53 - 0.5;
    }
    return out;
}

// gen_numpy_cases.py's test_array: scaled LCG values, floored for ints, > 0 for bools.
template <class T, std::size_t N>
py::ndarray<T, N> test_array(std::uint64_t seed, std::array<std::int64_t, N> shape, double scale) {
    py::ndarray<T, N> a(shape);
    const std::vector<double> v = lcg_values(seed, a.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        const double x = v[i] * scale;
        if constexpr (std::is_same_v<T, bool>) a.data()[i] = x > 0;
        else if constexpr (std::is_integral_v<T>) a.data()[i] = static_cast<T>(std::floor(x));
        else a.data()[i] = static_cast<T>(x);
    }
    return a;
}

// A C-contiguous array with the given values (C order).
template <class T, std::size_t N>
py::ndarray<T, N> from_values(std::array<std::int64_t, N> shape, const std::vector<double>& values) {
    py::ndarray<T, N> a(shape);
    for (std::size_t i = 0; i < values.size(); ++i) a.data()[i] = static_cast<T>(values[i]);
    return a;
}

// Expected digest of a result: FNV-1a of the float64 bit patterns, size, first element.
struct Summary {
    std::uint64_t digest;
    std::int64_t size;
    double first;
};

inline std::uint64_t fnv(std::uint64_t h, double v) {
    if (std::isnan(v)) v = std::numeric_limits<double>::quiet_NaN();
    unsigned char bytes[8];
    std::memcpy(bytes, &v, 8);
    for (unsigned char b : bytes) h = (h ^ b) * 0x100000001b3ull;
    return h;
}

template <class R>
Summary summarise(const R& r) {
    Summary s{0xcbf29ce484222325ull, 0, 0.0};
    if constexpr (std::is_arithmetic_v<R>) {
        s = {fnv(s.digest, static_cast<double>(r)), 1, static_cast<double>(r)};
    } else {
        const auto c = r.copy();
        s.size = c.size();
        for (std::int64_t i = 0; i < c.size(); ++i) s.digest = fnv(s.digest, static_cast<double>(c.data()[i]));
        if (c.size() > 0) s.first = static_cast<double>(c.data()[0]);
    }
    return s;
}

// Same value as Python would print it (any NaN equals any NaN, -0.0 differs from 0.0).
inline bool same(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

}  // namespace numpy_test

