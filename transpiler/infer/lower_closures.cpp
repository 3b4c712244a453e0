// Functions as values: module functions, nested functions and lambdas bound to names, passed,
// returned and called through (see sema/closures.hpp for what each one captures).
//
// A function value's type names its definition and the types of what it captured
// (Type::function), so a call through it is a direct call of one specialization; its C++ value is
// a struct of the captured values (empty for a module function, ir::ClosureStruct).
#include <algorithm>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/names.hpp"
#include "sema/closures.hpp"

namespace py2cpp {

using ir::ExprPtr;

namespace {

std::string shown_name(const ast::FunctionDef& fn) { return fn.name == "<lambda>" ? "the lambda" : "'" + fn.name + "'"; }

}  // namespace

bool FunctionLowering::names_function_value(const std::string& id) const {
    if (const VarVersion* v = const_cast<VariableTable&>(vars_).current(id)) return v->type.is(TypeKind::Function);
    if (local_names_.count(id)) return false;
    if (self_fn_ && id == self_fn_->name) return true;
    auto g = ctx_.globals.names.find(id);
    return g != ctx_.globals.names.end() && g->second.type.is(TypeKind::Function);
}

ExprPtr FunctionLowering::function_value(SourceLoc loc, const ast::FunctionDef& fn, const void* node) {
    // A comprehension's variable is not a variable of the function (sema sees no capture): Python's
    // closure would read it late, after the comprehension assigned it again.
    for (const std::string& name : fn.free_names)
        if (node && vars_.current(name) && !local_names_.count(name) &&
            std::find(fn.captures.begin(), fn.captures.end(), name) == fn.captures.end()) {
            diags_.error(loc, fmt::format("{} captures '{}', the variable of the comprehension around it", shown_name(fn), name),
                         "the comprehension assigns it again for each item and Python's closures would all see its last value; "
                         "pass the value as a parameter instead");
            return nullptr;
        }
    std::vector<std::pair<std::string, ExprPtr>> captured;
    std::vector<Type> types;
    for (const std::string& name : fn.captures) {
        VarVersion* v = vars_.current(name);
        if (node) {
            if (auto problem = rebinding_after_capture(scope_statements_, node, name)) {
                diags_.error(loc, fmt::format("{} captures the variable '{}', which is assigned again after it is made", shown_name(fn), name),
                             *problem + "; pass the value as a parameter instead");
                return nullptr;
            }
            if (v && !local_names_.count(name) && !v->is_param) {  // a comprehension's variable
                diags_.error(loc, fmt::format("{} captures '{}', the variable of the comprehension around it", shown_name(fn), name),
                             "the comprehension assigns it again for each item and Python's closures would all see its last value; "
                             "pass the value as a parameter instead");
                return nullptr;
            }
        }
        if (!v) {
            if (self_fn_ && name == self_fn_->name) {  // the function being lowered, as a value
                captured.emplace_back(cpp_identifier(name), function_value(loc, *self_fn_, nullptr));
            } else {
                diags_.error(loc, fmt::format("{} captures '{}', which is not assigned yet where the function is made", shown_name(fn), name),
                             "py2cpp captures the values of variables when the function is made; assign it before (nested functions "
                             "calling each other must be defined in the order they call each other, and cannot call each other back)");
                return nullptr;
            }
        } else {
            captured.emplace_back(cpp_identifier(name), read_variable(*v, loc));
        }
        if (!captured.back().second) return nullptr;
        types.push_back(captured.back().second->type);
        if (!types.back().is_known()) return std::make_unique<ir::Const>(loc, Type::unknown(), ir::NoneValue{});
        if (holds_iterator(types.back()) || holds_type_object(types.back())) {
            diags_.error(loc, fmt::format("{} captures '{}' ({}), which cannot be stored", shown_name(fn), name, types.back().to_string()), "");
            return nullptr;
        }
    }
    // A nested function's defaults are evaluated now, as Python does when the def or lambda runs,
    // and kept in the value after the captured variables (`k_default_`): a mutable default is
    // shared by the calls, as in Python.
    if (node && fn.nested)
        for (const auto& p : fn.params) {
            if (!p.default_value) continue;
            auto value = lower_maybe_none(*p.default_value);
            if (!value) return nullptr;
            if (!value->type.is_known()) return std::make_unique<ir::Const>(loc, Type::unknown(), ir::NoneValue{});
            // `seen: list[str] = []`: an empty container takes the parameter's annotation.
            const bool container = value->type.is(TypeKind::List) || value->type.is_dict() || value->type.is_set();
            if (container && value->type.is_undetermined() && p.annotation)
                if (auto declared = annotation_of(*p.annotation)) {
                    value = convert_for_store(std::move(value), *declared);
                    if (!value) return nullptr;
                }
            if (value->type.is_undetermined()) {
                diags_.error(p.default_value->loc,
                             fmt::format("the element type of the default value of '{}' ({}) is not known where {} is made", p.name,
                                         value->type.to_string(), shown_name(fn)),
                             fmt::format("annotate the parameter, e.g. '{}: list[int] = []'", p.name));
                return nullptr;
            }
            if (holds_iterator(value->type) || holds_type_object(value->type)) {
                diags_.error(p.default_value->loc, fmt::format("the default value of '{}' ({}) cannot be stored", p.name, value->type.to_string()),
                             "give a default of a known type");
                return nullptr;
            }
            types.push_back(value->type);
            captured.emplace_back(cpp_identifier(p.name) + "_default_", std::move(value));
        }
    // The struct of this function with these captured types (one per specialization of the types).
    const std::string key = fn.nested ? fn.key : fn.name;
    Type type = Type::function(key, types, "");
    auto& registry = ctx_.classes;
    auto found = registry.closure_index.find(type.to_string());
    if (found == registry.closure_index.end()) {
        std::string base = fn.nested ? fn.cpp_name + "closure_" : cpp_identifier(fn.name) + "_fn_";
        std::string name = base;
        for (int n = 2; std::any_of(registry.closures.begin(), registry.closures.end(), [&](const auto& c) { return c.cpp_name == name; }); ++n)
            name = base + std::to_string(n) + "_";
        ir::ClosureStruct s;
        s.cpp_name = name;
        s.function = fn.nested ? key.substr(0, key.find('@')) + " at line " + std::to_string(fn.loc.line) : "the function " + fn.name;
        for (size_t i = 0; i < captured.size(); ++i) s.fields.emplace_back(captured[i].first, types[i]);
        found = registry.closure_index.emplace(type.to_string(), registry.closures.size()).first;
        registry.closures.push_back(std::move(s));
    }
    type.library_cpp = registry.closures[found->second].cpp_name;
    std::string cpp = type.library_cpp + "{";
    for (size_t i = 0; i < captured.size(); ++i) cpp += (i ? ", {" : "{") + std::string("c") + std::to_string(i) + "}";
    cpp += "}";
    std::vector<std::pair<std::string, ExprPtr>> operands;
    for (size_t i = 0; i < captured.size(); ++i) operands.emplace_back("c" + std::to_string(i), std::move(captured[i].second));
    return runtime_call(loc, type, "function value", cpp, std::move(operands));
}

ExprPtr FunctionLowering::call_function_value(const ast::Call& c, ExprPtr callee) {
    const Type type = callee->type;
    auto fn_it = ctx_.symbols.functions.find(type.class_name);
    if (fn_it == ctx_.symbols.functions.end()) return nullptr;
    const ast::FunctionDef& fn = *fn_it->second;
    std::vector<ExprPtr> captured;
    std::map<size_t, ExprPtr> stored_defaults;  // parameter index -> the value's default field
    // A closure made where it is called (make_adder(2)(3)) is evaluated once, into a Let's binding.
    std::unique_ptr<ir::Let> let;
    if (!type.elements.empty() && callee->kind != ir::ExprKind::Var) {
        let = std::make_unique<ir::Let>(c.loc, Type::unknown());
        const std::string name = "closure_";  // the reserved space of generated names (ir/names.hpp)
        let->bindings.emplace_back(name, std::move(callee));
        callee = std::make_unique<ir::Var>(c.loc, type, name, name);
    }
    if (!type.elements.empty()) {
        const auto& var = callee->as<ir::Var>();
        // The captured values, then the defaults in the order of their parameters.
        std::vector<size_t> defaulted;
        for (size_t p = 0; p < fn.params.size(); ++p)
            if (fn.params[p].default_value) defaulted.push_back(p);
        for (size_t i = 0; i < type.elements.size(); ++i) {
            const bool is_capture = i < fn.captures.size();
            const size_t param = is_capture ? 0 : defaulted.at(i - fn.captures.size());
            const std::string field = is_capture ? cpp_identifier(fn.captures[i]) : cpp_identifier(fn.params[param].name) + "_default_";
            std::vector<std::pair<std::string, ExprPtr>> operand;
            operand.emplace_back("f", read_var_again(var));
            auto read = runtime_call(c.loc, type.elements[i], "captured value", "{f}." + field, std::move(operand));
            if (is_capture) captured.push_back(std::move(read));
            else stored_defaults[param] = std::move(read);
        }
    }
    auto call = lower_user_call(c, fn, "", nullptr, nullptr, false, std::move(captured), std::move(stored_defaults));
    if (!let || !call) return call;
    let->type = call->type;
    let->body = std::move(call);
    return let;
}

}  // namespace py2cpp
