// The one walker over the IR: which children every node has, a read-only visitor and an in-place
// mutator that recurse into every child by default (Halide's IRVisitor/IRMutator).
//
// Contract:
//  * `for_each_operand` / `for_each_part` are the only code that knows the children of a node;
//    everything that walks the IR goes through them (via IRVisitor/IRMutator), so a pass overrides
//    only the nodes it cares about and still reaches every child of the others.
//  * Children are visited in Python's evaluation order; null optional children are skipped.
//  * Adding a node: its ExprKind/StmtKind makes the dispatch switches in ir.hpp fail to compile
//    (-Wswitch, no `default:`), and a struct the lists below do not name fails the static_assert
//    in for_each_operand/for_each_part. Then add one `visit` overload to each base class here.
#pragma once

#include <type_traits>

#include "ir/ir.hpp"

namespace py2cpp::ir {

template <class>
inline constexpr bool kNodeWithoutChildList = false;

// Calls f(slot) for each non-null sub-expression slot (ExprPtr&, const for a const node) of `e`.
template <class Node, class F>
void for_each_operand(Node& e, F&& f) {
    using T = std::remove_const_t<Node>;
    auto one = [&](auto& slot) { if (slot) f(slot); };
    auto all = [&](auto& list) { for (auto& x : list) one(x); };
    if constexpr (std::is_same_v<T, Const> || std::is_same_v<T, Var>) {
    } else if constexpr (std::is_same_v<T, Cast> || std::is_same_v<T, Truthy> || std::is_same_v<T, Unary>) {
        one(e.operand);
    } else if constexpr (std::is_same_v<T, Binary>) {
        one(e.lhs);
        one(e.rhs);
    } else if constexpr (std::is_same_v<T, Compare>) {
        all(e.operands);
    } else if constexpr (std::is_same_v<T, BoolOp>) {
        all(e.values);
    } else if constexpr (std::is_same_v<T, IfExp>) {
        one(e.test);
        one(e.body);
        one(e.orelse);
    } else if constexpr (std::is_same_v<T, UserCall>) {
        all(e.args);
    } else if constexpr (std::is_same_v<T, LibraryCall>) {
        for (auto& [name, values] : e.args) all(values);
    } else if constexpr (std::is_same_v<T, TupleMake>) {
        all(e.elements);
    } else if constexpr (std::is_same_v<T, TupleGet>) {
        one(e.tuple);
    } else if constexpr (std::is_same_v<T, FieldGet>) {
        one(e.object);
    } else if constexpr (std::is_same_v<T, FString>) {
        for (auto& part : e.parts) one(part.value);
    } else if constexpr (std::is_same_v<T, Let>) {
        for (auto& [name, value] : e.bindings) one(value);
        one(e.body);
    } else if constexpr (std::is_same_v<T, BlockExpr>) {
        one(e.value);  // and its statements: IRVisitor/IRMutator walk them first (visit_children)
    } else {
        static_assert(kNodeWithoutChildList<T>, "for_each_operand: list the children of this expression node");
    }
}

// Calls on_expr(slot) for each expression a statement evaluates itself and on_block(block) for each
// block nested in it, in execution order (an If's test, then its body, then its orelse).
template <class Node, class OnExpr, class OnBlock>
void for_each_part(Node& s, OnExpr&& on_expr, OnBlock&& on_block) {
    using T = std::remove_const_t<Node>;
    auto one = [&](auto& slot) { if (slot) on_expr(slot); };
    if constexpr (std::is_same_v<T, Declare> || std::is_same_v<T, Jump>) {
    } else if constexpr (std::is_same_v<T, Assign> || std::is_same_v<T, TupleAssign> || std::is_same_v<T, Return> ||
                         std::is_same_v<T, ExprStmt> || std::is_same_v<T, Yield>) {
        one(s.value);
    } else if constexpr (std::is_same_v<T, FieldAssign>) {
        one(s.value);  // Python evaluates the value, then the object
        one(s.object);
    } else if constexpr (std::is_same_v<T, If>) {
        one(s.test);
        on_block(s.body);
        on_block(s.orelse);
    } else if constexpr (std::is_same_v<T, While>) {
        one(s.test);
        on_block(s.body);
    } else if constexpr (std::is_same_v<T, For>) {
        one(s.start);
        one(s.stop);
        one(s.step);
        one(s.iterable);
        on_block(s.body);
    } else if constexpr (std::is_same_v<T, Assert>) {
        one(s.test);
        one(s.msg);
    } else if constexpr (std::is_same_v<T, Raise>) {
        one(s.msg);
        one(s.reraise);
    } else if constexpr (std::is_same_v<T, Try>) {
        on_block(s.body);
        for (auto& h : s.handlers) on_block(h.body);
        on_block(s.orelse);
        on_block(s.finalbody);
    } else {
        static_assert(kNodeWithoutChildList<T>, "for_each_part: list the expressions and blocks of this statement");
    }
}

// Read-only walk. Override `visit` for the nodes a pass cares about (calling `visit_children` to
// keep descending), or `expr`/`stmt`/`block` to see every node of that sort.
class IRVisitor {
public:
    virtual ~IRVisitor() = default;

