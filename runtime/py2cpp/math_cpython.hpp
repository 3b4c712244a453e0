// py2cpp runtime: the math functions CPython computes with its own algorithms instead of libm.
//
// CPython's math module calls the C library for most functions, but gamma, lgamma and hypot are
// its own code (Modules/mathmodule.c): gamma and lgamma use a Lanczos approximation (N = 13,
// g = 6.024680040776729583740234375, the parameters Boost also uses) written as a rational
// function, with the reflection formula for negative arguments; hypot uses a scaled,
// compensated sum of squares with a differential correction of the square root. libm's tgamma,
// lgamma and hypot give different last bits, so a compiled program would print other digits.
// This header follows the same published method step by step (same constants, same operation
// order, same libm calls for exp/pow/log/sin/cos), so results are bit-identical to CPython 3.11
// on the same libm. The arguments of the libm calls go through py::detail::opaque so that GCC
// does not fold them on constants with MPFR (see scalar.hpp).
//
// These functions only compute values and report the C99 error class the way CPython's helpers
// do (MathStatus); pymath.hpp turns a status into Python's ValueError/OverflowError.
#pragma once

#include <cmath>
#include <cstddef>

#include "py2cpp/scalar.hpp"

namespace py::math::detail {

// What CPython's helper leaves in errno: nothing, a domain error (ValueError) or a range error
// (OverflowError unless the result is small, which CPython treats as an ignorable underflow).
enum class MathStatus { ok, domain, range };

struct MathResult {
    double value;
    MathStatus status;
};

inline constexpr double kPi = 3.141592653589793238462643383279502884197;
inline constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// sin(pi * x) for finite x, exact at integers and half-integers: reduce |x| modulo 2, pick the
// quarter period, and evaluate sin or cos on an argument that is small there.
inline double sin_pi(double x) {
    const double y = std::fmod(std::fabs(x), 2.0);
    const int quarter = static_cast<int>(std::round(2.0 * y));  // 0..4
    double r = 0.0;
    switch (quarter) {
        case 0: r = std::sin(py::detail::opaque(kPi * y)); break;
        case 1: r = std::cos(py::detail::opaque(kPi * (y - 0.5))); break;
        case 2: r = std::sin(py::detail::opaque(kPi * (1.0 - y))); break;  // not -sin(pi*(y-1)): keeps +0.0 at y == 1
        case 3: r = -std::cos(py::detail::opaque(kPi * (y - 1.5))); break;
        default: r = std::sin(py::detail::opaque(kPi * (y - 2.0))); break;
    }
    return std::copysign(1.0, x) * r;
}

inline constexpr double kLanczosG = 6.024680040776729583740234375;
inline constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
inline constexpr int kLanczosN = 13;

// Numerator coefficients of the Lanczos sum as a rational function (published by CPython and
// Boost); the denominator is x (x+1) ... (x+11) expanded.
inline constexpr double kLanczosNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
inline constexpr double kLanczosDenominator[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                          45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                          1925.0,    66.0,       1.0};

// The Lanczos sum for x > 0. Below 5 both polynomials are evaluated by Horner's rule in x; above,
// numerator and denominator are scaled by x**-12 and evaluated in 1/x, which cannot overflow.
inline double lanczos_sum(double x) {
    double num = 0.0;
    double den = 0.0;
    if (x < 5.0) {
        for (int i = kLanczosN - 1; i >= 0; --i) {
            num = num * x + kLanczosNumerator[i];
            den = den * x + kLanczosDenominator[i];
        }
    } else {
        for (int i = 0; i < kLanczosN; ++i) {
            num = num / x + kLanczosNumerator[i];
            den = den / x + kLanczosDenominator[i];
        }
    }
    return num / den;
}

// gamma(n) for n = 1..23 is exact in double; CPython returns these table values.
inline double gamma_of_small_integer(int n) {
    double f = 1.0;
    for (int k = 2; k < n; ++k) f *= k;  // every partial product up to 22! is exact
    return f;
}

// CPython's gamma: special values, exact integers, 1/x for tiny |x|, overflow above 200,
// otherwise Lanczos' formula with a correction for the rounding error of x + g - 0.5 and the
// reflection formula for x < 0. pow is split in two square roots above 140 to avoid overflow
// in the intermediate.
inline MathResult tgamma(double x) {
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0.0) return {x, MathStatus::ok};
        return {std::numeric_limits<double>::quiet_NaN(), MathStatus::domain};
    }
    if (x == 0.0) return {std::copysign(HUGE_VAL, x), MathStatus::domain};
    if (x == std::floor(x)) {
        if (x < 0.0) return {std::numeric_limits<double>::quiet_NaN(), MathStatus::domain};
        if (x <= 23.0) return {gamma_of_small_integer(static_cast<int>(x)), MathStatus::ok};
    }
    const double absx = std::fabs(x);
    if (absx < 1e-20) {
        const double r = 1.0 / x;
        return {r, std::isinf(r) ? MathStatus::range : MathStatus::ok};
    }
    if (absx > 200.0) {
        if (x < 0.0) return {0.0 / sin_pi(x), MathStatus::ok};
        return {HUGE_VAL, MathStatus::range};
    }
    const double y = absx + kLanczosGMinusHalf;
    // z is the rounding error of y (computed - exact), scaled by g / y for the correction.
    double z = 0.0;
    if (absx > kLanczosGMinusHalf) {
        const double q = y - absx;
        z = q - kLanczosGMinusHalf;
    } else {
        const double q = y - kLanczosGMinusHalf;
        z = q - absx;
    }
    z = z * kLanczosG / y;
    const double yo = py::detail::opaque(y);
    double r = 0.0;
    if (x < 0.0) {
        r = -kPi / sin_pi(absx) / absx * std::exp(yo) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(yo, absx - 0.5);
        } else {
            const double half_power = std::pow(yo, absx / 2.0 - 0.25);
            r /= half_power;
            r /= half_power;
        }
    } else {
        r = lanczos_sum(absx) / std::exp(yo);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(yo, absx - 0.5);
        } else {
            const double half_power = std::pow(yo, absx / 2.0 - 0.25);
            r *= half_power;
            r *= half_power;
        }
    }
    return {r, std::isinf(r) ? MathStatus::range : MathStatus::ok};
}

