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
};

EmittedModule emit_module(const ir::Module& module, const std::string& source_path);

// Whether the module needs the array runtime (and so Eigen): a library call asked for
// py2cpp/numpy.hpp, or an exported signature mentions an array.
bool module_uses_arrays(const ir::Module& module);

// Spelling of IR types and constants in C++ (also used by the driver and tests).
std::string cpp_type(const Type& t);
std::string cpp_string_literal(const std::string& utf8);
std::string cpp_double_literal(double value);

}  // namespace py2cpp
