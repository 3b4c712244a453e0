// Lists, iteration and containment: Python's sequence semantics, on the runtime's py::list
// (runtime/py2cpp/list.hpp) and the iteration helpers of runtime/py2cpp/iteration.hpp.
//
// Typing. A list holds one element type. A display joins its elements' types (ints and floats mix
// as floats, as variables do); `[]` starts Undetermined (types.hpp) and takes its element type from
// its first use that decides one: an assignment, an append/insert/extend, `+` with another list, a
// comparison. A list *variable* whose type a use decides or widens has its version forced to the new
// type and the body is lowered again (as a widened number is, infer/variables.hpp), so every
// display assigned to it is typed alike from the start. A list is an object shared by reference, so
// a list value that is not a display is never converted to another element type: that is a located
// diagnostic, not a copy that would break aliasing.
#include <algorithm>
#include <utility>

#include <set>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/conversions.hpp"

namespace py2cpp {

using ir::ExprPtr;

namespace {

std::vector<std::pair<std::string, ExprPtr>> operands_of(std::initializer_list<std::pair<const char*, ExprPtr*>> list) {
    std::vector<std::pair<std::string, ExprPtr>> out;
    for (const auto& [name, slot] : list) out.emplace_back(name, std::move(*slot));
    return out;
}

}  // namespace

ExprPtr FunctionLowering::lower_list_display(const ast::List& l, bool arrays_as_sequence) {
    const std::optional<Type> expected = std::exchange(expected_, std::nullopt);
    std::vector<ExprPtr> elements;
    for (const auto& e : l.elts) {
        auto v = lower_maybe_none(*e);
        if (!v) return nullptr;
        if (!v->type.is_known()) return std::make_unique<ir::Const>(l.loc, Type::unknown(), ir::NoneValue{});  // recursion pending
        elements.push_back(std::move(v));
    }
    if (arrays_as_sequence && !elements.empty() &&
        std::all_of(elements.begin(), elements.end(), [](const ExprPtr& e) { return e->type.is_array(); }))
        return array_sequence(l.loc, std::move(elements));
    std::optional<Type> joined = Type::undetermined();
    for (size_t i = 0; i < elements.size(); ++i) {
        const Type& t = elements[i]->type;
        auto next = join_types(*joined, t);
        if (!next || (t.is(TypeKind::List) && !assignable(t, *next)) || (joined->is(TypeKind::List) && !assignable(*joined, *next))) {
            const SourceLoc first = elements.front()->loc;
            diags_.error(elements[i]->loc, fmt::format("a list holds values of one type: this element is {}, the elements before it ({}:{}) are {}",
                                                       t.to_string(), first.line, first.col + 1, joined->to_string()),
                         join_hint(t, *joined, "ints and floats mix (as floats); for values of different types use a tuple, or convert them first"));
            return nullptr;
        }
        joined = next;
    }
    Type type = Type::list(*joined);
    if (expected && expected->is(TypeKind::List) && assignable(type, *expected)) type = *expected;
    auto display = std::make_unique<ir::TupleMake>(l.loc, Type::list(Type::undetermined()));
    display->elements = std::move(elements);
    return ir::convert(std::move(display), type);
}

ExprPtr FunctionLowering::lower_iterated(const ast::Expr& e, bool maybe_none) {
    // A generator expression, or a map()/filter() call (lower_callables.cpp), computed eagerly.
    auto eager_call = [&] {
        if (e.kind != ast::ExprKind::Call) return false;
        auto q = qualified_name(*e.as<ast::Call>().func);
        static const std::set<std::string> eager = {"builtins.map", "builtins.filter", "itertools.filterfalse", "itertools.starmap",
                                                    "itertools.takewhile", "itertools.dropwhile"};
        return q && eager.count(*q);
    };
    generator_allowed_ = e.kind == ast::ExprKind::Comprehension || eager_call();
    auto value = maybe_none ? lower_maybe_none(e) : lower_expr(e);
    // `for x in obj`, a comprehension over obj, `yield from obj`: its class's __iter__ (not for a
    // library call's argument, which may take the object itself: lower_library_call decides).
    if (value && !maybe_none && value->type.is(TypeKind::Object))
        if (const ast::ClassDef* cls = class_named(value->type.class_name); cls && ctx_.symbols.method_owner(cls->name, "__iter__"))
            return call_object_dunder(e.loc, "iteration", "__iter__", std::move(value));
    // A library object its table makes iterable (`for line in f` of a file).
    if (value && library_member(value->type, "__iter__")) return call_library_dunder(e.loc, std::move(value), "__iter__");
    return value;
}

void FunctionLowering::report_not_consumed_at_once(SourceLoc loc, const std::string& what, const std::string& calls,
                                                   const std::string& hint) {
    diags_.error(loc, fmt::format("{} is only supported where it is consumed right away: as the argument of a built-in or library "
                                  "call ({}, ...), or as the iterable of a 'for' loop or comprehension", what, calls),
                 hint);
}

ExprPtr FunctionLowering::lower_comprehension(const ast::Comprehension& c) {
    if (!std::exchange(generator_allowed_, false) && c.builds == ast::Comprehension::Builds::Generator) {
        expected_.reset();
        report_not_consumed_at_once(c.loc, "a generator expression", "sum, list, sorted, max, ''.join",
                                    "py2cpp computes generator expressions eagerly; to keep the values, use a list comprehension [...]");
        return nullptr;
    }
    ComprehensionParts parts;
    parts.loc = c.loc;
    parts.builds = c.builds;
    parts.element_loc = c.elt->loc;
    for (const auto& clause : c.clauses) {
        ComprehensionParts::Clause k;
        k.target = clause.target.get();
        k.iter = clause.iter.get();
        for (const auto& cond : clause.ifs) k.ifs.push_back({cond->loc, [this, e = cond.get()] { return lower_condition(*e); }});
        parts.clauses.push_back(std::move(k));
    }
    if (c.key) parts.key = [this, &c] { return lower_expr(*c.key); };
    parts.element = [this, &c] { return lower_maybe_none(*c.elt); };
    return lower_comprehension_parts(parts);
}

ExprPtr FunctionLowering::lower_comprehension_parts(ComprehensionParts& c) {
    const std::optional<Type> expected = std::exchange(expected_, std::nullopt);
    // The first iterable is evaluated where the comprehension is (in the enclosing scope); the
    // rest, the conditions and the element inside it.
    auto first = c.first ? std::move(c.first) : lower_iterated(*c.clauses.front().iter);
    if (!first) return nullptr;
    auto saved = vars_.scope();
    auto result = std::make_unique<ir::BlockExpr>(c.loc, Type::unknown());
    path_.push_back(next_block_id_++);  // the comprehension's own block
    const BlockPath outer = path_;
    ir::Block* innermost = &result->body;
    bool ok = true;
    for (size_t k = 0; k < c.clauses.size() && ok; ++k) {
        const auto& clause = c.clauses[k];
        const SourceLoc iter_loc = clause.iter->loc;
        auto iterable = k == 0 ? std::move(first) : lower_iterated(*clause.iter);
        if (iterable) iterable = iteration_source(*clause.iter, iterable->type.is_array() ? stored_array(std::move(iterable)) : std::move(iterable));
        if (!iterable) {
            ok = false;
            break;
        }
        auto item = item_type(iterable->type);
        auto loop = std::make_unique<ir::For>(iter_loc);
        path_.push_back(next_block_id_++);  // the loop body
        const bool plain = clause.target->kind == ast::ExprKind::Name;
        VarVersion& v = plain ? vars_.create(clause.target->as<ast::Name>().id, *item, path_) : vars_.create_hidden("item", "loop", *item, path_);
        v.is_loop_var = true;
        loop->var_id = v.id;
        loop->var_type = *item;
        loop->iterable = std::move(iterable);
        vars_.record_use(v, path_);
        ir::Block* body = &loop->body;
        if (!plain) assign_to_target(*clause.target, read_variable(v, clause.target->loc), *body);
        for (const auto& [cond_loc, cond] : clause.ifs) {
            auto test = cond();
            if (!test) {
                ok = false;
                break;
            }
            auto branch = std::make_unique<ir::If>(cond_loc);
            branch->test = ir::to_condition(std::move(test));
            ir::Block* inner = &branch->body;
            path_.push_back(next_block_id_++);
            body->push_back(std::move(branch));
            body = inner;
        }
        for (const auto& [cond_loc, cond] : clause.whiles) {
            if (!ok) break;
            auto test = cond();
            if (!test) {
                ok = false;
                break;
            }
            auto stop = std::make_unique<ir::If>(cond_loc);
            stop->test = std::make_unique<ir::Unary>(cond_loc, Type::boolean(), ir::UnaryOpKind::Not, ir::to_condition(std::move(test)));
            stop->body.push_back(std::make_unique<ir::Jump>(ir::StmtKind::Break, cond_loc));
            body->push_back(std::move(stop));
        }
        innermost->push_back(std::move(loop));
        innermost = body;
    }
    // A dict comprehension's key is evaluated before its value (Python 3.8).
    using Builds = ast::Comprehension::Builds;
    ExprPtr key = ok && c.builds == Builds::Dict ? c.key() : nullptr;
    if (c.builds == Builds::Dict && !key) ok = false;
    ExprPtr element = ok ? c.element() : nullptr;
    // The element's type decides the list's (a [] element takes the expected type's, if any).
    Type type = !element                    ? Type::unknown()
                : c.builds == Builds::Set  ? Type::set(element->type)
                : c.builds == Builds::Dict ? Type::dict(key->type, element->type)
                                           : Type::list(element->type);
    if (element && expected && expected->kind == type.kind && assignable(type, *expected)) type = *expected;
    if (element && (!element->type.is_known() || (key && !key->type.is_known()))) type = Type::unknown();  // recursion still being inferred
    if (element && type.is_known() && (c.builds == Builds::Set || c.builds == Builds::Dict) && !check_hashable(type.elements[0], c.loc))
        element = nullptr;
    if (element && type.is_known()) {
        element = ir::convert(std::move(element), type.elements.back());
        if (key) key = ir::convert(std::move(key), type.elements[0]);
        const BlockPath inner = path_;
        path_ = outer;
        VarVersion& acc = vars_.create_hidden("comprehension", "result", type, path_);
        ExprPtr empty = type.is(TypeKind::List) ? ExprPtr(std::make_unique<ir::TupleMake>(c.loc, type))
                                                : runtime_call(c.loc, type, "empty", "{T}{}", {});
        auto init = std::make_unique<ir::Assign>(c.loc, "", type, std::move(empty));
        init->var_id = acc.id;
        vars_.record_use(acc, path_);
        result->body.insert(result->body.begin(), std::move(init));
        path_ = inner;
        std::vector<std::pair<std::string, ExprPtr>> operands;
        operands.emplace_back("a", read_variable(acc, c.loc));
        if (key) operands.emplace_back("k", std::move(key));
        operands.emplace_back("x", std::move(element));
        const char* add = c.builds == Builds::Set ? "{a}.add({x})" : c.builds == Builds::Dict ? "{a}.setitem({k}, {x})" : "{a}.append({x})";
        innermost->push_back(std::make_unique<ir::ExprStmt>(c.element_loc, runtime_call(c.element_loc, Type::none(), "add", add,
                                                                                    std::move(operands))));
        path_ = outer;
        result->value = read_variable(acc, c.loc);
        result->type = type;
    }
    path_.resize(outer.size() - 1);
    vars_.restore_scope(std::move(saved));
    if (!result->value) {
        if (!ok || !element) return nullptr;  // after a diagnostic
        return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});  // recursion still being inferred
    }
    return result;
}

