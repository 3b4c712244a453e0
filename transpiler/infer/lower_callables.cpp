// The higher-order built-ins: sorted/min/max(iterable, key=K), list.sort(key=K), map(f, *iterables)
// and filter(f, iterable). The callable — a lambda, a module function, a built-in or library
// function (len, abs, math.sqrt), or a method of a built-in type (str.lower) — is applied in a
// comprehension over the iterable, so its body is typed, specialized and lowered like any
// comprehension's element, and no function values are needed in the IR:
//
//   sorted(xs, key=K, reverse=R) -> sorted.key([(K(x), x) for x in xs], reverse=R)
//   min(xs, key=K, default=D)    -> min.key([(K(x), x) for x in xs], default=D), max alike
//   xs.sort(key=K, reverse=R)    -> list.sort.key(xs, [(K(x), x) for x in xs], reverse=R)
//   map(f, xs, ys)               -> [f(x, y) for x, y in zip(xs, ys)]
//   filter(f, xs)                -> [x for x in xs if f(x)]     filter(None, xs) -> [x for x in xs if x]
//   itertools.filterfalse(f, xs) -> [x for x in xs if not f(x)]
//   itertools.starmap(f, ps)     -> [f(a, b) for a, b in ps]
//   itertools.takewhile(f, xs)   -> [x for x in xs], stopping at the first x where not f(x)
//   itertools.dropwhile(f, xs)   -> itertools.dropwhile.key([(f(x), x) for x in xs])
//   itertools.groupby(xs, key=K) -> itertools.groupby.key([(K(x), x) for x in xs])
//   functools.reduce(f, xs, init) -> a loop: acc = init (or xs's first item); acc = f(acc, x) for the rest
//
// Python calls a key once per item, in order, before comparing anything: the list of (key, item)
// pairs is exactly that ("decorate, sort, undecorate"); the `.key` entries of mappings/builtins.json
// sort or search it. map and filter are computed eagerly, as generator expressions are, so they are
// allowed only where a generator expression is (lower_iterated). What differs from Python: a
// reverse= with side effects runs after the keys are computed (Python: before).
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/conversions.hpp"
#include "mapping/bind_library_call.hpp"
#include "sema/argument_binding.hpp"

namespace py2cpp {

using ir::ExprPtr;

namespace {

// A copy of a dotted name (`f`, `math.sqrt`, `np.linalg.norm`); null for anything else.
std::unique_ptr<ast::Expr> copy_dotted_name(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::Name) return std::make_unique<ast::Name>(e.loc, e.as<ast::Name>().id);
    if (e.kind != ast::ExprKind::Attribute) return nullptr;
    const auto& a = e.as<ast::Attribute>();
    auto base = copy_dotted_name(*a.value);
    return base ? std::make_unique<ast::Attribute>(e.loc, std::move(base), a.attr) : nullptr;
}

const std::string& root_name(const ast::Expr& dotted) {
    return dotted.kind == ast::ExprKind::Name ? dotted.as<ast::Name>().id : root_name(*dotted.as<ast::Attribute>().value);
}

// Whether Python orders two values of this type with `<` (what sorting by a key needs).
bool is_orderable(const Type& t) {
    switch (t.kind) {
        case TypeKind::Bool:
        case TypeKind::Int:
        case TypeKind::Float:
        case TypeKind::Str: return true;
        case TypeKind::Tuple:
        case TypeKind::List: return std::all_of(t.elements.begin(), t.elements.end(), is_orderable);
        default: return false;
    }
}

bool is_none_constant(const ast::Expr& e) {
    return e.kind == ast::ExprKind::Constant && std::holds_alternative<ast::NoneValue>(e.as<ast::Constant>().value);
}

const ast::Keyword* keyword(const ast::Call& c, const std::string& name) {
    for (const auto& k : c.keywords)
        if (k.name == name) return &k;
    return nullptr;
}

}  // namespace

