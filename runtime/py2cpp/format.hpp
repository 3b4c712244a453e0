// py2cpp runtime: Python's format-spec mini-language, for f-strings and format().
//
// f"{x:.3f}" becomes fmt::format("{}", py::format_value(x, ".3f")). The spec is Python's
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// and format_value() implements it for int, bool, float, str, None and tuples with CPython's
// rules: default alignment (numbers right, text left), '=' padding after the sign, the '0' flag,
// ',' and '_' grouping (also inside zero padding), '#' alternate forms, 'z' (no negative zero),
// '%', the types b c d o x X n e E f F g G s, and the precision-only float form ({x:.3}).
// Digit generation is delegated to fmt (correctly rounded, halves to even like CPython);
// everything Python decides differently from fmt (layout, signs, padding) is done here.
// Invalid specs raise ValueError with CPython's messages.
#pragma once

#include <charconv>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <fmt/format.h>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/str.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

namespace detail {

struct FormatSpec {
    std::string_view fill = " ";  // one code point
    char align = '\0';            // '<' '>' '^' '=' or none
    char sign = '\0';             // '+' '-' ' ' or none
    bool no_negative_zero = false;  // 'z'
    bool alternate = false;         // '#'
    std::size_t width = 0;
    char grouping = '\0';  // ',' or '_'
    int precision = -1;    // -1: not given
    char type = '\0';
};

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_format_error(const std::string& message) {
    throw ValueError(message);
}

// Parses a spec for an object whose default alignment is `default_align` and whose type code
// defaults to `default_type`; `type_name` is the Python type name used in error messages.
inline FormatSpec parse_format_spec(std::string_view spec, char default_align, char default_type,
                                    const char* type_name) {
    FormatSpec f;
    const std::size_t n = spec.size();
    std::size_t i = 0;
    auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    bool fill_given = false;
    if (n > 0) {
        const std::size_t first = decode_utf8(spec, 0).size;
        if (first < n && is_align(spec[first])) {
            f.fill = spec.substr(0, first);
            f.align = spec[first];
            fill_given = true;
            i = first + 1;
        } else if (is_align(spec[0])) {
            f.align = spec[0];
            i = 1;
        }
    }
    if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) f.sign = spec[i++];
    if (i < n && spec[i] == 'z') {
        f.no_negative_zero = true;
        ++i;
    }
    if (i < n && spec[i] == '#') {
        f.alternate = true;
        ++i;
    }
    if (!fill_given && i < n && spec[i] == '0') {  // the '0' flag: zero padding after the sign
        f.fill = "0";
        if (f.align == '\0' && default_align == '>') f.align = '=';
        ++i;
    }
    while (i < n && is_digit(spec[i])) f.width = f.width * 10 + static_cast<std::size_t>(spec[i++] - '0');
    if (i < n && (spec[i] == ',' || spec[i] == '_')) {
        f.grouping = spec[i++];
        if (i < n && (spec[i] == ',' || spec[i] == '_')) raise_format_error("Cannot specify both ',' and '_'.");
    }
    if (i < n && spec[i] == '.') {
        ++i;
        if (i == n || !is_digit(spec[i])) raise_format_error("Format specifier missing precision");
        f.precision = 0;
        while (i < n && is_digit(spec[i])) f.precision = f.precision * 10 + (spec[i++] - '0');
    }
    if (n - i > 1)
        raise_format_error(fmt::format("Invalid format specifier '{}' for object of type '{}'", spec, type_name));
    f.type = i < n ? spec[i] : default_type;
    if (f.grouping != '\0') {
        const std::string_view decimal_types("defgEFG%\0", 9);  // '\0': no type given
        const bool based = f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X';
        if (!(decimal_types.find(f.type) != std::string_view::npos || (based && f.grouping == '_')))
            raise_format_error(fmt::format("Cannot specify '{}' with '{}'.", f.grouping, f.type));
    }
    return f;
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_unknown_code(char type, const char* type_name) {
    raise_format_error(fmt::format("Unknown format code '{}' for object of type '{}'", type, type_name));
}

// `digits` with a separator every `size` digits from the right, zero-extended on the left until
// the result is at least `min_width` long (never starting with a separator), as CPython does.
inline std::string group_digits(std::string_view digits, char separator, std::size_t size, std::size_t min_width) {
    std::size_t count = digits.size();
    while (count + (count - 1) / size < min_width) ++count;
    std::string out;
    out.reserve(count + count / size);
    for (std::size_t k = 0; k < count; ++k) {
        if (k > 0 && (count - k) % size == 0) out += separator;
        const std::size_t pad = count - digits.size();
        out += k < pad ? '0' : digits[k - pad];
    }
    return out;
}

inline void append_fill(std::string& out, std::string_view fill, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k) out += fill;
}

