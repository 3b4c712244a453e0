// Python evaluates operands and arguments left to right; C++ does not specify the order of
// function arguments or of the operands of most binary operators (GCC often goes right to left).
//
// This pass finds every node with two or more sub-expressions that have side effects (calls of the
// module's functions, print, ...) and evaluates all but the last of them first, in order, through a
// Let node. Pure operands are left in place, so ordinary arithmetic is untouched.
#pragma once

#include "ir/ir.hpp"

namespace py2cpp::ir {

void sequence_side_effects(Block& body);

}  // namespace py2cpp::ir
