// Calls: to the module's own functions (specialized per argument types) and to library
// callables (bound through the mapping tables).
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "infer/specializer.hpp"
#include "ir/conversions.hpp"
#include "ir/evaluation_order.hpp"
#include "mapping/bind_library_call.hpp"
#include "sema/argument_binding.hpp"

namespace py2cpp {

using ir::ExprPtr;

namespace {

// Whether the parameter at positional index i of a library function iterates its argument in every
// case that constrains it (list(x), sorted(x), zip(*xs)): what an object with __iter__ may be given as.
bool takes_iterable_at(const FunctionSpec& spec, size_t i) {
    const ParamSpec* param = nullptr;
    for (size_t p = 0; p < spec.params.size() && !param; ++p)
        if (spec.params[p].variadic || p == i) param = &spec.params[p];
    if (!param || param->keyword_only) return false;
    static const std::set<std::string> iterating = {"iterable", "sortable", "reversible", "numbers"};
    bool iterates = false;
    for (const auto& c : spec.cases) {
        auto it = c.when.find(param->name);
        if (it == c.when.end()) continue;
        if (!iterating.count(it->second)) return false;
        iterates = true;
    }
    return iterates;
}

}  // namespace

// The dotted library name an expression denotes: `m.sqrt` -> math.sqrt when `import math as m`,
// `sqrt` -> math.sqrt after `from math import sqrt`, `abs` -> builtins.abs.
std::optional<std::string> FunctionLowering::qualified_name(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::Name) {
        const std::string& id = e.as<ast::Name>().id;
        if (vars_.current(id) || local_names_.count(id) || ctx_.globals.names.count(id) || ctx_.symbols.functions.count(id) ||
            ctx_.symbols.classes.count(id))
            return std::nullopt;
        if (auto it = ctx_.symbols.imports.find(id); it != ctx_.symbols.imports.end()) return it->second;
        return "builtins." + id;
    }
    if (e.kind == ast::ExprKind::Attribute) {
        const auto& a = e.as<ast::Attribute>();
        auto base = qualified_name(*a.value);
        if (!base || base->rfind("builtins.", 0) == 0) return std::nullopt;
        return *base + "." + a.attr;
    }
    return std::nullopt;
}

