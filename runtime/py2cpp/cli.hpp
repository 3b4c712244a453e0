// Command-line argument parsing for the generated standalone drivers of modules without a
// `__main__` block: `./prog FUNCTION ARG...` calls an exported function and prints its result.
// Each parser returns false instead of throwing, so the driver can try the next overload; when
// none takes the arguments, mismatch() says what the parameter expected and what it was given.
// Arrays (an argument naming a .npy file) are parsed by cli_arrays.hpp, which needs Eigen; the
// validation harness's spelling of each type is in validate/README.md ("Driver protocol").
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "py2cpp/none.hpp"

namespace py::cli {

inline bool parse(const std::string& text, bool& out) {
    if (text == "True" || text == "true" || text == "1") { out = true; return true; }
    if (text == "False" || text == "false" || text == "0") { out = false; return true; }
    return false;
}

inline bool parse(const std::string& text, std::int64_t& out) {
    if (text.empty()) return false;
    char* end = nullptr;
    errno = 0;
    long long value = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0') return false;
    out = static_cast<std::int64_t>(value);
    return true;
}

inline bool parse(const std::string& text, double& out) {
    if (text.empty()) return false;
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return *end == '\0';
}

// A parameter whose value is None (a `None` default passed explicitly).
inline bool parse(const std::string& text, py::NoneType& out) {
    out = py::None;
    return text == "None";
}

inline bool parse(const std::string& text, std::string& out) {
    out = text;
    return true;
}

// "expected a float, got 'abc'": why parse() refused `text` for a parameter of this type.
inline std::string quoted_argument(const std::string& text) { return "'" + text + "'"; }
inline std::string mismatch(const std::string& text, const bool&) {
    return "expected a bool (True or False), got " + quoted_argument(text);
}
inline std::string mismatch(const std::string& text, const std::int64_t&) {
    return "expected an int (64-bit), got " + quoted_argument(text);
}
inline std::string mismatch(const std::string& text, const double&) { return "expected a float, got " + quoted_argument(text); }
inline std::string mismatch(const std::string& text, const py::NoneType&) { return "expected None, got " + quoted_argument(text); }
inline std::string mismatch(const std::string& text, const std::string&) { return "expected a str, got " + quoted_argument(text); }

}  // namespace py::cli