    virtual void expr(const Expr& e) {
        visit_expr(e, [this](const auto& node) { visit(node); });
    }
    virtual void stmt(const Stmt& s) {
        visit_stmt(s, [this](const auto& node) { visit(node); });
    }
    virtual void block(const Block& b) {
        for (const auto& s : b) stmt(*s);
    }
    void function(const Function& f) { block(f.body); }
    // Globals, then every function, then the main program.
    void module(const Module& m) {
        for (const auto& g : m.globals) if (g.value) expr(*g.value);
        for (const auto& f : m.functions) function(f);
        block(m.main_body);
    }

protected:
    template <class Node>
    void visit_children(const Node& node) {
        if constexpr (std::is_same_v<Node, BlockExpr>) block(node.body);
        if constexpr (std::is_base_of_v<Expr, Node>)
            for_each_operand(node, [this](const ExprPtr& child) { expr(*child); });
        else
            for_each_part(node, [this](const ExprPtr& child) { expr(*child); }, [this](const Block& b) { block(b); });
    }

    virtual void visit(const Const& e) { visit_children(e); }
    virtual void visit(const Var& e) { visit_children(e); }
    virtual void visit(const Cast& e) { visit_children(e); }
    virtual void visit(const Truthy& e) { visit_children(e); }
    virtual void visit(const Binary& e) { visit_children(e); }
    virtual void visit(const Unary& e) { visit_children(e); }
    virtual void visit(const Compare& e) { visit_children(e); }
    virtual void visit(const BoolOp& e) { visit_children(e); }
    virtual void visit(const IfExp& e) { visit_children(e); }
    virtual void visit(const UserCall& e) { visit_children(e); }
    virtual void visit(const LibraryCall& e) { visit_children(e); }
    virtual void visit(const TupleMake& e) { visit_children(e); }
    virtual void visit(const TupleGet& e) { visit_children(e); }
    virtual void visit(const FString& e) { visit_children(e); }
    virtual void visit(const Let& e) { visit_children(e); }
    virtual void visit(const BlockExpr& e) { visit_children(e); }
    virtual void visit(const FieldGet& e) { visit_children(e); }

    virtual void visit(const Declare& s) { visit_children(s); }
    virtual void visit(const Assign& s) { visit_children(s); }
    virtual void visit(const TupleAssign& s) { visit_children(s); }
    virtual void visit(const FieldAssign& s) { visit_children(s); }
    virtual void visit(const If& s) { visit_children(s); }
    virtual void visit(const While& s) { visit_children(s); }
    virtual void visit(const For& s) { visit_children(s); }
    virtual void visit(const Jump& s) { visit_children(s); }
    virtual void visit(const Return& s) { visit_children(s); }
    virtual void visit(const ExprStmt& s) { visit_children(s); }
    virtual void visit(const Assert& s) { visit_children(s); }
    virtual void visit(const Raise& s) { visit_children(s); }
    virtual void visit(const Try& s) { visit_children(s); }
    virtual void visit(const Yield& s) { visit_children(s); }
};

// In-place walk. `mutate(ExprPtr&)` may replace the node in its slot (override it, call the base
// to transform the children first); `visit` overloads may edit a node's own fields.
class IRMutator {
public:
    virtual ~IRMutator() = default;

    virtual void mutate(ExprPtr& slot) {
        if (slot) visit_expr(*slot, [this](auto& node) { visit(node); });
    }
    virtual void mutate(Stmt& s) {
        visit_stmt(s, [this](auto& node) { visit(node); });
    }
    virtual void mutate(Block& b) {
        for (auto& s : b) mutate(*s);
    }
    void mutate(Function& f) { mutate(f.body); }

protected:
    template <class Node>
    void visit_children(Node& node) {
        if constexpr (std::is_same_v<Node, BlockExpr>) mutate(node.body);
        if constexpr (std::is_base_of_v<Expr, Node>)
            for_each_operand(node, [this](ExprPtr& child) { mutate(child); });
        else
            for_each_part(node, [this](ExprPtr& child) { mutate(child); }, [this](Block& b) { mutate(b); });
    }

    virtual void visit(Const& e) { visit_children(e); }
    virtual void visit(Var& e) { visit_children(e); }
    virtual void visit(Cast& e) { visit_children(e); }
    virtual void visit(Truthy& e) { visit_children(e); }
    virtual void visit(Binary& e) { visit_children(e); }
    virtual void visit(Unary& e) { visit_children(e); }
    virtual void visit(Compare& e) { visit_children(e); }
    virtual void visit(BoolOp& e) { visit_children(e); }
    virtual void visit(IfExp& e) { visit_children(e); }
    virtual void visit(UserCall& e) { visit_children(e); }
    virtual void visit(LibraryCall& e) { visit_children(e); }
    virtual void visit(TupleMake& e) { visit_children(e); }
    virtual void visit(TupleGet& e) { visit_children(e); }
    virtual void visit(FString& e) { visit_children(e); }
    virtual void visit(Let& e) { visit_children(e); }
    virtual void visit(BlockExpr& e) { visit_children(e); }
    virtual void visit(FieldGet& e) { visit_children(e); }

    virtual void visit(Declare& s) { visit_children(s); }
    virtual void visit(Assign& s) { visit_children(s); }
    virtual void visit(TupleAssign& s) { visit_children(s); }
    virtual void visit(FieldAssign& s) { visit_children(s); }
    virtual void visit(If& s) { visit_children(s); }
    virtual void visit(While& s) { visit_children(s); }
    virtual void visit(For& s) { visit_children(s); }
    virtual void visit(Jump& s) { visit_children(s); }
    virtual void visit(Return& s) { visit_children(s); }
    virtual void visit(ExprStmt& s) { visit_children(s); }
    virtual void visit(Assert& s) { visit_children(s); }
    virtual void visit(Raise& s) { visit_children(s); }
    virtual void visit(Try& s) { visit_children(s); }
    virtual void visit(Yield& s) { visit_children(s); }
};

}  // namespace py2cpp::ir
