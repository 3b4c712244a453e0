// Making implicit conversions explicit in the IR: numeric promotion (Cast) and truth-testing.
#pragma once

#include "ir/ir.hpp"

namespace py2cpp::ir {

// Converts `e` to the numeric scalar type `to` (bool -> int -> float). Constants are folded so the
// emitted code reads `0.0`, not `double(0)`. Returns `e` unchanged when the types already agree.
// `e` is taken by rvalue reference so that callers may write promote(std::move(v), f(v->type)):
// with a by-value parameter, `v` could be moved from before `v->type` is read (the order of
// argument evaluation is unspecified; clang reads left to right and crashed there).
ExprPtr promote(ExprPtr&& e, const Type& to);

// Converts `e` to `to` where Python values convert implicitly in compiled code: numeric
// promotion, and element-wise promotion of tuples (a tuple literal is converted element by element
// so the C++ stays readable).
ExprPtr convert(ExprPtr e, const Type& to);

// The value of `e`, which may be None (an Optional), where Python uses it as a value: Python's
// exception `error` (a runtime class: "TypeError", "AttributeError") with `message` when it is None.
ExprPtr unwrap_none(ExprPtr e, const std::string& error, const std::string& message);

// Python truth-testing of `e` as a bool condition (`if x:` for an int x is `x != 0`).
ExprPtr to_condition(ExprPtr e);

}  // namespace py2cpp::ir
