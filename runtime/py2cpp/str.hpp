// py2cpp runtime: Python's str() and repr() of scalars and tuples, len() and concatenation of str.
//
// Programs are validated by comparing their printed output with CPython's, so text conversion
// must match the interpreter character for character. The subtle part is float repr: Python
// prints the shortest digit string that reads back as the same float (0.1, 0.30000000000000004)
// and lays it out with its own rules (1e+16, 1e-05, 100.0, -0.0, inf, nan). The digits come from
// std::to_chars (shortest round-trip); the layout is done here.
//
// str(x) and repr(x) accept bool, any integer type, float and double, std::string / string_view /
// string literals, py::NoneType and std::tuple of those. They differ only for strings: str()
// is the text itself, repr() the quoted, escaped form (used inside tuples, as Python does).
#pragma once

#include <charconv>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

// type(x).__name__ of a value whose class the transpiler knows, where x still runs for its effects.
template <class T>
std::string named_type(const T&, std::string name) {
    return name;
}

// An object of a class of the translated module: a shared reference, as Python's variables are.
// The class is a struct with static methods (`Point::norm(p)`) and `py_name_`, its Python name.
template <class T>
using ref = std::shared_ptr<T>;

// isinstance(x, D) for an object held as a base class's (the root of a hierarchy is polymorphic).
template <class D, class B>
bool isinstance(const std::shared_ptr<B>& x) noexcept {
    return dynamic_cast<const D*>(x.get()) != nullptr;
}

namespace detail {

template <class T>
inline constexpr bool is_object_ref_v = false;
template <class T>
inline constexpr bool is_object_ref_v<std::shared_ptr<T>> = true;

// repr(obj): the class's __repr__ (`T::repr_`), else CPython's default <__main__.T object at 0x...>.
template <class T>
void append_object_repr(std::string& out, const std::shared_ptr<T>& x) {
    if (!x) {  // a field or variable that may be None (Optional) and is
        out += "None";
        return;
    }
    if constexpr (requires { x->args_size(); }) {
        out += x->repr();  // an exception object: repr() is its class's __repr__, or ClassName(args...)
    } else if constexpr (requires { T::repr_(x); }) {
        out += T::repr_(x);
    } else {
        out += "<__main__.";
        out += T::py_name_;
        out += " object at 0x";
        char buffer[2 * sizeof(std::uintptr_t) + 1];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, reinterpret_cast<std::uintptr_t>(x.get()), 16);
        out.append(buffer, result.ptr);
        out += '>';
    }
}

// str(obj): __str__ (`T::str_`), else repr(obj), as object.__str__ does.
template <class T>
void append_object_str(std::string& out, const std::shared_ptr<T>& x) {
    if (!x) out += "None";
    else if constexpr (requires { x->args_size(); }) out += x->message();  // an exception: __str__, or from its args
    else if constexpr (requires { T::str_(x); }) out += T::str_(x);
    else append_object_repr(out, x);
}

// A finite double as decimal digits d0.d1d2... x 10^exponent (sign not included).
struct DecimalDigits {
    char digits[32];
    int count = 0;
    int exponent = 0;
};

// Parses the output of to_chars / fmt in scientific form, "d[.ddd]e[+-]xx", into DecimalDigits.
inline DecimalDigits parse_scientific(const char* first, const char* last) {
    DecimalDigits d;
    const char* p = first;
    for (; p != last && *p != 'e'; ++p)
        if (*p != '.') d.digits[d.count++] = *p;
    if (p != last) {
        ++p;  // 'e'
        const bool negative = *p == '-';
        ++p;
        int e = 0;
        for (; p != last; ++p) e = e * 10 + (*p - '0');
        d.exponent = negative ? -e : e;
    }
    return d;
}

// The shortest digits that round-trip to |x| (x finite); the closest such string when there are
// several, as Python's repr chooses.
inline DecimalDigits shortest_digits(double x) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(x), std::chars_format::scientific);
    return parse_scientific(buffer, result.ptr);
}

inline void append_exponent(std::string& out, int exponent) {
    out += exponent < 0 ? "e-" : "e+";
    const int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out += '0';
    char buffer[8];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, magnitude);
    out.append(buffer, result.ptr);
}

