#include "infer/variables.hpp"

#include <algorithm>

#include "ir/conversions.hpp"
#include "ir/walker.hpp"

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
    if (const VarVersion* previous = current(py_name)) v->previous = previous->id;
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

std::vector<ir::Variable> VariableTable::records() const {
    std::vector<ir::Variable> out;
    for (const auto& v : versions_) out.push_back(*v);
    return out;
}

namespace {

bool has_prefix(const BlockPath& path, const BlockPath& prefix) {
    return path.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

// `x_1` reads best; when the body also has a Python variable `x_1` (or the base is `_`, whose
// `__1` would be a reserved C++ shape), the reserved `x_1_`.
std::string unique_name(const std::string& base, int k, const std::set<std::string>& py_names) {
    std::string name = base + "_" + std::to_string(k);
    if (base == "_" || py_names.count(name)) return generated_name(base, std::to_string(k));
    return name;
}

// Names every version and decides inline vs hoisted declarations, in creation order.
void choose_names(std::vector<ir::Variable>& versions, const std::set<std::string>& py_names) {
    std::map<std::string, int> numbered;
    for (auto& v : versions) {
        v.confined = std::all_of(v.use_paths.begin(), v.use_paths.end(), [&](const BlockPath& p) { return has_prefix(p, v.def_path); });
        // Variables py2cpp adds (create_hidden) live in the reserved space: `x_items_`.
        const bool hidden = !v.hidden_suffix.empty();
        const std::string base = hidden ? generated_name(cpp_identifier(v.hidden_owner), v.hidden_suffix) : cpp_identifier(v.py_name);
        const ir::Variable* previous = v.previous >= 0 ? &versions[static_cast<size_t>(v.previous)] : nullptr;
        // A loop variable read after its loop can simply keep assigning the int variable of the
        // same name that is already in scope (declared in the function's outermost block).
        const bool reuse_previous = v.is_loop_var && !v.confined && previous && previous->type == v.type &&
                                    previous->def_path.size() == 1 && !previous->hoisted;
        if (v.is_loop_var && v.confined) {
            v.cpp_name = base;  // lives only in its `for`, so it may reuse the plain name
        } else if (reuse_previous) {
            v.cpp_name = previous->cpp_name;
        } else {
            int k = numbered[v.py_name]++;
            if (k == 0) v.cpp_name = base;
            else if (hidden) v.cpp_name = generated_name(cpp_identifier(v.hidden_owner), v.hidden_suffix + std::to_string(k));
            else v.cpp_name = unique_name(base, k, py_names);
        }
        v.hoisted = !v.is_param && !v.confined && !reuse_previous;
    }
}

// Walks the final IR once, in source order, filling in what choose_names decided.
class NameWriter : public ir::IRMutator {
public:
    NameWriter(const std::vector<ir::Variable>& versions, std::vector<int>* read_counts)
        : versions_(versions), read_counts_(read_counts) {}

protected:
    void visit(ir::Var& var) override {
        if (read_counts_ && var.var_id >= 0) ++(*read_counts_)[static_cast<size_t>(var.var_id)];
        if (auto* v = version(var.var_id)) var.cpp_name = v->cpp_name;
    }
    void visit(ir::Assign& a) override {
        visit_children(a);
        if (const auto* v = version(a.var_id)) {
            a.cpp_name = v->cpp_name;
            a.declares = first_definition(*v) && !v->hoisted;
            a.maybe_unused = v->reads == 0;
        }
    }
    void visit(ir::TupleAssign& t) override {
        visit_children(t);
        for (auto& target : t.targets)
            if (const auto* v = version(target.var_id)) {
                target.cpp_name = v->cpp_name;
                target.declares = first_definition(*v) && !v->hoisted;
                target.maybe_unused = v->reads == 0;
            }
    }
    // The header's expressions, then the loop variable (defined before the body runs), then the body.
    void visit(ir::For& f) override {
        mutate(f.start);
        mutate(f.stop);
        mutate(f.step);
        mutate(f.iterable);
        if (const auto* v = version(f.var_id)) {
            f.var = v->cpp_name;
            // The `for` declares its own variable unless the variable is used outside the loop.
            f.var_outlives_loop = !(first_definition(*v) && v->is_loop_var && v->confined);
            f.var_unused = v->reads == 0;
        }
        mutate(f.body);
    }

private:
    const ir::Variable* version(int id) const { return id >= 0 ? &versions_[static_cast<size_t>(id)] : nullptr; }
    // True the first time a version is assigned: that statement declares it (unless hoisted).
    bool first_definition(const ir::Variable& v) { return !v.is_param && defined_.insert(v.id).second; }

    const std::vector<ir::Variable>& versions_;
    std::vector<int>* read_counts_;  // when set, the walk also counts reads
    std::set<int> defined_;
};

// Names the versions of one body and writes the names into it; returns the hoisted variables.
std::vector<ir::HoistedVariable> name_body(std::vector<ir::Variable>& versions, const std::set<std::string>& py_names, ir::Block& body) {
    choose_names(versions, py_names);
    // Reads are counted on the final tree: reads inside expressions that were folded away (such
    // as `x is None`) or dropped must not count.
    std::vector<int> reads(versions.size(), 0);
    NameWriter counter(versions, &reads);
    counter.mutate(body);
    for (auto& v : versions) v.reads = reads[static_cast<size_t>(v.id)];
    NameWriter writer(versions, nullptr);
    writer.mutate(body);
    std::vector<ir::HoistedVariable> hoisted;
    for (const auto& v : versions)
        if (v.hoisted) hoisted.push_back({v.cpp_name, v.type, v.reads == 0});
    return hoisted;
}

// A parameter widened inside a loop keeps its C++ parameter (the reserved NAME_arg_) and is copied into a
// wider local at the top of the body.
void name_parameters(ir::Function& f) {
    for (auto& p : f.params) {
        const ir::Variable& v = f.variables[static_cast<size_t>(p.var_id)];
        p.cpp_name = v.cpp_name;
        p.unused = v.reads == 0;
        if (!p.reassigned_with_other_type) continue;
        p.arg_name = generated_name(p.cpp_name, "arg");
        auto widened = std::make_unique<ir::Assign>(f.loc, p.cpp_name, v.type,
                                                    ir::promote(std::make_unique<ir::Var>(f.loc, p.type, p.py_name, p.arg_name), v.type));
        widened->declares = true;
        f.body.insert(f.body.begin(), std::move(widened));
    }
}

}  // namespace

void name_variables(ir::Module& module) {
    // A version's `x_1` must not shadow a module constant or a function of that name either
    // (a body may read those): they count as Python names of every body.
    std::set<std::string> module_names;
    for (const auto& g : module.globals) module_names.insert(g.py_name);
    for (const auto& f : module.functions) module_names.insert(f.py_name);
    auto with_module_names = [&](std::set<std::string> names) {
        names.insert(module_names.begin(), module_names.end());
        return names;
    };
    for (auto& f : module.functions) {
        f.hoisted = name_body(f.variables, with_module_names(f.local_names), f.body);
        name_parameters(f);
    }
    module.main_hoisted = name_body(module.main_variables, with_module_names(module.main_local_names), module.main_body);
    // A module constant's initializer has variables of its own only inside a comprehension, which
    // declares them (nothing is hoisted out of it).
    for (auto& g : module.globals) {
        if (g.variables.empty() || !g.value) continue;
        ir::Block holder;
        holder.push_back(std::make_unique<ir::ExprStmt>(g.loc, std::move(g.value)));
        name_body(g.variables, module_names, holder);
        g.value = std::move(static_cast<ir::ExprStmt&>(*holder.front()).value);
    }
}

}  // namespace py2cpp