std::optional<FunctionLowering::CallableApplication> FunctionLowering::apply_callable(const ast::Expr& callable, size_t arity,
                                                                                      const std::string& what) {
    CallableApplication app;
    auto name = [&](const std::string& id, SourceLoc loc) {
        app.owned.push_back(std::make_unique<ast::Name>(loc, id));
        app.items.push_back(app.owned.back().get());
        return app.owned.back().get();
    };
    auto make_target = [&](SourceLoc loc) {
        if (app.items.size() == 1) return app.items.front();
        auto tuple = std::make_unique<ast::Tuple>(loc);
        for (const ast::Expr* item : app.items) tuple->elts.push_back(std::make_unique<ast::Name>(item->loc, item->as<ast::Name>().id));
        app.owned.push_back(std::move(tuple));
        return static_cast<const ast::Expr*>(app.owned.back().get());
    };
    if (callable.kind == ast::ExprKind::Lambda) {
        const auto& l = callable.as<ast::Lambda>();
        for (const auto& p : l.function->params)
            if (p.default_value) {
                diags_.error(p.default_value->loc, fmt::format("a lambda with default values given to {} is not supported", what),
                             "bind it to a name first (f = lambda ...), or give the lambda plain parameters");
                return std::nullopt;
            }
        if (l.params.size() != arity) {
            // Python's TypeError when the lambda is called.
            diags_.error(callable.loc, fmt::format("<lambda>() takes {} positional argument{} but {} {} given (Python's TypeError)",
                                                   l.params.size(), l.params.size() == 1 ? "" : "s", arity, arity == 1 ? "was" : "were"),
                         fmt::format("{} calls it with {} argument{}", what, arity, arity == 1 ? "" : "s"));
            return std::nullopt;
        }
        for (size_t k = 0; k < arity; ++k) name(l.params[k], l.param_locs[k]);
        app.target = make_target(callable.loc);
        app.applied = l.body.get();
        return app;
    }
    auto callee = copy_dotted_name(callable);
    if (!callee) {
        diags_.error(callable.loc, fmt::format("the function given to {} must be a lambda or the name of a function", what),
                     "write `lambda x: ...`, or define the function with 'def' and pass its name");
        return std::nullopt;
    }
    // Hidden item names: distinct from the name the callable starts with (a function called `item`).
    const std::string avoid = root_name(*callee);
    for (size_t k = 0; k < arity; ++k) {
        std::string id = k == 0 ? "item" : fmt::format("item{}", k + 1);
        while (id == avoid) id = "_" + id;
        name(id, callable.loc);
    }
    app.target = make_target(callable.loc);
    auto call = std::make_unique<ast::Call>(callable.loc);
    size_t first_argument = 0;
    // str.lower, list.copy, ...: a method of a built-in type, called on the item.
    if (callable.kind == ast::ExprKind::Attribute) {
        const auto& a = callable.as<ast::Attribute>();
        auto type_name = qualified_name(*a.value);
        static const std::set<std::string> types = {"builtins.str", "builtins.list", "builtins.dict", "builtins.set",
                                                    "builtins.tuple", "builtins.int", "builtins.float", "builtins.bool"};
        if (type_name && types.count(*type_name)) {
            call->func = std::make_unique<ast::Attribute>(callable.loc, std::make_unique<ast::Name>(callable.loc, app.items[0]->as<ast::Name>().id),
                                                          a.attr);
            first_argument = 1;
        }
    }
    if (!call->func) call->func = std::move(callee);
    for (size_t k = first_argument; k < arity; ++k)
        call->args.push_back(std::make_unique<ast::Name>(callable.loc, app.items[k]->as<ast::Name>().id));
    app.owned.push_back(std::move(call));
    app.applied = app.owned.back().get();
    return app;
}

