// py2cpp runtime: str(), repr() and print() of arrays, in NumPy 1.24's default format.
//
// Programs are checked by comparing their output with NumPy's, so this reproduces
// numpy/core/arrayprint.py with the default options (precision 8, floatmode 'maxprec',
// suppress False, threshold 1000, edgeitems 3, linewidth 75, sign '-'):
//  * floats: each value's shortest round-trip digits, cut to 8 fractional digits (correctly
//    rounded) when longer, trailing zeros trimmed; all values share one layout: positional with
//    the integer parts right-aligned and the fractions left-aligned ("[1.  2.5]"), or scientific
//    with a common number of mantissa digits and exponent width when a non-zero |value| is
//    >= 1e8 or < 1e-4 or max/min > 1e3 (FloatingFormat.fillFormat);
//  * integers right-aligned to the widest of min and max; bools " True"/"False";
//  * more than 1000 elements: only 3 leading and trailing items per axis, with "...";
//  * lines wrapped at 75 columns, rows of a matrix on separate lines, the blocks of a rank-k array
//    separated by k-1 newlines (_formatArray), at any rank.
// str separates elements with ' ', repr with ', ' inside "array(...)" and names the dtype
// unless NumPy considers it implied (float64, int64, bool).
//
// Hooking in without touching str.hpp: py::str / py::repr get more specialised overloads for
// arrays and expression nodes, and print() (and tuple repr), which call append_str/append_repr
// unqualified, find the overloads below in namespace py by argument-dependent lookup.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "py2cpp/array_expr.hpp"
#include "py2cpp/ndarray.hpp"
#include "py2cpp/str.hpp"

namespace py {

namespace arrstr {

inline constexpr std::int64_t kThreshold = 1000;
inline constexpr std::int64_t kEdgeItems = 3;
inline constexpr std::size_t kLineWidth = 75;
inline constexpr int kPrecision = 8;

// A float split as dragon4 prints it: sign and integer digits, fraction digits, and (scientific
// only) the exponent.
struct FloatParts {
    std::string int_part;
    std::string frac_part;
    int exponent = 0;
};

inline void trim_zeros(std::string& digits) {
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
}

// Shortest round-trip digits of x in the precision of T (float32 values print as float32).
template <class T>
detail::DecimalDigits shortest(T x) {
    char buffer[48];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(x), std::chars_format::scientific);
    return detail::parse_scientific(buffer, r.ptr);
}

// dragon4_positional(x, precision=8, unique=True, trim='.').
template <class T>
FloatParts positional_parts(T x) {
    FloatParts p;
    const detail::DecimalDigits d = shortest(x);
    if (d.count - 1 - d.exponent > kPrecision) {
        // More than 8 fractional digits: the exact value rounded to 8 (to_chars is exact).
        char buffer[400];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(x), std::chars_format::fixed, kPrecision);
        const std::string text(buffer, r.ptr);
        const std::size_t point = text.find('.');
        p.int_part = text.substr(0, point);
        p.frac_part = text.substr(point + 1);
        trim_zeros(p.frac_part);
    } else {
        const int point = d.exponent + 1;  // digits before the decimal point
        if (point <= 0) {
            p.int_part = "0";
            p.frac_part = std::string(static_cast<std::size_t>(-point), '0') + std::string(d.digits, static_cast<std::size_t>(d.count));
        } else if (point >= d.count) {
            p.int_part = std::string(d.digits, static_cast<std::size_t>(d.count)) + std::string(static_cast<std::size_t>(point - d.count), '0');
        } else {
            p.int_part = std::string(d.digits, static_cast<std::size_t>(point));
            p.frac_part = std::string(d.digits + point, static_cast<std::size_t>(d.count - point));
        }
    }
    if (std::signbit(x)) p.int_part.insert(0, "-");
    return p;
}

// dragon4_scientific(x, precision=8, unique=True, trim='.').
template <class T>
FloatParts scientific_parts(T x) {
    FloatParts p;
    detail::DecimalDigits d = shortest(x);
    if (d.count - 1 > kPrecision) {
        char buffer[64];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(x), std::chars_format::scientific, kPrecision);
        d = detail::parse_scientific(buffer, r.ptr);
    }
    p.int_part = std::string(std::signbit(x) ? "-" : "") + d.digits[0];
    p.frac_part = std::string(d.digits + 1, static_cast<std::size_t>(d.count - 1));
    trim_zeros(p.frac_part);
    p.exponent = d.exponent;
    return p;
}

inline std::string exponent_text(int exponent, std::size_t width) {
    std::string digits = std::to_string(exponent < 0 ? -exponent : exponent);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return (exponent < 0 ? "-" : "+") + digits;
}

