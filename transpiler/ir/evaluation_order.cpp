#include "ir/evaluation_order.hpp"

#include <string>

namespace py2cpp::ir {
namespace {

template <class List>
bool any_side_effects(const List& list) {
    for (const auto& x : list)
        if (x && has_side_effects(*x)) return true;
    return false;
}

}  // namespace

bool has_side_effects(const Expr& e) {
    switch (e.kind) {
        case ExprKind::UserCall: return !e.as<UserCall>().callee_pure || any_side_effects(e.as<UserCall>().args);
        case ExprKind::Let: return true;
        case ExprKind::LibraryCall: {
            const auto& c = e.as<LibraryCall>();
            if (c.type.is(TypeKind::None) || c.effects) return true;  // print, np.random.* and friends
            for (const auto& [name, values] : c.args)
                if (any_side_effects(values)) return true;
            return false;
        }
        case ExprKind::Cast: return has_side_effects(*e.as<Cast>().operand);
        case ExprKind::Truthy: return has_side_effects(*e.as<Truthy>().operand);
        case ExprKind::Unary: return has_side_effects(*e.as<Unary>().operand);
        case ExprKind::Binary: return has_side_effects(*e.as<Binary>().lhs) || has_side_effects(*e.as<Binary>().rhs);
        case ExprKind::Compare: return any_side_effects(e.as<Compare>().operands);
        case ExprKind::BoolOp: return any_side_effects(e.as<BoolOp>().values);
        case ExprKind::IfExp: {
            const auto& i = e.as<IfExp>();
            return has_side_effects(*i.test) || has_side_effects(*i.body) || has_side_effects(*i.orelse);
        }
        case ExprKind::TupleMake: return any_side_effects(e.as<TupleMake>().elements);
        case ExprKind::TupleGet: return has_side_effects(*e.as<TupleGet>().tuple);
        case ExprKind::FString:
            for (const auto& p : e.as<FString>().parts)
                if (p.value && has_side_effects(*p.value)) return true;
            return false;
        case ExprKind::Const:
        case ExprKind::Var: return false;
    }
    return true;
}

namespace {

class Sequencer {
public:
    void block(Block& b) {
        for (auto& s : b) stmt(*s);
    }

private:
    // The operand slots whose relative order C++ leaves unspecified, for one node.
    std::vector<ExprPtr*> unordered_operands(Expr& e) {
        std::vector<ExprPtr*> slots;
        switch (e.kind) {
            case ExprKind::Binary: slots = {&static_cast<Binary&>(e).lhs, &static_cast<Binary&>(e).rhs}; break;
            case ExprKind::UserCall: for (auto& a : static_cast<UserCall&>(e).args) slots.push_back(&a); break;
            case ExprKind::LibraryCall:
                for (auto& [name, values] : static_cast<LibraryCall&>(e).args)
                    for (auto& v : values) slots.push_back(&v);
                break;
            case ExprKind::TupleMake: for (auto& a : static_cast<TupleMake&>(e).elements) slots.push_back(&a); break;
            case ExprKind::FString:
                for (auto& p : static_cast<FString&>(e).parts)
                    if (p.value) slots.push_back(&p.value);
                break;
            case ExprKind::Compare: {
                auto& c = static_cast<Compare&>(e);
                if (c.operands.size() == 2) slots = {&c.operands[0], &c.operands[1]};  // longer chains are sequenced by the emitter
                break;
            }
            default: break;
        }
        return slots;
    }

    void children(Expr& e) {
        switch (e.kind) {
            case ExprKind::Cast: expr(static_cast<Cast&>(e).operand); break;
            case ExprKind::Truthy: expr(static_cast<Truthy&>(e).operand); break;
            case ExprKind::Unary: expr(static_cast<Unary&>(e).operand); break;
            case ExprKind::BoolOp: for (auto& v : static_cast<BoolOp&>(e).values) expr(v); break;
            case ExprKind::IfExp: {
                auto& i = static_cast<IfExp&>(e);
                expr(i.test); expr(i.body); expr(i.orelse);
                break;
            }
            case ExprKind::TupleGet: expr(static_cast<TupleGet&>(e).tuple); break;
            case ExprKind::Compare: for (auto& v : static_cast<Compare&>(e).operands) expr(v); break;
            default:
                for (ExprPtr* slot : unordered_operands(e)) expr(*slot);
                break;
        }
    }

    void expr(ExprPtr& e) {
        if (!e) return;
        children(*e);
        std::vector<ExprPtr*> effectful;
        for (ExprPtr* slot : unordered_operands(*e))
            if (has_side_effects(**slot)) effectful.push_back(slot);
        if (effectful.size() < 2) return;
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

    void stmt(Stmt& s) {
        switch (s.kind) {
            case StmtKind::Assign: expr(static_cast<Assign&>(s).value); break;
            case StmtKind::TupleAssign: expr(static_cast<TupleAssign&>(s).value); break;
            case StmtKind::If:
                expr(static_cast<If&>(s).test);
                block(static_cast<If&>(s).body);
                block(static_cast<If&>(s).orelse);
                break;
            case StmtKind::While:
                expr(static_cast<While&>(s).test);
                block(static_cast<While&>(s).body);
                break;
            case StmtKind::ForRange: {
                auto& f = static_cast<ForRange&>(s);
                expr(f.start); expr(f.stop); expr(f.step);
                block(f.body);
                break;
            }
            case StmtKind::Return: expr(static_cast<Return&>(s).value); break;
            case StmtKind::ExprStmt: expr(static_cast<ExprStmt&>(s).value); break;
            case StmtKind::Assert: expr(static_cast<Assert&>(s).test); expr(static_cast<Assert&>(s).msg); break;
            case StmtKind::Raise: expr(static_cast<Raise&>(s).msg); break;
            case StmtKind::Declare: case StmtKind::Break: case StmtKind::Continue: break;
        }
    }

    int counter_ = 0;
};

}  // namespace

bool has_observable_effects(const Block& body) {
    auto expr = [](const ExprPtr& e) { return e && has_side_effects(*e); };
    for (const auto& s : body) {
        switch (s->kind) {
            case StmtKind::Raise: case StmtKind::Assert: return true;
            case StmtKind::Assign: if (expr(s->as<Assign>().value)) return true; break;
            case StmtKind::TupleAssign: if (expr(s->as<TupleAssign>().value)) return true; break;
            case StmtKind::Return: if (expr(s->as<Return>().value)) return true; break;
            case StmtKind::ExprStmt: if (expr(s->as<ExprStmt>().value)) return true; break;
            case StmtKind::If:
                if (expr(s->as<If>().test) || has_observable_effects(s->as<If>().body) || has_observable_effects(s->as<If>().orelse)) return true;
                break;
            case StmtKind::While:
                if (expr(s->as<While>().test) || has_observable_effects(s->as<While>().body)) return true;
                break;
            case StmtKind::ForRange: {
                const auto& f = s->as<ForRange>();
                if (expr(f.start) || expr(f.stop) || expr(f.step) || has_observable_effects(f.body)) return true;
                break;
            }
            case StmtKind::Declare: case StmtKind::Break: case StmtKind::Continue: break;
        }
    }
    return false;
}

void sequence_side_effects(Block& body) {
    Sequencer sequencer;
    sequencer.block(body);
}

}  // namespace py2cpp::ir
