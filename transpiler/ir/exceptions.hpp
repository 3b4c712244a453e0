// Python's exception classes that compiled code can raise and catch, and their runtime classes
// (runtime/py2cpp/exceptions.hpp). The one list: `raise`, `except` and the hints of their
// diagnostics all read it.
#pragma once

#include <optional>
#include <string>

namespace py2cpp {

// The runtime class of a Python exception class (`ValueError` -> `py::ValueError`,
// `numpy.linalg.LinAlgError` -> `py::LinAlgError`), or nullopt when compiled code has no such class.
std::optional<std::string> exception_cpp_class(const std::string& python_name);

// The base of a built-in exception class (`ZeroDivisionError` -> `ArithmeticError`), nullopt for
// BaseException and for names that are not built-in exception classes.
std::optional<std::string> builtin_exception_base(const std::string& python_name);

// The names a user can write, for hints: "ValueError, TypeError, ...".
std::string known_exception_names();

}  // namespace py2cpp
