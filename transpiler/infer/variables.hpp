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
// After lowering, `finalize` decides each version's C++ name and where it is declared: inline at
// its first assignment when every use lies in that block, otherwise hoisted to the top of the
// function. IR nodes refer to versions by id; `apply_names` then writes names and declaration
// flags into the final IR tree (only nodes that survived lowering are touched).
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

struct VarVersion {
    std::string py_name;
    int index = 0;  // creation order among versions of py_name
    Type type;
    BlockPath def_path;  // block in which it is first assigned
    bool is_param = false;
    bool is_loop_var = false;  // defined by a `for` header (def_path is the loop body)
    std::vector<BlockPath> use_paths;
    int reads = 0;  // Var nodes in the final IR; a version never read is declared [[maybe_unused]]
    int id = 0;  // index in the table; IR nodes refer to the version by it
    VarVersion* previous = nullptr;  // the version of py_name that was current when this one started
    std::string hidden_owner, hidden_suffix;  // set for variables py2cpp adds (create_hidden)
    std::string cpp_name;  // decided by finalize
    bool hoisted = false;  // decided by finalize
    bool confined = true;  // every use lies in the defining block (decided by finalize)
};

class VariableTable {
public:
    // Types forced on versions by an earlier lowering attempt: (name, index) -> type.
    using ForcedTypes = std::map<std::pair<std::string, int>, Type>;

    VariableTable(ForcedTypes forced, std::set<std::string> all_py_names)
        : forced_(std::move(forced)), all_py_names_(std::move(all_py_names)) {}

    VarVersion* current(const std::string& py_name);
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

    // Names every version, decides inline vs hoisted declarations; returns the hoisted ones.
    std::vector<const VarVersion*> finalize();
    // Writes the decisions of finalize() into the IR: names of Var/Assign/TupleAssign/ForRange
    // nodes, and which assignment declares each variable (the first one, in source order).
    void apply_names(ir::Block& body);
    const std::vector<std::unique_ptr<VarVersion>>& versions() const { return versions_; }

private:
    std::string unique_name(const std::string& base, int k);

    ForcedTypes forced_;
    std::set<std::string> all_py_names_;
    std::vector<std::unique_ptr<VarVersion>> versions_;
    std::map<std::string, VarVersion*> current_;
    std::map<std::string, int> next_index_;
    bool retry_ = false;
};


}  // namespace py2cpp