bool FunctionLowering::refine_list_variable(ir::Expr& receiver, const Type& to, SourceLoc use) {
    if (receiver.type == to) return true;
    // A field of an object (self.items = [] then self.items.append(x)): the field takes the type
    // (infer/classes.hpp; the module is lowered again when it changes).
    if (receiver.kind == ir::ExprKind::FieldGet) {
        const auto& field = receiver.as<ir::FieldGet>();
        auto accepted = field_accepting(field.object->type.class_name, field.field, to, use);
        if (!accepted) return false;
        receiver.type = *accepted;
        return true;
    }
    VarVersion* v = receiver.kind == ir::ExprKind::Var ? vars_.by_id(receiver.as<ir::Var>().var_id) : nullptr;
    // An element of a container variable whose type is still undetermined (d[k], d.setdefault(k, []),
    // xs[i] of a list of empty lists): the container's variable takes the decided element type.
    // A new empty container made from no container (list(), dict(), set(): a dataclass field's
    // default_factory) takes the type it is stored as, as a [] display does.
    auto from_no_container = [](const ir::LibraryCall& call) {
        for (const auto& [name, operands] : call.args)
            for (const auto& operand : operands)
                if (operand->type.is_undetermined()) return false;
        return true;
    };
    if (!v && receiver.kind == ir::ExprKind::LibraryCall && receiver.type.is_undetermined() &&
        from_no_container(receiver.as<ir::LibraryCall>()) && assignable(receiver.type, to)) {
        receiver.type = to;
        return true;
    }
    if (!v && receiver.kind == ir::ExprKind::LibraryCall && receiver.type.is_undetermined()) {
        auto& call = receiver.as<ir::LibraryCall>();
        if (!call.args.empty() && call.args.front().second.size() == 1) {
            ir::Expr& container = *call.args.front().second.front();
            const Type& ct = container.type;
            std::optional<Type> wider;
            if (ct.is_dict() && ct.elements[1] == receiver.type) {
                wider = ct;  // a defaultdict stays one
                wider->elements[1] = to;
            }
            if (ct.is(TypeKind::List) && ct.elements[0] == receiver.type) wider = Type::list(to);
            if (wider && assignable(ct, *wider) && refine_list_variable(container, *wider, use)) {
                receiver.type = to;
                return true;
            }
        }
    }
    // (A type an earlier use decided may widen again: list[None], then an append of an int | None.)
    auto decided_global = [&](const ir::Var& g) {
        if (receiver.type.is_undetermined() && assignable(receiver.type, to)) return true;
        auto joined = join_types(receiver.type, to);
        return ctx_.classes.global_types.count(g.py_name) && joined && *joined == to;
    };
    if (!v && receiver.kind == ir::ExprKind::Var && receiver.as<ir::Var>().is_global && decided_global(receiver.as<ir::Var>())) {
        Type& known = ctx_.classes.global_types[receiver.as<ir::Var>().py_name];
        if (known != to) {
            known = to;
            ctx_.classes.widened = true;  // the module is lowered again with the constant made so
        }
        receiver.type = to;
        return true;
    }
    if (!v) {
        const bool dict = to.is_dict();
        const char* what = dict ? "dict" : to.is_set() ? "set" : "list";
        diags_.error(use, fmt::format("this use needs a {}, but the {} here is a {}", to.to_string(), what, receiver.type.to_string()),
                     dict ? "a dict keeps the key and value types it was created with; create it with the types it needs"
                          : fmt::format("a {} keeps the element type it was created with; create it with the wider type (e.g. [0.0] for floats)",
                                        what));
        return false;
    }
    if (v->is_param && receiver.type.is_undetermined() && assignable(receiver.type, to) && param_index_.count(v->id)) {
        // An empty list from the caller: the caller takes this type for it (lower_user_call).
        param_refinements_[param_index_.at(v->id)] = to;
        receiver.type = to;
        return true;
    }
    if (v->is_param) {
        diags_.error(use, fmt::format("parameter '{}' is a {} (as the caller passes it); this use needs a {}", v->py_name,
                                      receiver.type.to_string(), to.to_string()),
                     to.is_dict()
                         ? "the caller's dict is shared with this function, so its key and value types cannot change here; pass one of the wider types"
                         : "the caller's list is shared with this function, so its element type cannot change here; pass a list of the wider type");
        return false;
    }
    vars_.force(*v, to);
    receiver.type = to;
    return true;
}

