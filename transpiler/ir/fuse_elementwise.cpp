// Fusion of single-use array temporaries (see fuse_elementwise.hpp).
#include "ir/fuse_elementwise.hpp"

#include <map>
#include <set>

#include "ir/evaluation_order.hpp"
#include "ir/walker.hpp"

namespace py2cpp::ir {
namespace {

// What each node is to fusion. Every node is named, so a new node must decide here.
//  * takes_expressions: element-wise operators and functions accept a lazy expression as operand;
//    members (`.at`, `.view`), reductions and products need an array.
//  * lazy: the runtime evaluates the node lazily and without effects (array arithmetic,
//    element-wise functions, views — a[1:] is computed on demand —, and the leaves).
struct FusionRole {
    bool takes_expressions = false;
    bool lazy = false;

    void operator()(const Const&) { lazy = true; }
    void operator()(const Var&) { lazy = true; }
    void operator()(const Cast&) { elementwise(); }
    void operator()(const Binary&) { elementwise(); }
    void operator()(const Unary&) { elementwise(); }
    void operator()(const Compare&) { elementwise(); }
    void operator()(const LibraryCall& e) {
        takes_expressions = e.elementwise;
        lazy = e.elementwise || e.qualified_name == "view";
    }
    void operator()(const Truthy&) {}
    void operator()(const BoolOp&) {}
    void operator()(const IfExp&) {}
    void operator()(const UserCall&) {}
    void operator()(const TupleMake&) {}
    void operator()(const TupleGet&) {}
    void operator()(const FieldGet&) {}
    void operator()(const FString&) {}
    void operator()(const Let&) {}
    void operator()(const BlockExpr&) {}

    void elementwise() { takes_expressions = lazy = true; }
};

FusionRole role_of(const Expr& e) {
    FusionRole role;
    visit_expr(e, role);
    return role;
}

// Whether every node of `e` is lazy.
bool is_lazy_elementwise(const Expr& e) {
    struct Check : IRVisitor {
        bool lazy = true;
        void expr(const Expr& x) override {
            if (lazy && (lazy = role_of(x).lazy)) IRVisitor::expr(x);
        }
    } check;
    check.expr(e);
    return check.lazy;
}

// Reads (Var nodes) and writes (assignment targets, loop variables) of each variable.
struct Accesses : IRVisitor {
    std::map<std::string, int> reads, writes;

    void visit(const Var& e) override { ++reads[e.cpp_name]; }
    void visit(const Assign& s) override {
        ++writes[s.cpp_name];
        visit_children(s);
    }
    void visit(const TupleAssign& s) override {
        for (const auto& t : s.targets) ++writes[t.cpp_name];
        visit_children(s);
    }
    void visit(const For& s) override {
        ++writes[s.var];
        visit_children(s);
    }
};

// The statement's own expressions only: nested blocks are not entered.
struct OwnExpressions : IRVisitor {
    void block(const Block&) override {}
};

// Where `name` is read among the own expressions of a statement: not at all, once where a lazy
// expression is accepted (an element-wise operand, or the whole value assigned or returned, which
// converts to an array), or elsewhere.
enum class Use { None, Lazy, Other };

struct FindUse : OwnExpressions {
    const std::string& name;
    bool whole_value_accepts_lazy;
    Use use = Use::None;
    const Expr* parent = nullptr;

    FindUse(const std::string& n, bool whole_value) : name(n), whole_value_accepts_lazy(whole_value) {}

    void expr(const Expr& e) override {
        if (e.kind == ExprKind::Var && e.as<Var>().cpp_name == name) {
            const bool accepts = parent ? role_of(*parent).takes_expressions : whole_value_accepts_lazy;
            use = accepts && use == Use::None ? Use::Lazy : Use::Other;
        }
        const Expr* outer = parent;
        parent = &e;
        IRVisitor::expr(e);
        parent = outer;
    }
};

Use find_use(const Stmt& s, const std::string& name) {
    FindUse finder(name, s.kind == StmtKind::Assign || s.kind == StmtKind::Return);
    finder.stmt(s);
    return finder.use;
}

bool own_expressions_have_effects(const Stmt& s) {
    struct Effects : OwnExpressions {
        bool found = false;
        void expr(const Expr& e) override { found = found || has_side_effects(e); }
    } effects;
    effects.stmt(s);
    return effects.found;
}

// Statements that hold blocks (control flow), raise or assert end the stretch fusion may cross.
bool ends_fusion_stretch(const Stmt& s) {
    struct Blocks : IRVisitor {
        bool nested = false;
        void block(const Block&) override { nested = true; }
    } blocks;
    blocks.stmt(s);
    return blocks.nested || s.kind == StmtKind::Raise || s.kind == StmtKind::Assert || own_expressions_have_effects(s);
}

class Fuser : public IRMutator {
public:
    explicit Fuser(const Block& body) { totals_.block(body); }

    // Inner blocks first, then each assignment of this block.
    void mutate(Block& b) override {
        for (size_t i = 0; i < b.size(); ++i) {
            IRMutator::mutate(*b[i]);
            if (can_fuse(b, i)) static_cast<Assign&>(*b[i]).lazy = true;
        }
    }
    using IRMutator::mutate;

private:
    // Whether the assignment b[i] may stay lazy until its only use.
    bool can_fuse(const Block& b, size_t i) {
        if (b[i]->kind != StmtKind::Assign) return false;
        const auto& a = b[i]->as<Assign>();
        if (!a.declares || !a.type.is_array() || !is_lazy_elementwise(*a.value)) return false;
        if (totals_.reads[a.cpp_name] != 1 || totals_.writes[a.cpp_name] != 1) return false;
        Accesses operands;
        operands.expr(*a.value);
        for (size_t j = i + 1; j < b.size(); ++j) {
            const Use use = find_use(*b[j], a.cpp_name);
            if (use == Use::Other) return false;
            if (use == Use::Lazy) return !own_expressions_have_effects(*b[j]);
            if (ends_fusion_stretch(*b[j])) return false;
            Accesses assigned;
            assigned.stmt(*b[j]);
            for (const auto& [name, n] : assigned.writes)
                if (operands.reads.count(name)) return false;
        }
        return false;
    }

    Accesses totals_;
};

}  // namespace

void fuse_elementwise_temporaries(Block& body) {
    Fuser fuser(body);
    fuser.mutate(body);
}

void fuse_elementwise_temporaries(Module& module) {
    for (auto& f : module.functions) fuse_elementwise_temporaries(f.body);
    fuse_elementwise_temporaries(module.main_body);
}

}  // namespace py2cpp::ir
