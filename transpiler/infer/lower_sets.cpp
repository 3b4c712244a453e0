// Sets and frozensets: displays, the operators | & - ^ and their in-place forms, comparisons (==,
// and <= < >= > as subset tests), on the runtime's py::set / py::frozenset
// (runtime/py2cpp/set.hpp). The operators and methods are mapping entries (mappings/builtins.json:
// set.__or__, set.add, frozenset.union, ...), bound like any library call.
//
// Typing follows lists (lower_containers.cpp): a set holds one member type, joined over a
// display's members (ints and floats mix as floats); `set()` starts as set[?] and a set variable
// takes its member type from the first use that decides it (s.add(x), s |= {1}, x in s). A set is
// shared by reference, so a set value is never converted to another member type.
#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/conversions.hpp"
#include "mapping/bind_library_call.hpp"

namespace py2cpp {

using ir::ExprPtr;

namespace {

// What CPython's compiler folds to a constant: literals, signed numbers, tuples of constants and
// arithmetic on number literals. A set display of three or more of them is built from a frozenset
// constant (set.hpp, from_constants).
bool is_folded_constant(const ast::Expr& e) {
    switch (e.kind) {
        case ast::ExprKind::Constant: return true;
        case ast::ExprKind::UnaryOp: return is_folded_constant(*e.as<ast::UnaryOp>().operand);
        case ast::ExprKind::BinOp: {
            const auto& b = e.as<ast::BinOp>();
            const auto number = [](const ast::Expr& x) {
                return x.kind == ast::ExprKind::Constant && !std::holds_alternative<std::string>(x.as<ast::Constant>().value) &&
                       !std::holds_alternative<ast::NoneValue>(x.as<ast::Constant>().value);
            };
            return b.op != "/" && b.op != "//" && b.op != "%" && b.op != "@" && number(*b.left) && number(*b.right);
        }
        case ast::ExprKind::Tuple: {
            const auto& elts = e.as<ast::Tuple>().elts;
            return std::all_of(elts.begin(), elts.end(), [](const ast::ExprPtr& x) { return is_folded_constant(*x); });
        }
        default: return false;
    }
}

const char* operator_method(const std::string& op, bool in_place) {
    if (op == "|") return in_place ? "__ior__" : "__or__";
    if (op == "&") return in_place ? "__iand__" : "__and__";
    if (op == "-") return in_place ? "__isub__" : "__sub__";
    if (op == "^") return in_place ? "__ixor__" : "__xor__";
    return nullptr;
}

}  // namespace

ExprPtr FunctionLowering::lower_set_display(const ast::Set& s) {
    const std::optional<Type> expected = std::exchange(expected_, std::nullopt);
    std::vector<ExprPtr> members;
    std::optional<Type> joined = Type::undetermined();
    for (const auto& e : s.elts) {
        auto v = lower_expr(*e);
        if (!v) return nullptr;
        if (!v->type.is_known()) return std::make_unique<ir::Const>(s.loc, Type::unknown(), ir::NoneValue{});  // recursion pending
        if (!check_hashable(v->type, v->loc)) return nullptr;
        auto next = join_types(*joined, v->type);
        if (!next) {
            const SourceLoc first = members.front()->loc;
            diags_.error(v->loc, fmt::format("a set holds members of one type: this one is {}, the ones before it ({}:{}) are {}",
                                             v->type.to_string(), first.line, first.col + 1, joined->to_string()),
                         "ints and floats mix (as floats); for values of different types use tuples, or convert them first");
            return nullptr;
        }
        joined = next;
        members.push_back(std::move(v));
    }
    Type type = Type::set(*joined);
    if (expected && expected->is(TypeKind::Set) && assignable(type, *expected)) type = *expected;
    const bool constants = s.elts.size() >= 3 &&
                           std::all_of(s.elts.begin(), s.elts.end(), [](const ast::ExprPtr& e) { return is_folded_constant(*e); });
    std::string cpp = constants ? "{T}::from_constants({" : "{T}{";
    std::vector<std::pair<std::string, ExprPtr>> operands;
    for (size_t i = 0; i < members.size(); ++i) {
        auto m = convert_for_store(std::move(members[i]), type.elements[0]);
        if (!m) return nullptr;
        cpp += fmt::format("{}{{m{}}}", i ? ", " : "", i);
        operands.emplace_back(fmt::format("m{}", i), std::move(m));
    }
    cpp += constants ? "})" : "}";
    return runtime_call(s.loc, type, "set", cpp, std::move(operands));
}

// Two sets of one member type: a set()-made operand whose member type is still undetermined takes
// the other's (its variable is refined). A comparison may compare sets of two number types by
// value (`numbers_may_differ`). False after a diagnostic.
bool FunctionLowering::unify_set_members(SourceLoc loc, ir::Expr& a, ir::Expr& b, bool numbers_may_differ) {
    const Type& ea = a.type.elements[0];
    const Type& eb = b.type.elements[0];
    if (ea == eb || (numbers_may_differ && ea.is_numeric_scalar() && eb.is_numeric_scalar())) return true;
    if (ea.is_undetermined() && !eb.is_undetermined()) {
        Type to = a.type;
        to.elements[0] = eb;
        return refine_list_variable(a, to, loc);
    }
    if (eb.is_undetermined() && !ea.is_undetermined()) {
        Type to = b.type;
        to.elements[0] = ea;
        return refine_list_variable(b, to, loc);
    }
    if (ea.is_undetermined() && eb.is_undetermined()) return true;
    diags_.error(loc, fmt::format("these sets hold members of different types ({} and {})", a.type.to_string(), b.type.to_string()),
             "a set holds one member type; build one with the other's type first ({float(x) for x in s})");
    return false;
}

// a | b, a & b, a - b, a ^ b: both operands sets (Python raises TypeError for a set and a list);
// the result has the left operand's kind.
ExprPtr FunctionLowering::lower_set_operator(SourceLoc loc, const std::string& op, ExprPtr lhs, ExprPtr rhs) {
    const char* method = operator_method(op, false);
    if (!method || !lhs->type.is_set() || !rhs->type.is_set()) {
        diags_.error(loc, fmt::format("unsupported operand type(s) for {}: '{}' and '{}'", op, python_type_name(lhs->type), python_type_name(rhs->type)),
                     "sets combine with sets by | & - ^; the methods (s.union(xs), ...) take any iterable");
        return nullptr;
    }
    if (!unify_set_members(loc, *lhs, *rhs)) return nullptr;
    const std::string entry = member_namespace(lhs->type) + "." + method;  // before lhs is moved from
    return bind_operator(loc, entry, std::move(lhs), std::move(rhs));
}

// s |= t, s &= t, s -= t, s ^= t on a set: changed in place (every alias sees it). A frozenset
// operand is rebound to a new frozenset instead (lower_aug_assign).
void FunctionLowering::update_set_in_place(const ast::AugAssign& a, ExprPtr set, ExprPtr value, ir::Block& out) {
    const char* method = operator_method(a.op, true);
    if (!method || !value->type.is_set()) {
        diags_.error(a.loc, fmt::format("unsupported operand type(s) for {}=: '{}' and '{}'", a.op, python_type_name(set->type),
                                        python_type_name(value->type)),
                     "a set is updated in place by |= &= -= ^= with another set; s.update(xs) takes any iterable");
        return;
    }
    if (!unify_set_members(a.loc, *set, *value)) return;
    const std::string entry = member_namespace(set->type) + "." + method;  // before set is moved from
    auto call = bind_operator(a.loc, entry, std::move(set), std::move(value));
    if (call) out.push_back(std::make_unique<ir::ExprStmt>(a.loc, std::move(call)));
}

// An operator bound through its mapping entry (builtins.set.__or__, numpy.matmul...).
ExprPtr FunctionLowering::bind_operator(SourceLoc loc, const std::string& qualified, ExprPtr lhs, ExprPtr rhs) {
    const FunctionSpec* spec = ctx_.tables.find_function(qualified);
    if (!spec) {
        diags_.error(loc, fmt::format("the mapping tables define no '{}'", qualified), "restore it in mappings/builtins.json");
        return nullptr;
    }
    TypedCallArgs args;
    args.positional.push_back(std::move(lhs));
    args.positional.push_back(std::move(rhs));
    auto call = bind_library_call(*spec, std::move(args), loc, diags_);
    if (call) ctx_.includes.insert(spec->includes.begin(), spec->includes.end());
    return call;
}

// a == b, a < b (a proper subset), a <= b (a subset), ...: sets (and frozensets, which compare
// equal to sets of the same members) of one member type.
ExprPtr FunctionLowering::lower_set_compare(SourceLoc loc, std::vector<ExprPtr> operands, std::unique_ptr<ir::Compare> result) {
    for (size_t i = 0; i < operands.size(); ++i) {
        if (!operands[i]->type.is_set()) {
            diags_.error(loc, fmt::format("cannot compare a {} with a {}", operands[0]->type.to_string(), operands[i]->type.to_string()),
                         "sets compare with sets (== and the subset tests < <= > >=)");
            return nullptr;
        }
        if (i > 0 && !unify_set_members(loc, *operands[i - 1], *operands[i], true)) return nullptr;  // {1} == {1.0}
    }
    for (auto& e : operands) result->operands.push_back(std::move(e));
    return result;
}

}  // namespace py2cpp