ExprPtr FunctionLowering::convert_for_store(ExprPtr e, const Type& to) {
    if (!e || e->type == to || !to.is_known()) return e;
    const bool list_change = (e->type.is(TypeKind::List) && to.is(TypeKind::List) && e->kind != ir::ExprKind::TupleMake) ||
                             (e->type.is_set() && e->type.kind == to.kind);
    if (list_change && !refine_list_variable(*e, to, e->loc)) return nullptr;
    return ir::convert(std::move(e), to);
}

// list + list, list * int, int * list, list += iterable, list *= int (the in-place forms are
// statements, see lower_aug_assign); tuple + tuple.
ExprPtr FunctionLowering::lower_sequence_arithmetic(SourceLoc loc, const std::string& op, ExprPtr lhs, ExprPtr rhs) {
    const Type lt = lhs->type, rt = rhs->type;
    auto unsupported = [&]() -> ExprPtr {
        diags_.error(loc, fmt::format("unsupported operand types for {}: '{}' and '{}'", op, lt.to_string(), rt.to_string()),
                     lt.is(TypeKind::List) && rt.is(TypeKind::List) && op == "+"
                         ? "both lists must hold the same element type"
                         : "lists support + (with a list), * (with an int), in, == and ordering");
        return nullptr;
    };
    const bool lhs_int = lt.is(TypeKind::Int) || lt.is(TypeKind::Bool), rhs_int = rt.is(TypeKind::Int) || rt.is(TypeKind::Bool);
    if (op == "*" && ((lt.is(TypeKind::List) && rhs_int) || (rt.is(TypeKind::List) && lhs_int))) {
        if (lhs_int) std::swap(lhs, rhs);  // n * xs is xs * n (both orders repeat)
        const Type type = lhs->type;
        rhs = ir::promote(std::move(rhs), Type::integer());
        return runtime_call(loc, type, "repeat", "{a} * {n}", operands_of({{"a", &lhs}, {"n", &rhs}}));
    }
    if (op == "+" && lt.is(TypeKind::List) && rt.is(TypeKind::List)) {
        auto joined = join_types(lt, rt);
        if (!joined || !assignable(lt, *joined) || !assignable(rt, *joined)) return unsupported();
        // [] + xs, xs + [1.0]: an undetermined or display side takes the other's type.
        lhs = convert_for_store(std::move(lhs), *joined);
        rhs = convert_for_store(std::move(rhs), *joined);
        if (!lhs || !rhs) return nullptr;
        return runtime_call(loc, *joined, "concatenate", "{a} + {b}", operands_of({{"a", &lhs}, {"b", &rhs}}));
    }
    if (op == "+" && lt.is(TypeKind::Tuple) && rt.is(TypeKind::Tuple)) {
        std::vector<Type> elements = lt.elements;
        elements.insert(elements.end(), rt.elements.begin(), rt.elements.end());
        return runtime_call(loc, Type::tuple(std::move(elements)), "concatenate", "std::tuple_cat({a}, {b})",
                            operands_of({{"a", &lhs}, {"b", &rhs}}));
    }
    return unsupported();
}

