#include "mapping/bind_library_call.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ir/conversions.hpp"
#include "mapping/constant_rules.hpp"
#include "mapping/result_rules.hpp"
#include "sema/argument_binding.hpp"

namespace py2cpp {
namespace {

// The arguments bound to one parameter of the spec; `given` is false when the default was used.
struct BoundParam {
    std::vector<ir::ExprPtr> values;
    bool given = false;
};

ir::ExprPtr default_constant(const nlohmann::json& value, SourceLoc loc) {
    if (value.is_boolean()) return std::make_unique<ir::Const>(loc, Type::boolean(), value.get<bool>());
    if (value.is_number_integer()) return std::make_unique<ir::Const>(loc, Type::integer(), value.get<std::int64_t>());
    if (value.is_number()) return std::make_unique<ir::Const>(loc, Type::floating(), value.get<double>());
    if (value.is_string()) return std::make_unique<ir::Const>(loc, Type::str(), value.get<std::string>());
    return std::make_unique<ir::Const>(loc, Type::none(), ir::NoneValue{});
}

// The patterns `true` and `false` accept only that constant (a flag that changes the result's
// type, like keepdims=True, must be known when compiling).
// The pattern str:A|B|C accepts only a str constant that is one of A, B, C (a mode that must be
// known when compiling: np.convolve's mode='same', np.linalg.qr's mode='r').
bool constant_matches(const std::string& pattern, const ir::Expr& v) {
    const ir::Const* c = v.kind == ir::ExprKind::Const ? &v.as<ir::Const>() : nullptr;
    if (auto values = str_constant_values(pattern)) {  // str:V1|V2: only those str constants
        const auto* s = c ? std::get_if<std::string>(&c->value) : nullptr;
        return s && std::find(values->begin(), values->end(), *s) != values->end();
    }
    if (pattern == "nonnegative_int" || pattern == "negative_int") {  // an int (or bool) constant of that sign
        std::optional<std::int64_t> n;
        if (const auto* i = c ? std::get_if<std::int64_t>(&c->value) : nullptr) n = *i;
        if (const auto* b = c ? std::get_if<bool>(&c->value) : nullptr) n = *b ? 1 : 0;
        return n && (pattern == "negative_int" ? *n < 0 : *n >= 0);
    }
    if (pattern != "true" && pattern != "false") return true;
    const auto* b = c ? std::get_if<bool>(&c->value) : nullptr;
    return b && *b == (pattern == "true");
}

// The type of the argument bound to the parameter a pattern refers to (item:P), or null.
const Type* reference_type(const std::string& pattern, const std::vector<ParamSpec>& params, const std::vector<BoundParam>& bound) {
    auto name = pattern_reference(pattern);
    if (!name) return nullptr;
    for (size_t p = 0; p < params.size(); ++p)
        if (params[p].name == *name && bound[p].values.size() == 1) return &bound[p].values.front()->type;
    return nullptr;
}

bool case_accepts(const CaseSpec& c, const std::vector<ParamSpec>& params, const std::vector<BoundParam>& bound) {
    for (size_t p = 0; p < params.size(); ++p) {
        if (auto n = c.counts.find(params[p].name); n != c.counts.end() ? static_cast<int>(bound[p].values.size()) != n->second
                                                                         : static_cast<int>(bound[p].values.size()) < params[p].min_count)
            return false;
        auto it = c.when.find(params[p].name);
        if (it == c.when.end()) continue;
        const Type* reference = reference_type(it->second, params, bound);
        for (const auto& v : bound[p].values)
            if (!pattern_accepts(it->second, v->type, bound[p].given, reference) || !constant_matches(it->second, *v)) return false;
        if (bound[p].values.empty() && !pattern_accepts(it->second, Type::none(), bound[p].given, reference)) return false;
    }
    return true;
}

ParamTypeLookup lookup_in(const std::vector<ParamSpec>& params, const std::vector<BoundParam>& bound) {
    return [&params, &bound](const std::string& name) {
        std::vector<Type> types;
        for (size_t p = 0; p < params.size(); ++p)
            if (params[p].name == name)
                for (const auto& v : bound[p].values) types.push_back(v->type);
        return types;
    };
}

// Converts an operand to the common type of a promote/float/bool rule: an array takes the common
// dtype (keeping its rank); a scalar takes the common type only when that is a scalar too (with
// arrays, the runtime converts scalars to the array's element type, as NumPy does).
ir::ExprPtr to_common_type(ir::ExprPtr v, const Type& common) {
    if (v->type.is_array()) return common.is_array() ? ir::promote(std::move(v), with_dtype(v->type, common.dtype)) : std::move(v);
    if (common.is_numeric_scalar()) return ir::promote(std::move(v), common);
    return v;
}

std::string describe_types(const std::vector<ParamSpec>& params, const std::vector<BoundParam>& bound) {
    std::string out;
    for (size_t p = 0; p < params.size(); ++p)
        for (const auto& v : bound[p].values)
            if (bound[p].given) out += (out.empty() ? "" : ", ") + v->type.to_string();
    return out;
}

std::string describe_cases(const FunctionSpec& spec) {
    std::string out;
    for (const auto& c : spec.cases) {
        std::string sig;
        for (const auto& p : spec.params) {
            auto it = c.when.find(p.name);
            if (it != c.when.end() && it->second == "default") continue;
            std::string pattern = it == c.when.end() ? "" : it->second;
            if (auto values = str_constant_values(pattern)) {  // the constants themselves: 'full', 'same' or 'valid' (a constant)
                std::string shown;
                for (const auto& v : *values) shown += (shown.empty() ? "'" : " or '") + v + "'";
                pattern = shown + " (a constant)";
            }
            sig += (sig.empty() ? "" : ", ") + p.name + (pattern.empty() ? "" : ": " + pattern);
        }
        out += (out.empty() ? "" : "; ") + fmt::format("({})", sig);
    }
    return out;
}

}  // namespace

ir::ExprPtr bind_library_call(const FunctionSpec& spec, TypedCallArgs args, SourceLoc call_loc, Diagnostics& diags) {
    std::vector<ParamShape> shapes;
    for (const auto& p : spec.params) shapes.push_back({p.name, p.has_default, p.keyword_only, p.variadic});
    auto slots = bind_arguments(spec.qualified_name, shapes, args.positional.size(), args.keyword_names,
                                args.keyword_locs, call_loc, diags);
    if (!slots) return nullptr;

    std::vector<BoundParam> bound(spec.params.size());
    for (size_t p = 0; p < spec.params.size(); ++p) {
        for (size_t index : (*slots)[p]) {
            auto& source = index < args.positional.size() ? args.positional[index]
                                                          : args.keyword_values[index - args.positional.size()];
            bound[p].values.push_back(std::move(source));
        }
        bound[p].given = !(*slots)[p].empty();
        if (!bound[p].given && spec.params[p].has_default)
            bound[p].values.push_back(default_constant(spec.params[p].default_value, call_loc));
    }

    for (size_t p = 0; p < spec.params.size(); ++p) {
        const auto count = static_cast<int>(bound[p].values.size());
        // A case made for exactly this many arguments (max(xs): one iterable) overrides the minimum.
        const bool counted = std::any_of(spec.cases.begin(), spec.cases.end(), [&](const CaseSpec& c) {
            auto n = c.counts.find(spec.params[p].name);
            return n != c.counts.end() && n->second == count;
        });
        if (count < spec.params[p].min_count && !counted) {
            const std::string shown = spec.qualified_name.rfind("builtins.", 0) == 0 ? spec.qualified_name.substr(9) : spec.qualified_name;
            diags.error(call_loc, fmt::format("{}() needs at least {} arguments here, got {}", shown, spec.params[p].min_count, count),
                        count == 1 ? "with a single argument Python iterates it (a number is not iterable); pass two or more values"
                                   : "");
            return nullptr;
        }
    }
    // A value that may be None (Optional) where no case takes one: Python uses it as the value, so
    // it is unwrapped (TypeError at run time when it is None) — print(x) and str(x) take it as is.
    const bool accepted = std::any_of(spec.cases.begin(), spec.cases.end(), [&](const CaseSpec& c) { return case_accepts(c, spec.params, bound); });
    if (!accepted) {
        const std::string shown = spec.qualified_name.rfind("builtins.", 0) == 0 ? spec.qualified_name.substr(9) : spec.qualified_name;
        for (auto& p : bound)
            for (auto& v : p.values)
                if (v->type.is(TypeKind::Optional)) {
                    std::string message = fmt::format("{}() argument must be {}, not 'NoneType'", shown, python_type_name(v->type.elements[0]));
                    v = ir::unwrap_none(std::move(v), "TypeError", message);
                }
    }
    for (const auto& c : spec.cases) {
        if (!case_accepts(c, spec.params, bound)) continue;
        for (size_t p = 0; p < spec.params.size(); ++p) {
            auto it = c.when.find(spec.params[p].name);
            if (it == c.when.end()) continue;
            const Type* reference = reference_type(it->second, spec.params, bound);
            const Type target_of_reference = reference ? *reference : Type::unknown();  // the slot may change below
            for (auto& v : bound[p].values) {
                // The target first: convert() takes v by value, and argument order is unspecified.
                const Type target = pattern_target_type(it->second, v->type, reference ? &target_of_reference : nullptr);
                v = ir::convert(std::move(v), target);
            }
        }
        const ParamTypeLookup types = lookup_in(spec.params, bound);
        if (spec.elementwise && float16_in_numpy(c.result, types)) {
            diags.error(call_loc, fmt::format("NumPy computes {}() of bool values in float16, a dtype py2cpp does not support",
                                              spec.qualified_name),
                        "convert the argument first, e.g. x.astype(float) (float64) or x.astype(np.float32)");
            return nullptr;
        }
        std::optional<Type> type;
        if (is_constant_rule(c.result)) {  // the subscripts of np.einsum, the axes of np.tensordot
            const BoundArguments arguments = [&](const std::string& name) -> std::vector<ir::ExprPtr>* {
                for (size_t p = 0; p < spec.params.size(); ++p)
                    if (spec.params[p].name == name) return &bound[p].values;
                return nullptr;
            };
            auto outcome = evaluate_constant_rule(c.result, arguments, call_loc);
            if (outcome.error) {
                diags.error(outcome.error->loc, outcome.error->message, outcome.error->hint);
                return nullptr;
            }
            type = outcome.type;
        } else {
            type = c.result_type ? c.result_type : evaluate_result_rule(c.result, types);
        }
        if (!type || !type->is_known()) continue;
        // Operands of a promoting rule are converted to one type so the C++ sees one element type.
        auto conversion = operand_conversion(c.result, types);
        auto call = std::make_unique<ir::LibraryCall>(call_loc, *type, spec.qualified_name, c.cpp);
        call->elementwise = spec.elementwise;
        call->effects = spec.effects || spec.noreturn;
        call->noreturn = spec.noreturn;
        // A generator given to a call (list(g), sum(g), next(g)) is advanced: its body runs there.
        for (const auto& slot : bound)
            for (const auto& v : slot.values)
                if (holds_generator(v->type)) call->effects = true;
        call->item_template = c.item;
        for (size_t p = 0; p < spec.params.size(); ++p) {
            const auto& name = spec.params[p].name;
            if (conversion && std::find(conversion->params.begin(), conversion->params.end(), name) != conversion->params.end())
                for (auto& v : bound[p].values) v = to_common_type(std::move(v), conversion->common);
            call->args.emplace_back(name, std::move(bound[p].values));
        }
        return call;
    }
    // A function that iterates its argument (sum, sorted, max(xs)) given a value that is not iterable:
    // Python's TypeError, worded as Python words it.
    const std::string shown = spec.qualified_name.rfind("builtins.", 0) == 0 ? spec.qualified_name.substr(9) : spec.qualified_name;
    for (const auto& c : spec.cases)
        for (size_t p = 0; p < spec.params.size(); ++p) {
            auto it = c.when.find(spec.params[p].name);
            auto n = c.counts.find(spec.params[p].name);
            if (it == c.when.end() || (it->second != "iterable" && it->second != "sortable") ||
                (n != c.counts.end() && n->second != static_cast<int>(bound[p].values.size())))
                continue;
            for (const auto& v : bound[p].values) {
                // Items Python cannot order (complex numbers, dicts): its TypeError from the first comparison.
                if (auto item = item_type(v->type); item && it->second == "sortable" && !v->type.is_array() && !pattern_accepts("sortable", v->type, true)) {
                    const std::string name = python_type_name(*item);
                    diags.error(call_loc, fmt::format("'<' not supported between instances of '{}' and '{}' (Python's TypeError)", name, name),
                                fmt::format("{}() orders the items; give a key= that maps them to numbers or str (key=abs for complex numbers)", shown));
                    return nullptr;
                }
                if (!item_type(v->type) || v->type.is_array()) {
                    diags.error(call_loc, fmt::format("'{}' object is not iterable", v->type.to_string()),
                                v->type.is_array() ? fmt::format("{}() of an array: use the NumPy function (np.sum, np.max, np.sort...)", shown)
                                : spec.params[p].variadic
                                    ? fmt::format("{}() iterates a single argument: pass a list, tuple, str or range, or two or more values", shown)
                                    : fmt::format("{}() iterates its argument: pass a list, tuple, str or range", shown));
                    return nullptr;
                }
            }
        }
    // A complex array where the entry has no complex form: say so (the array patterns take real arrays).
    const bool complex_array = std::any_of(bound.begin(), bound.end(), [](const auto& b) {
        return std::any_of(b.values.begin(), b.values.end(), [](const auto& v) { return v && holds_complex_array(v->type); });
    });
    diags.error(call_loc,
                fmt::format("{}() does not accept arguments of type ({})", spec.qualified_name, describe_types(spec.params, bound)),
                fmt::format("{}supported forms: {}", complex_array ? "arrays of complex numbers are not supported by this function yet; " : "",
                            describe_cases(spec)));
    return nullptr;
}

}  // namespace py2cpp
