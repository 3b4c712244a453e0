// Declarations hoisted to the top of a body.
//
// Python's function scope is wider than C++'s block scope: a variable assigned inside a loop or
// branch and used after it must be declared before that block. infer/variables.cpp decides which
// variables these are (Function::hoisted, Module::main_hoisted); this pass writes them as Declare
// statements at the top of the body — after the copies that widen reassigned parameters, which
// the declarations' initial values do not depend on — and empties the lists.
#pragma once

#include "ir/ir.hpp"

namespace py2cpp::ir {

void hoist_declarations(Module& module);

}  // namespace py2cpp::ir
