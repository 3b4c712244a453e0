#include "ir/verify.hpp"

#include <fmt/format.h>

namespace py2cpp::ir {
namespace {

class Verifier {
public:
    explicit Verifier(Diagnostics& diags) : diags_(diags) {}

    void block(const Block& b) {
        for (const auto& s : b) stmt(*s);
    }

private:
    void check(const Expr* e) {
        if (!e) return;
        if (!e->type.is_known() && !reported_) {
            diags_.error(e->loc, "internal error: the type of this expression could not be inferred",
                         "please report this file; annotating the function's return type may work around it");
            reported_ = true;
        }
        for (const Expr* child : children(*e)) check(child);
    }

    static std::vector<const Expr*> children(const Expr& e) {
        std::vector<const Expr*> out;
        auto add = [&](const auto& list) { for (const auto& x : list) out.push_back(x.get()); };
        switch (e.kind) {
            case ExprKind::Cast: out.push_back(e.as<Cast>().operand.get()); break;
            case ExprKind::Truthy: out.push_back(e.as<Truthy>().operand.get()); break;
            case ExprKind::Binary: out = {e.as<Binary>().lhs.get(), e.as<Binary>().rhs.get()}; break;
            case ExprKind::Unary: out.push_back(e.as<Unary>().operand.get()); break;
            case ExprKind::Compare: add(e.as<Compare>().operands); break;
            case ExprKind::BoolOp: add(e.as<BoolOp>().values); break;
            case ExprKind::IfExp: out = {e.as<IfExp>().test.get(), e.as<IfExp>().body.get(), e.as<IfExp>().orelse.get()}; break;
            case ExprKind::UserCall: add(e.as<UserCall>().args); break;
            case ExprKind::LibraryCall: for (const auto& [name, values] : e.as<LibraryCall>().args) add(values); break;
            case ExprKind::TupleMake: add(e.as<TupleMake>().elements); break;
            case ExprKind::TupleGet: out.push_back(e.as<TupleGet>().tuple.get()); break;
            case ExprKind::FString: for (const auto& p : e.as<FString>().parts) out.push_back(p.value.get()); break;
            case ExprKind::Let:
                for (const auto& [name, value] : e.as<Let>().bindings) out.push_back(value.get());
                out.push_back(e.as<Let>().body.get());
                break;
            case ExprKind::Const: case ExprKind::Var: break;
        }
        return out;
    }

    void stmt(const Stmt& s) {
        switch (s.kind) {
            case StmtKind::Assign: check(s.as<Assign>().value.get()); break;
            case StmtKind::TupleAssign: check(s.as<TupleAssign>().value.get()); break;
            case StmtKind::If: check(s.as<If>().test.get()); block(s.as<If>().body); block(s.as<If>().orelse); break;
            case StmtKind::While: check(s.as<While>().test.get()); block(s.as<While>().body); break;
            case StmtKind::ForRange:
                check(s.as<ForRange>().start.get());
                check(s.as<ForRange>().stop.get());
                check(s.as<ForRange>().step.get());
                block(s.as<ForRange>().body);
                break;
            case StmtKind::Return: check(s.as<Return>().value.get()); break;
            case StmtKind::ExprStmt: check(s.as<ExprStmt>().value.get()); break;
            case StmtKind::Assert: check(s.as<Assert>().test.get()); check(s.as<Assert>().msg.get()); break;
            case StmtKind::Raise: check(s.as<Raise>().msg.get()); break;
            case StmtKind::Declare: case StmtKind::Break: case StmtKind::Continue: break;
        }
    }

    Diagnostics& diags_;
    bool reported_ = false;
};

}  // namespace

void verify_module(const Module& module, Diagnostics& diags) {
    Verifier verifier(diags);
    for (const auto& f : module.functions) {
        if (!f.return_type.is_known())
            diags.error(f.loc, fmt::format("internal error: the return type of '{}' could not be inferred", f.py_name),
                        fmt::format("annotate it, e.g. 'def {}(...) -> float:'", f.py_name));
        verifier.block(f.body);
    }
    verifier.block(module.main_body);
}

}  // namespace py2cpp::ir