ExprPtr FunctionLowering::lower_call(const ast::Call& c) {
    // `f(*t)` reaches lower_user_call, which expands a tuple; elsewhere lower_expr refuses the '*'.
    if (c.func->kind == ast::ExprKind::Name) {
        const std::string& id = c.func->as<ast::Name>().id;
        if (local_lambdas_.count(id)) return call_local_lambda(c, id);  // lower_callables.cpp
        if (poisoned_.count(id) && !vars_.current(id)) return nullptr;  // its assignment failed with an error already
        if (names_function_value(id)) {  // f(x) where f holds a function (lower_closures.cpp)
            auto callee = lower_expr(*c.func);
            if (!callee) return nullptr;
            return call_function_value(c, std::move(callee));
        }
        if (id == "isinstance" && !vars_.current(id) && !local_names_.count(id))
            if (auto test = lower_isinstance(c)) return std::move(*test);  // of an object and classes of the module
        const VarVersion* v = vars_.current(id);
        auto global = ctx_.globals.names.find(id);
        if ((v && v->type.is(TypeKind::Object)) || (!v && !local_names_.count(id) && global != ctx_.globals.names.end() &&
                                                     global->second.type.is(TypeKind::Object))) {  // obj(args): __call__
            auto object = lower_expr(*c.func);
            if (!object) return nullptr;
            return lower_method_call(c, std::move(object), "__call__");
        }
        if (const ast::ClassDef* cls = class_named(id); cls && !vars_.current(id) && !local_names_.count(id))
            return construct_object(c, *cls);  // lower_classes.cpp
        if (v && v->type.is(TypeKind::Class) && v->type.elements[0].is(TypeKind::Object))  // cls(args) in a @classmethod
            if (const ast::ClassDef* cls = class_of_name(*c.func)) return construct_object(c, *cls);
        auto fn = ctx_.symbols.functions.find(id);
        if (fn != ctx_.symbols.functions.end() && !vars_.current(id) && !local_names_.count(id))
            return lower_user_call(c, *fn->second);
    }
    auto q = qualified_name(*c.func);
    if (!q) {
        if (c.func->kind == ast::ExprKind::Attribute) {
            // Cls.method(args): a static method, or a method given its object explicitly.
            const auto& attribute = c.func->as<ast::Attribute>();
            if (attribute.value->kind == ast::ExprKind::Call) {  // super().method(args)
                const auto& inner = attribute.value->as<ast::Call>();
                if (inner.func->kind == ast::ExprKind::Name && inner.func->as<ast::Name>().id == "super" && !vars_.current("super") &&
                    !local_names_.count("super")) {
                    if (!inner.args.empty() || !inner.keywords.empty()) {
                        diags_.error(inner.loc, "super() with arguments is not supported", "write super().method(...)");
                        return nullptr;
                    }
                    return lower_super_call(c, attribute.attr);  // lower_classes.cpp
                }
            }
            if (const ast::ClassDef* cls = class_of_name(*c.func->as<ast::Attribute>().value)) {
                const std::string& method = c.func->as<ast::Attribute>().attr;
                if (const ast::ClassDef* owner = ctx_.symbols.method_owner(cls->name, method)) {
                    ctx_.classes.classes[owner->name].declared = true;  // its struct declares the method
                    // Base.method(obj, ...) is that class's method, without dispatch to overrides.
                    const ast::FunctionDef& fn = *owner->method(method);
                    if (fn.is_classmethod) return call_classmethod(c, fn, owner->name + "." + method, cls->name);
                    const bool exact = !fn.is_static && method != "__init__" && ctx_.classes.has_subclass(cls->name);
                    return lower_user_call(c, fn, owner->name + "." + method, nullptr, nullptr, exact);
                }
                diags_.error(c.func->loc, fmt::format("type object '{}' has no attribute '{}'", cls->name, method), "");
                return nullptr;
            }
            auto receiver = lower_maybe_none(*c.func->as<ast::Attribute>().value);
            if (receiver && receiver->type.is(TypeKind::Optional)) {
                std::string message = fmt::format("'NoneType' object has no attribute '{}'", c.func->as<ast::Attribute>().attr);
                receiver = ir::unwrap_none(std::move(receiver), "AttributeError", message);
            }
            if (!receiver) return nullptr;
            if (receiver->type.is(TypeKind::Object))
                return lower_method_call(c, std::move(receiver), c.func->as<ast::Attribute>().attr);
            if (receiver->type.is(TypeKind::Exception))  // e.method() of a caught exception (lower_exceptions.cpp)
                return caught_exception_member(c.func->as<ast::Attribute>(), std::move(receiver), &c);
            return lower_member(*c.func, c.func->as<ast::Attribute>().attr, std::move(receiver), &c);
        }
        if (c.func->kind != ast::ExprKind::Name) {  // make_adder(2)(3): a function value made and called
            auto callee = lower_expr(*c.func);
            if (!callee) return nullptr;
            if (callee->type.is(TypeKind::Function)) return call_function_value(c, std::move(callee));
        }
        diags_.error(c.func->loc, "this expression cannot be called", "only functions (module functions, nested functions, lambdas) and library functions can be called");
        return nullptr;
    }
    if (auto higher_order = lower_higher_order(c, *q)) return std::move(*higher_order);
    // sys.stdout.write(s), os.environ.get(k): a method of a library constant that is an object.
    if (c.func->kind == ast::ExprKind::Attribute && !ctx_.tables.find_function(*q))
        if (auto owner = qualified_name(*c.func->as<ast::Attribute>().value))
            if (ctx_.tables.find_constant(*owner)) {
                auto receiver = library_constant(*owner, c.func->as<ast::Attribute>().value->loc);
                if (!receiver) return nullptr;
                return lower_member(*c.func, c.func->as<ast::Attribute>().attr, std::move(receiver), &c);
            }
    return lower_library_call(c, *q);
}