std::optional<ExprPtr> FunctionLowering::lower_higher_order(const ast::Call& c, const std::string& qualified) {
    static const std::set<std::string> comprehensions = {"builtins.map", "builtins.filter", "itertools.filterfalse", "itertools.starmap",
                                                         "itertools.takewhile"};
    if (comprehensions.count(qualified)) return lower_map_or_filter(c, qualified.substr(qualified.find('.') + 1));
    if (qualified == "functools.reduce") return lower_reduce(c);
    if (qualified == "builtins.tuple") return lower_tuple_call(c);
    const bool positional_key = c.args.size() == 2 && !is_none_constant(*c.args[1]);  // groupby(xs, K)
    if (qualified == "itertools.dropwhile" || (qualified == "itertools.groupby" && (has_key_argument(c) || positional_key))) {
        const bool drop = qualified == "itertools.dropwhile";
        const std::string name = drop ? "dropwhile" : "groupby";
        if (drop && !std::exchange(generator_allowed_, false)) {
            report_not_consumed_at_once(c.loc, "a dropwhile() object", "list, sum, sorted, ''.join",
                                        "py2cpp computes dropwhile() eagerly; to keep the values, make a list of it: list(dropwhile(...))");
            return ExprPtr();
        }
        const size_t wanted = drop || positional_key ? 2 : 1;
        for (const auto& k : c.keywords)
            if (drop || k.name != "key") {
                diags_.error(k.loc, fmt::format("{}() got an unexpected keyword argument '{}' (Python's TypeError)", name, k.name), "");
                return ExprPtr();
            }
        if (c.args.size() != wanted) {
            diags_.error(c.loc, fmt::format("{}() takes {} positional argument{} here, got {} (Python's TypeError)", name, wanted,
                                            wanted == 1 ? "" : "s", c.args.size()),
                         drop ? "dropwhile(predicate, iterable)" : "groupby(iterable, key=K)");
            return ExprPtr();
        }
        const ast::Expr& iterable = drop ? *c.args[1] : *c.args[0];
        const ast::Expr& key = drop ? *c.args[0] : positional_key ? *c.args[1] : *keyword(c, "key")->value;
        auto decorated = decorated_items(c.loc, iterable, key, name + "()", false);
        if (!decorated || !decorated->type.is_known()) return decorated;
        TypedCallArgs args;
        args.positional.push_back(std::move(decorated));
        return bind_internal(qualified + ".key", std::move(args), c.loc);
    }
    if (qualified != "builtins.sorted" && qualified != "builtins.min" && qualified != "builtins.max") return std::nullopt;
    const ast::Keyword* key = keyword(c, "key");
    if (!key || is_none_constant(*key->value)) return std::nullopt;
    const std::string name = qualified.substr(9);
    if (c.args.size() != 1) {
        diags_.error(c.loc, fmt::format("{}() with key= is supported on one iterable argument", name),
                     fmt::format("pass the values as a list: {}([a, b], key=...)", name));
        return ExprPtr();
    }
    for (const auto& k : c.keywords)
        if (k.name != "key" && k.name != (name == "sorted" ? "reverse" : "default")) {
            diags_.error(k.loc, fmt::format("{}() with key=: the keyword argument '{}' is not supported", name, k.name),
                         name == "sorted" ? "sorted() takes key= and reverse=" : "min() and max() take key= and default=");
            return ExprPtr();
        }
    auto decorated = decorated_items(c.loc, *c.args[0], *key->value, name + "()");
    if (!decorated || !decorated->type.is_known()) return decorated;
    TypedCallArgs args;
    args.positional.push_back(std::move(decorated));
    if (!lower_keywords_but_key(c, args)) return ExprPtr();  // reverse= or default=
    return bind_internal(qualified + ".key", std::move(args), c.loc);
}

bool FunctionLowering::lower_keywords_but_key(const ast::Call& c, TypedCallArgs& args) {
    for (const auto& k : c.keywords) {
        if (k.name == "key") continue;
        args.keyword_names.push_back(k.name);
        args.keyword_locs.push_back(k.loc);
        args.keyword_values.push_back(lower_expr(*k.value));
        if (!args.keyword_values.back()) return false;
    }
    return true;
}

bool FunctionLowering::has_key_argument(const ast::Call& c) {
    const ast::Keyword* key = keyword(c, "key");
    return key && !is_none_constant(*key->value);
}

ExprPtr FunctionLowering::lower_sort_with_key(const ast::Call& c, ExprPtr receiver) {
    const ast::Keyword* key = keyword(c, "key");
    const auto& method = c.func->as<ast::Attribute>();
    // The items are read twice (to compute the keys, then to be sorted): a plain variable only.
    if (method.value->kind != ast::ExprKind::Name) {
        diags_.error(method.value->loc, "list.sort(key=...) is supported on a list variable",
                     "assign the list to a variable first, or use sorted(..., key=...)");
        return nullptr;
    }
    if (!c.args.empty()) {
        diags_.error(c.args[0]->loc, "sort() takes no positional arguments (Python's TypeError)", "");
        return nullptr;
    }
    auto decorated = decorated_items(c.loc, *method.value, *key->value, "list.sort()");
    if (!decorated || !decorated->type.is_known()) return decorated;
    TypedCallArgs args;
    args.positional.push_back(std::move(receiver));
    args.positional.push_back(std::move(decorated));
    if (!lower_keywords_but_key(c, args)) return nullptr;
    return bind_internal("builtins.list.sort.key", std::move(args), c.loc);
}