// `item in container` (Python evaluates the item first): list elements and tuple items by ==, a
// substring of a str.
ExprPtr FunctionLowering::lower_containment(SourceLoc loc, bool negate, ExprPtr item, ExprPtr container) {
    if (container->type.is(TypeKind::Object)) {  // x in obj: __contains__
        auto call = call_object_dunder(loc, "'in'", "__contains__", std::move(container), std::move(item));
        if (!call || !negate) return call;
        return std::make_unique<ir::Unary>(loc, Type::boolean(), ir::UnaryOpKind::Not, ir::to_condition(std::move(call)));
    }
    if (container->type.is_dict() || container->type.is_set()) {  // a key or member; `k in {}` decides its type
        if (!check_hashable(item->type, item->loc)) return nullptr;
        const Type keys = container->type.elements[0];
        Type decided = container->type;
        decided.elements[0] = item->type;
        if (keys.is_undetermined() && item->type.is_known() && !item->type.is_undetermined() &&
            !refine_list_variable(*container, decided, loc))
            return nullptr;
        // A number of another type than the keys (1.5 in a set of ints) is compared exactly at run time.
        const bool other_number = item->type.is_numeric_scalar() && keys.is_numeric_scalar() && !assignable(item->type, keys);
        if (!other_number) item = dict_key(container, std::move(item), loc);
        if (!item) return nullptr;
        auto test = runtime_call(loc, Type::boolean(), "contains", "py::contains({container}, {item})",
                                 operands_of({{"item", &item}, {"container", &container}}));
        if (!negate) return test;
        return std::make_unique<ir::Unary>(loc, Type::boolean(), ir::UnaryOpKind::Not, std::move(test));
    }
    const Type ct = container->type;
    auto items = item_type(ct);
    const bool ok = ct.is(TypeKind::Str) ? item->type.is(TypeKind::Str)
                                         : items && (ct.is(TypeKind::List) || ct.is(TypeKind::Tuple) || ct.is(TypeKind::Generator)) &&
                                               (assignable(item->type, *items) || assignable(*items, item->type));
    if (!ok) {
        diags_.error(loc, fmt::format("'in' with a {} on the left and a {} on the right is not supported", item->type.to_string(),
                                      ct.to_string()),
                     ct.is(TypeKind::Str) ? "'in <str>' needs a str on the left (a substring)"
                                          : "containment tests work on lists, tuples, generators and str, with an item of the element type");
        return nullptr;
    }
    auto test = runtime_call(loc, Type::boolean(), "contains", "py::contains({container}, {item})",
                             operands_of({{"item", &item}, {"container", &container}}));
    if (!negate) return test;
    return std::make_unique<ir::Unary>(loc, Type::boolean(), ir::UnaryOpKind::Not, std::move(test));
}