ExprPtr FunctionLowering::lower_library_call(const ast::Call& c, const std::string& qualified) {
    const FunctionSpec* spec = ctx_.tables.find_function(qualified);
    if (!spec) {
        const bool builtin = qualified.rfind("builtins.", 0) == 0;
        const std::string shown = builtin ? qualified.substr(9) : qualified;
        auto similar = ctx_.tables.similar_names(qualified);
        std::string hint = similar.empty() ? "add it to a mapping table (see mappings/README.md) or pass one with --mappings FILE"
                                           : fmt::format("did you mean '{}'?", similar.front());
        if (builtin) {
            bool exception = shown.size() > 5 && (shown.substr(shown.size() - 5) == "Error" || shown == "Exception");
            diags_.error(c.func->loc, exception ? fmt::format("exception '{}' can only be used in a 'raise' statement", shown)
                                                : fmt::format("name '{}' is not defined (not a module function, nor a supported built-in)", shown),
                         exception ? "" : hint);
        } else if (const ConstantSpec* constant = ctx_.tables.find_constant(qualified); constant && constant->type.is(TypeKind::DType)) {
            // np.float32(x): a NumPy scalar of that dtype, which py2cpp's types do not have.
            diags_.error(c.func->loc, fmt::format("calling the dtype '{}' (a NumPy scalar of that type) is not supported", shown),
                         "use it as a dtype (np.zeros(n, dtype=...), a.astype(...)); float(x) or int(x) give Python numbers");
        } else {
            diags_.error(c.func->loc, fmt::format("unknown library function '{}'", shown), hint);
        }
        return nullptr;
    }
    if (!spec->unsupported.empty()) {  // known and refused (numpy.linalg.eig: complex results)
        const bool builtin = qualified.rfind("builtins.", 0) == 0;
        diags_.error(c.func->loc, fmt::format("'{}' is not supported: {}", builtin ? qualified.substr(9) : qualified, spec->unsupported),
                     spec->doc);
        return nullptr;
    }
    // print(e.args), str(e.args): the tuple Python prints, whatever the arguments' types
    // (lower_exceptions.cpp); len(e.args): their number.
    if (qualified == "builtins.print" || qualified == "builtins.str")
        for (const auto& a : c.args)
            if (is_exception_args(*a)) args_text_allowed_.insert(a->loc.line * 100000L + a->loc.col);
    if (qualified == "builtins.len" && c.args.size() == 1 && c.keywords.empty() && is_exception_args(*c.args[0])) {
        auto exception = lower_expr(*c.args[0]->as<ast::Attribute>().value);
        if (!exception) return nullptr;
        std::vector<std::pair<std::string, ExprPtr>> operand;
        operand.emplace_back("e", std::move(exception));
        return runtime_call(c.loc, Type::integer(), "exception_args_len", "py::exception_args_len({e})", std::move(operand));
    }
    TypedCallArgs args;
    if (!lower_call_arguments(c, args, qualified.rfind("builtins.", 0) != 0, qualified == "builtins.print")) return nullptr;
    // len(obj), abs(obj), float(obj), int(obj): the object's dunder method (lower_classes.cpp).
    static const std::map<std::string, std::string> dunders = {
        {"builtins.len", "__len__"}, {"builtins.abs", "__abs__"}, {"builtins.float", "__float__"}, {"builtins.int", "__int__"}};
    if (auto d = dunders.find(qualified); d != dunders.end() && args.positional.size() == 1 && args.keyword_values.empty() &&
                                          args.positional[0]->type.is(TypeKind::Object))
        return call_object_dunder(c.loc, qualified.substr(9) + "()", d->second, std::move(args.positional[0]));
    // list(obj), sorted(obj), sum(obj), zip(obj, ...): an object whose class defines __iter__, given
    // where the function iterates its argument, is iterated through __iter__ (as Python's iter()).
    for (size_t i = 0; i < args.positional.size(); ++i)
        if (args.positional[i]->type.is(TypeKind::Object) && takes_iterable_at(*spec, i))
            if (const ast::ClassDef* cls = class_named(args.positional[i]->type.class_name); cls && ctx_.symbols.method_owner(cls->name, "__iter__"))
                if (!(args.positional[i] = call_object_dunder(c.loc, "iteration", "__iter__", std::move(args.positional[i])))) return nullptr;
    for (const auto* list : {&args.positional, &args.keyword_values})
        for (const auto& a : *list) {
            if (!a->type.is_known())  // inside a recursive function still being inferred
                return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});
            // print(f), str(f), np.array(f): no library function takes a function itself; containers
            // of them only go where nothing reads the functions (len(fs), fs.append(g)).
            static const std::set<std::string> reads_items = {"builtins.print", "builtins.str",    "builtins.repr", "builtins.sorted",
                                                              "builtins.min",   "builtins.max",    "builtins.set",  "builtins.frozenset",
                                                              "builtins.sum",   "builtins.tuple",  "builtins.dict", "builtins.hash"};
            // print(g), str(g): Python shows `<generator object f at 0x7f...>`, an address.
            if (holds_generator(a->type) && (qualified == "builtins.print" || qualified == "builtins.str" || qualified == "builtins.repr")) {
                diags_.error(a->loc, fmt::format("printing a generator ({}) is not supported (Python prints its address)", a->type.to_string()),
                             "print its items instead: print(list(g))");
                return nullptr;
            }
            if (a->type.is(TypeKind::Function) || (holds_function(a->type) && (reads_items.count(qualified) || qualified.rfind("numpy.", 0) == 0))) {
                diags_.error(a->loc, fmt::format("passing {} to '{}' is not supported", describe_function_value(a->type),
                                                 qualified.rfind("builtins.", 0) == 0 ? qualified.substr(9) : qualified),
                             "functions can be called, passed to and returned from the module's functions, and given to "
                             "sorted/min/max (key=), list.sort (key=), map and filter");
                return nullptr;
            }
        }
    auto call = bind_library_call(*spec, std::move(args), c.loc, diags_);
    if (call) ctx_.includes.insert(spec->includes.begin(), spec->includes.end());
    // sys.exit(code) raises SystemExit(code) (SystemExit() for None): the e.args a handler may read,
    // recorded as `raise SystemExit(code)` records them (lower_exceptions.cpp).
    if (call && qualified == "sys.exit" && call->kind == ir::ExprKind::LibraryCall)
        for (const auto& [name, operands] : call->as<ir::LibraryCall>().args)
            if (name == "code" && operands.size() == 1) {
                const Type& code = operands[0]->type;
                if (code.is(TypeKind::None)) {
                    record_exception_args("SystemExit", {});
                } else if (code.is(TypeKind::Optional)) {
                    record_exception_args("SystemExit", {});
                    record_exception_args("SystemExit", {code.elements[0]});
                } else {
                    record_exception_args("SystemExit", {code});
                }
            }
    // set(xs), dict(pairs): the members or keys must be hashable.
    if (call && (call->type.is_set() || call->type.is_dict()) && !check_hashable(call->type.elements[0], c.loc)) return nullptr;
    return call;
}