ExprPtr FunctionLowering::decorated_items(SourceLoc loc, const ast::Expr& iterable_expr, const ast::Expr& key, const std::string& what,
                                          bool ordered) {
    auto iterable = lower_iterated(iterable_expr);
    if (!iterable) return nullptr;
    auto app = apply_callable(key, 1, "the key of " + what);
    if (!app) return nullptr;
    ComprehensionParts parts;
    parts.loc = loc;
    parts.element_loc = key.loc;
    ComprehensionParts::Clause clause;
    clause.target = app->target;
    clause.iter = &iterable_expr;
    parts.clauses.push_back(std::move(clause));
    parts.first = std::move(iterable);
    bool unordered = false;
    parts.element = [&]() -> ExprPtr {
        auto k = lower_expr(*app->applied);
        auto x = k ? lower_expr(*app->items[0]) : nullptr;
        if (!x) return nullptr;
        if (ordered && k->type.is_known() && !is_orderable(k->type)) {
            diags_.error(key.loc, fmt::format("'<' not supported between instances of '{0}' and '{0}' (Python's TypeError): "
                                              "the key of {1} returns {0}", k->type.to_string(), what),
                         "keys must be numbers, strings, or tuples or lists of them");
            unordered = true;
            return nullptr;
        }
        auto pair = std::make_unique<ir::TupleMake>(loc, Type::tuple({k->type, x->type}));
        pair->elements.push_back(std::move(k));
        pair->elements.push_back(std::move(x));
        return pair;
    };
    auto decorated = lower_comprehension_parts(parts);
    return unordered ? nullptr : std::move(decorated);
}

std::optional<ExprPtr> FunctionLowering::lower_map_or_filter(const ast::Call& c, const std::string& name) {
    const bool is_map = name == "map" || name == "starmap", is_star = name == "starmap";
    const bool negated = name == "filterfalse", is_while = name == "takewhile";
    if (!std::exchange(generator_allowed_, false)) {
        report_not_consumed_at_once(c.loc, fmt::format("a {}() object", name), "list, sum, sorted, ''.join",
                                    fmt::format("py2cpp computes {}() eagerly; to keep the values, make a list of it: list({}(...))", name, name));
        return ExprPtr();
    }
    if (!c.keywords.empty()) {
        diags_.error(c.keywords[0].loc, fmt::format("{}() takes no keyword arguments (Python's TypeError)", name), "");
        return ExprPtr();
    }
    const size_t iterables = c.args.size() < 1 ? 0 : c.args.size() - 1;
    if (iterables < 1 || (name != "map" && iterables != 1)) {
        diags_.error(c.loc, name == "map" ? std::string("map() must have at least two arguments (Python's TypeError)")
                                          : fmt::format("{} expected 2 arguments, got {} (Python's TypeError)", name, c.args.size()), "");
        return ExprPtr();
    }
    const ast::Expr& callable = *c.args[0];
    // filter(None, xs), filterfalse(None, xs): the truthy (falsy) items.
    const bool identity = (name == "filter" || negated) && is_none_constant(callable);
    // Several iterables: zip(xs, ys) (map stops at the shortest, as zip does).
    ExprPtr iterable;
    if (iterables == 1) {
        iterable = lower_iterated(*c.args[1]);
    } else {
        TypedCallArgs zipped;
        for (size_t k = 1; k < c.args.size(); ++k) {
            zipped.positional.push_back(lower_iterated(*c.args[k]));
            if (!zipped.positional.back()) return ExprPtr();
        }
        iterable = bind_internal("builtins.zip", std::move(zipped), c.loc);
    }
    if (!iterable) return ExprPtr();
    // starmap(f, pairs): f applied to the items of each tuple, as many arguments as it has.
    size_t arity = iterables;
    if (is_star) {
        auto item = item_type(iterable->type);
        if (!item || !item->is(TypeKind::Tuple) || item->elements.empty()) {
            diags_.error(c.args[1]->loc, fmt::format("starmap() needs an iterable of tuples, not {}", iterable->type.to_string()),
                         "each item is unpacked into the function's arguments: starmap(f, [(a, b), ...])");
            return ExprPtr();
        }
        arity = item->elements.size();
    }
    std::optional<CallableApplication> app;
    if (!identity) {
        app = apply_callable(callable, arity, fmt::format("{}()", name));
        if (!app) return ExprPtr();
        if (is_star && arity == 1) {  // starmap over 1-tuples: unpack each into one name
            auto tuple = std::make_unique<ast::Tuple>(callable.loc);
            tuple->elts.push_back(std::make_unique<ast::Name>(callable.loc, app->items[0]->as<ast::Name>().id));
            app->owned.push_back(std::move(tuple));
            app->target = app->owned.back().get();
        }
    }
    ast::Name identity_target(callable.loc, "item");
    ComprehensionParts parts;
    parts.loc = c.loc;
    parts.element_loc = callable.loc;
    ComprehensionParts::Clause clause;
    clause.target = identity ? &identity_target : app->target;
    clause.iter = c.args[1].get();
    auto applied = [&]() -> ExprPtr {
        auto test = lower_expr(identity ? identity_target : *app->applied);
        if (!test || !negated) return test;
        return std::make_unique<ir::Unary>(callable.loc, Type::boolean(), ir::UnaryOpKind::Not, ir::to_condition(std::move(test)));
    };
    if (is_while) clause.whiles.push_back({callable.loc, applied});
    else if (!is_map) clause.ifs.push_back({callable.loc, applied});
    parts.clauses.push_back(std::move(clause));
    parts.first = std::move(iterable);
    parts.element = [&]() -> ExprPtr { return lower_expr(is_map ? *app->applied : identity ? identity_target : *app->items[0]); };
    return lower_comprehension_parts(parts);
}