// CPython's lgamma = log|gamma(x)|: inf at infinities, poles at 0 and the negative integers,
// exact 0 at 1 and 2, -log|x| for tiny |x|, otherwise the logarithm of Lanczos' formula (and the
// reflection formula for x < 0).
inline MathResult lgamma(double x) {
    if (!std::isfinite(x)) return {std::isnan(x) ? x : HUGE_VAL, MathStatus::ok};
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0.0) return {HUGE_VAL, MathStatus::domain};
        return {0.0, MathStatus::ok};
    }
    const double absx = std::fabs(x);
    if (absx < 1e-20) return {-std::log(py::detail::opaque(absx)), MathStatus::ok};
    double r = std::log(py::detail::opaque(lanczos_sum(absx))) - kLanczosG;
    r += (absx - 0.5) * (std::log(py::detail::opaque(absx + kLanczosG - 0.5)) - 1);
    if (x < 0.0)
        r = kLogPi - std::log(py::detail::opaque(std::fabs(sin_pi(absx)))) - std::log(py::detail::opaque(absx)) - r;
    return {r, std::isinf(r) ? MathStatus::range : MathStatus::ok};
}

// One step of compensated (Neumaier-style) summation where |sum| >= |x| is known: adds x to sum
// and the rounding error to err.
inline void add_compensated(double& sum, double& err, double x) {
    const double old = sum;
    sum += x;
    err += (old - sum) + x;
}

// Splits x (|x| < 1) into hi + lo with hi holding the upper 26 bits (Veltkamp-Dekker), so
// hi*hi and 2*hi*lo are exact products.
inline void split_half(double x, double& hi, double& lo) {
    constexpr double kSplitter = 134217729.0;  // 2**27 + 1
    const double t = x * kSplitter;
    hi = t - (t - x);
    lo = x - hi;
}

// CPython's vector_norm: sqrt of the sum of squares of the n values |v[i]|, where max is the
// largest of them and any NaN makes the result NaN (an infinity wins over NaN). The values are
// scaled by a power of two so the largest lies in [0.5, 1); each square is split into exact
// parts summed with separate compensation (the sum starts at 1.0, so every addend is smaller);
// the square root gets one differential correction step. Below the normal range (max_e < -1023)
// the values are divided by max instead.
inline double vector_norm(std::size_t n, const double* v, double max, bool found_nan) {
    if (std::isinf(max)) return max;
    if (found_nan) return std::numeric_limits<double>::quiet_NaN();
    if (max == 0.0 || n <= 1) return max;
    int max_e = 0;
    std::frexp(max, &max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    if (max_e < -1023) {
        for (std::size_t i = 0; i < n; ++i) {
            const double x = v[i] / max;
            add_compensated(csum, frac1, x * x);
        }
        return max * std::sqrt(csum - 1.0 + frac1);
    }
    const double scale = std::ldexp(1.0, -max_e);
    for (std::size_t i = 0; i < n; ++i) {
        double hi = 0.0, lo = 0.0;
        split_half(v[i] * scale, hi, lo);
        add_compensated(csum, frac1, hi * hi);
        add_compensated(csum, frac2, 2.0 * hi * lo);
        frac3 += lo * lo;  // below half an ulp of csum: accumulated apart
    }
    const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Differential correction: subtract h*h exactly from the sum, then h + residual / (2h).
    double hi = 0.0, lo = 0.0;
    split_half(h, hi, lo);
    add_compensated(csum, frac1, -hi * hi);
    add_compensated(csum, frac2, -2.0 * hi * lo);
    add_compensated(csum, frac3, -lo * lo);
    const double residual = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + residual / (2.0 * h)) / scale;
}

}  // namespace py::math::detail
