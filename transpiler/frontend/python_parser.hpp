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

// Decodes the bytes of a source file the way CPython does when it runs the file: a UTF-8 BOM, a
// PEP 263 coding cookie on line 1 or 2, UTF-8 otherwise. A NUL byte or bytes that do not decode
// leave `text` empty and set `decode_error` to CPython's message, located where CPython locates it.
SourceFile decode_python_source(const std::string& path, std::string bytes);

// Parses `file` into `module`; reports problems to `diags`. The module name is derived from the path.
// A file whose decoding failed (decode_error) is reported as the syntax error it is.
void parse_python(const SourceFile& file, ast::Module& module, Diagnostics& diags);

}  // namespace py2cpp
