// Fusion of single-use array temporaries into their use.
//
// NumPy evaluates `d1 = np.log(S / K) + ...` into a new array, then reads it once in
// `put = ... norm.cdf(-d1) ...`. Compiled the same way, every such temporary costs a full pass
// over memory and an array of storage (for Black–Scholes, two more arrays than the inputs and the
// output). The runtime's element-wise operations are lazy (docs/ARRAYS.md), so keeping `d1` as a
// lazy expression (`const auto d1 = ...;`, marked Assign::lazy) computes it inside the loop that
// evaluates its use, with no temporary, while the C++ keeps Python's names and statements.
//
// An assignment is made lazy only when that cannot be observed: the variable is an array assigned
// once (where it is declared) from a pure element-wise expression and read exactly once, later in
// the same block, in the top-level expression of a statement; no statement in between (nor the
// using statement) has side effects, and none assigns a variable the expression reads. Then every
// element is computed from the same inputs as before, in the same IEEE operations.
#pragma once

#include "ir/ir.hpp"

namespace py2cpp::ir {

// Marks the assignments of `body` that can stay lazy.
void fuse_elementwise_temporaries(Block& body);
// The pass: every function body and the main program.
void fuse_elementwise_temporaries(Module& module);

}  // namespace py2cpp::ir