ExprPtr FunctionLowering::iteration_source(const ast::Expr& where, ExprPtr iterable) {
    const Type t = iterable->type;
    auto item = item_type(t);
    if (!item || t.is_array()) {
        diags_.error(where.loc,
                     t.is(TypeKind::Tuple) && item_type(t) == std::nullopt
                         ? fmt::format("iterating over a tuple of mixed types ({}) is not supported", t.to_string())
                         : fmt::format("'{}' object is not iterable", t.to_string()),
                     "loops run over lists, tuples, str, range(...), arrays, enumerate/zip/reversed(...) and the like");
        return nullptr;
    }
    if (item->is(TypeKind::Undetermined)) {  // `for x in []`: x would have no type
        diags_.error(where.loc, fmt::format("iterating a {} whose element type nothing decides (it is always empty here)", t.to_string()),
                     "give the container a type (xs: list[float] = [] or an append before the loop), or drop the loop");
        return nullptr;
    }
    const SourceLoc loc = iterable->loc;
    if (t.is(TypeKind::Str))
        return runtime_call(loc, Type::iterator(Type::str()), "characters", "py::characters({s})", operands_of({{"s", &iterable}}));
    if (t.is(TypeKind::Tuple))
        return runtime_call(loc, Type::iterator(*item), "tuple items", "py::tuple_items({t})", operands_of({{"t", &iterable}}));
    return iterable;
}

