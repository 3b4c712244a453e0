// py2cpp runtime: Python's math module (namespace py::math).
//
// `import math; math.sqrt(x)` becomes py::math::sqrt(x) (see mappings/math.json). The values come
// from the C library, as in CPython, which calls the same libm functions (at run time even for
// constant arguments: see py::detail::opaque, so results match Python bit for bit); what this header adds
// is Python's error behaviour, which C reports only through errno or special values:
// ValueError("math domain error") where CPython signals a domain error (sqrt(-1), log(0),
// asin(2), sin(inf), ...), OverflowError("math range error") where a finite argument overflows
// (exp(1000)), and CPython's own special cases (log(x, 1), pow(0.0, -1), fmod(x, inf), gamma at
// poles, floor/ceil/trunc of NaN/inf). Integer functions (factorial, gcd, lcm, isqrt, comb, perm)
// work on 64-bit ints and raise OverflowError when the exact result does not fit.
//
// gamma, lgamma and hypot are not libm's: CPython computes them with its own algorithms, which
// math_cpython.hpp follows, so they too are bit-identical to CPython's.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/iterable.hpp"
#include "py2cpp/math_cpython.hpp"
#include "py2cpp/scalar.hpp"

namespace py::math {

inline constexpr double pi = 3.141592653589793;
inline constexpr double e = 2.718281828459045;
inline constexpr double tau = 6.283185307179586;
inline constexpr double inf = std::numeric_limits<double>::infinity();
inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

namespace detail {

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_domain_error() { throw ValueError("math domain error"); }
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_range_error() { throw OverflowError("math range error"); }

// CPython's checks after a one-argument libm call r = f(x): a NaN from a non-NaN argument is a
// domain error; an infinity from a finite argument is an overflow when the function can
// overflow and a pole (domain error) otherwise.
template <bool can_overflow>
inline double checked(double x, double r) {
    if (__builtin_expect(std::isfinite(r), 1)) return r;
    if (std::isnan(r)) {
        if (!std::isnan(x)) raise_domain_error();
    } else if (std::isfinite(x)) {
        if (can_overflow) raise_range_error();
        raise_domain_error();
    }
    return r;
}

}  // namespace detail

// ---- Powers and logarithms ------------------------------------------------------------------

inline double sqrt(double x) { return detail::checked<false>(x, std::sqrt(x)); }
inline double cbrt(double x) { return std::cbrt(py::detail::opaque(x)); }
inline double exp(double x) { return detail::checked<true>(x, std::exp(py::detail::opaque(x))); }
inline double exp2(double x) { return detail::checked<true>(x, std::exp2(py::detail::opaque(x))); }
inline double expm1(double x) { return detail::checked<true>(x, std::expm1(py::detail::opaque(x))); }

// log(x) for x <= 0 (and -inf) is a domain error; log(inf) is inf and log(nan) is nan.
inline double log(double x) {
    if (__builtin_expect(x > 0.0, 1)) return std::log(py::detail::opaque(x));
    if (std::isnan(x)) return x;
    detail::raise_domain_error();
}

// log(x, base) = log(x) / log(base); base 1 divides by zero.
inline double log(double x, double base) {
    const double num = log(x);
    const double den = log(base);
    if (den == 0.0) throw ZeroDivisionError("float division by zero");
    return num / den;
}

inline double log2(double x) {
    if (__builtin_expect(x > 0.0, 1)) return std::log2(py::detail::opaque(x));
    if (std::isnan(x)) return x;
    detail::raise_domain_error();
}

inline double log10(double x) {
    if (__builtin_expect(x > 0.0, 1)) return std::log10(py::detail::opaque(x));
    if (std::isnan(x)) return x;
    detail::raise_domain_error();
}

inline double log1p(double x) { return detail::checked<false>(x, std::log1p(py::detail::opaque(x))); }

// math.pow (always float): C99's special values for infinities and NaNs (1 ** nan == 1,
// nan ** 0 == 1); for finite operands a NaN result (negative base, fractional exponent) or a
// zero base with a negative exponent is a domain error, any other infinite result an overflow.
inline double pow(double x, double y) {
    const double r = py::detail::libm_pow(x, y);
    if (__builtin_expect(std::isfinite(r), 1)) return r;
    if (std::isfinite(x) && std::isfinite(y)) {
        if (std::isnan(r) || x == 0.0) detail::raise_domain_error();
        detail::raise_range_error();
    }
    return r;
}

// ---- Trigonometric and hyperbolic functions -------------------------------------------------

inline double sin(double x) { return detail::checked<false>(x, std::sin(py::detail::opaque(x))); }
inline double cos(double x) { return detail::checked<false>(x, std::cos(py::detail::opaque(x))); }
inline double tan(double x) { return detail::checked<false>(x, std::tan(py::detail::opaque(x))); }
inline double asin(double x) { return detail::checked<false>(x, std::asin(py::detail::opaque(x))); }
inline double acos(double x) { return detail::checked<false>(x, std::acos(py::detail::opaque(x))); }
inline double atan(double x) { return detail::checked<false>(x, std::atan(py::detail::opaque(x))); }
inline double atan2(double y, double x) { return std::atan2(py::detail::opaque(y), x); }
inline double sinh(double x) { return detail::checked<true>(x, std::sinh(py::detail::opaque(x))); }
inline double cosh(double x) { return detail::checked<true>(x, std::cosh(py::detail::opaque(x))); }
inline double tanh(double x) { return detail::checked<false>(x, std::tanh(py::detail::opaque(x))); }
inline double asinh(double x) { return detail::checked<false>(x, std::asinh(py::detail::opaque(x))); }
inline double acosh(double x) { return detail::checked<false>(x, std::acosh(py::detail::opaque(x))); }
inline double atanh(double x) { return detail::checked<false>(x, std::atanh(py::detail::opaque(x))); }

// degrees/radians multiply by CPython's constants 180/pi and pi/180 (overflow gives inf, no error).
inline double degrees(double x) { return x * (180.0 / pi); }
inline double radians(double x) { return x * (pi / 180.0); }

// ---- Rounding to int, and float manipulation ------------------------------------------------

// floor/ceil/trunc return an int; NaN and infinities raise like int().
inline int_t floor(double x) { return to_int(std::floor(x)); }
inline int_t ceil(double x) { return to_int(std::ceil(x)); }
inline int_t trunc(double x) { return to_int(x); }

// On an int (or bool), floor/ceil/trunc return the value itself, without a trip through double.
template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
constexpr int_t floor(T x) {
    return static_cast<int_t>(x);
}
template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
constexpr int_t ceil(T x) {
    return static_cast<int_t>(x);
}
template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
constexpr int_t trunc(T x) {
    return static_cast<int_t>(x);
}

inline double fabs(double x) { return std::fabs(x); }
inline double copysign(double x, double y) { return std::copysign(x, y); }

// hypot(x, y): CPython's vector norm (math_cpython.hpp); inf if either is infinite (even with a
// NaN); overflow gives inf without an error.
inline double hypot(double x, double y) {
    const double coordinates[2] = {std::fabs(x), std::fabs(y)};
    double max = 0.0;  // the largest non-NaN coordinate
    for (double c : coordinates)
        if (c > max) max = c;
    return detail::vector_norm(2, coordinates, max, std::isnan(x) || std::isnan(y));
}

// fmod(x, y): C's fmod, sign of x. fmod(x, inf) is x; fmod(inf, y) and fmod(x, 0) are domain errors.
inline double fmod(double x, double y) {
    if (std::isinf(y) && std::isfinite(x)) return x;
    const double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) detail::raise_domain_error();
    return r;
}

