// py2cpp runtime: Python's print().
//
// print(a, b, c) writes str() of each argument separated by ' ' and followed by '\n';
// print(..., sep=..., end=...) becomes print_sep_end(sep, end, args...), where sep and end may
// also be None (meaning the defaults, as in Python). Output goes to the runtime's own stdout
// buffer (stdout_buffer.hpp: by line on a terminal, in blocks in a pipe, like Python's, and
// written out even when the program dies of a signal), one write per call from a reused string,
// so printing in a loop does not allocate.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "py2cpp/none.hpp"
#include "py2cpp/stdout_buffer.hpp"
#include "py2cpp/str.hpp"

namespace py {

namespace detail {

inline std::string& print_buffer() {
    thread_local std::string buffer;
    buffer.clear();
    return buffer;
}

// sep / end argument: a str, or None for the default.
template <class T>
std::string_view print_text(const T& value, std::string_view default_text) {
    if constexpr (std::is_same_v<T, NoneType>) {
        return default_text;
    } else {
        static_assert(std::is_convertible_v<const T&, std::string_view>, "print(): sep and end must be str or None");
        return std::string_view(value);
    }
}

template <class... Args>
void write_line(std::string_view sep, std::string_view end, const Args&... args) {
    std::string& line = print_buffer();
    [[maybe_unused]] bool first = true;  // unused when print() has no arguments
    [[maybe_unused]] auto put = [&](const auto& arg) {
        if (!first) line += sep;
        first = false;
        append_str(line, arg);
    };
    (put(args), ...);
    line += end;
    StdoutBuffer::instance().write(line.data(), line.size());
}

}  // namespace detail

// print(args...) with the default sep=' ' and end='\n'.
template <class... Args>
void print(const Args&... args) {
    detail::write_line(" ", "\n", args...);
}

// print(args..., sep=sep, end=end); sep and end are str or None.
template <class Sep, class End, class... Args>
void print_sep_end(const Sep& sep, const End& end, const Args&... args) {
    detail::write_line(detail::print_text(sep, " "), detail::print_text(end, "\n"), args...);
}

}  // namespace py