// `for TARGET in ITERABLE:` over anything but range() and an array (lower_for): a range-based for
// over the runtime's iterable. A plain name target is the loop variable (as for range); any other
// target (a, b / i, (x, y) / xs[k]) is assigned from a hidden loop variable at the top of the body.
void FunctionLowering::lower_for_iterable(const ast::For& s, ExprPtr iterable, ir::Block& out) {
    iterable = iteration_source(*s.iter, std::move(iterable));
    if (!iterable) return;
    const Type item = *item_type(iterable->type);
    auto node = std::make_unique<ir::For>(s.loc);
    node->iterable = std::move(iterable);
    path_.push_back(next_block_id_);  // the loop variable belongs to the body's block
    VarVersion* v = nullptr;
    if (s.target->kind == ast::ExprKind::Name) {
        const std::string& name = s.target->as<ast::Name>().id;
        v = depth() == 1 ? nullptr : vars_.current(name);
        if (v && v->type != item) {
            auto joined = join_types(v->type, item);
            if (!joined || !assignable(item, *joined)) {
                diags_.error(s.target->loc, fmt::format("loop variable '{}' holds a {} elsewhere, and the loop gives {}", name,
                                                        v->type.to_string(), item.to_string()),
                             "use another name");
                path_.pop_back();
                return;
            }
            if (*joined != v->type) vars_.force(*v, *joined);
        }
        if (!v) {
            v = &vars_.create(name, item, path_);
            v->is_loop_var = true;
        }
    } else {
        v = &vars_.create_hidden(s.target->kind == ast::ExprKind::Name ? "" : "item", "loop", item, path_);
        v->is_loop_var = true;
    }
    node->var_id = v->id;
    node->var_type = item;
    vars_.record_use(*v, path_);
    path_.pop_back();
    if (s.target->kind != ast::ExprKind::Name) {
        // The body's block, as lower_block opens it: the unpacking belongs to each iteration.
        path_.push_back(next_block_id_++);
        assign_to_target(*s.target, read_variable(*v, s.target->loc), node->body);
        for (const auto& stmt : s.body) lower_stmt(*stmt, node->body);
        path_.pop_back();
    } else {
        lower_block(s.body, node->body);
    }
    out.push_back(std::move(node));
}

// `start:stop:step` of a sequence subscript: "py::slice{.start = {s0}, ...}" over operands s0...,
// or nullopt after a diagnostic.
std::optional<std::string> FunctionLowering::slice_operands(const ast::Slice& s, std::vector<std::pair<std::string, ExprPtr>>& operands) {
    std::vector<std::string> fields;
    const std::pair<const char*, const ast::ExprPtr*> bounds[] = {{"start", &s.lower}, {"stop", &s.upper}, {"step", &s.step}};
    for (const auto& [field, bound] : bounds) {
        if (!*bound) continue;
        auto e = lower_expr(**bound);
        if (!e) return std::nullopt;
        if (e->type.is(TypeKind::None)) continue;
        if (!e->type.is(TypeKind::Int) && !e->type.is(TypeKind::Bool)) {
            diags_.error((*bound)->loc, "slice indices must be integers or None or have an __index__ method", "");
            return std::nullopt;
        }
        const std::string name = fmt::format("s{}", operands.size());
        fields.push_back(fmt::format(".{} = {{{}}}", field, name));
        operands.emplace_back(name, ir::promote(std::move(e), Type::integer()));
    }
    return fmt::format("py::slice{{{}}}", fmt::join(fields, ", "));
}

// xs[i] (IndexError as Python words it) and xs[i:j:k] (a new list) on a list; the same on a str,
// by code points.
ExprPtr FunctionLowering::lower_list_subscript(const ast::Subscript& s, ExprPtr list) {
    const Type type = list->type;
    const bool str = type.is(TypeKind::Str);
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("a", std::move(list));
    if (s.index->kind == ast::ExprKind::Slice) {
        auto slice = slice_operands(s.index->as<ast::Slice>(), operands);
        if (!slice) return nullptr;
        return runtime_call(s.loc, type, "slice", str ? "py::str_slice({a}, " + *slice + ")" : "{a}[" + *slice + "]", std::move(operands));
    }
    auto index = lower_expr(*s.index);
    if (!index) return nullptr;
    if (!index->type.is(TypeKind::Int) && !index->type.is(TypeKind::Bool)) {
        diags_.error(s.index->loc, fmt::format("{} indices must be integers or slices, not {}", str ? "string" : "list", index->type.to_string()), "");
        return nullptr;
    }
    operands.emplace_back("i", ir::promote(std::move(index), Type::integer()));
    if (str) return runtime_call(s.loc, type, "getitem", "py::str_getitem({a}, {i})", std::move(operands));
    return runtime_call(s.loc, type.elements[0], "getitem", "{a}[{i}]", std::move(operands));
}

