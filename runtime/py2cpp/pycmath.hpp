// Python's cmath module (py::cmath): complex functions with CPython's results.
//
// For finite arguments each function evaluates the formula CPython's cmath uses (the stable
// forms from Kahan's "Branch cuts for complex elementary functions": sqrt by scaled hypot, log
// by log1p near the unit circle, the inverse functions through two square roots), with the same
// libm calls in the same order, so results agree with CPython's to the bit on the same libm.
// Infinite and nan parts follow C99's Annex G (std:: functions), which CPython's special-value
// tables also follow. Errors as CPython raises them: ValueError('math domain error') at the
// poles (log(0), atanh(±1)), OverflowError('math range error') when a finite argument's result
// overflows (exp, sinh, cosh).
#pragma once

#include <cfloat>
#include <cmath>
#include <complex>
#include <limits>
#include <tuple>

#include "py2cpp/complex.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/pymath.hpp"

namespace py::cmath {

// cmath's real constants are math's.
using py::math::e;
using py::math::inf;
using py::math::nan;
using py::math::pi;
using py::math::tau;
inline const complex_t infj{0.0, std::numeric_limits<double>::infinity()};
inline const complex_t nanj{0.0, std::numeric_limits<double>::quiet_NaN()};

namespace detail {

inline constexpr double large_double = DBL_MAX / 4.0;  // beyond it, hypot and squares may overflow
inline const double sqrt_large_double = std::sqrt(large_double);
inline const double log_large_double = std::log(large_double);
inline const double sqrt_dbl_min = std::sqrt(DBL_MIN);
inline constexpr double ln2 = 0.6931471805599453;
inline constexpr double ln10 = 2.302585092994046;

inline bool finite(const complex_t& z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

// The math module's errors: ValueError('math domain error'), OverflowError('math range error').
[[noreturn]] inline void domain_error() { py::math::detail::raise_domain_error(); }
[[noreturn]] inline void range_error() { py::math::detail::raise_range_error(); }

inline complex_t check_overflow(const complex_t& r) {
    if (std::isinf(r.real()) || std::isinf(r.imag())) range_error();
    return r;
}

}  // namespace detail

inline complex_t sqrt(const complex_t& z) {
    if (!detail::finite(z)) return std::sqrt(z);
    if (z.real() == 0.0 && z.imag() == 0.0) return {0.0, z.imag()};
    double ax = std::fabs(z.real());
    const double ay = std::fabs(z.imag());
    double s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // Subnormal parts: scale up by 2**53 and back by 2**-27 (exact), so hypot keeps precision.
        ax = std::ldexp(ax, 53);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
    }
    const double d = ay / (2.0 * s);
    if (z.real() >= 0.0) return {s, std::copysign(d, z.imag())};
    return {d, std::copysign(s, z.imag())};
}

inline complex_t exp(const complex_t& z) {
    if (!detail::finite(z)) {
        // CPython: a domain error for an infinite imaginary part, unless the real part is -inf or nan.
        if (std::isinf(z.imag()) && (std::isfinite(z.real()) || (std::isinf(z.real()) && z.real() > 0))) detail::domain_error();
        return std::exp(z);
    }
    const double x = z.real(), y = z.imag();
    if (x > detail::log_large_double) {
        const double l = std::exp(x - 1.0);
        return detail::check_overflow({l * std::cos(y) * e, l * std::sin(y) * e});
    }
    const double l = std::exp(x);
    return detail::check_overflow({l * std::cos(y), l * std::sin(y)});
}

inline complex_t log(const complex_t& z) {
    if (!detail::finite(z)) return std::log(z);
    const double ax = std::fabs(z.real()), ay = std::fabs(z.imag());
    double real;
    if (ax > detail::large_double || ay > detail::large_double) {
        real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + detail::ln2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0) detail::domain_error();
        real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * detail::ln2;
    } else {
        const double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            const double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            real = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            real = std::log(h);
        }
    }
    return {real, std::atan2(z.imag(), z.real())};
}

// cmath.log(z, base): log(z) / log(base).
inline complex_t log(const complex_t& z, const complex_t& base) {
    const complex_t denominator = log(base);
    if (denominator.real() == 0.0 && denominator.imag() == 0.0) throw ZeroDivisionError("complex division by zero");
    return truediv(log(z), denominator);
}

