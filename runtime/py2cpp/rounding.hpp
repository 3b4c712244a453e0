// py2cpp runtime: np.round / np.around / ndarray.round(decimals) with NumPy 1.24's algorithm
// (PyArray_Round, numpy/core/src/multiarray/calculation.c), so results are bit-identical:
//  * floats, decimals == 0: rint (round half to even);
//  * floats, decimals > 0: y = x * f, rint(y), y / f with f = 10**decimals;
//  * decimals < 0: y = x / f, rint(y), y * f with f = 10**-decimals;
//  * f is NumPy's power_of_ten: exact table up to 1e8, then 1e9 multiplied by 10.0 once per
//    further digit (so 10**400 is inf and the result NaN, as in NumPy); float32 arrays compute in
//    float32 with f converted to float32 (a Python float scalar does not widen float32);
//  * integers, decimals >= 0: the array itself is returned (NumPy returns the same object, so a
//    write through the result changes the argument); decimals < 0: computed in float64 and cast
//    back to the integer type (out of range gives the integer minimum, as NumPy's cast on x86-64).
// decimals outside C int's range raise OverflowError as NumPy's argument parser does. Bool arrays
// are refused by the mapping table (NumPy would compute in float16).
#pragma once

#include <climits>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/ndarray.hpp"

namespace py::np {

namespace rounding {

inline int checked_decimals(std::int64_t decimals) {
    if (decimals > INT_MAX) throw OverflowError("signed integer is greater than maximum");
    if (decimals < INT_MIN) throw OverflowError("signed integer is less than minimum");
    return static_cast<int>(decimals);
}

// NumPy's power_of_ten(n), n >= 0.
inline double power_of_ten(std::int64_t n) {
    static constexpr double table[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    if (n < 9) return table[n];
    double result = 1e9;
    for (std::int64_t k = 9; k < n; ++k) result *= 10.0;
    return result;
}

// nearbyint through a volatile-free barrier: the default rounding mode is half to even.
template <class F>
F rint(F v) {
    return std::nearbyint(v);
}

// One float element: NumPy's three operations in F's precision.
template <class F>
F round_float(F x, int decimals) {
    if (decimals == 0) return rint(x);
    const std::int64_t digits = decimals > 0 ? decimals : -static_cast<std::int64_t>(decimals);
    const F f = static_cast<F>(power_of_ten(digits));
    if (decimals > 0) return rint(static_cast<F>(x * f)) / f;
    return rint(static_cast<F>(x / f)) * f;
}

// double -> integer as the x86-64 conversion instructions do it (NumPy's C cast): a value out of
// range (or NaN) gives the type's minimum for signed types; unsigned 32-bit goes through int64.
template <class I>
I to_integer(double v) {
    if constexpr (std::is_same_v<I, std::uint32_t>) {
        return static_cast<std::uint32_t>(static_cast<std::uint64_t>(to_integer<std::int64_t>(v)));
    } else {
        constexpr double lo = static_cast<double>(std::numeric_limits<I>::min());
        constexpr double hi = -lo;  // 2**(bits-1): the first value out of range
        if (!(v >= lo && v < hi)) return std::numeric_limits<I>::min();
        return static_cast<I>(v);
    }
}

// One integer element with decimals < 0: true_divide in float64, rint, multiply, cast back.
template <class I>
I round_integer(I x, int decimals) {
    const double f = power_of_ten(-static_cast<std::int64_t>(decimals));
    const double y = rint(static_cast<double>(x) / f) * f;
    return to_integer<I>(y);
}

}  // namespace rounding

// Arrays (and lazy nodes) of any rank.
template <class X>
    requires is_array_like_v<X>
auto round(const X& x, std::int64_t decimals_arg = 0) {
    using T = value_type_t<X>;
    static_assert(!std::is_same_v<T, bool>, "np.round of a bool array is float16 in NumPy (not supported)");
    const int decimals = rounding::checked_decimals(decimals_arg);
    if constexpr (std::is_integral_v<T>) {
        if (decimals >= 0) return eval(x);  // NumPy returns the array itself
        auto out = materialize(x);
        T* p = out.data();
        for (std::int64_t i = 0, n = out.size(); i < n; ++i) p[i] = rounding::round_integer<T>(p[i], decimals);
        return out;
    } else if constexpr (is_complex_v<T>) {  // NumPy rounds the real and the imaginary parts apart
        using R = typename T::value_type;
        auto out = materialize(x);
        T* p = out.data();
        for (std::int64_t i = 0, n = out.size(); i < n; ++i)
            p[i] = T(rounding::round_float<R>(p[i].real(), decimals), rounding::round_float<R>(p[i].imag(), decimals));
        return out;
    } else {
        auto out = materialize(x);
        T* p = out.data();
        for (std::int64_t i = 0, n = out.size(); i < n; ++i) p[i] = rounding::round_float<T>(p[i], decimals);
        return out;
    }
}

// Python scalars: np.round(2.5) is 2.0, np.round(15, -1) is 20 (NumPy rounds a 0-d array).
template <class S>
    requires std::is_floating_point_v<S>
double round(S x, std::int64_t decimals = 0) {
    return rounding::round_float<double>(x, rounding::checked_decimals(decimals));
}
template <class S>
    requires(std::is_integral_v<S> && !std::is_same_v<S, bool>)
std::int64_t round(S x, std::int64_t decimals = 0) {
    const int d = rounding::checked_decimals(decimals);
    return d >= 0 ? static_cast<std::int64_t>(x) : rounding::round_integer<std::int64_t>(x, d);
}

}  // namespace py::np
