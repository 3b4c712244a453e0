// Left-to-right evaluation of operands with side effects (see evaluation_order.hpp).
#include "ir/evaluation_order.hpp"

#include <string>

#include "ir/walker.hpp"

namespace py2cpp::ir {
namespace {

// Finds a node whose evaluation can be observed. Only the nodes that are effects themselves are
// named here; the walker reaches every other node's children.
class EffectFinder : public IRVisitor {
public:
    bool found = false;
    int own_object = -1;  // see has_observable_effects
    explicit EffectFinder(bool state_reads_count = false) : state_reads_count_(state_reads_count) {}

    void expr(const Expr& e) override {
        if (!found) IRVisitor::expr(e);
    }
    void stmt(const Stmt& s) override {
        if (!found) IRVisitor::stmt(s);
    }

protected:
    void visit(const UserCall& e) override {
        if (!e.callee_pure) found = true;
        else visit_children(e);
    }
    void visit(const LibraryCall& e) override {
        // print, np.random.* and friends; not the filling of a comprehension's own list.
        if ((e.type.is(TypeKind::None) && !fills_local_list(e)) || e.effects) found = true;
        else visit_children(e);
    }
    // A comprehension's list is its own until the comprehension returns it: appending to it is
    // not observable.
    void visit(const BlockExpr& e) override {
        const int saved = local_list_;
        local_list_ = e.value->kind == ExprKind::Var ? e.value->as<Var>().var_id : -1;
        visit_children(e);
        local_list_ = saved;
    }
    void visit(const Let& e) override {
        (void)e;
        found = true;  // exists only because its bindings have effects
    }
    void visit(const Raise& s) override {
        (void)s;
        found = true;
    }
    void visit(const Yield& s) override {  // hands a value to the generator's consumer
        (void)s;
        found = true;
    }
    void visit(const For& s) override {  // a loop over a generator advances it (and runs its body)
        if (s.iterable && holds_generator(s.iterable->type)) found = true;
        else visit_children(s);
    }
    void visit(const Assign& s) override {
        if (s.global) found = true;  // a module variable others read
        else visit_children(s);
    }
    // Reading a module variable some function assigns: not an effect of an expression, but a
    // function doing so is not pure (its result depends on when it is called).
    void visit(const Var& e) override {
        if (e.rebound && state_reads_count_) found = true;
    }
    void visit(const FieldAssign& s) override {
        if (own_object >= 0 && s.object->kind == ExprKind::Var && s.object->as<Var>().var_id == own_object) visit_children(s);
        else found = true;  // changes an object others may see
    }

private:
    bool fills_local_list(const LibraryCall& e) const {
        if (local_list_ < 0 || e.args.empty() || e.args.front().second.size() != 1) return false;
        const Expr& receiver = *e.args.front().second.front();
        return receiver.kind == ExprKind::Var && receiver.as<Var>().var_id == local_list_;
    }
    int local_list_ = -1;
    bool state_reads_count_;
    void visit(const Assert& s) override {
        (void)s;
        found = true;
    }
};

// Finds arithmetic that raises on some operands: division, modulo, powers and shifts of
// numbers (ZeroDivisionError, ValueError: negative shift count, ...). Calls are not counted
// (library math is treated as pure, as has_side_effects does, and a pure user function too),
// so expressions made of calls keep their plain form; a call with effects is an effect anyway.
class RaiseFinder : public IRVisitor {
public:
    bool found = false;

    void expr(const Expr& e) override {
        if (!found) IRVisitor::expr(e);
    }

protected:
    void visit(const Binary& e) override {
        switch (e.op) {
            case BinaryOp::TrueDiv:
            case BinaryOp::FloorDiv:
            case BinaryOp::Mod:
            case BinaryOp::Pow:
            case BinaryOp::LShift:
            case BinaryOp::RShift:
                if (!e.type.is_array()) {
                    found = true;
                    return;
                }
                break;
            default: break;
        }
        visit_children(e);
    }
};

bool may_raise(const Expr& e) {
    RaiseFinder finder;
    finder.expr(e);
    return finder.found;
}

// Finds a read of a list, dict, set or object variable inside a computation (len(xs), d[k], s.copy()):
// a value another operand's effect (xs.pop(), a defaultdict's d[k]) can change. A bare variable
// is not one: the handle is passed, and Python's callee sees the object after every argument
// was evaluated too.
class ContainerReadFinder : public IRVisitor {
public:
    bool found = false;