// Lays out digits like Python's float formatting: scientific notation "d.ddde+XX" when
// `scientific`, otherwise positional notation with zeros added as needed. `min_frac_digits`
// pads the positional form with zeros after the point ("1.0" for repr); `force_point` keeps a
// point even with no digit after it ("1." for the # flag).
inline void append_digits_layout(std::string& out, const DecimalDigits& d, bool scientific, int min_frac_digits,
                                 bool force_point) {
    if (scientific) {
        out += d.digits[0];
        if (d.count > 1 || force_point) out += '.';
        out.append(d.digits + 1, static_cast<std::size_t>(d.count - 1));
        append_exponent(out, d.exponent);
        return;
    }
    const int point = d.exponent + 1;  // digits before the decimal point
    int frac_digits = 0;
    if (point <= 0) {
        out += '0';
        out += '.';
        out.append(static_cast<std::size_t>(-point), '0');
        out.append(d.digits, static_cast<std::size_t>(d.count));
        frac_digits = d.count - point;
    } else if (point >= d.count) {
        out.append(d.digits, static_cast<std::size_t>(d.count));
        out.append(static_cast<std::size_t>(point - d.count), '0');
        if (min_frac_digits > 0 || force_point) out += '.';
    } else {
        out.append(d.digits, static_cast<std::size_t>(point));
        out += '.';
        out.append(d.digits + point, static_cast<std::size_t>(d.count - point));
        frac_digits = d.count - point;
    }
    if (frac_digits < min_frac_digits) out.append(static_cast<std::size_t>(min_frac_digits - frac_digits), '0');
}

// Python's repr(float) / str(float).
inline void append_float_repr(std::string& out, double x) {
    if (std::isnan(x)) {
        out += "nan";
        return;
    }
    if (std::isinf(x)) {
        out += x > 0 ? "inf" : "-inf";
        return;
    }
    if (std::signbit(x)) out += '-';
    const DecimalDigits d = shortest_digits(x);
    append_digits_layout(out, d, d.exponent < -4 || d.exponent >= 16, 1, false);
}

inline void append_int(std::string& out, int_t value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

template <class T>
void append_repr(std::string& out, const T& x);

}  // namespace detail

// repr(z) of a complex number (complex_str.hpp).
void append_complex_repr(std::string& out, const std::complex<double>& z);

namespace detail {

template <class Tuple, std::size_t... I>
void append_tuple_repr(std::string& out, const Tuple& t, std::index_sequence<I...>) {
    out += '(';
    ((out += (I == 0 ? "" : ", "), append_repr(out, std::get<I>(t))), ...);
    if (sizeof...(I) == 1) out += ',';
    out += ')';
}

// Python's str(x), appended to out.
template <class T>
void append_str(std::string& out, const T& x) {
    if constexpr (std::is_same_v<T, bool>) {
        out += x ? "True" : "False";
    } else if constexpr (std::is_integral_v<T>) {
        append_int(out, static_cast<int_t>(x));
    } else if constexpr (std::is_floating_point_v<T>) {
        append_float_repr(out, static_cast<double>(x));
    } else if constexpr (std::is_same_v<T, std::complex<double>>) {
        append_complex_repr(out, x);
    } else if constexpr (std::is_same_v<T, std::complex<float>>) {  // an element of a complex64 array: a Python complex
        append_complex_repr(out, std::complex<double>(x));
    } else if constexpr (std::is_same_v<T, NoneType>) {
        out += "None";
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        out += std::string_view(x);
    } else if constexpr (is_tuple_v<T>) {
        append_tuple_repr(out, x, std::make_index_sequence<std::tuple_size_v<T>>{});
    } else if constexpr (requires(std::string& o) { x.append_str_to(o); }) {
        x.append_str_to(out);  // runtime types print themselves (py::CaughtException, ...)
    } else if constexpr (is_object_ref_v<T>) {
        append_object_str(out, x);
    } else {
        static_assert(dependent_false_v<T>, "py::str: unsupported type");
    }
}

// Python's repr(x), appended to out.
template <class T>
void append_repr(std::string& out, const T& x) {
    if constexpr (std::is_convertible_v<const T&, std::string_view> && !std::is_same_v<T, NoneType>) {
        append_quoted(out, std::string_view(x));
    } else if constexpr (requires(std::string& o) { x.append_repr_to(o); }) {
        x.append_repr_to(out);
    } else if constexpr (is_object_ref_v<T>) {
        append_object_repr(out, x);
    } else {
        append_str(out, x);
    }
}

}  // namespace detail

// bool(obj): __bool__ (`T::bool_`), else __len__() != 0, else true, as Python decides.
template <class T>
bool truthy(const std::shared_ptr<T>& x) {
    if (!x) return false;  // None
    if constexpr (requires { T::bool_(x); }) return T::bool_(x);
    else if constexpr (requires { T::len_(x); }) return T::len_(x) != 0;
    else return true;
}

// Python's str(x).
template <class T>
std::string str(const T& x) {
    std::string out;
    detail::append_str(out, x);
    return out;
}

// Python's repr(x).
template <class T>
std::string repr(const T& x) {
    std::string out;
    detail::append_repr(out, x);
    return out;
}

// len(s) of a str: the number of code points of the UTF-8 text.
inline int_t len(std::string_view s) noexcept { return static_cast<int_t>(detail::count_code_points(s)); }

// a + b for two str values.
inline std::string str_concat(std::string_view a, std::string_view b) {
    std::string out;
    out.reserve(a.size() + b.size());
    out += a;
    out += b;
    return out;
}

}  // namespace py