// xs[i] = v, xs[i] op= v, xs[i:j] = values on a list.
// `del TARGET`: an element or a slice of a list (Python's IndexError for an index out of range;
// a slice never fails), or a tuple/list of such targets, deleted left to right.
void FunctionLowering::lower_delete(const ast::Expr& target, ir::Block& out) {
    if (target.kind == ast::ExprKind::Tuple || target.kind == ast::ExprKind::List) {
        const auto& elts = target.kind == ast::ExprKind::Tuple ? target.as<ast::Tuple>().elts : target.as<ast::List>().elts;
        for (const auto& e : elts) lower_delete(*e, out);
        return;
    }
    if (target.kind == ast::ExprKind::Name) {
        diags_.error(target.loc, fmt::format("'del {}' (deleting a variable) is not supported", target.as<ast::Name>().id),
                     "assign the variable a new value, or let it go out of scope");
        return;
    }
    if (target.kind != ast::ExprKind::Subscript) {
        diags_.error(target.loc, "'del' of this kind of target is not supported", "'del' works on list elements and slices: del xs[i], del xs[i:j]");
        return;
    }
    const auto& sub = target.as<ast::Subscript>();
    auto list = lower_expr(*sub.value);
    if (!list) return;
    if (list->type.is_dict()) {
        delete_from_dict(sub, std::move(list), out);
        return;
    }
    if (!list->type.is(TypeKind::List)) {
        diags_.error(target.loc, fmt::format("'del' of an item of a {} is not supported", list->type.to_string()),
                     list->type.is_array() ? "NumPy arrays cannot delete elements (ValueError); build a new array with np.delete or a mask"
                                           : "'del' works on list elements and slices: del xs[i], del xs[i:j]");
        return;
    }
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("a", std::move(list));
    std::string cpp;
    if (sub.index->kind == ast::ExprKind::Slice) {
        auto slice = slice_operands(sub.index->as<ast::Slice>(), operands);
        if (!slice) return;
        cpp = "{a}.delitem(" + *slice + ")";
    } else {
        auto index = lower_expr(*sub.index);
        if (!index) return;
        if (!index->type.is(TypeKind::Int) && !index->type.is(TypeKind::Bool)) {
            diags_.error(sub.index->loc, fmt::format("list indices must be integers or slices, not {}", index->type.to_string()), "");
            return;
        }
        operands.emplace_back("i", ir::promote(std::move(index), Type::integer()));
        cpp = "{a}.delitem({i})";
    }
    out.push_back(std::make_unique<ir::ExprStmt>(target.loc, runtime_call(target.loc, Type::none(), "delitem", cpp, std::move(operands))));
}

void FunctionLowering::store_to_list(const ast::Subscript& target, ExprPtr list, const std::string& op, ExprPtr value,
                                     ir::Block& out) {
    const Type type = list->type;
    const Type element = type.elements[0];
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("a", std::move(list));
    std::string cpp;
    if (target.index->kind == ast::ExprKind::Slice) {
        if (!op.empty()) {
            diags_.error(target.loc, fmt::format("'{}=' on a list slice is not supported", op), "write xs[i:j] = xs[i:j] " + op + " ys");
            return;
        }
        auto slice = slice_operands(target.index->as<ast::Slice>(), operands);
        if (!slice) return;
        if (!value->type.is(TypeKind::List) || !assignable(value->type, type)) {
            diags_.error(target.loc, fmt::format("a slice of a {} can only be assigned a list of the same element type, not a {}",
                                                 type.to_string(), value->type.to_string()), "");
            return;
        }
        value = convert_for_store(std::move(value), type);
        if (!value) return;
        cpp = "{a}.setitem(" + *slice + ", {v})";
    } else {
        auto index = lower_expr(*target.index);
        if (!index) return;
        if (!index->type.is(TypeKind::Int) && !index->type.is(TypeKind::Bool)) {
            diags_.error(target.index->loc, fmt::format("list indices must be integers or slices, not {}", index->type.to_string()), "");
            return;
        }
        operands.emplace_back("i", ir::promote(std::move(index), Type::integer()));
        // Python reads a[i] for an augmented store (IndexError "list index out of range"), computes, then stores.
        value = element_store_value(target.loc, op, element, type, std::move(value), "an element", "xs[i]");
        if (!value) return;
        cpp = op.empty() ? "{a}.setitem({i}, {v})" : "{a}[{i}] " + op + "= {v}";
    }
    operands.emplace_back("v", std::move(value));
    out.push_back(std::make_unique<ir::ExprStmt>(target.loc, runtime_call(target.loc, Type::none(), "store", cpp, std::move(operands))));
}

// The value of `c[k] = v` / `c[k] op= v` for an element (list) or value (dict) of type `element`:
// converted for the store, or promoted for an in-place +, -, * on numbers (+ on str); nullptr after
// a diagnostic. `what` and `spelled` name the element in messages ("an element", "xs[i]").
ExprPtr FunctionLowering::element_store_value(SourceLoc loc, const std::string& op, const Type& element, const Type& container,
                                              ExprPtr value, const char* what, const char* spelled) {
    // A defaultdict's or Counter's values are what its factory makes: never widened.
    const bool fixed = container.is(TypeKind::DefaultDict) || container.is(TypeKind::Counter);
    if (fixed && !assignable(value->type, element)) {
        diags_.error(loc, fmt::format("the values of a {} stay {} (what its factory makes), so it cannot store a {}", container.to_string(),
                                      element.to_string(), value->type.to_string()),
                     container.is(TypeKind::Counter) ? "a Counter counts in ints; keep float totals in a defaultdict(float)"
                                                     : fmt::format("create it with the wider factory: defaultdict({})", python_type_name(value->type)));
        return nullptr;
    }
    if (op.empty()) {
        if (!assignable(value->type, element)) {
            diags_.error(loc, fmt::format("cannot store a {} as {} of a {}", value->type.to_string(), what, container.to_string()),
                         container.is_dict() ? "a dict holds one value type" : "a list holds one element type");
            return nullptr;
        }
        return convert_for_store(std::move(value), element);
    }
    const bool in_place = (op == "+" || op == "-" || op == "*") && element.is_numeric_scalar() && value->type.is_numeric_scalar() &&
                          join_types(element, value->type) == element && !(op != "+" && element.is(TypeKind::Bool));
    const bool concat = op == "+" && element.is(TypeKind::Str) && value->type.is(TypeKind::Str);
    if (!in_place && !concat) {
        diags_.error(loc, fmt::format("'{}=' on {} of a {} with a {} is not supported", op, what, container.to_string(), value->type.to_string()),
                     fmt::format("write {0} = {0} {1} v", spelled, op));
        return nullptr;
    }
    return ir::promote(std::move(value), element);
}