// FloatingFormat: the common layout computed from the (summarised) values, then one value.
// With `plus_sign` (the imaginary parts of complex values) every value carries its sign.
template <class T>
class FloatFormat {
public:
    explicit FloatFormat(const std::vector<T>& data, bool plus_sign = false) : plus_(plus_sign) {
        std::vector<T> finite;
        for (T x : data)
            if (std::isfinite(x)) finite.push_back(x);
        decide_exponential(finite);
        if (finite.empty()) {
            pad_left_ = pad_right_ = 0;
        } else if (exp_format_) {
            std::size_t exp_len = 0;
            for (T x : finite) {
                const FloatParts p = signed_parts(scientific_parts(x), x);
                exp_len = std::max(exp_len, exponent_text(p.exponent, 2).size());
                precision_ = std::max(precision_, p.frac_part.size());
                pad_left_ = std::max(pad_left_, p.int_part.size());
            }
            exp_size_ = exp_len - 1;
            pad_right_ = exp_size_ + 2 + precision_;
        } else {
            for (T x : finite) {
                const FloatParts p = signed_parts(positional_parts(x), x);
                pad_left_ = std::max(pad_left_, p.int_part.size());
                pad_right_ = std::max(pad_right_, p.frac_part.size());
            }
        }
        if (finite.size() != data.size()) {
            bool neginf = plus_;
            for (T x : data) neginf = neginf || (std::isinf(x) && x < 0);
            const std::size_t offset = pad_right_ + 1;
            const std::size_t inflen = 3 + (neginf ? 1 : 0);
            if (3 > offset) pad_left_ = std::max(pad_left_, 3 - offset);
            if (inflen > offset) pad_left_ = std::max(pad_left_, inflen - offset);
        }
    }

    std::string operator()(T x) const {
        if (!std::isfinite(x)) {
            const std::string text = std::isnan(x) ? (plus_ ? "+nan" : "nan") : x < 0 ? "-inf" : plus_ ? "+inf" : "inf";
            const std::size_t width = pad_left_ + pad_right_ + 1;
            return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
        }
        const FloatParts p = signed_parts(exp_format_ ? scientific_parts(x) : positional_parts(x), x);
        std::string out(pad_left_ > p.int_part.size() ? pad_left_ - p.int_part.size() : 0, ' ');
        out += p.int_part;
        out += '.';
        out += p.frac_part;
        if (exp_format_) {
            out.append(precision_ - p.frac_part.size(), '0');  // min_digits = precision
            out += 'e';
            out += exponent_text(p.exponent, exp_size_);
        } else {
            out.append(pad_right_ - p.frac_part.size(), ' ');
        }
        return out;
    }

private:
    FloatParts signed_parts(FloatParts p, T x) const {
        if (plus_ && !std::signbit(x)) p.int_part.insert(0, "+");
        return p;
    }

    // Scientific notation when the non-zero magnitudes span too much or are too big/small.
    void decide_exponential(const std::vector<T>& finite) {
        bool any = false;
        T max_val = 0, min_val = 0;
        for (T x : finite) {
            if (x == 0) continue;
            const T a = std::fabs(x);
            if (!any || a > max_val) max_val = a;
            if (!any || a < min_val) min_val = a;
            any = true;
        }
        exp_format_ = any && (max_val >= T(1e8) || min_val < T(0.0001) || max_val / min_val > T(1000));
    }

    bool plus_ = false;
    bool exp_format_ = false;
    std::size_t pad_left_ = 0, pad_right_ = 0, precision_ = 0, exp_size_ = 0;
};

// ComplexFloatingFormat: the real parts laid out together, the imaginary parts together (always
// signed), and the 'j' placed before the imaginary part's trailing padding.
template <class C>
class ComplexFormat {
    using R = typename C::value_type;

public:
    explicit ComplexFormat(const std::vector<C>& data) : real_(part(data, false)), imag_(part(data, true), true) {}

    std::string operator()(const C& z) const {
        std::string imag = imag_(z.imag());
        const std::size_t end = imag.find_last_not_of(' ') + 1;
        imag.insert(end, "j");
        return real_(z.real()) + imag;
    }

private:
    static std::vector<R> part(const std::vector<C>& data, bool imaginary) {
        std::vector<R> out;
        out.reserve(data.size());
        for (const C& z : data) out.push_back(imaginary ? z.imag() : z.real());
        return out;
    }
    FloatFormat<R> real_, imag_;
};

template <class T>
struct is_complex : std::false_type {};
template <class R>
struct is_complex<std::complex<R>> : std::true_type {};

