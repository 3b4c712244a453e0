// py2cpp runtime: printf-style formatting, Python's `format % values` on str.
//
// "%8.3f" % x becomes py::percent_format("%8.3f", x); "%s=%d" % (k, v) passes the tuple. As in
// CPython, a tuple on the right supplies one value per conversion (and must be used up), any
// other value is the single value. Conversions: d i u o x X e E f F g G c s r a and %%, flags
// - + space # 0, width and precision (also `*`, taken from the values), length modifiers h l L
// (ignored, as Python does). Numbers are rendered by format.hpp's format_int/format_float (the
// digits of format()); the layout rules that differ from format() are here: strings are
// right-aligned, the precision of an integer conversion is a minimum digit count, `%d` of a float
// truncates, the 0 flag pads non-finite floats too. Errors are CPython's classes and messages.
// `%(name)s` needs a dict, which py2cpp does not have yet: it raises Python's TypeError.
#pragma once

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include <fmt/format.h>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/format.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/str.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

namespace detail {

// One value on the right of `%`, seen through what the conversions need of it.
struct PercentArg {
    enum class Kind { Int, Float, Str, Other };
    Kind kind = Kind::Other;
    int_t integer = 0;
    double real = 0.0;
    std::string_view text;  // Kind::Str
    const char* type_name = "object";
    const void* object = nullptr;
    std::string (*to_str)(const void*) = nullptr;
    std::string (*to_repr)(const void*) = nullptr;
};

template <class T>
struct is_py_list : std::false_type {};
template <class T>
struct is_py_list<list<T>> : std::true_type {};

template <class T>
constexpr const char* percent_type_name() {
    if constexpr (std::is_same_v<T, bool>) return "bool";
    else if constexpr (std::is_integral_v<T>) return "int";
    else if constexpr (std::is_floating_point_v<T>) return "float";
    else if constexpr (std::is_same_v<T, std::complex<double>> || std::is_same_v<T, std::complex<float>>) return "complex";
    else if constexpr (std::is_same_v<T, NoneType>) return "NoneType";
    else if constexpr (std::is_convertible_v<const T&, std::string_view>) return "str";
    else if constexpr (is_tuple_v<T>) return "tuple";
    else if constexpr (is_py_list<T>::value) return "list";
    else if constexpr (is_object_ref_v<T>) return T::element_type::py_name_;  // an object of the module's classes
    else return "object";
}

template <class T>
PercentArg percent_arg(const T& x) {
    PercentArg a;
    a.type_name = percent_type_name<T>();
    a.object = &x;
    a.to_str = [](const void* p) { return py::str(*static_cast<const T*>(p)); };
    a.to_repr = [](const void* p) { return py::repr(*static_cast<const T*>(p)); };
    if constexpr (std::is_integral_v<T>) {  // bool too: Python's bool is an int
        a.kind = PercentArg::Kind::Int;
        a.integer = static_cast<int_t>(x);
    } else if constexpr (std::is_floating_point_v<T>) {
        a.kind = PercentArg::Kind::Float;
        a.real = static_cast<double>(x);
    } else if constexpr (std::is_convertible_v<const T&, std::string_view> && !std::is_same_v<T, NoneType>) {
        a.kind = PercentArg::Kind::Str;
        a.text = std::string_view(x);
    }
    return a;
}

// ascii(x): repr(x) with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh).
inline std::string ascii_escaped(std::string_view repr_text) {
    std::string out;
    std::size_t i = 0;
    while (i < repr_text.size()) {
        const auto byte = static_cast<unsigned char>(repr_text[i]);
        if (byte < 0x80) {
            out += repr_text[i++];
            continue;
        }
        const std::size_t next = i + code_point_prefix(repr_text.substr(i), 1);
        char32_t cp = 0;
        const int length = static_cast<int>(next - i);
        cp = byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (std::size_t k = i + 1; k < next; ++k) cp = (cp << 6) | (static_cast<unsigned char>(repr_text[k]) & 0x3F);
        if (cp <= 0xFF) out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
        else if (cp <= 0xFFFF) out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
        else out += fmt::format("\\U{:08x}", static_cast<unsigned>(cp));
        i = next;
    }
    return out;
}

struct PercentSpec {
    bool left = false, plus = false, blank = false, alternate = false, zero = false;
    std::size_t width = 0;
    int precision = -1;
};

// sign + prefix + body padded to the width: spaces before (or after, with '-'), or zeros between
// the prefix and the body with the 0 flag.
inline void append_padded(std::string& out, const PercentSpec& s, std::string_view sign, std::string_view prefix,
                          std::string_view body, bool numeric) {
    const std::size_t length = count_code_points(sign) + count_code_points(prefix) + count_code_points(body);
    const std::size_t fill = s.width > length ? s.width - length : 0;
    if (fill == 0 || s.left) {
        out += sign;
        out += prefix;
        out += body;
        out.append(fill, ' ');
    } else if (s.zero && numeric) {
        out += sign;
        out += prefix;
        out.append(fill, '0');
        out += body;
    } else {
        out.append(fill, ' ');
        out += sign;
        out += prefix;
        out += body;
    }
}

inline std::string_view percent_sign(bool negative, const PercentSpec& s) {
    return negative ? "-" : s.plus ? "+" : s.blank ? " " : "";
}

// %d %i %u %o %x %X of an integer value (digits of its magnitude, as a string).
inline void append_integer(std::string& out, const PercentSpec& s, char type, bool negative, std::string digits) {
    std::string_view prefix;
    if (s.alternate && type == 'o') prefix = "0o";
    if (s.alternate && type == 'x') prefix = "0x";
    if (s.alternate && type == 'X') prefix = "0X";
    if (s.precision > 0 && digits.size() < static_cast<std::size_t>(s.precision))
        digits.insert(0, static_cast<std::size_t>(s.precision) - digits.size(), '0');
    append_padded(out, s, percent_sign(negative, s), prefix, digits, true);
}

inline void append_integer_conversion(std::string& out, const PercentSpec& s, char type, const PercentArg& a) {
    const bool hex_or_octal = type == 'o' || type == 'x' || type == 'X';
    if (a.kind == PercentArg::Kind::Float && !hex_or_octal) {  // %d of a float: int(x), digits exact
        const double x = a.real;
        if (std::isnan(x)) throw ValueError("cannot convert float NaN to integer");
        if (std::isinf(x)) throw OverflowError("cannot convert float infinity to integer");
        const double whole = std::trunc(x);
        append_integer(out, s, type, whole < 0, fmt::format("{:.0f}", std::fabs(whole)));
        return;
    }
    if (a.kind != PercentArg::Kind::Int)
        throw TypeError(fmt::format("%{} format: {} is required, not {}", type, hex_or_octal ? "an integer" : "a real number",
                                    a.type_name));
    const std::uint64_t magnitude =
        a.integer < 0 ? 0 - static_cast<std::uint64_t>(a.integer) : static_cast<std::uint64_t>(a.integer);
    std::string digits = type == 'o' ? fmt::format("{:o}", magnitude)
                         : type == 'x' ? fmt::format("{:x}", magnitude)
                         : type == 'X' ? fmt::format("{:X}", magnitude)
                                       : fmt::format("{}", magnitude);
    append_integer(out, s, type, a.integer < 0, std::move(digits));
}

inline void append_float_conversion(std::string& out, const PercentSpec& s, char type, const PercentArg& a) {
    double x = 0.0;
    if (a.kind == PercentArg::Kind::Float) x = a.real;
    else if (a.kind == PercentArg::Kind::Int) x = static_cast<double>(a.integer);
    else throw TypeError(fmt::format("must be real number, not {}", a.type_name));
    FormatSpec f;
    f.type = type;
    f.alternate = s.alternate;
    f.precision = s.precision < 0 ? 6 : s.precision;
    const bool negative = std::signbit(x) && !std::isnan(x);
    std::string body = format_float(std::fabs(x), f, "float");
    append_padded(out, s, percent_sign(negative, s), "", body, true);
}

inline void append_char_conversion(std::string& out, const PercentSpec& s, const PercentArg& a) {
    std::string body;
    if (a.kind == PercentArg::Kind::Int) {
        if (a.integer < 0 || a.integer > 0x10FFFF) throw OverflowError("%c arg not in range(0x110000)");
        append_utf8(body, static_cast<char32_t>(a.integer));
    } else if (a.kind == PercentArg::Kind::Str && count_code_points(a.text) == 1) {
        body = std::string(a.text);
    } else {
        throw TypeError("%c requires int or char");
    }
    append_padded(out, s, "", "", body, false);
}

inline void append_text_conversion(std::string& out, const PercentSpec& s, char type, const PercentArg& a) {
    std::string text = type == 's' ? (a.kind == PercentArg::Kind::Str ? std::string(a.text) : a.to_str(a.object))
                                    : a.to_repr(a.object);
    if (type == 'a') text = ascii_escaped(text);
    if (s.precision >= 0) text.resize(code_point_prefix(text, static_cast<std::size_t>(s.precision)));
    append_padded(out, s, "", "", text, false);
}

// `format % values` with the values already seen as PercentArgs; `single` when the right operand
// was not a tuple (it is then the one value, used once), `mapping_like` when it was a list
// (Python treats any non-tuple with __getitem__ as a possible mapping and does not insist that
// it be used).
inline std::string percent_format_args(std::string_view format, const PercentArg* args, std::size_t count, bool single,
                                       bool mapping_like) {
    std::string out;
    out.reserve(format.size() + 8 * count);
    std::size_t next = 0;  // the next value to use
    auto next_arg = [&]() -> const PercentArg& {
        if (next >= count) throw TypeError("not enough arguments for format string");
        return args[next++];
    };
    const std::size_t n = format.size();
    std::size_t i = 0;
    while (i < n) {
        const std::size_t percent = format.find('%', i);
        if (percent == std::string_view::npos) {
            out += format.substr(i);
            break;
        }
        out += format.substr(i, percent - i);
        i = percent + 1;
        if (i < n && format[i] == '%') {
            out += '%';
            ++i;
            continue;
        }
        if (i < n && format[i] == '(') {
            if (mapping_like) throw TypeError("list indices must be integers or slices, not str");
            throw TypeError("format requires a mapping");
        }
        PercentSpec s;
        for (; i < n; ++i) {
            const char c = format[i];
            if (c == '-') s.left = true;
            else if (c == '+') s.plus = true;
            else if (c == ' ') s.blank = true;
            else if (c == '#') s.alternate = true;
            else if (c == '0') s.zero = true;
            else break;
        }
        auto read_number = [&](const char* what) -> std::size_t {
            std::size_t value = 0;
            while (i < n && format[i] >= '0' && format[i] <= '9') {
                value = value * 10 + static_cast<std::size_t>(format[i] - '0');
                if (value > 0x7FFFFFFF) throw ValueError(fmt::format("{} too big", what));
                ++i;
            }
            return value;
        };
        if (i < n && format[i] == '*') {
            const PercentArg& w = next_arg();
            if (w.kind != PercentArg::Kind::Int) throw TypeError("* wants int");
            if (w.integer < 0) s.left = true;
            s.width = static_cast<std::size_t>(w.integer < 0 ? -w.integer : w.integer);
            ++i;
        } else {
            s.width = read_number("width");
        }
        if (i < n && format[i] == '.') {
            ++i;
            if (i < n && format[i] == '*') {
                const PercentArg& p = next_arg();
                if (p.kind != PercentArg::Kind::Int) throw TypeError("* wants int");
                s.precision = p.integer < 0 ? 0 : static_cast<int>(std::min<int_t>(p.integer, 0x7FFFFFFF));
                ++i;
            } else {
                s.precision = static_cast<int>(read_number("precision"));
            }
        }
        while (i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L')) ++i;
        if (i >= n) throw ValueError("incomplete format");
        const std::size_t type_at = i;
        const char type = format[i++];
        const PercentArg& a = next_arg();  // before the type is checked, as CPython does
        switch (type) {
            case 'd': case 'i': case 'u':
                append_integer_conversion(out, s, type == 'u' ? 'd' : type, a);
                break;
            case 'o': case 'x': case 'X':
                append_integer_conversion(out, s, type, a);
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                append_float_conversion(out, s, type, a);
                break;
            case 'c':
                append_char_conversion(out, s, a);
                break;
            case 's': case 'r': case 'a':
                append_text_conversion(out, s, type, a);
                break;
            default: {
                const auto byte = static_cast<unsigned char>(type);
                std::size_t shown = byte;
                char printed = byte < 0x80 ? type : '?';
                if (byte >= 0x80) {  // the whole code point, for its number
                    const std::string_view rest = format.substr(type_at);
                    const std::size_t length = code_point_prefix(rest, 1);
                    char32_t cp = byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
                    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(rest[k]) & 0x3F);
                    shown = cp;
                }
                throw ValueError(fmt::format("unsupported format character '{}' (0x{:x}) at index {}", printed, shown,
                                             count_code_points(format.substr(0, type_at))));
            }
        }
    }
    if (!single && next < count) throw TypeError("not all arguments converted during string formatting");
    if (single && next == 0 && !mapping_like) throw TypeError("not all arguments converted during string formatting");
    return out;
}

template <class Tuple, std::size_t... I>
std::string percent_format_tuple(std::string_view format, const Tuple& values, std::index_sequence<I...>) {
    if constexpr (sizeof...(I) == 0) {
        return percent_format_args(format, nullptr, 0, false, false);
    } else {
        const PercentArg args[] = {percent_arg(std::get<I>(values))...};
        return percent_format_args(format, args, sizeof...(I), false, false);
    }
}

}  // namespace detail

// `format % values`: a tuple supplies the values, anything else is the one value.
template <class T>
std::string percent_format(std::string_view format, const T& values) {
    if constexpr (detail::is_tuple_v<T>) {
        return detail::percent_format_tuple(format, values, std::make_index_sequence<std::tuple_size_v<T>>{});
    } else {
        const detail::PercentArg arg = detail::percent_arg(values);
        return detail::percent_format_args(format, &arg, 1, true, detail::is_py_list<T>::value);
    }
}

}  // namespace py