// remainder(x, y): IEEE 754 remainder (x - n*y with n the nearest integer, ties to even).
inline double remainder(double x, double y) {
    if (std::isnan(x)) return x;
    if (std::isnan(y)) return y;
    if (std::isinf(x) || y == 0.0) detail::raise_domain_error();
    if (std::isinf(y)) return x;
    return std::remainder(x, y);
}

// ldexp(x, i) = x * 2**i; an infinite result from finite x is an overflow.
inline double ldexp(double x, int_t i) {
    if (x == 0.0 || !std::isfinite(x)) return x;
    constexpr int_t limit = 1 << 30;  // far past the range of double exponents
    const int exponent = static_cast<int>(i > limit ? limit : (i < -limit ? -limit : i));
    const double r = std::ldexp(x, exponent);
    if (std::isinf(r)) detail::raise_range_error();
    return r;
}

// ---- Special functions ----------------------------------------------------------------------

inline double erf(double x) { return std::erf(py::detail::opaque(x)); }
inline double erfc(double x) { return std::erfc(py::detail::opaque(x)); }

namespace detail {

// CPython's error report for gamma/lgamma (math_1a): a domain error is ValueError; a range error is
// OverflowError unless the result is below 1.5 in magnitude (an underflow, which Python ignores).
inline double checked(const MathResult& result) {
    if (__builtin_expect(result.status == MathStatus::ok, 1)) return result.value;
    if (result.status == MathStatus::domain) raise_domain_error();
    if (std::fabs(result.value) >= 1.5) raise_range_error();
    return result.value;
}

}  // namespace detail

