// py2cpp runtime: the parts of Python's `sys` module compiled programs use (sys.argv; the
// recursion limit is in recursion.hpp), and
// read-only indexing of lists (std::vector) with Python's bounds rules.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/recursion.hpp"  // sys.getrecursionlimit / setrecursionlimit

namespace py {

// seq[i] with Python's rules: negative i counts from the end; out of range is IndexError.
template <class T>
const T& getitem(const std::vector<T>& seq, std::int64_t i) {
    const auto n = static_cast<std::int64_t>(seq.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw IndexError("list index out of range");
    return seq[static_cast<std::size_t>(i)];
}

template <class T>
std::int64_t len(const std::vector<T>& seq) {
    return static_cast<std::int64_t>(seq.size());
}

namespace sys {

inline std::vector<std::string>& argv() {
    static std::vector<std::string> args;
    return args;
}

// Called by the generated main(): sys.argv holds the program name and its arguments.
inline void set_argv(int argc, char** argv_in) {
    argv().assign(argv_in, argv_in + argc);
}

}  // namespace sys
}  // namespace py
