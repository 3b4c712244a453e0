// Nested functions and lambdas used as values (closures): what each one captures, and whether
// capturing a variable by value is Python's semantics at the point the closure is made.
//
// A nested `def` or a lambda is lifted to a function of the module (key `outer.<locals>.inner`,
// C++ name `inner_in_outer_`) whose leading parameters are the variables of the enclosing
// functions it reads (its captures). infer/lower_closures.cpp makes the value (a struct of the
// captured values) and calls through it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "frontend/ast.hpp"

namespace py2cpp {

struct ModuleSymbols;
class Diagnostics;

// Fills FunctionDef::key/cpp_name/captures/nested of every nested function and lambda (the
// lambda's `function`) of the module's functions, methods and main program, and registers them in
// `symbols.functions` under their keys. The main program's captures are its variables
// (`symbols.module_variables`); module constants are read directly, as globals.
void analyze_closures(const ast::Module& module, ModuleSymbols& symbols);

// Why capturing `name` by value where `closure` (a nested FunctionDef or a Lambda node) is made,
// in the body `body` of the enclosing function, would differ from Python's late binding: a binding
// of `name` after the closure is made, or in a loop that also makes the closure. nullopt when
// none (every binding precedes the closure, outside its loops).
std::optional<std::string> rebinding_after_capture(const std::vector<const ast::Stmt*>& body, const void* closure, const std::string& name);

}  // namespace py2cpp
