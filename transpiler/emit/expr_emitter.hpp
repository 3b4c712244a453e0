// Expressions of the typed IR as C++ text with minimal parentheses.
#pragma once

#include <functional>
#include <set>
#include <string>

#include "ir/ir.hpp"

namespace py2cpp {

// A tuple literal of variables only (no tuples among them): its C++ type can be left to deduction
// (`std::tuple{a, b}`, `return {a, b};`).
bool elements_are_plain_variables(const ir::TupleMake& e);

// C++ precedence levels, higher binds tighter.
enum Prec : int {
    kPrecLowest = 0, kPrecConditional = 3, kPrecOr = 4, kPrecAnd = 5, kPrecBitOr = 6, kPrecBitXor = 7, kPrecBitAnd = 8,
    kPrecEquality = 9, kPrecRelational = 10, kPrecShift = 11, kPrecAdditive = 12, kPrecMultiplicative = 13,
    kPrecUnary = 14, kPrecPrimary = 16
};

struct Code {
    std::string text;
    int prec = kPrecPrimary;
};

class ExprEmitter {
public:
    explicit ExprEmitter(const std::set<std::string>& overloaded_functions) : overloaded_(overloaded_functions) {}

    Code emit(const ir::Expr& e);
    // `e` as an operand that needs at least precedence `min_prec` (parenthesised otherwise).
    std::string operand(const ir::Expr& e, int min_prec);
    std::string text(const ir::Expr& e) { return emit(e).text; }
    // An expression evaluated for its effects alone: a call that returns nothing (C++ `void`) is
    // the bare call here, where as a value it reads as `(f(x), py::None)` — Python's None.
    std::string statement_text(const ir::Expr& e);
    // `e` in a context that needs a bool (if/while conditions are already bool in the IR).
    std::string condition(const ir::Expr& e) { return emit(e).text; }

    Code operator()(const ir::Const& e);
    Code operator()(const ir::Var& e);
    Code operator()(const ir::Cast& e);
    Code operator()(const ir::Truthy& e);
    Code operator()(const ir::Binary& e);
    Code operator()(const ir::Unary& e);
    Code operator()(const ir::Compare& e);
    Code operator()(const ir::BoolOp& e);
    Code operator()(const ir::IfExp& e);
    Code operator()(const ir::UserCall& e);
    Code operator()(const ir::LibraryCall& e);
    Code user_call(const ir::UserCall& e);
    Code library_call(const ir::LibraryCall& e);
    std::string tuple_elements(const ir::TupleMake& e);  // "a, b, c"
    std::string list_display(const ir::TupleMake& e);  // "{1.0, 2.5}"
    Code library_call(const ir::LibraryCall& e, const std::string& cpp_template);  // with another template
    Code operator()(const ir::TupleMake& e);
    Code operator()(const ir::TupleGet& e);
    Code operator()(const ir::FieldGet& e);
    Code operator()(const ir::FString& e);
    Code operator()(const ir::Let& e);
    Code operator()(const ir::BlockExpr& e);

    // Renders the statements of a BlockExpr, indented one level (set by the statement emitter).
    std::function<std::string(const ir::Block&)> render_block;
    // At namespace scope (a module constant's initializer) a lambda may not capture.
    bool namespace_scope = false;

private:
    std::string call_argument(const ir::Expr& e, bool exact_type);
    Code array_binary(const ir::Binary& e);

    const std::set<std::string>& overloaded_;
};

// True for expressions that can be evaluated twice without a visible difference (names, literals).
bool is_trivially_copyable_expr(const ir::Expr& e);

}  // namespace py2cpp