std::optional<ExprPtr> FunctionLowering::lower_tuple_call(const ast::Call& c) {
    if (!c.keywords.empty()) {
        diags_.error(c.keywords[0].loc, "tuple() takes no keyword arguments (Python's TypeError)", "");
        return ExprPtr();
    }
    if (c.args.size() > 1) {
        diags_.error(c.loc, fmt::format("tuple expected at most 1 argument, got {} (Python's TypeError)", c.args.size()), "");
        return ExprPtr();
    }
    if (c.args.empty()) return ExprPtr(std::make_unique<ir::TupleMake>(c.loc, Type::tuple({})));  // tuple(): ()
    auto value = lower_iterated(*c.args[0]);
    if (!value || !value->type.is_known()) return value;
    if (value->type.is(TypeKind::Tuple)) return value;  // tuple(t) of a tuple is t itself
    // A tuple's length is part of its type (a C++ std::tuple): one made of a list, a range, a str
    // or a generator would have the length of the run.
    diags_.error(c.loc, fmt::format("tuple() of a value of type {} is not supported: py2cpp's tuples have a length fixed when compiling (each item "
                                    "has its own type), and this one's length is only known when the program runs",
                                    value->type.to_string()),
                 "use list(...) instead (indexing, len, in, iteration, count and index work alike), or build the tuple from its items: "
                 "(xs[0], xs[1])");
    return ExprPtr();
}

