// Dicts: displays, d[k] reads and stores, del d[k], `in`, on the runtime's py::dict
// (runtime/py2cpp/dict.hpp); the methods are mapping entries (mappings/builtins.json, dict.*).
//
// Typing follows lists (lower_containers.cpp): a dict holds one key type and one value type,
// joined over a display's entries (ints and floats mix as floats); `{}` starts as dict[?, ?] and a
// dict *variable* takes its key and value types from the first use that decides them (d[k] = v,
// d.get(k, 0), d.setdefault(k, []), ...) through the same refinement as an empty list's
// (refine_list_variable). A dict is shared by reference, so a dict value is never converted to
// other key or value types.
#include <utility>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/conversions.hpp"

namespace py2cpp {

using ir::ExprPtr;

bool FunctionLowering::check_hashable(const Type& key, SourceLoc loc) {
    if (hashable(key)) return true;
    diags_.error(loc, fmt::format("unhashable type: '{}'", python_type_name(key)),
                 key.is(TypeKind::List) ? "use a tuple instead (tuple(xs))"
                 : key.is(TypeKind::Set) ? "use a frozenset (frozenset(s))"
                                         : "dict keys and set members must be numbers, str, None, or tuples or frozensets of them");
    return false;
}

ExprPtr FunctionLowering::lower_dict_display(const ast::Dict& d) {
    const std::optional<Type> expected = std::exchange(expected_, std::nullopt);
    std::vector<ExprPtr> keys, values;
    std::optional<Type> key_type = Type::undetermined(), value_type = Type::undetermined();
    for (size_t i = 0; i < d.keys.size(); ++i) {
        auto k = lower_expr(*d.keys[i]);
        auto v = lower_maybe_none(*d.values[i]);
        if (!k || !v) return nullptr;
        if (!k->type.is_known() || !v->type.is_known()) return std::make_unique<ir::Const>(d.loc, Type::unknown(), ir::NoneValue{});
        if (!check_hashable(k->type, k->loc)) return nullptr;
        auto next_key = join_types(*key_type, k->type);
        auto next_value = join_types(*value_type, v->type);
        if (!next_key || !next_value || (v->type.is(TypeKind::List) && !assignable(v->type, *next_value))) {
            const bool key_problem = !next_key;
            const ExprPtr& first = key_problem ? keys.front() : values.front();
            diags_.error((key_problem ? k : v)->loc,
                         fmt::format("a dict holds {} of one type: this one is {}, the ones before it ({}:{}) are {}",
                                     key_problem ? "keys" : "values", (key_problem ? k : v)->type.to_string(), first->loc.line,
                                     first->loc.col + 1, (key_problem ? key_type : value_type)->to_string()),
                         join_hint((key_problem ? k : v)->type, *(key_problem ? key_type : value_type),
                                   "ints and floats mix (as floats); for values of different types use a tuple, or convert them first"));
            return nullptr;
        }
        key_type = next_key;
        value_type = next_value;
        keys.push_back(std::move(k));
        values.push_back(std::move(v));
    }
    Type type = Type::dict(*key_type, *value_type);
    if (expected && expected->is(TypeKind::Dict) && assignable(type, *expected)) type = *expected;
    std::string cpp = "{T}{";
    std::vector<std::pair<std::string, ExprPtr>> operands;
    for (size_t i = 0; i < keys.size(); ++i) {
        auto k = convert_for_store(std::move(keys[i]), type.elements[0]);
        auto v = convert_for_store(std::move(values[i]), type.elements[1]);
        if (!k || !v) return nullptr;
        cpp += fmt::format("{}{{{{k{}}}, {{v{}}}}}", i ? ", " : "", i, i);
        operands.emplace_back(fmt::format("k{}", i), std::move(k));
        operands.emplace_back(fmt::format("v{}", i), std::move(v));
    }
    cpp += "}";
    return runtime_call(d.loc, type, "dict", cpp, std::move(operands));
}

// The key of d[k] converted to the dict's key type; a dict whose key type is still undetermined
// (`{}`) takes the key's type when `refine` (a store), else nothing can be found in it yet.
ExprPtr FunctionLowering::dict_key(ExprPtr& dict, ExprPtr key, SourceLoc loc) {
    if (!check_hashable(key->type, key->loc)) return nullptr;
    const Type& key_type = dict->type.elements[0];
    const bool set = dict->type.is_set();
    if (key_type.is_undetermined()) {
        diags_.error(loc, fmt::format("the {} of this {} have no type yet: nothing stored in it decides one before this use",
                                      set ? "members" : "keys", dict->type.to_string()),
                     set ? "add to the set first, or annotate it (s: set[int] = set())"
                         : "store into the dict first, or annotate it (d: dict[str, float] = {})");
        return nullptr;
    }
    if (!assignable(key->type, key_type)) {
        diags_.error(key->loc, fmt::format("the {} of this {} are {}, not {}", set ? "members" : "keys", dict->type.to_string(),
                                           key_type.to_string(), key->type.to_string()),
                     fmt::format("a {} holds one {} type (ints and floats mix as floats); convert the {}", set ? "set" : "dict",
                                 set ? "member" : "key", set ? "value" : "key"));
        return nullptr;
    }
    return ir::convert(std::move(key), key_type);
}

ExprPtr FunctionLowering::lower_dict_subscript(const ast::Subscript& s, ExprPtr dict) {
    if (s.index->kind == ast::ExprKind::Slice) {
        diags_.error(s.index->loc, "unhashable type: 'slice'", "dicts are indexed by their keys");
        return nullptr;
    }
    auto key = lower_expr(*s.index);
    if (!key) return nullptr;
    // A defaultdict's missing value is its factory's (`defaultdict(list)`: an empty list, whose
    // element type a later use decides, as for `[]`).
    if (dict->type.elements[1].is_undetermined() && !dict->type.is(TypeKind::DefaultDict)) {
        diags_.error(s.loc, fmt::format("the values of this {} have no type yet: nothing stored in it decides one before this read",
                                        dict->type.to_string()),
                     "store into the dict first, or annotate it (d: dict[str, float] = {})");
        return nullptr;
    }
    if (!refine_missing_key(*dict, *key, s.loc)) return nullptr;
    key = dict_key(dict, std::move(key), s.loc);
    if (!key) return nullptr;
    const Type value_type = dict->type.elements[1];
    // d[k] raises KeyError, a defaultdict stores and returns a new default value, a Counter reads 0
    // without storing it.
    const char* cpp = dict->type.is(TypeKind::Counter) ? "{d}.get({k}, 0)" : "{d}[{k}]";
    const bool stores = dict->type.is(TypeKind::DefaultDict);
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("d", std::move(dict));
    operands.emplace_back("k", std::move(key));
    auto read = runtime_call(s.loc, value_type, "getitem", cpp, std::move(operands));
    if (stores) static_cast<ir::LibraryCall&>(*read).effects = true;  // kept in order with what reads the dict
    return read;
}

// d[k] on a defaultdict or a Counter (a read that may store, or `c[k] += 1`) whose key type is
// still undetermined (`defaultdict(list)`, `Counter()`): the key decides it. False after a diagnostic.
bool FunctionLowering::refine_missing_key(ir::Expr& dict, const ir::Expr& key, SourceLoc loc) {
    if (dict.type.is(TypeKind::Dict) || !dict.type.elements[0].is_undetermined() || !key.type.is_known() || key.type.is_undetermined())
        return true;
    if (!check_hashable(key.type, key.loc)) return false;
    Type refined = dict.type;
    refined.elements[0] = key.type;
    return refine_list_variable(dict, refined, loc);
}

// d[k] = v, d[k] op= v (Python reads d[k], KeyError if missing, then stores).
void FunctionLowering::store_to_dict(const ast::Subscript& target, ExprPtr dict, const std::string& op, ExprPtr value, ir::Block& out) {
    if (target.index->kind == ast::ExprKind::Slice) {
        diags_.error(target.index->loc, "unhashable type: 'slice'", "dicts are indexed by their keys");
        return;
    }
    auto key = lower_expr(*target.index);
    if (!key) return;
    if (!check_hashable(key->type, key->loc)) return;
    // The first store into `{}` (or a wider number) decides the dict's types.
    if (op.empty()) {
        auto key_type = join_types(dict->type.elements[0], key->type);
        auto value_type = join_types(dict->type.elements[1], value->type);
        if (key_type && value_type && assignable(key->type, *key_type) && assignable(dict->type.elements[0], *key_type) &&
            assignable(value->type, *value_type) && assignable(dict->type.elements[1], *value_type) &&
            !(value_type->is(TypeKind::List) && !dict->type.elements[1].is_undetermined() && *value_type != dict->type.elements[1]) &&
            // a defaultdict's or Counter's decided value type is its factory's: never widened
            !(!dict->type.is(TypeKind::Dict) && !dict->type.elements[1].is_undetermined() && *value_type != dict->type.elements[1])) {
            Type refined = dict->type;  // a defaultdict or Counter stays one
            refined.elements = {*key_type, *value_type};
            if (refined != dict->type && !refine_list_variable(*dict, refined, target.loc)) return;
        }
    }
    if (!op.empty() && !refine_missing_key(*dict, *key, target.loc)) return;  // counts[k] += 1 on a new Counter
    const Type dict_type = dict->type;
    key = dict_key(dict, std::move(key), target.loc);
    if (!key) return;
    value = element_store_value(target.loc, op, dict_type.elements[1], dict_type, std::move(value), "a value", "d[k]");
    if (!value) return;
    // `d[a] += d[b]` on a defaultdict of str (or lists): C++ evaluates the right side first, as a
    // reference into the dict, then d[a] may store a new entry and move the others; the right side
    // is copied out before that (a number is read before the left side anyway).
    if (!op.empty() && dict_type.is(TypeKind::DefaultDict) && !dict_type.elements[1].is_numeric_scalar() &&
        value->kind != ir::ExprKind::Const && value->kind != ir::ExprKind::Var) {
        std::vector<std::pair<std::string, ExprPtr>> copied;
        copied.emplace_back("v", std::move(value));
        value = runtime_call(target.loc, dict_type.elements[1], "copy", "{T}({v})", std::move(copied));
    }
    const std::string cpp = op.empty() ? "{d}.setitem({k}, {v})" : "{d}[{k}] " + op + "= {v}";
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("d", std::move(dict));
    operands.emplace_back("k", std::move(key));
    operands.emplace_back("v", std::move(value));
    out.push_back(std::make_unique<ir::ExprStmt>(target.loc, runtime_call(target.loc, Type::none(), "store", cpp, std::move(operands))));
}

// del d[k]: KeyError when missing.
void FunctionLowering::delete_from_dict(const ast::Subscript& target, ExprPtr dict, ir::Block& out) {
    if (target.index->kind == ast::ExprKind::Slice) {
        diags_.error(target.index->loc, "unhashable type: 'slice'", "dicts are indexed by their keys");
        return;
    }
    auto key = lower_expr(*target.index);
    if (!key) return;
    key = dict_key(dict, std::move(key), target.loc);
    if (!key) return;
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("d", std::move(dict));
    operands.emplace_back("k", std::move(key));
    out.push_back(std::make_unique<ir::ExprStmt>(target.loc, runtime_call(target.loc, Type::none(), "delitem", "{d}.delitem({k})",
                                                                         std::move(operands))));
}

// The dict a method call's receiver is, refined by the arguments that decide its key and value
// types (`counts.get(word, 0)` on `counts = {}`): parameters whose pattern is item:self take keys,
// value:self values (mapping_table.hpp).
bool FunctionLowering::refine_dict_receiver(const FunctionSpec& spec, ir::Expr& receiver, const TypedCallArgs& args, SourceLoc loc) {
    const std::string& self = spec.params.front().name;
    for (const auto& c : spec.cases) {
        Type candidate = receiver.type;
        bool ok = true, refers = false;
        for (size_t p = 1; p < spec.params.size() && ok; ++p) {
            auto it = c.when.find(spec.params[p].name);
            // A case for a None argument (d.get(k) / d.get(k, None)) is not the one for another.
            if (it != c.when.end() && it->second == "none" && p < args.positional.size() && !args.positional[p]->type.is(TypeKind::None)) {
                ok = false;
                break;
            }
            if (it == c.when.end() || pattern_reference(it->second) != self) continue;
            if (p >= args.positional.size()) continue;  // a default that was not given
            const Type& arg = args.positional[p]->type;
            if (!arg.is_known()) return true;
            const bool is_key = it->second.rfind("item:", 0) == 0;
            const bool is_value = it->second.rfind("value:", 0) == 0;
            if (!is_key && !is_value) continue;
            refers = true;
            Type& part = candidate.elements[is_key ? 0 : 1];
            auto joined = join_types(part, arg);
            if (!joined || !assignable(arg, *joined) || !assignable(part, *joined) ||
                (joined->is(TypeKind::List) && !part.is_undetermined() && *joined != part)) {
                ok = false;
                break;
            }
            part = *joined;
        }
        if (!ok || !refers) continue;
        if (candidate == receiver.type) return true;
        if (!hashable(candidate.elements[0])) return true;  // left to the binder's diagnostic
        return refine_list_variable(receiver, candidate, loc);
    }
    return true;
}

}  // namespace py2cpp