    void expr(const Expr& e) override {
        if (!found) IRVisitor::expr(e);
    }

protected:
    void visit(const Var& e) override {
        if (e.rebound) found = true;
        if (e.type.is(TypeKind::List) || e.type.is_dict() || e.type.is_set() || e.type.is(TypeKind::Object)) found = true;
    }
    void visit(const FieldGet& e) override {
        (void)e;
        found = true;  // an object's field, which a method call among the operands may change
    }
};

bool reads_container(const Expr& e) {
    if (e.kind == ExprKind::Var) return e.as<Var>().rebound;  // a copy of a value a call may change (`global`)
    ContainerReadFinder finder;
    finder.expr(e);
    return finder.found;
}

// The operand slots of one node whose relative order C++ leaves unspecified. Every node is named,
// so a new node must decide here.
struct UnorderedOperands {
    std::vector<ExprPtr*> slots;

    void all(std::vector<ExprPtr>& list) {
        for (auto& x : list) slots.push_back(&x);
    }
    void operator()(Binary& e) { slots = {&e.lhs, &e.rhs}; }
    void operator()(UserCall& e) { all(e.args); }
    void operator()(LibraryCall& e) {
        for (auto& [name, values] : e.args) all(values);
    }
    void operator()(TupleMake& e) { all(e.elements); }
    void operator()(FString& e) {
        for (auto& p : e.parts)
            if (p.value) slots.push_back(&p.value);
    }
    void operator()(Compare& e) {
        if (e.operands.size() == 2) slots = {&e.operands[0], &e.operands[1]};  // longer chains are sequenced by the emitter
    }
    // Sequenced by C++ itself (&&, ?:, a lambda body), or a single operand.
    void operator()(Const&) {}
    void operator()(Var&) {}
    void operator()(Cast&) {}
    void operator()(Truthy&) {}
    void operator()(Unary&) {}
    void operator()(BoolOp&) {}
    void operator()(IfExp&) {}
    void operator()(TupleGet&) {}
    void operator()(FieldGet&) {}
    void operator()(Let&) {}
    void operator()(BlockExpr&) {}
};

// Children first, then the node. The unordered operands that matter for order are those with
// effects and, when there is at least one of those, those that may raise (an exception must stop
// the effects of the operands to its right, and only them) and those that read a list, dict or
// set (`print(len(xs), xs.pop())`, `f(d[k], d.pop(k))`); all but the last of them are bound in
// a Let. Operands that may raise but have no effect are left in place among themselves: which
// of two failing operands reports its error first may still differ from Python.
class Sequencer : public IRMutator {
public:
    void mutate(ExprPtr& e) override {
        if (!e) return;
        IRMutator::mutate(e);
        UnorderedOperands unordered;
        visit_expr(*e, unordered);
        std::vector<ExprPtr*> effectful;
        bool any_effect = false;
        for (ExprPtr* slot : unordered.slots) {
            const bool effect = has_side_effects(**slot);
            any_effect = any_effect || effect;
            if (effect || may_raise(**slot) || reads_container(**slot)) effectful.push_back(slot);
        }
        if (effectful.size() < 2 || !any_effect) return;
        auto let = std::make_unique<Let>(e->loc, e->type);
        for (size_t i = 0; i + 1 < effectful.size(); ++i) {
            ExprPtr& slot = *effectful[i];
            // Ends in '_': the reserved space of generated names (ir/names.hpp), no user name collides.
            std::string name = "arg" + std::to_string(counter_++) + "_";
            auto var = std::make_unique<Var>(slot->loc, slot->type, name, name);
            let->bindings.emplace_back(name, std::move(slot));
            slot = std::move(var);
        }
        let->body = std::move(e);
        e = std::move(let);
    }
    using IRMutator::mutate;

private:
    int counter_ = 0;
};

}  // namespace

bool has_side_effects(const Expr& e) {
    EffectFinder finder;
    finder.expr(e);
    return finder.found;
}

bool has_observable_effects(const Block& body) {
    EffectFinder finder(/*state_reads_count=*/true);
    finder.block(body);
    return finder.found;
}

bool has_observable_effects(const Block& body, int own_object) {
    EffectFinder finder(/*state_reads_count=*/true);
    finder.own_object = own_object;
    finder.block(body);
    return finder.found;
}

void sequence_side_effects(Block& body) {
    Sequencer sequencer;
    sequencer.mutate(body);
}

void sequence_side_effects(Module& module) {
    for (auto& f : module.functions) sequence_side_effects(f.body);
    sequence_side_effects(module.main_body);
}

}  // namespace py2cpp::ir