// Pads text to the spec's width with its fill and alignment (`default_align` when none is given).
inline std::string pad(std::string text, const FormatSpec& f, char default_align) {
    const std::size_t length = count_code_points(text);
    if (f.width <= length) return text;
    const std::size_t n = f.width - length;
    const char align = f.align == '\0' ? default_align : f.align;
    std::string out;
    out.reserve(text.size() + n * f.fill.size());
    if (align == '<') {
        out = std::move(text);
        append_fill(out, f.fill, n);
    } else if (align == '^') {
        append_fill(out, f.fill, n / 2);
        out += text;
        append_fill(out, f.fill, n - n / 2);
    } else {
        append_fill(out, f.fill, n);
        out += text;
    }
    return out;
}

// Assembles a formatted number: sign and prefix ("0x"), then body whose first `int_digits`
// characters are the integer digits (grouped when the spec asks), then padding.
inline std::string finish_number(const FormatSpec& f, std::string_view sign, std::string_view prefix,
                                 std::string_view body, std::size_t int_digits, std::size_t group_size) {
    std::string_view integer = body.substr(0, int_digits);
    std::string_view tail = body.substr(int_digits);
    const bool zero_pad = f.fill == "0" && f.align == '=';
    std::string grouped;
    if (f.grouping != '\0' && int_digits > 0) {
        std::size_t min_width = 0;
        const std::size_t other = sign.size() + prefix.size() + count_code_points(tail);
        if (zero_pad && f.width > other) min_width = f.width - other;
        grouped = group_digits(integer, f.grouping, group_size, min_width);
        integer = grouped;
    }
    std::string text;
    text.reserve(sign.size() + prefix.size() + integer.size() + tail.size());
    text += sign;
    text += prefix;
    text += integer;
    text += tail;
    const std::size_t length = count_code_points(text);
    if (f.align != '=' || f.width <= length) return pad(std::move(text), f, '>');
    std::string out(sign);  // '=': the fill goes between the sign/prefix and the digits
    out += prefix;
    append_fill(out, f.fill, f.width - length);
    out += integer;
    out += tail;
    return out;
}

inline char sign_text(bool negative, char sign) {
    if (negative) return '-';
    if (sign == '+' || sign == ' ') return sign;
    return '\0';
}

inline void to_upper_ascii(std::string& s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
}

// Strips trailing zeros from the digit string (keeping one).
inline void strip_trailing_zeros(DecimalDigits& d) {
    while (d.count > 1 && d.digits[d.count - 1] == '0') --d.count;
}

// |x| rounded to `significant` digits (halves to even, exact), as digits and exponent.
inline DecimalDigits rounded_digits(double ax, int significant) {
    fmt::memory_buffer buffer;
    fmt::format_to(std::back_inserter(buffer), "{:.{}e}", ax, significant - 1);
    return parse_scientific(buffer.data(), buffer.data() + buffer.size());
}