std::optional<ExprPtr> FunctionLowering::lower_reduce(const ast::Call& c) {
    if (!c.keywords.empty()) {
        diags_.error(c.keywords[0].loc, "reduce() takes no keyword arguments (Python's TypeError)", "");
        return ExprPtr();
    }
    if (c.args.size() < 2 || c.args.size() > 3) {
        diags_.error(c.loc, fmt::format("reduce expected at {} 3 arguments, got {} (Python's TypeError)", c.args.size() < 2 ? "least 2" : "most",
                                        c.args.size()), "functools.reduce(function, iterable[, initial])");
        return ExprPtr();
    }
    auto app = apply_callable(*c.args[0], 2, "functools.reduce()");
    if (!app) return ExprPtr();
    if (const FunctionSpec* spec = ctx_.tables.find_function("functools.reduce")) ctx_.includes.insert(spec->includes.begin(), spec->includes.end());
    // Python's order: the iterable, then the initial value.
    auto iterable = lower_iterated(*c.args[1]);
    if (iterable) iterable = iteration_source(*c.args[1], iterable->type.is_array() ? stored_array(std::move(iterable)) : std::move(iterable));
    if (!iterable) return ExprPtr();
    ExprPtr initial = c.args.size() == 3 ? lower_expr(*c.args[2]) : nullptr;
    if (c.args.size() == 3 && !initial) return ExprPtr();
    const Type item = *item_type(iterable->type);
    Type acc_type = initial ? initial->type : item;
    if (!acc_type.is_known() || !item.is_known()) return ExprPtr(std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{}));
    const ast::Expr& acc_name = *app->items[0];
    const ast::Expr& item_name = *app->items[1];
    // The accumulator's type: the initial value's (the first item's), widened by what the function
    // returns for it (an int total with float items becomes a float), until it holds.
    auto saved = vars_.scope();
    auto result = std::make_unique<ir::BlockExpr>(c.loc, Type::unknown());
    path_.push_back(next_block_id_++);
    const BlockPath outer = path_;
    ExprPtr step;
    VarVersion* acc_var = nullptr;
    VarVersion* item_var = nullptr;
    VarVersion* param_var = nullptr;
    for (int round = 0; round < 3 && !step; ++round) {
        vars_.restore_scope(saved);  // a new round starts from the caller's variables
        path_ = outer;
        acc_var = &vars_.create_hidden("reduce", "acc", acc_type, path_);
        path_.push_back(next_block_id_++);  // the loop body
        item_var = &vars_.create(item_name.as<ast::Name>().id, item, path_);
        item_var->is_loop_var = true;
        param_var = &vars_.create(acc_name.as<ast::Name>().id, acc_type, path_);
        auto value = lower_expr(*app->applied);
        if (!value) break;
        if (!value->type.is_known()) {
            path_.resize(outer.size() - 1);
            vars_.restore_scope(std::move(saved));
            return ExprPtr(std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{}));
        }
        if (assignable(value->type, acc_type)) {
            step = ir::convert(std::move(value), acc_type);
            break;
        }
        auto wider = join_types(acc_type, value->type);
        if (!wider || *wider == acc_type || round == 2) {
            diags_.error(c.args[0]->loc, fmt::format("the function given to reduce() returns {} where the accumulated value is {}: compiled "
                                                     "code keeps it in one variable of one type",
                                                     value->type.to_string(), acc_type.to_string()),
                         "make the function return the type of the initial value (or of the items)");
            break;
        }
        acc_type = *wider;
    }
    if (!step) {
        path_.resize(outer.size() - 1);
        vars_.restore_scope(std::move(saved));
        return ExprPtr();
    }
    const BlockPath body_path = path_;
    path_ = outer;
    // The first value: the initial one, or the first item (TypeError for none).
    auto first = std::make_unique<ir::Assign>(c.loc, "", acc_type, nullptr);
    if (initial) {
        first->value = ir::convert(std::move(initial), acc_type);
    } else {
        TypedCallArgs args;
        args.positional.push_back(std::move(iterable));
        auto items = bind_internal("builtins.iter", std::move(args), c.loc);
        if (!items) {
            path_.resize(outer.size() - 1);
            vars_.restore_scope(std::move(saved));
            return ExprPtr();
        }
        VarVersion& it = vars_.create_hidden("reduce", "items", items->type, path_);
        auto hold = std::make_unique<ir::Assign>(c.loc, "", items->type, std::move(items));
        hold->var_id = it.id;
        vars_.record_use(it, path_);
        result->body.push_back(std::move(hold));
        std::vector<std::pair<std::string, ExprPtr>> operand;
        operand.emplace_back("it", read_variable(it, c.loc));
        first->value = ir::convert(runtime_call(c.loc, item, "reduce_first", "py::functools::reduce_first({it})", std::move(operand)), acc_type);
        iterable = read_variable(it, c.loc);
    }
    first->var_id = acc_var->id;
    vars_.record_use(*acc_var, path_);
    result->body.push_back(std::move(first));
    auto loop = std::make_unique<ir::For>(c.args[1]->loc);
    loop->var_id = item_var->id;
    loop->var_type = item;
    loop->iterable = std::move(iterable);
    path_ = body_path;
    vars_.record_use(*item_var, path_);
    auto bind = std::make_unique<ir::Assign>(c.loc, "", acc_type, read_variable(*acc_var, c.loc));
    bind->var_id = param_var->id;
    vars_.record_use(*param_var, path_);
    loop->body.push_back(std::move(bind));
    auto update = std::make_unique<ir::Assign>(c.loc, "", acc_type, std::move(step));
    update->var_id = acc_var->id;
    vars_.record_use(*acc_var, path_);
    loop->body.push_back(std::move(update));
    path_ = outer;
    result->body.push_back(std::move(loop));
    result->value = read_variable(*acc_var, c.loc);
    result->type = acc_type;
    path_.resize(outer.size() - 1);
    vars_.restore_scope(std::move(saved));
    return ExprPtr(std::move(result));
}

