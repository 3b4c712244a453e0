// Recorded signatures: FILE.py2cpp-sigs beside a source file FILE.py, as `py2cpp trace` writes it
// (validate/py2cpp_trace.py) and users edit it.
//
// Format: one `export FUNCTION(TYPE, ...)` line per specialisation, in the --sig language;
// `#` starts a comment; blank lines are ignored.
//
// Assumes: the module parsed (its functions are known) and analyze_module has run.
// Guarantees: every well-formed line naming a function of the module with the right number of
// parameters and types py2cpp knows becomes an entry of `symbols` (origin "recorded"), unless a
// --sig names that function (a --sig replaces every other signature of its function). Lines py2cpp
// cannot use yet (a type it does not compile, a function no longer in the module, a changed
// parameter count) are warnings that name the file and line — the file may be older than the
// source or record types a later py2cpp supports — and a malformed line is an error. Both are
// reported through `diags`, which must be bound to the signatures file (see signatures_path).
#pragma once

#include <optional>
#include <string>

#include "diag/diagnostics.hpp"
#include "frontend/ast.hpp"
#include "sema/module_symbols.hpp"

namespace py2cpp {

// The signatures file of a source file: `dir/prog.py` -> `dir/prog.py2cpp-sigs`.
std::string signatures_path(const std::string& source_path);

// Reads `file` (the text of signatures_path(source)) into `symbols.entries`.
void add_recorded_signatures(const SourceFile& file, const ast::Module& module, ModuleSymbols& symbols,
                             Diagnostics& diags);

// Reads signatures_path(source_path) when it exists. Appends its rendered diagnostics to
// `rendered`; false when the file has errors.
bool load_recorded_signatures(const std::string& source_path, const ast::Module& module, ModuleSymbols& symbols,
                              std::string& rendered);

}  // namespace py2cpp
