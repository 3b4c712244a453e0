// Python's repr(complex) / str(complex) for std::complex<double>: the first piece of complex
// support (py2cpp issue 14). Not yet wired into append_str/print or the transpiler: see
// docs/ARCHITECTURE.md ("Complex numbers").
//
// CPython's rules (Objects/complexobject.c, complex_repr): both parts use the repr digits of a
// float but without the ".0" a float repr adds ("(1+2j)", not "(1.0+2.0j)"); when the real part
// is +0.0 only the imaginary part is written, without parentheses ("1j", "0j", "nanj"); otherwise
// "(re±imj)", the imaginary part always signed; a NaN never carries a sign ("(nan+nanj)" for
// negative NaNs too), while -0.0 does ("(-0-1j)").
#pragma once

#include <cmath>
#include <complex>
#include <string>

#include "py2cpp/str.hpp"

namespace py {

namespace detail {

// One part of a complex repr: float repr digits without the ".0" suffix; `with_sign` writes a
// '+' before non-negative values and NaN.
inline void append_complex_part(std::string& out, double x, bool with_sign) {
    if (std::isnan(x)) {
        out += with_sign ? "+nan" : "nan";
        return;
    }
    if (std::signbit(x)) {
        out += '-';
    } else if (with_sign) {
        out += '+';
    }
    if (std::isinf(x)) {
        out += "inf";
        return;
    }
    const DecimalDigits d = shortest_digits(x);
    append_digits_layout(out, d, d.exponent < -4 || d.exponent >= 16, 0, false);
}

}  // namespace detail

// Python's repr(z) (str(z) is the same), appended to out.
inline void append_complex_repr(std::string& out, const std::complex<double>& z) {
    const double re = z.real();
    if (re == 0.0 && !std::signbit(re)) {
        detail::append_complex_part(out, z.imag(), false);
        out += 'j';
        return;
    }
    out += '(';
    detail::append_complex_part(out, re, false);
    detail::append_complex_part(out, z.imag(), true);
    out += "j)";
}

inline std::string complex_repr(const std::complex<double>& z) {
    std::string out;
    append_complex_repr(out, z);
    return out;
}

}  // namespace py
