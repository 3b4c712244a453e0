// Python variables as C++ variables: versions, promotion and declaration placement.
//
// Python lets a name change type and lives at function scope; C++ variables have one type and
// block scope. A Python name therefore maps to one or more *versions*:
//  * an assignment of a new type in straight-line code at the top level of the function body
//    starts a new version (`x = 1; print(x); x = 2.5` becomes `x` and `x_1`), which is exactly
//    Python's behaviour;
//  * inside a loop or branch that is impossible (the old value may flow around the loop), so the
//    version is *widened* to the joined type (`s = 0` then `s += 0.5` in a loop makes `s` a float
//    from the start) and the function is lowered again with that type forced;
//  * a conflict with no numeric join (str vs int inside a loop) is a diagnostic.
// Lowering records the versions (ir::Function::variables); IR nodes refer to them by id. The
// name_variables pass then decides each version's C++ name and where it is declared: inline at
// its first assignment when every use lies in that block, otherwise hoisted to the top of the
// function (Function::hoisted) — and writes names and declaration flags into the final IR tree
// (only nodes that survived lowering are touched).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "ir/names.hpp"

namespace py2cpp {

using BlockPath = std::vector<int>;

// A version while lowering: the IR's record plus its creation order among versions of the name
// (the key of forced types).
struct VarVersion : ir::Variable {
    int index = 0;
};

class VariableTable {
public:
    // Types forced on versions by an earlier lowering attempt: (name, index) -> type.
    using ForcedTypes = std::map<std::pair<std::string, int>, Type>;

    explicit VariableTable(ForcedTypes forced) : forced_(std::move(forced)) {}

    VarVersion* current(const std::string& py_name);
    // The current versions, saved and restored around a scope of its own (a comprehension's).
    std::map<std::string, VarVersion*> scope() const { return current_; }
    void restore_scope(std::map<std::string, VarVersion*> saved) { current_ = std::move(saved); }
    VarVersion* by_id(int id) { return id >= 0 && id < static_cast<int>(versions_.size()) ? versions_[static_cast<size_t>(id)].get() : nullptr; }
    // Starts a new version of py_name whose natural type is `type` (a forced type wins).
    VarVersion& create(const std::string& py_name, const Type& type, const BlockPath& path);
    // A variable py2cpp adds for `owner` (the array of `for x in a`): named in the reserved space
    // (`x_items_`), never confused with a user variable of any name.
    VarVersion& create_hidden(const std::string& owner, const std::string& suffix, const Type& type, const BlockPath& path);
    void record_use(VarVersion& v, const BlockPath& path) { v.use_paths.push_back(path); }

    // Widens version `v` to `type` for the next lowering attempt.
    void force(const VarVersion& v, const Type& type) { forced_[{v.py_name, v.index}] = type; retry_ = true; }
    bool needs_retry() const { return retry_; }
    const ForcedTypes& forced() const { return forced_; }

    // The versions, for the IR (ir::Function::variables), in creation order.
    std::vector<ir::Variable> records() const;

private:
    ForcedTypes forced_;
    std::vector<std::unique_ptr<VarVersion>> versions_;
    std::map<std::string, VarVersion*> current_;
    std::map<std::string, int> next_index_;
    bool retry_ = false;
};

// The pass: names the versions of every function and of the main program, decides which are
// hoisted, writes the names into the IR, and names the parameters (a parameter widened in the body
// keeps its C++ parameter as the reserved NAME_arg_, copied into the wider local at the top of the
// body). Names come from ir/names.hpp: cpp_identifier for Python names, generated_name for the
// variables py2cpp adds and for versions whose plain `x_1` a user variable already holds.
void name_variables(ir::Module& module);

}  // namespace py2cpp
