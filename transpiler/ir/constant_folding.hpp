// Folding of integer constant expressions (`1000000007 * 998244353`, `1 << 40`).
//
// Needed for correctness, not only speed: C++ would evaluate two int literals in 32-bit `int`
// arithmetic, while Python computes them exactly. Folding computes them in 64 bits, with overflow
// detected, so the emitted literal is right or the user gets a diagnostic.
#pragma once

#include <cstdint>
#include <optional>

#include "ir/ir.hpp"

namespace py2cpp::ir {

enum class FoldResult { Folded, NotFoldable, Overflow };

// Folds `a op b` on Python ints; leaves division/modulo by zero and negative powers to run time.
FoldResult fold_int_binary(BinaryOp op, std::int64_t a, std::int64_t b, std::int64_t& out);

}  // namespace py2cpp::ir