// The arguments of a library call, lowered left to right. A list literal is allowed here (and only
// here): library functions such as np.array take one.
bool FunctionLowering::lower_call_arguments(const ast::Call& c, TypedCallArgs& args, bool arrays_as_sequence, bool spread_iterables) {
    auto lower_argument = [&](const ast::Expr& e) {
        if (e.kind == ast::ExprKind::List) return lower_list_display(e.as<ast::List>(), arrays_as_sequence);
        // A value that may be None stays one: bind_library_call unwraps it for a case that needs the value.
        return lower_iterated(e, /*maybe_none=*/true);
    };
    bool ok = true;
    for (const auto& a : c.args) {
        if (a->kind == ast::ExprKind::Starred) {  // f(*t) of a tuple: its items, in order
            const ast::Expr& inner = *a->as<ast::Starred>().value;
            if (inner.kind == ast::ExprKind::Tuple) {  // f(*(a, b)): the items are the arguments
                for (const auto& item : inner.as<ast::Tuple>().elts) {
                    args.positional.push_back(lower_argument(*item));
                    ok = ok && args.positional.back();
                }
                continue;
            }
            auto tuple = lower_expr(inner);
            if (!tuple) return false;
            const Type& t = tuple->type;
            if (spread_iterables && (t.is(TypeKind::List) || t.is(TypeKind::Set) || t.is(TypeKind::FrozenSet) || t.is_dict() ||
                                     t.is(TypeKind::Str) || (t.is(TypeKind::Tuple) && tuple->kind != ir::ExprKind::Var))) {
                // print(*xs): the items, each printed as an argument (runtime py::spread, print.hpp)
                std::vector<std::pair<std::string, ExprPtr>> operand;
                operand.emplace_back("x", std::move(tuple));
                args.positional.push_back(runtime_call(a->loc, t, "spread", "py::spread(py::as_iterable({x}))", std::move(operand)));
                continue;
            }
            if (!tuple->type.is(TypeKind::Tuple) || tuple->kind != ir::ExprKind::Var) {
                diags_.error(a->loc,
                             tuple->type.is(TypeKind::Tuple)
                                 ? std::string("unpacking a computed tuple with '*' in a call of a library function is not supported")
                                 : fmt::format("unpacking a {} with '*' in a call of a library function is not supported", tuple->type.to_string()),
                             tuple->type.is(TypeKind::Tuple) ? "assign the tuple to a variable first"
                                                             : "only a tuple (whose length is known when compiling) can be unpacked into arguments");
                return false;
            }
            const auto& var = tuple->as<ir::Var>();
            for (size_t k = 0; k < tuple->type.elements.size(); ++k)
                args.positional.push_back(std::make_unique<ir::TupleGet>(a->loc, tuple->type.elements[k], read_var_again(var), k));
            continue;
        }
        args.positional.push_back(lower_argument(*a));
        ok = ok && args.positional.back();
    }
    for (const auto& k : c.keywords) {
        args.keyword_names.push_back(k.name);
        args.keyword_locs.push_back(k.loc);
        args.keyword_values.push_back(lower_argument(*k.value));
        ok = ok && args.keyword_values.back();
    }
    return ok;
}

