// C++ emitter: typed IR -> readable C++20 source text.
//
// Assumes: an ir::Module satisfying the invariants of ir/ir.hpp (all types known, calls bound).
// Guarantees: C++ that compiles with -Wall -Wextra -Werror against the runtime in runtime/,
// keeping Python's names, comments (as // comments at the same place) and docstrings, with
// only the parentheses C++ precedence needs.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ir/ir.hpp"

namespace py2cpp {

struct EmittedModule {
    std::string header;  // <module>.hpp: the exported functions
    std::string source;  // <module>.cpp: every specialization, globals, and the main program
    std::string driver;  // main.cpp: the standalone program
    std::string namespace_name;
    std::string file_stem;  // <file_stem>.hpp/.cpp and the program's name: module_file_stem()
};

// line_directives: `#line N "source_path"` before the C++ of each statement and function.
EmittedModule emit_module(const ir::Module& module, const std::string& source_path, bool line_directives = false);

// The name of the module's files, of its program and of the CMake project: the Python module name
// with every character but [A-Za-z0-9_] replaced by '_' (so `a b.py` or `$(x).py` can reach
// neither the shell nor CMake as syntax), prefixed when it starts with a digit, and suffixed with
// `_module` when it would clash with a file of the generated project (`main.py` and main.cpp).
std::string module_file_stem(const std::string& module_name);

// The file name of a path with control characters (a newline) replaced by '?', for comments.
std::string printable_file_name(const std::string& path);

// Whether the module needs the array runtime (and so Eigen): a library call asked for
// py2cpp/numpy.hpp, or an exported signature mentions an array.
bool module_uses_arrays(const ir::Module& module);

// Spelling of IR types and constants in C++ (also used by the driver and tests).
std::string cpp_type(const Type& t);
std::string cpp_string_literal(const std::string& utf8);
std::string cpp_double_literal(double value);

}  // namespace py2cpp
