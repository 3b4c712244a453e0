// py2cpp runtime: the parts of Python's `sys` module compiled programs use (sys.argv, sys.exit,
// sys.maxsize, sys.float_info; the recursion limit is in recursion.hpp, sys.stdout/sys.stderr are
// print.hpp's TextStream).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "py2cpp/exception_args.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/list.hpp"
#include "py2cpp/none.hpp"
#include "py2cpp/optional.hpp"
#include "py2cpp/print.hpp"
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

// sys.maxsize: the largest Py_ssize_t.
inline constexpr int_t maxsize = std::numeric_limits<int_t>::max();

// sys.float_info: the properties of Python's float (an IEEE double).
namespace float_info {
inline constexpr double epsilon = std::numeric_limits<double>::epsilon();
inline constexpr double max = std::numeric_limits<double>::max();
inline constexpr double min = std::numeric_limits<double>::min();  // the smallest normal number
inline constexpr int_t dig = std::numeric_limits<double>::digits10;
inline constexpr int_t mant_dig = std::numeric_limits<double>::digits;
inline constexpr int_t max_exp = std::numeric_limits<double>::max_exponent;
inline constexpr int_t min_exp = std::numeric_limits<double>::min_exponent;
inline constexpr int_t radix = std::numeric_limits<double>::radix;
}  // namespace float_info

// sys.exit() / sys.exit(code): raises SystemExit, whose code the generated main() turns into the
// exit status (report_system_exit, exceptions.hpp); `finally` blocks run on the way, and
// `except Exception:` does not catch it, as in Python.
// sys.exit(None) raises SystemExit() (e.args == ()), sys.exit(code) SystemExit(code).
[[noreturn]] inline void exit() { throw SystemExit(); }
[[noreturn]] inline void exit(NoneType) { throw SystemExit(); }
template <class T>
[[noreturn]] void exit(const T& code) {
    if constexpr (detail::is_optional_v<T>) {
        if (!code.has_value()) throw SystemExit();
        exit(*code);
    } else {
        SystemExit e;
        set_exception_args(e, code);  // e.args == (code,), as SystemExit(code) has
        throw e;
    }
}

}  // namespace sys
}  // namespace py