// gamma(x) (CPython's Lanczos approximation): poles at 0 and the negative integers and
// gamma(-inf) are domain errors; a finite argument whose result overflows (x > 171.62, or tiny
// |x|) is a range error.
inline double gamma(double x) { return detail::checked(detail::tgamma(x)); }

// lgamma(x) = log|gamma(x)|: inf for infinite x, a domain error at the poles, a range error if a
// finite argument overflows.
inline double lgamma(double x) { return detail::checked(detail::lgamma(x)); }

// ---- Classification and comparison ----------------------------------------------------------

inline bool isnan(double x) { return std::isnan(x); }
inline bool isinf(double x) { return std::isinf(x); }
inline bool isfinite(double x) { return std::isfinite(x); }

// isclose(a, b, rel_tol=1e-09, abs_tol=0.0), Python's symmetric test.
inline bool isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0) {
    if (rel_tol < 0.0 || abs_tol < 0.0) throw ValueError("tolerances must be non-negative");
    if (a == b) return true;  // also equal infinities
    if (std::isinf(a) || std::isinf(b)) return false;
    const double diff = std::fabs(b - a);
    return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

// ---- Integer functions ----------------------------------------------------------------------

// factorial(n) for 0 <= n <= 20 (21! does not fit in 64 bits).
inline int_t factorial(int_t n) {
    if (n < 0) throw ValueError("factorial() not defined for negative values");
    if (n > 20) py::detail::raise_int_overflow();
    int_t f = 1;
    for (int_t k = 2; k <= n; ++k) f *= k;
    return f;
}

namespace detail {

constexpr std::uint64_t magnitude(int_t x) noexcept {
    return x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
}

constexpr std::uint64_t gcd_unsigned(std::uint64_t a, std::uint64_t b) noexcept {
    while (b != 0) {
        const std::uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

inline int_t to_signed_checked(std::uint64_t v) {
    if (v > static_cast<std::uint64_t>(std::numeric_limits<int_t>::max())) py::detail::raise_int_overflow();
    return static_cast<int_t>(v);
}

}  // namespace detail

// gcd(*integers): non-negative; gcd() == 0.
template <class... Ints>
int_t gcd(Ints... values) {
    static_assert((std::is_integral_v<Ints> && ...), "math.gcd takes integers");
    std::uint64_t g = 0;
    ((g = detail::gcd_unsigned(g, detail::magnitude(static_cast<int_t>(values)))), ...);
    return detail::to_signed_checked(g);
}

// lcm(*integers): non-negative; lcm() == 1, 0 if any argument is 0.
template <class... Ints>
int_t lcm(Ints... values) {
    static_assert((std::is_integral_v<Ints> && ...), "math.lcm takes integers");
    std::uint64_t l = 1;
    auto step = [&l](std::uint64_t v) {
        if (l == 0 || v == 0) {
            l = 0;
            return;
        }
        std::uint64_t r = 0;
        if (__builtin_mul_overflow(l / detail::gcd_unsigned(l, v), v, &r)) py::detail::raise_int_overflow();
        l = r;
    };
    (step(detail::magnitude(static_cast<int_t>(values))), ...);
    static_cast<void>(step);  // lcm() with no arguments
    return detail::to_signed_checked(l);
}

// isqrt(n): the floor of the exact square root.
inline int_t isqrt(int_t n) {
    if (n < 0) throw ValueError("isqrt() argument must be nonnegative");
    auto r = static_cast<int_t>(std::sqrt(static_cast<double>(n)));
    while (r > 0 && (r > 3037000499 || r * r > n)) --r;  // 3037000499**2 is the largest square below 2**63
    while (r < 3037000499 && (r + 1) * (r + 1) <= n) ++r;
    return r;
}

// comb(n, k): ways to choose k of n items; 0 when k > n.
inline int_t comb(int_t n, int_t k) {
    if (n < 0) throw ValueError("n must be a non-negative integer");
    if (k < 0) throw ValueError("k must be a non-negative integer");
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    // After step i the value is comb(n - k + i, i), which grows with i: an intermediate value
    // overflows only if the result does. Dividing by gcds first keeps every step exact.
    int_t result = 1;
    for (int_t i = 1; i <= k; ++i) {
        int_t factor = n - k + i;
        int_t divisor = i;
        const auto g1 = static_cast<int_t>(detail::gcd_unsigned(static_cast<std::uint64_t>(result), static_cast<std::uint64_t>(divisor)));
        result /= g1;
        divisor /= g1;
        factor /= divisor;  // divisor now divides factor exactly
        result = imul(result, factor);
    }
    return result;
}

// perm(n, k): ordered arrangements of k of n items; perm(n) == n!.
inline int_t perm(int_t n, int_t k) {
    if (n < 0) throw ValueError("n must be a non-negative integer");
    if (k < 0) throw ValueError("k must be a non-negative integer");
    if (k > n) return 0;
    int_t result = 1;
    for (int_t i = n - k + 1; i <= n; ++i) result = imul(result, i);
    return result;
}

inline int_t perm(int_t n) { return perm(n, n); }

// fsum(iterable): the correctly rounded sum, by CPython's algorithm (Shewchuk's exact partials,
// then a half-even correction of the last rounding); infinities and NaNs as CPython: their sum,
// ValueError for inf + -inf, OverflowError when finite summands overflow.
template <class Iterable>
double fsum(const Iterable& iterable) {
    std::vector<double> partials;
    double special_sum = 0.0, inf_sum = 0.0;
    for (auto&& item : as_iterable(iterable)) {
        double x = static_cast<double>(item);
        const double xsave = x;
        std::size_t i = 0;
        for (std::size_t j = 0; j < partials.size(); ++j) {
            double y = partials[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            const double hi = x + y;
            const double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave)) throw OverflowError("intermediate overflow in fsum");
                if (std::isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) throw ValueError("-inf + inf in fsum");
        return special_sum;
    }
    double hi = 0.0;
    std::size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        double lo = 0.0;
        while (n > 0) {
            const double x = hi;
            const double y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        // Round half-even the way the exact sum would: the next partial decides a tie.
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            const double y = lo * 2.0;
            const double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return hi;
}

// prod(iterable, start=1): the product, left to right, in R (ints checked for overflow).
template <class R, class Iterable, class Start>
R prod(const Iterable& iterable, const Start& start) {
    R total = static_cast<R>(start);
    for (auto&& item : as_iterable(iterable)) {
        if constexpr (std::is_same_v<R, int_t>) total = imul(total, static_cast<int_t>(item));
        else total = total * static_cast<R>(item);
    }
    return total;
}

}  // namespace py::math