inline std::string format_float(double x, const FormatSpec& f, const char* type_name) {
    const char type = f.type;
    if (std::string_view("eEfFgGn%", 8).find(type) == std::string_view::npos && type != '\0')
        raise_unknown_code(type, type_name);
    const bool upper = type == 'E' || type == 'F' || type == 'G';
    bool negative = std::signbit(x) && !std::isnan(x);
    const double ax = std::fabs(x);
    std::string body;
    if (!std::isfinite(x)) {
        body = std::isnan(x) ? "nan" : "inf";
        if (upper) to_upper_ascii(body);
        if (type == '%') body += '%';
        const char s = sign_text(negative, f.sign);
        return finish_number(f, std::string_view(&s, s ? 1 : 0), "", body, 0, 3);
    }
    const int precision = f.precision;
    switch (type) {
        case 'f':
        case 'F':
        case '%': {
            const int p = precision < 0 ? 6 : precision;
            body = fmt::format("{:.{}f}", type == '%' ? ax * 100.0 : ax, p);
            if (f.alternate && p == 0) body += '.';
            if (type == '%') body += '%';
            break;
        }
        case 'e':
        case 'E': {
            const int p = precision < 0 ? 6 : precision;
            body = fmt::format("{:.{}e}", ax, p);
            if (f.alternate && p == 0) body.insert(body.find('e'), ".");
            break;
        }
        case 'g':
        case 'G':
        case 'n': {
            const int p = precision < 0 ? 6 : (precision == 0 ? 1 : precision);
            DecimalDigits d = rounded_digits(ax, p);
            if (!f.alternate) strip_trailing_zeros(d);
            append_digits_layout(body, d, d.exponent < -4 || d.exponent >= p, 0, f.alternate);
            break;
        }
        default: {  // no type: repr, or with a precision 'g' that keeps a digit after the point
            if (precision < 0) {
                const DecimalDigits d = shortest_digits(ax);
                append_digits_layout(body, d, d.exponent < -4 || d.exponent >= 16, 1, f.alternate);
            } else {
                const int p = precision == 0 ? 1 : precision;
                DecimalDigits d = rounded_digits(ax, p);
                if (!f.alternate) strip_trailing_zeros(d);
                append_digits_layout(body, d, d.exponent < -4 || d.exponent >= p - 1, 1, f.alternate);
            }
            break;
        }
    }
    if (upper) to_upper_ascii(body);
    std::size_t int_digits = 0;
    while (int_digits < body.size() && is_digit(body[int_digits])) ++int_digits;
    if (negative && f.no_negative_zero) {
        const std::size_t mantissa_end = body.find_first_of("eE");
        const std::string_view mantissa = std::string_view(body).substr(0, mantissa_end);
        if (mantissa.find_first_of("123456789") == std::string_view::npos) negative = false;
    }
    const char s = sign_text(negative, f.sign);
    return finish_number(f, std::string_view(&s, s ? 1 : 0), "", body, int_digits, 3);
}

inline std::string format_int(int_t value, const FormatSpec& f, const char* type_name) {
    const char type = f.type;
    if (std::string_view("eEfFgG%").find(type) != std::string_view::npos)
        return format_float(static_cast<double>(value), f, type_name);
    if (std::string_view("bcdoxXn").find(type) == std::string_view::npos || type == '\0')
        raise_unknown_code(type, type_name);
    if (f.precision >= 0) raise_format_error("Precision not allowed in integer format specifier");
    if (f.no_negative_zero) raise_format_error("Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (f.sign != '\0') raise_format_error("Sign not allowed with integer format specifier 'c'");
        if (f.alternate) raise_format_error("Alternate form (#) not allowed with integer format specifier 'c'");
        if (value < 0 || value > 0x10FFFF) throw OverflowError("%c arg not in range(0x110000)");
        std::string body;
        append_utf8(body, static_cast<char32_t>(value));
        return finish_number(f, "", "", body, 0, 3);
    }
    const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    int base = 10;
    std::string_view prefix;
    switch (type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = 16; prefix = "0X"; break;
        default: break;
    }
    if (!f.alternate) prefix = {};
    char buffer[72];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, base);
    std::string body(buffer, result.ptr);
    if (type == 'X') to_upper_ascii(body);
    const char s = sign_text(value < 0, f.sign);
    return finish_number(f, std::string_view(&s, s ? 1 : 0), prefix, body, body.size(), base == 10 ? 3 : 4);
}

