#include "mapping/bind_library_call.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ir/conversions.hpp"
#include "sema/argument_binding.hpp"

namespace py2cpp {
namespace {

// The parameter names of a `promote:a,b` result rule (empty for other rules).
std::vector<std::string> promoted_params(const std::string& rule) {
    std::vector<std::string> names;
    if (rule.rfind("promote:", 0) != 0) return names;
    std::string list = rule.substr(8) + ",";
    for (size_t start = 0, comma; (comma = list.find(',', start)) != std::string::npos; start = comma + 1)
        names.push_back(list.substr(start, comma - start));
    return names;
}

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

bool case_accepts(const CaseSpec& c, const std::vector<ParamSpec>& params, const std::vector<BoundParam>& bound) {
    for (size_t p = 0; p < params.size(); ++p) {
        auto it = c.when.find(params[p].name);
        if (it == c.when.end()) continue;
        for (const auto& v : bound[p].values)
            if (!pattern_accepts(it->second, v->type, bound[p].given)) return false;
        if (bound[p].values.empty() && !pattern_accepts(it->second, Type::none(), bound[p].given)) return false;
    }
    return true;
}

std::optional<Type> result_type(const CaseSpec& c, const std::vector<ParamSpec>& params,
                                const std::vector<BoundParam>& bound) {
    auto index_of = [&](const std::string& name) {
        for (size_t p = 0; p < params.size(); ++p)
            if (params[p].name == name) return p;
        return params.size();
    };
    if (c.result.rfind("same:", 0) == 0) {
        const auto& values = bound[index_of(c.result.substr(5))].values;
        return values.empty() ? Type::none() : values.front()->type;
    }
    if (c.result.rfind("promote:", 0) == 0) {
        std::optional<Type> joined = Type::unknown();
        for (const auto& name : promoted_params(c.result))
            for (const auto& v : bound[index_of(name)].values)
                if (joined) joined = join_types(*joined, v->type);
        return joined;
    }
    return parse_type_name(c.result);
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
            sig += (sig.empty() ? "" : ", ") + p.name + (it == c.when.end() ? "" : ": " + it->second);
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

    for (const auto& c : spec.cases) {
        if (!case_accepts(c, spec.params, bound)) continue;
        for (size_t p = 0; p < spec.params.size(); ++p) {
            auto it = c.when.find(spec.params[p].name);
            if (it == c.when.end()) continue;
            for (auto& v : bound[p].values) v = ir::promote(std::move(v), pattern_target_type(it->second, v->type));
        }
        auto type = result_type(c, spec.params, bound);
        if (!type || !type->is_known()) continue;
        auto call = std::make_unique<ir::LibraryCall>(call_loc, *type, spec.qualified_name, c.cpp);
        // A promote: result converts every operand to the joined type so C++ sees one type.
        const auto promoted = promoted_params(c.result);
        for (size_t p = 0; p < spec.params.size(); ++p) {
            bool is_promoted = std::find(promoted.begin(), promoted.end(), spec.params[p].name) != promoted.end();
            if (is_promoted && type->is_numeric_scalar())
                for (auto& v : bound[p].values) v = ir::promote(std::move(v), *type);
            call->args.emplace_back(spec.params[p].name, std::move(bound[p].values));
        }
        return call;
    }
    diags.error(call_loc,
                fmt::format("{}() does not accept arguments of type ({})", spec.qualified_name, describe_types(spec.params, bound)),
                fmt::format("supported forms: {}", describe_cases(spec)));
    return nullptr;
}

}  // namespace py2cpp