namespace {

// `body` evaluated after `let`'s bindings (the starred tuples of a call), or `body` alone.
ExprPtr with_bindings(std::unique_ptr<ir::Let> let, ExprPtr body) {
    if (!let) return body;
    let->type = body->type;
    let->body = std::move(body);
    return let;
}

}  // namespace

ExprPtr FunctionLowering::lower_user_call(const ast::Call& c, const ast::FunctionDef& fn, const std::string& key_arg, ExprPtr self,
                                          const Type* constructed, bool exact, std::vector<ExprPtr> captured,
                                          std::map<size_t, ExprPtr> stored_defaults, const Type* class_arg) {
    const std::string key = key_arg.empty() ? (fn.nested ? fn.key : fn.name) : key_arg;
    if (ctx_.symbols.broken_functions.count(key)) return nullptr;  // its parameters may be incomplete
    // A method's first parameter is the object: the call's arguments fill the others.
    // A @classmethod's first parameter is the class, known when compiling (no C++ argument).
    const size_t first = self || constructed || class_arg ? 1 : 0;
    const std::string shown = fn.owner_class.empty() ? fn.name : fn.owner_class + "." + fn.name;  // as CPython's messages name it
    // The object counts as the first positional argument, so the messages count as CPython's do
    // ("P.__init__() takes 2 positional arguments but 3 were given").
    // The positional arguments, `*t` of a tuple expanded to its items: each an AST argument, or
    // an item of a starred tuple, read from the tuple's Let binding (evaluated once, first).
    std::vector<const ast::Expr*> positional;
    std::vector<ExprPtr> starred_items;  // per position: the item read, for an expanded tuple
    std::unique_ptr<ir::Let> starred;
    for (const auto& a : c.args) {
        if (a->kind != ast::ExprKind::Starred) {
            positional.push_back(a.get());
            starred_items.emplace_back();
            continue;
        }
        const ast::Expr& inner = *a->as<ast::Starred>().value;
        auto tuple = lower_expr(inner);
        if (!tuple) return nullptr;
        if (!tuple->type.is_known()) return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});
        if (!tuple->type.is(TypeKind::Tuple)) {
            diags_.error(a->loc, fmt::format("unpacking a {} with '*' in a call is not supported", tuple->type.to_string()),
                         "only a tuple (whose length is known when compiling) can be unpacked into arguments; pass the list "
                         "itself, or its items by index (f(xs[0], xs[1]))");
            return nullptr;
        }
        // The tuple runs before the call's other arguments: with effects, only when none precede it.
        // (a name is read before the tuple is made, unless a function can rebind it: `global x`)
        auto may_have_effects = [&](const ast::Expr* e) {
            if (e == nullptr || e->kind == ast::ExprKind::Constant) return false;
            return e->kind != ast::ExprKind::Name || ctx_.symbols.rebound_globals.count(e->as<ast::Name>().id) > 0;
        };
        if (ir::has_side_effects(*tuple) && std::any_of(positional.begin(), positional.end(), may_have_effects)) {
            diags_.error(a->loc, "a '*' argument with side effects after other arguments is not supported",
                         "assign the tuple to a variable before the call");
            return nullptr;
        }
        if (tuple->type.elements.empty()) {  // f(*()): no arguments
            if (!ir::has_side_effects(*tuple)) continue;
            diags_.error(a->loc, "unpacking an always empty tuple made by a call with '*' is not supported",
                         "call it as a statement of its own before");
            return nullptr;
        }
        if (!starred) starred = std::make_unique<ir::Let>(c.loc, Type::unknown());
        const std::string name = fmt::format("star{}_", starred->bindings.size());  // the reserved space (ir/names.hpp)
        const Type type = tuple->type;
        starred->bindings.emplace_back(name, std::move(tuple));
        for (size_t k = 0; k < type.elements.size(); ++k) {
            positional.push_back(nullptr);
            starred_items.push_back(std::make_unique<ir::TupleGet>(a->loc, type.elements[k], std::make_unique<ir::Var>(a->loc, type, name, name), k));
        }
    }
    std::vector<ParamShape> shapes;
    for (const auto& p : fn.params) shapes.push_back({p.name, p.default_value != nullptr, p.keyword_only, p.variadic});
    std::vector<std::string> keyword_names;
    std::vector<SourceLoc> keyword_locs;
    for (const auto& k : c.keywords) {
        keyword_names.push_back(k.name);
        keyword_locs.push_back(k.loc);
    }
    auto slots = bind_arguments(shown, shapes, positional.size() + first, keyword_names, keyword_locs, c.loc, diags_);
    if (!slots) return nullptr;
    // An argument: the lowered item of a starred tuple, or its AST expression lowered now.
    auto argument = [&](size_t index) -> ExprPtr {
        if (index >= positional.size()) return lower_maybe_none(*c.keywords[index - positional.size()].value);
        if (!positional[index]) return std::move(starred_items[index]);
        return lower_maybe_none(*positional[index]);
    };
    std::vector<ExprPtr> args;
    std::vector<Type> types;
    for (auto& value : captured) {  // a nested function's captured values: its leading parameters
        types.push_back(value->type);
        args.push_back(std::move(value));
    }
    if (self) {
        types.push_back(self->type);
        args.push_back(std::move(self));
    } else if (constructed) {
        types.push_back(*constructed);
    } else if (class_arg) {
        types.push_back(*class_arg);
    }
    bool known = true;
    for (size_t p = first; p < fn.params.size(); ++p) {
        ExprPtr value;
        const auto& slot = (*slots)[p];
        if (fn.params[p].variadic) {
            // *args: a tuple of the remaining positional arguments, one specialization per their types.
            auto tuple = std::make_unique<ir::TupleMake>(c.loc, Type::unknown());
            std::vector<Type> items;
            for (size_t index : slot) {
                auto item = argument(index - first);
                if (!item) return nullptr;
                items.push_back(item->type);
                tuple->elements.push_back(std::move(item));
            }
            tuple->type = Type::tuple(std::move(items));
            value = std::move(tuple);
        } else if (slot.empty() && stored_defaults.count(p)) {
            value = std::move(stored_defaults[p]);  // a nested function's default, evaluated where it was made
        } else if (slot.empty()) {
            // Defaults are evaluated in the module's scope, as Python does at `def` time.
            value = lower_maybe_none(*fn.params[p].default_value);
        } else {
            value = argument(slot.front() - first);
        }
        if (!value) return nullptr;
        // An empty list passed for an annotated parameter (f([]) with `xs: list[float]`) is typed by it.
        if (value->type.is_undetermined() && fn.params[p].annotation)
            if (auto declared = annotation_of(*fn.params[p].annotation); declared && assignable(value->type, *declared)) {
                value = convert_for_store(std::move(value), *declared);
                if (!value) return nullptr;
            }
        if (holds_type_object(value->type)) {
            diags_.error(value->loc, fmt::format("passing a class or dtype ({}) to '{}' is not supported", value->type.to_string(), shown),
                         "classes and dtypes are only supported as arguments of library functions that take one (dtype=float)");
            return nullptr;
        }
        if (holds_iterator(value->type)) {
            diags_.error(value->loc, fmt::format("passing an iterator ({}) to '{}' is not supported yet", value->type.to_string(), shown),
                         "pass a list of it instead: list(...)");
            return nullptr;
        }
        known = known && value->type.is_known();
        types.push_back(value->type);
        args.push_back(std::move(value));
    }
    if (!known) return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});
    // A list argument still empty-typed while this body is to be lowered again (a later append
    // decided its type): the next attempt asks for the right specialization, not this one.
    if (vars_.needs_retry() && std::any_of(types.begin(), types.end(), [](const Type& t) { return t.is_undetermined(); }))
        return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});
    auto spec = ctx_.specializer.request(key, types, false, exact);
    // The callee typed an empty list it was passed (it appends to it): the argument takes that
    // type here (a variable's version is forced), and the call binds the specialization for it.
    const size_t shift = constructed || class_arg ? 1 : 0;  // `args` has no object for a construction, no class for a classmethod
    const size_t n_captured = fn.nested ? fn.captures.size() : 0;
    for (int round = 0; spec && !spec->param_refinements.empty() && round < 4; ++round) {
        for (const auto& [k, type] : spec->param_refinements) {
            if (k < shift) continue;
            if (k < n_captured) {
                // A nested function decides the type of an empty container it captured (counts = {}
                // then counts[k] = 1 inside it): the variable where the closure was made takes it.
                VarVersion* v = vars_.current(fn.captures[k]);
                if (!v || !v->type.is_undetermined()) {
                    diags_.error(c.loc, fmt::format("'{}' captures the empty container '{}', whose type only its body decides",
                                                    fn.name, fn.captures[k]),
                                 fmt::format("give it a type where it is made ({}: list[float] = [])", fn.captures[k]));
                    return nullptr;
                }
                auto var = read_variable(*v, c.loc);
                if (!refine_list_variable(*var, type, c.loc)) return nullptr;
                return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});  // lowered again with the type
            }
            args[k - shift] = convert_for_store(std::move(args[k - shift]), type);
            if (!args[k - shift]) return nullptr;
            types[k] = args[k - shift]->type;
        }
        spec = ctx_.specializer.request(key, types, false, exact);
    }
    if (!spec) return nullptr;
    if (constructed) {
        if (spec->return_type.is_known() && !spec->return_type.is(TypeKind::None)) {
            diags_.error(fn.loc, fmt::format("__init__() should return None, not '{}'", python_type_name(spec->return_type)),
                         "Python raises TypeError when the object is made");
            return nullptr;
        }
        // Cls(args) is the struct's new_: a new object, then its __init__ (emit/cpp_emitter.cpp).
        auto call = std::make_unique<ir::UserCall>(c.loc, *constructed, cpp_identifier(constructed->class_name) + "::new_");
        call->callee_pure = spec->pure_construction;
        call->args = std::move(args);
        return with_bindings(std::move(starred), std::move(call));
    }
    auto call = std::make_unique<ir::UserCall>(c.loc, spec->return_type, spec->cpp_name);
    call->callee_pure = spec->pure;
    call->args = std::move(args);
    return with_bindings(std::move(starred), std::move(call));
}

}  // namespace py2cpp
