// py2cpp runtime: the parts of Python's `sys` module compiled programs use (sys.argv; the
// recursion limit is in recursion.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/recursion.hpp"  // sys.getrecursionlimit / setrecursionlimit

namespace py {

namespace sys {

inline list<std::string>& argv() {
    static list<std::string> args;
    return args;
}

// Called by the generated main(): sys.argv holds the program name and its arguments.
inline void set_argv(int argc, char** argv_in) {
    argv() = list<std::string>(std::vector<std::string>(argv_in, argv_in + argc));
}

}  // namespace sys
}  // namespace py
