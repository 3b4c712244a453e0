// Interprocedural type inference by specialization: each distinct tuple of argument types a
// module function is called with becomes its own C++ overload.
//
// Recursive functions are inferred by iterating to a fixed point: a call to a specialization that
// is still being inferred yields its return type as assumed so far (Unknown at first), and the
// function is lowered again until the assumption is stable. Functions whose inference depended on
// an unfinished one are recomputed on each request until it finishes.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "infer/function_lowering.hpp"

namespace py2cpp {

struct SpecializationInfo {
    Type return_type;
    std::string cpp_name;
    bool pure = false;  // no output, no explicit raise/assert, calls only pure functions
    bool pure_construction = false;  // ir::Function::pure_construction
    // Parameters given an empty list whose element type the body decides (out.append(x) on a []
    // argument): parameter index -> the list type. The caller refines its argument and asks again.
    std::map<size_t, Type> param_refinements;
};

class Specializer {
public:
    Specializer(const ModuleSymbols& symbols, const MappingTables& tables, const GlobalScope& globals,
                std::set<std::string>& includes, ClassLayouts& classes, Diagnostics& diags);

    // The specialization of `function` for `arg_types`, inferring it on first request. Problems
    // inside the callee are reported once, by take_functions; nullopt when it failed.
    // `exact`: a method's specialization without the dispatch to overriding methods of the classes
    // derived from its object's (super().m(), Cls.m(obj)); see FunctionLowering::dispatch_cases.
    std::optional<SpecializationInfo> request(const std::string& function, const std::vector<Type>& arg_types,
                                              bool exported = false, bool exact = false);

    // Hands over every finished specialization (in the order they were completed) and reports the
    // diagnostics of each function's final lowering.
    std::vector<ir::Function> take_functions();

private:
    struct Entry {
        bool computed = false;
        bool in_progress = false;
        bool provisional = false;  // computed under assumptions about an unfinished function
        bool failed = false;
        Type assumed_return;  // for recursive calls while in progress
        bool recursed = false;
        size_t completion_order = 0;
        bool not_exported_said = false;  // the warning that the driver cannot return its result, given once
        std::optional<ir::Function> function;
        Diagnostics diags;
    };
    using Key = std::pair<std::string, std::vector<Type>>;

    void infer(const Key& key, Entry& entry);
    std::optional<ir::Function> lower_once(const ast::FunctionDef& fn, const std::vector<Type>& arg_types, bool exact,
                                           std::optional<Type> declared_return, Diagnostics& diags, Type& inferred_return);

    const ModuleSymbols& symbols_;
    const MappingTables& tables_;
    const GlobalScope& globals_;
    std::set<std::string>& includes_;
    ClassLayouts& classes_;
    Diagnostics& diags_;
    std::map<Key, std::unique_ptr<Entry>> entries_;
    std::vector<Key> in_progress_;
    size_t completed_ = 0;
};

}  // namespace py2cpp
