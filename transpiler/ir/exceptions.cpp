// The table of exception classes (see exceptions.hpp). BaseException is py::BaseException, the
// root of the runtime's hierarchy, with Exception and SystemExit under it (compiled code has no
// KeyboardInterrupt or GeneratorExit).
#include "ir/exceptions.hpp"

#include <map>

namespace py2cpp {

namespace {

const std::map<std::string, std::string>& table() {
    static const std::map<std::string, std::string> classes = {
        {"BaseException", "py::BaseException"},
        {"Exception", "py::Exception"},
        {"ArithmeticError", "py::ArithmeticError"},
        {"ZeroDivisionError", "py::ZeroDivisionError"},
        {"OverflowError", "py::OverflowError"},
        {"ValueError", "py::ValueError"},
        {"TypeError", "py::TypeError"},
        {"LookupError", "py::LookupError"},
        {"IndexError", "py::IndexError"},
        {"KeyError", "py::KeyError"},
        {"AssertionError", "py::AssertionError"},
        {"RuntimeError", "py::RuntimeError"},
        {"NotImplementedError", "py::NotImplementedError"},
        {"RecursionError", "py::RecursionError"},
        {"MemoryError", "py::MemoryError"},
        {"AttributeError", "py::AttributeError"},
        {"StopIteration", "py::StopIteration"},
        {"SystemExit", "py::SystemExit"},
        {"OSError", "py::OSError"},
        {"IOError", "py::OSError"},
        {"EnvironmentError", "py::OSError"},
        {"FileNotFoundError", "py::FileNotFoundError"},
        {"FileExistsError", "py::FileExistsError"},
        {"PermissionError", "py::PermissionError"},
        {"IsADirectoryError", "py::IsADirectoryError"},
        {"NotADirectoryError", "py::NotADirectoryError"},
        {"numpy.linalg.LinAlgError", "py::LinAlgError"},
    };
    return classes;
}

}  // namespace

std::optional<std::string> exception_cpp_class(const std::string& python_name) {
    auto it = table().find(python_name);
    if (it == table().end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> builtin_exception_base(const std::string& python_name) {
    static const std::map<std::string, std::string> bases = {
        {"Exception", "BaseException"},
        {"ArithmeticError", "Exception"},
        {"ZeroDivisionError", "ArithmeticError"},
        {"OverflowError", "ArithmeticError"},
        {"ValueError", "Exception"},
        {"TypeError", "Exception"},
        {"LookupError", "Exception"},
        {"IndexError", "LookupError"},
        {"KeyError", "LookupError"},
        {"AssertionError", "Exception"},
        {"RuntimeError", "Exception"},
        {"NotImplementedError", "RuntimeError"},
        {"RecursionError", "RuntimeError"},
        {"MemoryError", "Exception"},
        {"AttributeError", "Exception"},
        {"StopIteration", "Exception"},
        {"SystemExit", "BaseException"},
        {"OSError", "Exception"},
        {"IOError", "Exception"},
        {"EnvironmentError", "Exception"},
        {"FileNotFoundError", "OSError"},
        {"FileExistsError", "OSError"},
        {"PermissionError", "OSError"},
        {"IsADirectoryError", "OSError"},
        {"NotADirectoryError", "OSError"},
        {"numpy.linalg.LinAlgError", "Exception"},
    };
    auto it = bases.find(python_name);
    if (it == bases.end()) return std::nullopt;
    return it->second;
}

std::string known_exception_names() {
    std::string names;
    for (const auto& [name, cpp] : table()) {
        if (name == "BaseException") continue;
        names += (names.empty() ? "" : ", ") + name;
    }
    return names;
}

}  // namespace py2cpp
