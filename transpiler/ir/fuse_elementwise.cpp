// Fusion of single-use array temporaries (see fuse_elementwise.hpp).
#include "ir/fuse_elementwise.hpp"

#include <functional>
#include <map>
#include <set>

#include "ir/evaluation_order.hpp"

namespace py2cpp::ir {
namespace {

// An expression the runtime evaluates lazily and without effects: array arithmetic, element-wise
// library functions, views, and their leaves (variables, constants).
bool is_lazy_elementwise(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Const: case ExprKind::Var: return true;
        case ExprKind::Cast: case ExprKind::Binary: case ExprKind::Unary: case ExprKind::Compare: break;
        case ExprKind::LibraryCall:
            // Element-wise functions, and views of arrays (a[1:], which the runtime computes on demand).
            if (!e.as<LibraryCall>().elementwise && e.as<LibraryCall>().qualified_name != "view") return false;
            break;
        default: return false;
    }
    bool lazy = true;
    for_each_child(const_cast<Expr&>(e), [&](ExprPtr& child) { lazy = lazy && is_lazy_elementwise(*child); });
    return lazy;
}

void collect_reads(Expr& e, std::map<std::string, int>& reads) {
    if (e.kind == ExprKind::Var) ++reads[e.as<Var>().cpp_name];
    for_each_child(e, [&](ExprPtr& child) { collect_reads(*child, reads); });
}

// Reads of every variable in a block, nested blocks included.
void count_reads(Block& block, std::map<std::string, int>& reads) {
    for (auto& s : block) {
        for_each_own_expr(*s, [&](ExprPtr& e) { collect_reads(*e, reads); });
        for_each_nested_block(*s, [&](Block& b) { count_reads(b, reads); });
    }
}

void count_writes(Stmt& s, std::map<std::string, int>& writes);

void count_writes(Block& block, std::map<std::string, int>& writes) {
    for (auto& s : block) count_writes(*s, writes);
}

// Variables a statement (with its nested blocks) assigns.
void count_writes(Stmt& s, std::map<std::string, int>& writes) {
    if (s.kind == StmtKind::Assign) ++writes[s.as<Assign>().cpp_name];
    if (s.kind == StmtKind::TupleAssign)
        for (const auto& t : s.as<TupleAssign>().targets) ++writes[t.cpp_name];
    if (s.kind == StmtKind::ForRange) ++writes[s.as<ForRange>().var];
    for_each_nested_block(s, [&](Block& b) { count_writes(b, writes); });
}

// Whether a lazy expression may stand as a child of `parent`: element-wise operators and
// functions take expressions; members (`.at`, `.view`), reductions and products need an array.
bool takes_expressions(const Expr& parent) {
    switch (parent.kind) {
        case ExprKind::Cast: case ExprKind::Binary: case ExprKind::Unary: case ExprKind::Compare: return true;
        case ExprKind::LibraryCall: return parent.as<LibraryCall>().elementwise;
        default: return false;
    }
}

// Where `name` is read among the own expressions of `s`: not at all, once where a lazy
// expression is accepted (an element-wise operand, or the whole value assigned or returned, which
// converts to an array), or elsewhere.
enum class Use { None, Lazy, Other };

Use find_use(Stmt& s, const std::string& name) {
    Use use = Use::None;
    auto is_read = [&](const ExprPtr& e) { return e->kind == ExprKind::Var && e->as<Var>().cpp_name == name; };
    std::function<void(ExprPtr&)> visit = [&](ExprPtr& e) {
        for_each_child(*e, [&](ExprPtr& child) {
            if (is_read(child)) use = takes_expressions(*e) && use == Use::None ? Use::Lazy : Use::Other;
            visit(child);
        });
    };
    for_each_own_expr(s, [&](ExprPtr& e) {
        const bool whole_value = s.kind == StmtKind::Assign || s.kind == StmtKind::Return;
        if (is_read(e)) use = whole_value && use == Use::None ? Use::Lazy : Use::Other;
        visit(e);
    });
    return use;
}

bool statement_has_effects(Stmt& s) {
    bool effects = false;
    for_each_own_expr(s, [&](ExprPtr& e) { effects = effects || has_side_effects(*e); });
    bool nested = false;
    for_each_nested_block(s, [&](Block& b) { nested = true; (void)b; });
    return effects || nested || s.kind == StmtKind::Raise || s.kind == StmtKind::Assert;
}

class Fuser {
public:
    explicit Fuser(Block& body) {
        count_reads(body, reads_);
        count_writes(body, writes_);
    }

    void block(Block& b) {
        for (size_t i = 0; i < b.size(); ++i) {
            for_each_nested_block(*b[i], [&](Block& nested) { block(nested); });
            if (can_fuse(b, i)) static_cast<Assign&>(*b[i]).lazy = true;
        }
    }

private:
    // Whether the assignment b[i] may stay lazy until its only use.
    bool can_fuse(Block& b, size_t i) {
        if (b[i]->kind != StmtKind::Assign) return false;
        auto& a = static_cast<Assign&>(*b[i]);
        if (!a.declares || !a.type.is_array() || !is_lazy_elementwise(*a.value)) return false;
        if (reads_[a.cpp_name] != 1 || writes_[a.cpp_name] != 1) return false;
        std::map<std::string, int> operands;
        collect_reads(*a.value, operands);
        for (size_t j = i + 1; j < b.size(); ++j) {
            const Use use = find_use(*b[j], a.cpp_name);
            if (use == Use::Other) return false;
            if (use == Use::Lazy) {
                bool effects = false;
                for_each_own_expr(*b[j], [&](ExprPtr& e) { effects = effects || has_side_effects(*e); });
                return !effects;
            }
            if (statement_has_effects(*b[j])) return false;
            std::map<std::string, int> assigned;
            count_writes(*b[j], assigned);
            for (const auto& [name, n] : assigned)
                if (operands.count(name)) return false;
        }
        return false;
    }

    std::map<std::string, int> reads_, writes_;
};

}  // namespace

void fuse_elementwise_temporaries(Block& body) {
    Fuser fuser(body);
    fuser.block(body);
}

}  // namespace py2cpp::ir