inline complex_t log10(const complex_t& z) {
    const complex_t r = log(z);
    return {r.real() / detail::ln10, r.imag() / detail::ln10};
}

inline complex_t sinh(const complex_t& z) {
    if (!detail::finite(z)) {
        if (std::isinf(z.imag()) && !std::isnan(z.real())) detail::domain_error();  // as CPython
        return std::sinh(z);
    }
    const double x = z.real(), y = z.imag();
    if (std::fabs(x) > detail::log_large_double) {
        const double shifted = x - std::copysign(1.0, x);
        return detail::check_overflow({std::cos(y) * std::sinh(shifted) * e, std::sin(y) * std::cosh(shifted) * e});
    }
    return detail::check_overflow({std::cos(y) * std::sinh(x), std::sin(y) * std::cosh(x)});
}

inline complex_t cosh(const complex_t& z) {
    if (!detail::finite(z)) {
        if (std::isinf(z.imag()) && !std::isnan(z.real())) detail::domain_error();  // as CPython
        return std::cosh(z);
    }
    const double x = z.real(), y = z.imag();
    if (std::fabs(x) > detail::log_large_double) {
        const double shifted = x - std::copysign(1.0, x);
        return detail::check_overflow({std::cos(y) * std::cosh(shifted) * e, std::sin(y) * std::sinh(shifted) * e});
    }
    return detail::check_overflow({std::cos(y) * std::cosh(x), std::sin(y) * std::sinh(x)});
}

inline complex_t tanh(const complex_t& z) {
    if (!detail::finite(z)) {
        if (std::isinf(z.imag()) && std::isfinite(z.real())) detail::domain_error();  // as CPython
        return std::tanh(z);
    }
    const double x = z.real(), y = z.imag();
    if (std::fabs(x) > detail::log_large_double)
        return {std::copysign(1.0, x), 4.0 * std::sin(y) * std::cos(y) * std::exp(-2.0 * std::fabs(x))};
    const double tx = std::tanh(x), ty = std::tan(y), cx = 1.0 / std::cosh(x);
    const double txty = tx * ty;
    const double denom = 1.0 + txty * txty;
    return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

// sin, cos, tan through their hyperbolic twins: sin(z) = -i sinh(iz), cos(z) = cosh(iz), tan(z) = -i tanh(iz).
inline complex_t sin(const complex_t& z) {
    const complex_t r = sinh(complex_t{-z.imag(), z.real()});
    return {r.imag(), -r.real()};
}
inline complex_t cos(const complex_t& z) { return cosh(complex_t{-z.imag(), z.real()}); }
inline complex_t tan(const complex_t& z) {
    const complex_t r = tanh(complex_t{-z.imag(), z.real()});
    return {r.imag(), -r.real()};
}

namespace detail {

// log|z| + log 4 for |z| near the top of the double range (halved first: hypot cannot overflow).
inline double log_large_modulus(const complex_t& z) { return std::log(std::hypot(z.real() / 2.0, z.imag() / 2.0)) + ln2 * 2.0; }

inline bool large(const complex_t& z) { return std::fabs(z.real()) > large_double || std::fabs(z.imag()) > large_double; }

}  // namespace detail

inline complex_t asinh(const complex_t& z) {
    if (!detail::finite(z)) return std::asinh(z);
    if (detail::large(z)) {
        const double real = z.imag() >= 0.0 ? std::copysign(detail::log_large_modulus(z), z.real())
                                            : -std::copysign(detail::log_large_modulus(z), -z.real());
        return {real, std::atan2(z.imag(), std::fabs(z.real()))};
    }
    const complex_t s1 = sqrt(complex_t{1.0 + z.imag(), -z.real()});
    const complex_t s2 = sqrt(complex_t{1.0 - z.imag(), z.real()});
    return {std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag()), std::atan2(z.imag(), s1.real() * s2.real() - s1.imag() * s2.imag())};
}

inline complex_t asin(const complex_t& z) {
    const complex_t s = asinh(complex_t{-z.imag(), z.real()});
    return {s.imag(), -s.real()};
}

inline complex_t acos(const complex_t& z) {
    if (!detail::finite(z)) return std::acos(z);
    if (detail::large(z)) {
        const double imag = z.real() < 0.0 ? -std::copysign(detail::log_large_modulus(z), z.imag())
                                           : std::copysign(detail::log_large_modulus(z), -z.imag());
        return {std::atan2(std::fabs(z.imag()), z.real()), imag};
    }
    const complex_t s1 = sqrt(complex_t{1.0 - z.real(), -z.imag()});
    const complex_t s2 = sqrt(complex_t{1.0 + z.real(), z.imag()});
    return {2.0 * std::atan2(s1.real(), s2.real()), std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real())};
}

