// Python evaluates operands and arguments left to right; C++ does not specify the order of
// function arguments or of the operands of most binary operators (GCC often goes right to left).
//
// This pass finds every node with a sub-expression that has side effects (calls of the module's
// functions, print, ...) and another one that has effects or may raise, and evaluates all but the
// last of those first, in order, through a Let node (so `f_that_raises() + g_that_prints()` never
// prints). Pure operands are left in place, so ordinary arithmetic is untouched.
#pragma once

#include "ir/ir.hpp"

namespace py2cpp::ir {

void sequence_side_effects(Block& body);
// The pass: every function body and the main program (module constants are left as written).
void sequence_side_effects(Module& module);

// Whether evaluating `e` can have an effect another operand could observe: output, a store, or an
// exception from user code. Library math is treated as pure.
bool has_side_effects(const Expr& e);

// Whether running `body` can be observed from outside other than through its result, or its
// result depends on more than its arguments: output, an explicit raise or assert, a store to a
// module variable or a read of one that functions assign (`global`), or a call of a function
// that does any of these. Errors the runtime raises for
// arithmetic (ZeroDivisionError, a math domain error) are not counted: when two such operands
// both fail, which error is reported first may differ from Python.
bool has_observable_effects(const Block& body);
// The same, not counting assignments to the fields of the object in variable `own_object` (a
// constructor's new object, which nothing else can see yet).
bool has_observable_effects(const Block& body, int own_object);

}  // namespace py2cpp::ir
