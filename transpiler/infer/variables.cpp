#include "infer/variables.hpp"

#include <algorithm>

namespace py2cpp {

VarVersion* VariableTable::current(const std::string& py_name) {
    auto it = current_.find(py_name);
    return it == current_.end() ? nullptr : it->second;
}

VarVersion& VariableTable::create(const std::string& py_name, const Type& type, const BlockPath& path) {
    auto v = std::make_unique<VarVersion>();
    v->py_name = py_name;
    v->index = next_index_[py_name]++;
    auto forced = forced_.find({py_name, v->index});
    v->type = forced != forced_.end() ? forced->second : type;
    v->def_path = path;
    v->previous = current(py_name);
    v->id = static_cast<int>(versions_.size());
    VarVersion& ref = *v;
    versions_.push_back(std::move(v));
    current_[py_name] = &ref;
    return ref;
}

VarVersion& VariableTable::create_hidden(const std::string& owner, const std::string& suffix, const Type& type,
                                         const BlockPath& path) {
    // The key has a '.', which no Python name has: a user variable `x_items_` is another variable.
    VarVersion& v = create(owner + "." + suffix, type, path);
    v.hidden_owner = owner;
    v.hidden_suffix = suffix;
    return v;
}

std::string VariableTable::unique_name(const std::string& base, int k) {
    // `x_1` reads best; when the function also has a Python variable `x_1`, the reserved `x_1_`.
    std::string name = base + "_" + std::to_string(k);
    if (base == "_" || all_py_names_.count(name)) return generated_name(base, std::to_string(k));
    return name;
}

static bool has_prefix(const BlockPath& path, const BlockPath& prefix) {
    return path.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

std::vector<const VarVersion*> VariableTable::finalize() {
    std::vector<const VarVersion*> hoisted;
    std::map<std::string, int> numbered;
    for (auto& v : versions_) {
        v->confined = std::all_of(v->use_paths.begin(), v->use_paths.end(),
                                  [&](const BlockPath& p) { return has_prefix(p, v->def_path); });
        const bool confined = v->confined;
        const std::string base = v->hidden_suffix.empty() ? cpp_identifier(v->py_name)
                                                          : generated_name(cpp_identifier(v->hidden_owner), v->hidden_suffix);
        // A loop variable read after its loop can simply keep assigning the int variable of the
        // same name that is already in scope (declared in the function's outermost block).
        const bool reuse_previous = v->is_loop_var && !confined && v->previous && v->previous->type == v->type &&
                                    v->previous->def_path.size() == 1 && !v->previous->hoisted;
        if (v->is_loop_var && confined) {
            v->cpp_name = base;  // lives only in its `for`, so it may reuse the plain name
        } else if (reuse_previous) {
            v->cpp_name = v->previous->cpp_name;
        } else {
            int k = numbered[v->py_name]++;
            if (k == 0) v->cpp_name = base;
            else if (!v->hidden_suffix.empty())
                v->cpp_name = generated_name(cpp_identifier(v->hidden_owner), v->hidden_suffix + std::to_string(k));
            else v->cpp_name = unique_name(base, k);
        }
        v->hoisted = !v->is_param && !confined && !reuse_previous;
        if (v->hoisted) hoisted.push_back(v.get());
    }
    return hoisted;
}

namespace {

// Walks the final IR once, in source order, filling in what finalize() decided.
struct NameWriter {
    const std::vector<std::unique_ptr<VarVersion>>& versions;
    std::set<int> defined;
    std::vector<int>* read_counts = nullptr;  // when set, the walk only counts reads

    const VarVersion* version(int id) const { return id >= 0 ? versions[static_cast<size_t>(id)].get() : nullptr; }
    // True the first time a version is assigned: that statement declares it (unless hoisted).
    bool first_definition(const VarVersion& v) { return !v.is_param && defined.insert(v.id).second; }

    void expr(ir::Expr* e) {
        if (!e) return;
        switch (e->kind) {
            case ir::ExprKind::Var: {
                auto& var = static_cast<ir::Var&>(*e);
                if (read_counts && var.var_id >= 0) ++(*read_counts)[static_cast<size_t>(var.var_id)];
                if (auto* v = version(var.var_id)) var.cpp_name = v->cpp_name;
                break;
            }
            case ir::ExprKind::Cast: expr(static_cast<ir::Cast&>(*e).operand.get()); break;
            case ir::ExprKind::Truthy: expr(static_cast<ir::Truthy&>(*e).operand.get()); break;
            case ir::ExprKind::Binary:
                expr(static_cast<ir::Binary&>(*e).lhs.get());
                expr(static_cast<ir::Binary&>(*e).rhs.get());
                break;
            case ir::ExprKind::Unary: expr(static_cast<ir::Unary&>(*e).operand.get()); break;
            case ir::ExprKind::Compare: for (auto& x : static_cast<ir::Compare&>(*e).operands) expr(x.get()); break;
            case ir::ExprKind::BoolOp: for (auto& x : static_cast<ir::BoolOp&>(*e).values) expr(x.get()); break;
            case ir::ExprKind::IfExp: {
                auto& i = static_cast<ir::IfExp&>(*e);
                expr(i.test.get()); expr(i.body.get()); expr(i.orelse.get());
                break;
            }
            case ir::ExprKind::UserCall: for (auto& x : static_cast<ir::UserCall&>(*e).args) expr(x.get()); break;
            case ir::ExprKind::LibraryCall:
                for (auto& [name, values] : static_cast<ir::LibraryCall&>(*e).args)
                    for (auto& x : values) expr(x.get());
                break;
            case ir::ExprKind::TupleMake: for (auto& x : static_cast<ir::TupleMake&>(*e).elements) expr(x.get()); break;
            case ir::ExprKind::TupleGet: expr(static_cast<ir::TupleGet&>(*e).tuple.get()); break;
            case ir::ExprKind::FString: for (auto& p : static_cast<ir::FString&>(*e).parts) expr(p.value.get()); break;
            case ir::ExprKind::Let:
                for (auto& [name, value] : static_cast<ir::Let&>(*e).bindings) expr(value.get());
                expr(static_cast<ir::Let&>(*e).body.get());
                break;
            case ir::ExprKind::Const: break;
        }
    }

    void block(ir::Block& b) {
        for (auto& s : b) stmt(*s);
    }

    void stmt(ir::Stmt& s) {
        switch (s.kind) {
            case ir::StmtKind::Assign: {
                auto& a = static_cast<ir::Assign&>(s);
                expr(a.value.get());
                if (const auto* v = version(a.var_id)) {
                    a.cpp_name = v->cpp_name;
                    a.declares = first_definition(*v) && !v->hoisted;
                    a.maybe_unused = v->reads == 0;
                }
                break;
            }
            case ir::StmtKind::TupleAssign: {
                auto& t = static_cast<ir::TupleAssign&>(s);
                expr(t.value.get());
                for (auto& target : t.targets)
                    if (const auto* v = version(target.var_id)) {
                        target.cpp_name = v->cpp_name;
                        target.declares = first_definition(*v) && !v->hoisted;
                        target.maybe_unused = v->reads == 0;
                    }
                break;
            }
            case ir::StmtKind::ForRange: {
                auto& f = static_cast<ir::ForRange&>(s);
                expr(f.start.get()); expr(f.stop.get()); expr(f.step.get());
                if (const auto* v = version(f.var_id)) {
                    f.var = v->cpp_name;
                    // A loop's own variable is declared by the `for` unless it is used outside the loop.
                    // The `for` declares its own variable unless the variable is used outside the loop.
                    f.var_outlives_loop = !(first_definition(*v) && v->is_loop_var && v->confined);
                    f.var_unused = v->reads == 0;
                }
                block(f.body);
                break;
            }
            case ir::StmtKind::If: {
                auto& i = static_cast<ir::If&>(s);
                expr(i.test.get());
                block(i.body);
                block(i.orelse);
                break;
            }
            case ir::StmtKind::While: {
                auto& w = static_cast<ir::While&>(s);
                expr(w.test.get());
                block(w.body);
                break;
            }
            case ir::StmtKind::Return: expr(static_cast<ir::Return&>(s).value.get()); break;
            case ir::StmtKind::ExprStmt: expr(static_cast<ir::ExprStmt&>(s).value.get()); break;
            case ir::StmtKind::Assert:
                expr(static_cast<ir::Assert&>(s).test.get());
                expr(static_cast<ir::Assert&>(s).msg.get());
                break;
            case ir::StmtKind::Raise: expr(static_cast<ir::Raise&>(s).msg.get()); break;
            case ir::StmtKind::Declare: case ir::StmtKind::Break: case ir::StmtKind::Continue: break;
        }
    }
};

}  // namespace

void VariableTable::apply_names(ir::Block& body) {
    // Reads are counted on the final tree: reads inside expressions that were folded away (such
    // as `x is None`) or dropped must not count.
    std::vector<int> reads(versions_.size(), 0);
    NameWriter counter{versions_, {}, &reads};
    counter.block(body);
    for (auto& v : versions_) v->reads = reads[static_cast<size_t>(v->id)];
    NameWriter writer{versions_, {}};
    writer.block(body);
}

}  // namespace py2cpp