// IntegerFormat: right-aligned to the widest of str(max) and str(min).
template <class T>
class IntFormat {
public:
    explicit IntFormat(const std::vector<T>& data) {
        if (data.empty()) return;
        const auto [lo, hi] = std::minmax_element(data.begin(), data.end());
        width_ = std::max(text(*lo).size(), text(*hi).size());
    }
    std::string operator()(T x) const {
        const std::string s = text(x);
        return std::string(width_ > s.size() ? width_ - s.size() : 0, ' ') + s;
    }

private:
    static std::string text(T x) { return std::to_string(x); }
    std::size_t width_ = 0;
};

struct BoolFormat {
    explicit BoolFormat(const std::vector<bool>&) {}
    std::string operator()(bool x) const { return x ? " True" : "False"; }
};

template <class T>
using format_for = std::conditional_t<
    std::is_same_v<T, bool>, BoolFormat,
    std::conditional_t<std::is_floating_point_v<T>, FloatFormat<T>, std::conditional_t<is_complex<T>::value, ComplexFormat<T>, IntFormat<T>>>>;

// The indices along an axis that are printed: all, or the 3 leading and 3 trailing ones.
inline std::vector<std::int64_t> shown_indices(std::int64_t length, bool summarise) {
    std::vector<std::int64_t> idx;
    const bool cut = summarise && length > 2 * kEdgeItems;
    for (std::int64_t i = 0; i < length; ++i)
        if (!cut || i < kEdgeItems || i >= length - kEdgeItems) idx.push_back(i);
    return idx;
}

// A strided view of an array of any rank: element (i0, i1, ...) = data[i0 * strides[0] + ...].
template <class T>
struct View {
    const T* data;
    int ndim;
    std::vector<std::int64_t> shape, strides;

    // The view of a[i] (one axis less).
    View sub(std::int64_t i) const {
        return View{data + i * strides[0], ndim - 1, std::vector<std::int64_t>(shape.begin() + 1, shape.end()),
                    std::vector<std::int64_t>(strides.begin() + 1, strides.end())};
    }
};

// _leading_trailing: the values the layout is computed from (only the shown ones when
// summarising), collected axis by axis.
template <class T>
void collect_format_data(const View<T>& v, bool summarise, std::vector<T>& out) {
    if (v.ndim == 1) {
        for (std::int64_t i : shown_indices(v.shape[0], summarise)) out.push_back(v.data[i * v.strides[0]]);
        return;
    }
    for (std::int64_t i : shown_indices(v.shape[0], summarise)) collect_format_data(v.sub(i), summarise, out);
}

template <class T>
std::vector<T> format_data(const View<T>& v, bool summarise) {
    std::vector<T> out;
    collect_format_data(v, summarise, out);
    return out;
}

// _extendLine: appends word to line, first moving line to s when it would overflow.
inline void extend_line(std::string& s, std::string& line, const std::string& word, std::size_t width,
                        const std::string& hanging_indent) {
    const bool needs_wrap = line.size() + word.size() > width && line.size() > hanging_indent.size();
    if (needs_wrap) {
        std::size_t end = line.find_last_not_of(' ');
        s.append(line, 0, end == std::string::npos ? 0 : end + 1);
        s += '\n';
        line = hanging_indent;
    }
    line += word;
}

// _formatArray's recursion for one row (axes_left == 1) of elements.
template <class T, class Format>
std::string format_row(const T* data, std::int64_t length, std::int64_t stride, const Format& format,
                       const std::string& hanging_indent, std::size_t width, const std::string& separator,
                       bool summarise) {
    std::string rstripped_sep = separator.substr(0, separator.find_last_not_of(' ') + 1);
    const std::size_t elem_width = width - std::max<std::size_t>(rstripped_sep.size(), 1);
    std::string s, line = hanging_indent;
    const bool cut = summarise && length > 2 * kEdgeItems;
    const std::int64_t leading = cut ? kEdgeItems : 0, trailing = cut ? kEdgeItems : length;
    for (std::int64_t i = 0; i < leading; ++i) {
        extend_line(s, line, format(data[i * stride]), elem_width, hanging_indent);
        line += separator;
    }
    if (cut) {
        extend_line(s, line, "...", elem_width, hanging_indent);
        line += separator;
    }
    for (std::int64_t i = trailing; i > 1; --i) {
        extend_line(s, line, format(data[(length - i) * stride]), elem_width, hanging_indent);
        line += separator;
    }
    extend_line(s, line, format(data[(length - 1) * stride]), elem_width, hanging_indent);
    s += line;
    return "[" + s.substr(hanging_indent.size()) + "]";
}