bool FunctionLowering::bind_local_lambda(const ast::Assign& a) {
    if (a.value->kind != ast::ExprKind::Lambda) return false;
    // A lambda with defaults is a function value (its defaults evaluated here, lower_closures.cpp).
    for (const auto& p : a.value->as<ast::Lambda>().function->params)
        if (p.default_value) return false;
    if (a.targets.size() != 1 || a.targets[0]->kind != ast::ExprKind::Name) {
        diags_.error(a.value->loc, "a lambda can only be assigned to one plain name", "write `f = lambda x: ...`");
        return true;
    }
    const std::string& name = a.targets[0]->as<ast::Name>().id;
    if (vars_.current(name) || local_lambdas_.count(name)) {
        diags_.error(a.targets[0]->loc, fmt::format("'{}' already holds a value: binding it to a lambda is not supported", name),
                     "give the lambda a name of its own");
        return true;
    }
    local_lambdas_[name] = &a.value->as<ast::Lambda>();
    return true;
}

ExprPtr FunctionLowering::call_local_lambda(const ast::Call& c, const std::string& name) {
    const ast::Lambda& l = *local_lambdas_.at(name);
    if (std::find(applying_lambdas_.begin(), applying_lambdas_.end(), name) != applying_lambdas_.end()) {
        diags_.error(c.loc, fmt::format("the lambda '{}' calls itself: recursive lambdas are not supported", name),
                     "define it with 'def'");
        return nullptr;
    }
    std::vector<ParamShape> shapes;
    for (const auto& p : l.params) shapes.push_back({p, false, false, false});
    std::vector<std::string> keyword_names;
    std::vector<SourceLoc> keyword_locs;
    for (const auto& k : c.keywords) {
        keyword_names.push_back(k.name);
        keyword_locs.push_back(k.loc);
    }
    auto slots = bind_arguments("<lambda>", shapes, c.args.size(), keyword_names, keyword_locs, c.loc, diags_);
    if (!slots) return nullptr;
    // The arguments, left to right in the caller's scope; then the parameters, in a scope of their own.
    std::vector<ExprPtr> values;
    for (size_t k = 0; k < c.args.size() + c.keywords.size(); ++k) {
        values.push_back(lower_expr(k < c.args.size() ? *c.args[k] : *c.keywords[k - c.args.size()].value));
        if (!values.back()) return nullptr;
        if (!values.back()->type.is_known()) return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});
    }
    auto saved = vars_.scope();
    auto result = std::make_unique<ir::BlockExpr>(c.loc, Type::unknown());
    path_.push_back(next_block_id_++);
    for (size_t p = 0; p < l.params.size(); ++p) {
        ExprPtr value = std::move(values[(*slots)[p].front()]);
        VarVersion& v = vars_.create(l.params[p], value->type, path_);
        auto assign = std::make_unique<ir::Assign>(l.param_locs[p], "", v.type, std::move(value));
        assign->var_id = v.id;
        vars_.record_use(v, path_);
        result->body.push_back(std::move(assign));
    }
    applying_lambdas_.push_back(name);
    result->value = lower_expr(*l.body);
    applying_lambdas_.pop_back();
    path_.pop_back();
    vars_.restore_scope(std::move(saved));
    if (!result->value) return nullptr;
    result->type = result->value->type;
    return result;
}

ExprPtr FunctionLowering::bind_internal(const std::string& qualified, TypedCallArgs args, SourceLoc loc) {
    const FunctionSpec* spec = ctx_.tables.find_function(qualified);
    if (!spec) {
        diags_.error(loc, fmt::format("internal mapping entry '{}' is missing from the tables", qualified),
                     "mappings/builtins.json defines it; a --mappings table cannot remove it");
        return nullptr;
    }
    auto call = bind_library_call(*spec, std::move(args), loc, diags_);
    if (call) ctx_.includes.insert(spec->includes.begin(), spec->includes.end());
    return call;
}

}  // namespace py2cpp
