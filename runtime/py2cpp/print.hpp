// py2cpp runtime: Python's print().
//
// print(a, b, c) writes str() of each argument separated by ' ' and followed by '\n';
// print(..., sep=..., end=...) becomes print_sep_end(sep, end, args...), where sep and end may
// also be None (meaning the defaults, as in Python). Output goes to the runtime's own stdout
// buffer (stdout_buffer.hpp: by line on a terminal, in blocks in a pipe, like Python's, and
// written out even when the program dies of a signal), one write per call from a reused string,
// so printing in a loop does not allocate. print(..., file=sys.stderr, flush=True) is print_to();
// sys.stdout and sys.stderr are TextStream handles (their write() and flush()).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

#include "py2cpp/none.hpp"
#include "py2cpp/scalar.hpp"
#include "py2cpp/stdout_buffer.hpp"
#include "py2cpp/str.hpp"
#include "py2cpp/unicode.hpp"

namespace py {

// print(*items): each item of an iterable as an argument of its own (`items` is what
// py::as_iterable gives: a list, set or dict as they are, a str's characters).
template <class T>
struct spread {
    explicit spread(const T& of) : items(of) {}  // (clang 14 has no parenthesized aggregate init)
    const T& items;
};
template <class T>
spread(const T&) -> spread<T>;

namespace detail {

template <class T>
inline constexpr bool is_spread = false;
template <class T>
inline constexpr bool is_spread<spread<T>> = true;

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
std::string& format_line(std::string_view sep, std::string_view end, const Args&... args) {
    std::string& line = print_buffer();
    [[maybe_unused]] bool first = true;  // unused when print() has no arguments
    [[maybe_unused]] auto put_one = [&](const auto& arg) {
        if (!first) line += sep;
        first = false;
        append_str(line, arg);
    };
    [[maybe_unused]] auto put = [&](const auto& arg) {
        if constexpr (is_spread<std::decay_t<decltype(arg)>>) {
            for (const auto& item : arg.items) put_one(item);
        } else {
            put_one(arg);
        }
    };
    (put(args), ...);
    line += end;
    return line;
}

template <class... Args>
void write_line(std::string_view sep, std::string_view end, const Args&... args) {
    const std::string& line = format_line(sep, end, args...);
    StdoutBuffer::instance().write(line.data(), line.size());
}

}  // namespace detail

// sys.stdout / sys.stderr (the tables' builtins.TextIOWrapper): a handle naming the stream. What
// goes to stdout shares print()'s buffer; stderr is written at once (Python's is line-buffered).
class TextStream {
public:
    TextStream() = default;  // sys.stdout (a variable declared before it is assigned)
    static TextStream standard_output() { return TextStream(1); }
    static TextStream standard_error() { return TextStream(2); }

    // f.write(s): the number of characters written, as Python returns it.
    int_t write(std::string_view text) const {
        put(text);
        return static_cast<int_t>(detail::count_code_points(text));
    }
    void flush() const {
        if (fd_ == 1) flush_stdout();
        else std::fflush(stderr);
    }
    void put(std::string_view text) const {
        if (fd_ == 1) {
            detail::StdoutBuffer::instance().write(text.data(), text.size());
        } else {
            std::fwrite(text.data(), 1, text.size(), stderr);
            std::fflush(stderr);
        }
    }
    bool operator==(const TextStream& other) const { return fd_ == other.fd_; }
    void append_str_to(std::string& out) const {
        out += fd_ == 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                        : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>";
    }
    void append_repr_to(std::string& out) const { append_str_to(out); }

private:
    explicit TextStream(int fd) : fd_(fd) {}
    int fd_ = 1;
};

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

// print(args..., sep=sep, end=end, file=file, flush=flush); file=None is sys.stdout.
template <class Sep, class End, class... Args>
void print_to(const TextStream& file, const Sep& sep, const End& end, bool flush, const Args&... args) {
    file.put(detail::format_line(detail::print_text(sep, " "), detail::print_text(end, "\n"), args...));
    if (flush) file.flush();
}
template <class Sep, class End, class... Args>
void print_to(NoneType, const Sep& sep, const End& end, bool flush, const Args&... args) {
    print_to(TextStream::standard_output(), sep, end, flush, args...);
}

}  // namespace py