inline complex_t acosh(const complex_t& z) {
    if (!detail::finite(z)) return std::acosh(z);
    if (detail::large(z)) return {detail::log_large_modulus(z), std::atan2(z.imag(), z.real())};
    const complex_t s1 = sqrt(complex_t{z.real() - 1.0, z.imag()});
    const complex_t s2 = sqrt(complex_t{z.real() + 1.0, z.imag()});
    return {std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag()), 2.0 * std::atan2(s1.imag(), s2.real())};
}

inline complex_t atanh(const complex_t& z) {
    if (!detail::finite(z)) return std::atanh(z);
    if (z.real() < 0.0) {  // odd: atanh(-z) = -atanh(z), which keeps the formula below on x >= 0
        const complex_t r = atanh(complex_t{-z.real(), -z.imag()});
        return {-r.real(), -r.imag()};
    }
    const double x = z.real(), ay = std::fabs(z.imag());
    if (x > detail::sqrt_large_double || ay > detail::sqrt_large_double) {
        const double h = std::hypot(x / 2.0, z.imag() / 2.0);  // cannot overflow
        return {x / 4.0 / h / h, -std::copysign(pi / 2.0, -z.imag())};
    }
    if (x == 1.0 && ay < detail::sqrt_dbl_min) {
        if (ay == 0.0) detail::domain_error();
        return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))), std::copysign(std::atan2(2.0, -ay) / 2.0, z.imag())};
    }
    return {std::log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -std::atan2(-2.0 * z.imag(), (1 - x) * (1 + x) - ay * ay) / 2.0};
}

inline complex_t atan(const complex_t& z) {
    const complex_t s = atanh(complex_t{-z.imag(), z.real()});
    return {s.imag(), -s.real()};
}

inline double phase(const complex_t& z) { return std::atan2(z.imag(), z.real()); }

// polar(z) -> (abs(z), phase(z)).
inline std::tuple<double, double> polar(const complex_t& z) { return {py::abs(z), phase(z)}; }

// rect(r, phi) -> r * (cos(phi) + i sin(phi)).
// ValueError('math domain error') for a nonzero r with an infinite phi, as CPython.
inline complex_t rect(double r, double phi) {
    if (std::isfinite(r) && std::isfinite(phi)) {
        if (phi == 0.0) return {r, r * phi};
        return {r * std::cos(phi), r * std::sin(phi)};
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) detail::domain_error();
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {  // an infinite modulus: the signs of cos and sin
        const double sign = r > 0 ? 1.0 : -1.0;
        return {sign * std::copysign(inf, std::cos(phi)), sign * std::copysign(inf, std::sin(phi))};
    }
    const double nan_ = std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(r) && phi == 0.0) return {r, r > 0 ? phi : -phi};
    if (std::isinf(r)) return {inf, nan_};           // phi is nan
    if (r == 0.0) return {0.0, 0.0};                 // a zero modulus, phi infinite or nan
    if (phi == 0.0) return {nan_, 0.0};              // r is nan
    return {nan_, nan_};
}

inline bool isfinite(const complex_t& z) { return detail::finite(z); }
inline bool isinf(const complex_t& z) { return std::isinf(z.real()) || std::isinf(z.imag()); }
inline bool isnan(const complex_t& z) { return std::isnan(z.real()) || std::isnan(z.imag()); }

// cmath.isclose(a, b, rel_tol=1e-09, abs_tol=0.0), with math.isclose's rules on |a - b|.
inline bool isclose(const complex_t& a, const complex_t& b, double rel_tol = 1e-09, double abs_tol = 0.0) {
    if (rel_tol < 0.0 || abs_tol < 0.0) throw ValueError("tolerances must be non-negative");
    if (a == b) return true;
    if (isinf(a) || isinf(b)) return false;
    const double diff = std::hypot(a.real() - b.real(), a.imag() - b.imag());
    return (diff <= rel_tol * std::hypot(b.real(), b.imag())) || (diff <= rel_tol * std::hypot(a.real(), a.imag())) || diff <= abs_tol;
}

}  // namespace py::cmath
