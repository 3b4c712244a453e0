// Python's complex numbers: std::complex<double> values (so NumPy's complex128 arrays and Eigen
// hold the same type) with CPython's arithmetic where it differs from C++'s operators.
//
// + - and unary - are C++'s (component-wise, as CPython). `*` is the schoolbook product CPython
// computes (C++'s operator* may take C99's infinity-recovery path and give other values when
// both parts come out nan); `/` is Smith's algorithm with CPython's branches and its
// ZeroDivisionError; `**` takes CPython's two paths (repeated squaring for small integral
// exponents, polar form otherwise) and its errors. Generated code builds with -ffp-contract=off,
// so each formula rounds as CPython's C does.
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "py2cpp/complex_str.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/hash.hpp"

namespace py {

using complex_t = std::complex<double>;

// complex(real, imag) of two real numbers: the parts as given (signed zeros kept).
inline complex_t make_complex(double real = 0.0, double imag = 0.0) noexcept { return {real, imag}; }

// complex(str), CPython's grammar: optional whitespace and parentheses around "re", "imj",
// "re+imj" or "re-imj", each part a float literal as float() reads it (inf, nan, underscores), an
// imaginary part without digits meaning 1 ("1-j"); no spaces inside. ValueError otherwise.
inline complex_t complex_from_string(std::string_view text) {
    auto malformed = []() -> complex_t { throw ValueError("complex() arg is a malformed string"); };
    // Underscores (PEP 515) only between digits, checked first, as CPython does.
    std::string without_underscores;
    if (text.find('_') != std::string_view::npos) {
        for (std::size_t k = 0; k < text.size(); ++k) {
            if (text[k] != '_') {
                without_underscores += text[k];
            } else if (k == 0 || k + 1 == text.size() || !detail::is_digit(text[k - 1]) || !detail::is_digit(text[k + 1])) {
                std::string message = "could not convert string to complex: ";
                detail::append_quoted(message, text);
                throw ValueError(message);
            }
        }
        text = without_underscores;
    }
    std::string_view s = detail::strip_python_space(text);
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = detail::strip_python_space(s.substr(1, s.size() - 2));
    if (s.empty()) return malformed();
    auto part = [&](std::string_view p) {
        if (p.empty() || detail::strip_python_space(p).size() != p.size()) malformed();
        try {
            return to_float(p);
        } catch (const ValueError&) {
            malformed();
        }
        return 0.0;
    };
    auto imaginary = [&](std::string_view p) {  // "" "+" "-": a unit
        if (p.empty() || p == "+") return 1.0;
        if (p == "-") return -1.0;
        return part(p);
    };
    if (s.back() != 'j' && s.back() != 'J') return {part(s), 0.0};
    const std::string_view body = s.substr(0, s.size() - 1);
    // The sign that starts the imaginary part: the last + or - not at the start and not an exponent's.
    for (std::size_t k = body.size(); k-- > 1;)
        if ((body[k] == '+' || body[k] == '-') && body[k - 1] != 'e' && body[k - 1] != 'E')
            return {part(body.substr(0, k)), imaginary(body.substr(k))};
    return {0.0, imaginary(body)};
}

// complex(real, imag) where a part is complex: real + imag * 1j, as CPython combines them
// (real.real - imag.imag, imag.real + real.imag). A real part given with a complex one arrives
// converted (x + 0j), so a -0.0 there may come out as 0.0 where CPython keeps the sign.
inline complex_t complex_from_parts(const complex_t& real, const complex_t& imag) noexcept {
    return {real.real() - imag.imag(), imag.real() + real.imag()};
}

// a * b as CPython computes it.
inline complex_t complex_mul(const complex_t& a, const complex_t& b) noexcept {
    return {a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real()};
}

// a / b: ZeroDivisionError('complex division by zero') for b == 0.
inline complex_t truediv(const complex_t& a, const complex_t& b) {
    const double abs_real = std::fabs(b.real()), abs_imag = std::fabs(b.imag());
    if (abs_real >= abs_imag) {
        if (abs_real == 0.0) throw ZeroDivisionError("complex division by zero");
        const double ratio = b.imag() / b.real();
        const double denom = b.real() + b.imag() * ratio;
        return {(a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom};
    }
    if (abs_imag >= abs_real) {
        const double ratio = b.real() / b.imag();
        const double denom = b.real() * ratio + b.imag();
        return {(a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom};
    }
    // A part of b is nan.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
}

namespace detail {

// x ** n for n >= 0 by repeated squaring (CPython's path for small integral exponents).
inline complex_t complex_pow_unsigned(complex_t x, long n) noexcept {
    complex_t result{1.0, 0.0};
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) result = complex_mul(result, x);
        x = complex_mul(x, x);
    }
    return result;
}

}  // namespace detail

// a ** b with CPython's results and errors: ZeroDivisionError('0.0 to a negative or complex
// power') for 0 raised to a negative or complex power, OverflowError('complex exponentiation')
// when a part of the result is infinite.
inline complex_t pow(const complex_t& a, const complex_t& b) {
    complex_t result;
    const bool zero_base = a.real() == 0.0 && a.imag() == 0.0;
    if (b.imag() == 0.0 && b.real() == std::floor(b.real()) && std::fabs(b.real()) <= 100.0) {
        const long n = static_cast<long>(b.real());
        if (n >= 0) {
            result = detail::complex_pow_unsigned(a, n);
        } else {
            if (zero_base) throw ZeroDivisionError("0.0 to a negative or complex power");
            result = truediv(complex_t{1.0, 0.0}, detail::complex_pow_unsigned(a, -n));
        }
    } else if (b.real() == 0.0 && b.imag() == 0.0) {
        result = {1.0, 0.0};
    } else if (zero_base) {
        if (b.imag() != 0.0 || b.real() < 0.0) throw ZeroDivisionError("0.0 to a negative or complex power");
        result = {0.0, 0.0};
    } else {
        const double magnitude = std::hypot(a.real(), a.imag());
        const double angle = std::atan2(a.imag(), a.real());
        double length = std::pow(magnitude, b.real());
        double phase = angle * b.real();
        if (b.imag() != 0.0) {
            length /= std::exp(angle * b.imag());
            phase += b.imag() * std::log(magnitude);
        }
        result = {length * std::cos(phase), length * std::sin(phase)};
    }
    if (std::isinf(result.real()) || std::isinf(result.imag())) throw OverflowError("complex exponentiation");
    return result;
}

// abs(z): the modulus; OverflowError('absolute value too large') when it exceeds a float.
inline double abs(const complex_t& z) {
    if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) {
        // inf beats nan, as in CPython (abs(complex(inf, nan)) is inf).
        if (std::isinf(z.real()) || std::isinf(z.imag())) return std::numeric_limits<double>::infinity();
        return std::numeric_limits<double>::quiet_NaN();
    }
    const double result = std::hypot(z.real(), z.imag());
    if (std::isinf(result)) throw OverflowError("absolute value too large");
    return result;
}

// bool(z) is py::truthy (scalar.hpp) and hash(z) py::hash (hash.hpp): generic code finds them there.

// z == x for a complex and an int: exact, as CPython compares (no rounding of the int).
inline bool complex_equals(const complex_t& z, std::int64_t x) noexcept {
    if (z.imag() != 0.0 || !std::isfinite(z.real())) return false;
    // Within ±2**63 a double that equals an int64 converts to it exactly.
    if (!(z.real() >= -9223372036854775808.0 && z.real() < 9223372036854775808.0)) return false;
    return z.real() == std::trunc(z.real()) && static_cast<std::int64_t>(z.real()) == x;
}

}  // namespace py