inline std::string format_text(std::string_view text, const FormatSpec& f) {
    if (f.type != 's') raise_unknown_code(f.type, "str");
    if (f.sign != '\0') raise_format_error("Sign not allowed in string format specifier");
    if (f.no_negative_zero) raise_format_error("Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) raise_format_error("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') raise_format_error("'=' alignment not allowed in string format specifier");
    if (f.precision >= 0) text = text.substr(0, code_point_prefix(text, static_cast<std::size_t>(f.precision)));
    return pad(std::string(text), f, '<');
}

// A complex number under a format spec, as CPython's complex.__format__: each part formatted as a
// float (the imaginary part always signed), then the whole "re+imj" padded as one. No type is
// str()-like: the real part left out when it is +0, parentheses otherwise, and with a precision
// the parts use 'g'. '=' alignment, zero padding and '%' are ValueErrors.
inline std::string format_complex(const std::complex<double>& z, std::string_view spec) {
    const FormatSpec f = parse_format_spec(spec, '>', '\0', "complex");
    if (f.align == '=' && f.fill == "0") raise_format_error("Zero padding is not allowed in complex format specifier");
    if (f.align == '=') raise_format_error("'=' alignment flag is not allowed in complex format specifier");
    if (std::string_view("eEfFgGn", 7).find(f.type) == std::string_view::npos && f.type != '\0') raise_unknown_code(f.type, "complex");
    const bool repr_like = f.type == '\0';
    const bool skip_real = repr_like && z.real() == 0.0 && !std::signbit(z.real());
    FormatSpec part = f;  // one part, unpadded
    part.fill = " ";
    part.align = '\0';
    part.width = 0;
    if (part.type == 'n') part.type = 'g';
    if (repr_like && f.precision >= 0) part.type = 'g';
    auto format_part = [&](double x, char sign) {
        FormatSpec p = part;
        p.sign = sign;
        if (repr_like && f.precision < 0) {  // repr of the part: shortest digits, no forced ".0"
            std::string body;
            const bool negative = std::signbit(x) && !std::isnan(x) &&
                                  !(f.no_negative_zero && x == 0.0);
            if (negative) body += '-';
            else if (sign == '+' || sign == ' ') body += sign;
            if (std::isnan(x)) body += "nan";
            else if (std::isinf(x)) body += "inf";
            else {
                const DecimalDigits d = shortest_digits(std::fabs(x));
                append_digits_layout(body, d, d.exponent < -4 || d.exponent >= 16, 0, f.alternate);
            }
            return body;
        }
        return format_float(x, p, "complex");
    };
    std::string text;
    if (!skip_real) text += format_part(z.real(), f.sign);
    text += format_part(z.imag(), skip_real ? f.sign : '+');
    text += 'j';
    if (repr_like && !skip_real) text = "(" + text + ")";
    return pad(std::move(text), f, '>');
}

}  // namespace detail

// format(x, spec) / f"{x:spec}": Python's rendering of x under a format spec; an empty spec is
// str(x). None and tuples accept only the empty spec (TypeError otherwise, as in Python).
template <class T>
std::string format_value(const T& x, std::string_view spec) {
    if (spec.empty()) return str(x);
    if constexpr (std::is_same_v<T, bool>) {
        return detail::format_int(x ? 1 : 0, detail::parse_format_spec(spec, '>', 'd', "bool"), "bool");
    } else if constexpr (std::is_integral_v<T>) {
        return detail::format_int(static_cast<int_t>(x), detail::parse_format_spec(spec, '>', 'd', "int"), "int");
    } else if constexpr (std::is_floating_point_v<T>) {
        return detail::format_float(static_cast<double>(x), detail::parse_format_spec(spec, '>', '\0', "float"),
                                    "float");
    } else if constexpr (std::is_same_v<T, std::complex<double>>) {
        return detail::format_complex(x, spec);
    } else if constexpr (std::is_same_v<T, std::complex<float>>) {  // an element of a complex64 array
        return detail::format_complex(std::complex<double>(x), spec);
    } else if constexpr (std::is_same_v<T, NoneType>) {
        throw TypeError("unsupported format string passed to NoneType.__format__");
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        return detail::format_text(std::string_view(x), detail::parse_format_spec(spec, '<', 's', "str"));
    } else if constexpr (detail::is_tuple_v<T>) {
        throw TypeError("unsupported format string passed to tuple.__format__");
    } else if constexpr (detail::is_object_ref_v<T>) {  // object.__format__: only the empty spec
        throw TypeError(std::string("unsupported format string passed to ") + T::element_type::py_name_ + ".__format__");
    } else {
        static_assert(detail::dependent_false_v<T>, "py::format_value: unsupported type");
    }
}

}  // namespace py
