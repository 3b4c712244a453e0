// Front end: parse Python source with CPython's own parser, embedded through the Python C API.
//
// Assumes: nothing about the input; any text may arrive.
// Guarantees: either a complete ast::Module whose every node is in the supported subset and
// carries its location, or diagnostics explaining each construct that was rejected (a syntax error
// is one diagnostic with Python's own message). The user's code is never executed: only
// `ast.parse` and `tokenize` run inside the embedded interpreter.
#pragma once

#include <string>

#include "diag/diagnostics.hpp"
#include "frontend/ast.hpp"

namespace py2cpp {

// Parses `file` into `module`; reports problems to `diags`. The module name is derived from the path.
void parse_python(const SourceFile& file, ast::Module& module, Diagnostics& diags);

}  // namespace py2cpp