// _formatArray: a row, or the sub-arrays of the leading axis separated by the separator, a
// newline, and one more blank line per further axis.
template <class T, class Format>
std::string format_array(const View<T>& v, const Format& format, std::size_t width, const std::string& prefix_indent,
                         const std::string& separator, bool summarise) {
    if (v.ndim == 1)
        return format_row(v.data, v.shape[0], v.strides[0], format, prefix_indent, width, separator, summarise);
    const std::string next_indent = prefix_indent + " ";
    const std::string line_sep = separator.substr(0, separator.find_last_not_of(' ') + 1) +
                                 std::string(static_cast<std::size_t>(v.ndim - 1), '\n');
    const bool cut = summarise && v.shape[0] > 2 * kEdgeItems;
    const std::int64_t leading = cut ? kEdgeItems : 0, trailing = cut ? kEdgeItems : v.shape[0];
    auto nested = [&](std::int64_t i) { return format_array(v.sub(i), format, width - 1, next_indent, separator, summarise); };
    std::string s;
    for (std::int64_t i = 0; i < leading; ++i) s += prefix_indent + nested(i) + line_sep;
    if (cut) s += prefix_indent + "..." + line_sep;
    for (std::int64_t i = trailing; i > 1; --i) s += prefix_indent + nested(v.shape[0] - i) + line_sep;
    s += prefix_indent + nested(v.shape[0] - 1);
    return "[" + s.substr(prefix_indent.size()) + "]";
}

// array2string(a, separator=sep, prefix=prefix) with the default options, `width` already
// reduced by the suffix length as array2string does.
template <class T>
std::string array2string(const View<T>& v, const std::string& separator, std::size_t prefix_len, std::size_t width) {
    std::int64_t size = 1;
    for (int k = 0; k < v.ndim; ++k) size *= v.shape[k];
    if (size == 0) return "[]";
    const bool summarise = size > kThreshold;
    const format_for<T> format(format_data(v, summarise));
    return format_array(v, format, width, std::string(1 + prefix_len, ' '), separator, summarise);
}

// NumPy omits the dtype in repr when the values imply it.
template <class T>
constexpr bool dtype_is_implied() {
    return std::is_same_v<T, bool> || std::is_same_v<T, double> || std::is_same_v<T, std::int64_t> ||
           std::is_same_v<T, long long> || std::is_same_v<T, std::complex<double>>;
}

template <class T, std::size_t N>
View<T> view_of(const ndarray<T, N>& a) {
    View<T> v{a.data(), static_cast<int>(N), std::vector<std::int64_t>(N), std::vector<std::int64_t>(N)};
    for (std::size_t k = 0; k < N; ++k) {
        v.shape[k] = a.shape()[k];
        v.strides[k] = a.strides()[k];
    }
    return v;
}

// np.array_str(a).
template <class T, std::size_t N>
std::string array_str(const ndarray<T, N>& a) {
    return array2string(view_of(a), " ", 0, kLineWidth);
}

// np.array_repr(a).
template <class T, std::size_t N>
std::string array_repr(const ndarray<T, N>& a) {
    const bool skip_dtype = dtype_is_implied<T>() && a.size() > 0;
    const std::string suffix = skip_dtype ? ")" : ",";
    std::string text = "array(";
    if (a.size() > 0 || N == 1) {
        text += array2string(view_of(a), ", ", 6, kLineWidth - suffix.size());
    } else {
        text += "[], shape=(";
        for (std::size_t k = 0; k < N; ++k) text += (k > 0 ? ", " : "") + std::to_string(a.shape()[k]);
        text += N == 1 ? ",)" : ")";
    }
    text += suffix;
    if (skip_dtype) return text;
    const std::string dtype = std::string("dtype=") + py::detail::dtype_name<T>() + ")";
    const std::size_t last_line = text.size() - (text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
    text += last_line + dtype.size() + 1 > kLineWidth ? "\n      " : " ";
    return text + dtype;
}

}  // namespace arrstr

// str(a) / repr(a) of an array or an expression node (evaluated first).
template <class T, std::size_t N>
std::string str(const ndarray<T, N>& a) {
    return arrstr::array_str(a);
}
template <class T, std::size_t N>
std::string repr(const ndarray<T, N>& a) {
    return arrstr::array_repr(a);
}
template <class X>
    requires is_expression_v<X>
std::string str(const X& x) {
    return arrstr::array_str(np::eval(x));
}
template <class X>
    requires is_expression_v<X>
std::string repr(const X& x) {
    return arrstr::array_repr(np::eval(x));
}

// Found by argument-dependent lookup from print() and from tuple repr (see the top of the file).
template <class T, std::size_t N>
void append_str(std::string& out, const ndarray<T, N>& a) {
    out += arrstr::array_str(a);
}
template <class T, std::size_t N>
void append_repr(std::string& out, const ndarray<T, N>& a) {
    out += arrstr::array_repr(a);
}
template <class X>
    requires is_expression_v<X>
void append_str(std::string& out, const X& x) {
    out += arrstr::array_str(np::eval(x));
}
template <class X>
    requires is_expression_v<X>
void append_repr(std::string& out, const X& x) {
    out += arrstr::array_repr(np::eval(x));
}

}  // namespace py
