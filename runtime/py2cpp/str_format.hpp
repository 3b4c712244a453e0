// py2cpp runtime: str.format with positional arguments.
//
// "{} = {:8.3f}".format(name, x) becomes py::str_format("{} = {:8.3f}", name, x). Replacement
// fields are {} (automatic numbering), {N} (manual), with an optional !s / !r / !a conversion and a
// format spec (Python's mini-language, format.hpp), which may itself hold nested fields
// ({:{}.{}f}). {{ and }} are literal braces. py2cpp passes positional arguments only: a named
// field ({name}) raises KeyError as Python does when the keyword is missing, and attribute or
// index access in a field ({0.real}, {0[1]}) is not implemented (ValueError saying so). Errors
// are CPython's classes and messages.
#pragma once

#include <complex>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include <fmt/format.h>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/format.hpp"
#include "py2cpp/percent_format.hpp"
#include "py2cpp/str.hpp"

namespace py {

namespace detail {

// One positional argument: what a replacement field needs of it.
struct FormatArg {
    const void* object = nullptr;
    const char* type_name = "object";
    std::string (*format)(const void*, std::string_view spec) = nullptr;
    std::string (*to_str)(const void*) = nullptr;
    std::string (*to_repr)(const void*) = nullptr;
};

template <class T>
std::string format_any(const T& x, std::string_view spec) {
    if constexpr (std::is_arithmetic_v<T> || std::is_same_v<T, NoneType> || is_tuple_v<T> || std::is_same_v<T, std::complex<double>> || std::is_same_v<T, std::complex<float>> ||
                  std::is_convertible_v<const T&, std::string_view>) {
        return format_value(x, spec);
    } else {  // object.__format__: only the empty spec
        if (!spec.empty())
            throw TypeError(fmt::format("unsupported format string passed to {}.__format__", percent_type_name<T>()));
        return py::str(x);
    }
}

template <class T>
FormatArg format_arg(const T& x) {
    FormatArg a;
    a.object = &x;
    a.type_name = percent_type_name<T>();
    a.format = [](const void* p, std::string_view spec) { return format_any(*static_cast<const T*>(p), spec); };
    a.to_str = [](const void* p) { return py::str(*static_cast<const T*>(p)); };
    a.to_repr = [](const void* p) { return py::repr(*static_cast<const T*>(p)); };
    return a;
}

struct FieldNumbering {
    enum class Mode { Unknown, Automatic, Manual } mode = Mode::Unknown;
    std::size_t next = 0;
};

// The argument a field name selects ("" automatic, digits manual, anything else a keyword).
inline const FormatArg& select_argument(std::string_view name, const FormatArg* args, std::size_t count, FieldNumbering& numbering) {
    std::size_t index = 0;
    if (name.empty()) {
        if (numbering.mode == FieldNumbering::Mode::Manual)
            throw ValueError("cannot switch from manual field specification to automatic field numbering");
        numbering.mode = FieldNumbering::Mode::Automatic;
        index = numbering.next++;
    } else {
        const std::size_t end = name.find_first_of(".[");
        const std::string_view head = name.substr(0, end);
        if (end != std::string_view::npos)
            throw ValueError(fmt::format("attribute and index access in str.format fields ('{}') is not supported by py2cpp", name));
        const bool digits = !head.empty() && head.find_first_not_of("0123456789") == std::string_view::npos;
        if (!digits) throw KeyError(std::string(head));
        if (numbering.mode == FieldNumbering::Mode::Automatic)
            throw ValueError("cannot switch from automatic field numbering to manual field specification");
        numbering.mode = FieldNumbering::Mode::Manual;
        if (head.size() > 18) throw ValueError("Too many decimal digits in format string");
        for (char c : head) index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    if (index >= count)
        throw IndexError(fmt::format("Replacement index {} out of range for positional args tuple", index));
    return args[index];
}

// The position just after the '}' that closes the field starting after `open` (nested braces
// inside the spec counted), or npos.
inline std::size_t field_end(std::string_view format, std::size_t open) {
    int depth = 1;
    for (std::size_t i = open + 1; i < format.size(); ++i) {
        if (format[i] == '{') ++depth;
        else if (format[i] == '}' && --depth == 0) return i + 1;
    }
    return std::string_view::npos;
}

inline std::string str_format_args(std::string_view format, const FormatArg* args, std::size_t count, FieldNumbering& numbering,
                                   int depth);

inline std::string render_field(std::string_view field, const FormatArg* args, std::size_t count, FieldNumbering& numbering, int depth) {
    // field: name[!conversion][:spec]; the name ends at the first '!' or ':'.
    const std::size_t name_end = field.find_first_of("!:");
    const std::string_view name = field.substr(0, name_end);
    char conversion = '\0';
    std::string_view spec;
    if (name_end != std::string_view::npos) {
        std::string_view rest = field.substr(name_end);
        if (rest[0] == '!') {
            if (rest.size() < 2) throw ValueError("unmatched '{' in format spec");
            conversion = rest[1];
            rest.remove_prefix(2);
            if (!rest.empty() && rest[0] != ':') throw ValueError("expected ':' after conversion specifier");
        }
        if (!rest.empty()) spec = rest.substr(1);
    }
    const FormatArg& a = select_argument(name, args, count, numbering);
    std::string spec_text(spec);
    if (spec.find('{') != std::string_view::npos) {
        if (depth >= 1) throw ValueError("Max string recursion exceeded");
        spec_text = str_format_args(spec, args, count, numbering, depth + 1);
    }
    switch (conversion) {
        case '\0': return a.format(a.object, spec_text);
        case 's': return format_value(a.to_str(a.object), spec_text);
        case 'r': return format_value(a.to_repr(a.object), spec_text);
        case 'a': return format_value(ascii_escaped(a.to_repr(a.object)), spec_text);
        default: {
            const auto byte = static_cast<unsigned char>(conversion);
            if (byte < 0x80) throw ValueError(fmt::format("Unknown conversion specifier {}", conversion));
            throw ValueError("Unknown conversion specifier (a non-ASCII character)");
        }
    }
}

inline std::string str_format_args(std::string_view format, const FormatArg* args, std::size_t count, FieldNumbering& numbering,
                                   int depth) {
    std::string out;
    out.reserve(format.size() + 16 * count);
    std::size_t i = 0;
    const std::size_t n = format.size();
    while (i < n) {
        const char c = format[i];
        if (c == '}') {
            if (i + 1 < n && format[i + 1] == '}') {
                out += '}';
                i += 2;
                continue;
            }
            throw ValueError("Single '}' encountered in format string");
        }
        if (c != '{') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < n && format[i + 1] == '{') {
            out += '{';
            i += 2;
            continue;
        }
        if (i + 1 >= n) throw ValueError("Single '{' encountered in format string");
        const std::size_t end = field_end(format, i);
        if (end == std::string_view::npos) throw ValueError("expected '}' before end of string");
        out += render_field(format.substr(i + 1, end - i - 2), args, count, numbering, depth);
        i = end;
    }
    return out;
}

}  // namespace detail

// s.format(*args)
template <class... Args>
std::string str_format(std::string_view format, const Args&... args) {
    detail::FieldNumbering numbering;
    if constexpr (sizeof...(Args) == 0) {
        return detail::str_format_args(format, nullptr, 0, numbering, 0);
    } else {
        const detail::FormatArg list[] = {detail::format_arg(args)...};
        return detail::str_format_args(format, list, sizeof...(Args), numbering, 0);
    }
}

}  // namespace py
