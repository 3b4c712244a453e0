// Checks the invariants of ir.hpp before emission, so a gap in inference becomes a located
// diagnostic instead of C++ that fails to compile.
#pragma once

#include "diag/diagnostics.hpp"
#include "ir/ir.hpp"

namespace py2cpp::ir {

// Reports (as errors) expressions whose type is not fully known.
void verify_module(const Module& module, Diagnostics& diags);

}  // namespace py2cpp::ir