// xs += iterable (list.extend: the same list object, every alias sees it), xs *= n.
void FunctionLowering::extend_list_in_place(const ast::AugAssign& a, ExprPtr list, ExprPtr value, ir::Block& out) {
    std::string cpp;
    if (a.op == "*" && (value->type.is(TypeKind::Int) || value->type.is(TypeKind::Bool))) {
        value = ir::promote(std::move(value), Type::integer());
        cpp = "{a} *= {v}";
    } else if (a.op == "+" && item_type(value->type) && !value->type.is_array()) {
        const Type items = *item_type(value->type);
        auto joined = join_types(list->type.elements[0], items);
        if (!joined || !assignable(items, *joined)) {
            diags_.error(a.loc, fmt::format("cannot extend a {} with the items of a {}", list->type.to_string(), value->type.to_string()),
                         "a list holds one element type");
            return;
        }
        if (!refine_list_variable(*list, Type::list(*joined), a.loc)) return;
        if (value->type.is(TypeKind::List)) {
            value = convert_for_store(std::move(value), list->type);
            if (!value) return;
            cpp = "{a} += {v}";
        } else {
            value = iteration_source(*a.value, std::move(value));
            if (!value) return;
            cpp = "{a}.extend_from({v})";
        }
    } else {
        diags_.error(a.loc, fmt::format("unsupported operand types for {}=: '{}' and '{}'", a.op, list->type.to_string(),
                                        value->type.to_string()),
                     "a list supports += with an iterable and *= with an int");
        return;
    }
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("a", std::move(list));
    operands.emplace_back("v", std::move(value));
    out.push_back(std::make_unique<ir::ExprStmt>(a.loc, runtime_call(a.loc, Type::none(), "extend", cpp, std::move(operands))));
}

bool FunctionLowering::refine_receiver_for(const FunctionSpec& spec, ir::Expr& receiver, const TypedCallArgs& args, SourceLoc loc) {
    if (receiver.type.is_dict() && !spec.params.empty()) return refine_dict_receiver(spec, receiver, args, loc);
    if ((!receiver.type.is(TypeKind::List) && !receiver.type.is_set()) || spec.params.empty()) return true;
    const std::string& self = spec.params.front().name;
    for (const auto& c : spec.cases) {
        for (size_t p = 1; p < spec.params.size() && p < args.positional.size(); ++p) {
            auto it = c.when.find(spec.params[p].name);
            if (it == c.when.end() || pattern_reference(it->second) != self) continue;
            const Type& arg = args.positional[p]->type;
            auto items = it->second.rfind("item:", 0) == 0 ? std::optional<Type>(arg) : item_type(arg);
            if (!items || !items->is_known()) return true;
            auto joined = join_types(receiver.type.elements[0], *items);
            // A wider element (an int list given a float) or a decided one (an empty list's first
            // append); anything else is left to the binder's diagnostic.
            if (!joined || !assignable(*items, *joined) || !assignable(receiver.type.elements[0], *joined)) return true;
            if (joined->is(TypeKind::List) && !receiver.type.elements[0].is_undetermined() && *joined != receiver.type.elements[0]) return true;
            if (receiver.type.is_set() && !check_hashable(*joined, loc)) return false;
            Type refined = receiver.type;
            refined.elements[0] = *joined;
            return refine_list_variable(receiver, refined, loc);
        }
    }
    return true;
}

void FunctionLowering::assign_to_target(const ast::Expr& target, ExprPtr value, ir::Block& out) {
    switch (target.kind) {
        case ast::ExprKind::Name: assign_to_name(target.as<ast::Name>(), std::move(value), out); return;
        case ast::ExprKind::Tuple: assign_to_tuple(target.as<ast::Tuple>(), std::move(value), out); return;
        case ast::ExprKind::Subscript: store_to_subscript(target.as<ast::Subscript>(), "", std::move(value), out); return;
        case ast::ExprKind::Attribute: store_to_field(target.as<ast::Attribute>(), "", std::move(value), out); return;
        default: diags_.error(target.loc, "unsupported assignment target", "assign to a name, a tuple of names, a subscript or an attribute");
    }
}

}  // namespace py2cpp
