// Exception objects: classes of the module whose objects are exceptions, `raise` of them and of
// built-in classes with arguments, Python's e.args, and the members of a caught exception.
//
// An exception class of the module (`class SolverError(RuntimeError)`) is a class like the others
// (fields, methods, __init__, __str__), whose root struct derives from the runtime's class
// (`py::RuntimeError`): `raise obj` throws a copy of the object as its own class
// (`py::raise_object`), so a C++ catch clause of any base catches it, and `except SolverError as
// e` makes `e` a reference to the caught object (`py::caught_object`). `e` of a handler of a
// built-in class is a py::CaughtException; its members that a class of the module defines are
// reached through a checked cast (`py::caught_as`: Python's AttributeError for another class).
//
// e.args: BaseException.__new__ stores the arguments of the constructor call, and
// BaseException.__init__ (super().__init__(msg)) its own, whatever their types; the runtime keeps
// each argument's str and repr, so str(e), repr(e) and print(e.args) are exact. Reading the
// values needs one static type: inference records the tuple types every exception class is given
// (ClassLayouts::exception_args) and types e.args from those of the classes a handler may catch
// (with `tuple[str]` for a built-in class, which the runtime raises with a message).
#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "infer/specializer.hpp"
#include "ir/conversions.hpp"
#include "ir/exceptions.hpp"
#include "ir/names.hpp"

#include <algorithm>
#include <map>

namespace py2cpp {

using ir::ExprPtr;

namespace {

// A constant integer index: 0, 2, -1.
std::optional<std::int64_t> constant_index(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::Constant)
        if (auto i = std::get_if<std::int64_t>(&e.as<ast::Constant>().value)) return *i;
    if (e.kind == ast::ExprKind::UnaryOp && e.as<ast::UnaryOp>().op == "-")
        if (auto i = constant_index(*e.as<ast::UnaryOp>().operand)) return -*i;
    return std::nullopt;
}

}  // namespace

bool FunctionLowering::is_exception_object_class(const std::string& name) const { return ctx_.symbols.is_exception_class(name); }

bool FunctionLowering::is_exception_value(const Type& t) const {
    return t.is(TypeKind::Exception) || (t.is(TypeKind::Object) && is_exception_object_class(t.class_name));
}

std::string FunctionLowering::static_exception_class(const Type& t) const {
    if (t.is(TypeKind::Object)) return t.class_name;
    return t.class_name.empty() ? "BaseException" : t.class_name;
}

std::optional<std::vector<Type>> FunctionLowering::lower_exception_args(const std::vector<ast::ExprPtr>& args,
                                                                        std::vector<std::pair<std::string, ExprPtr>>& operands) {
    std::vector<Type> types;
    for (size_t i = 0; i < args.size(); ++i) {
        auto v = lower_maybe_none(*args[i]);
        if (!v) return std::nullopt;
        if (holds_type_object(v->type) || holds_function(v->type) || holds_iterator(v->type) || holds_generator(v->type) ||
            is_exception_value(v->type)) {
            diags_.error(v->loc, fmt::format("an exception argument of type {} is not supported", v->type.to_string()),
                         "pass numbers, strings, None or containers of them");
            return std::nullopt;
        }
        types.push_back(v->type);
        operands.emplace_back(fmt::format("a{}", i), std::move(v));
    }
    return types;
}

std::string FunctionLowering::exception_arg_placeholders(size_t n) {
    std::vector<std::string> names;
    for (size_t i = 0; i < n; ++i) names.push_back(fmt::format("{{a{}}}", i));
    return fmt::format("{}", fmt::join(names, ", "));
}

void FunctionLowering::record_exception_args(const std::string& cls, std::vector<Type> types) {
    for (const auto& t : types)
        if (!t.is_known()) return;  // a call inside a recursive function still being inferred
    Type tuple = Type::tuple(std::move(types));
    ctx_.classes.exception_args[cls][tuple.to_string()] = tuple;
}

bool FunctionLowering::is_exception_args(const ast::Expr& e) {
    if (e.kind != ast::ExprKind::Attribute || e.as<ast::Attribute>().attr != "args") return false;
    const ast::Expr& value = *e.as<ast::Attribute>().value;
    if (value.kind != ast::ExprKind::Name) return false;
    const VarVersion* v = vars_.current(value.as<ast::Name>().id);
    return v && is_exception_value(v->type);
}

ExprPtr FunctionLowering::exception_args(SourceLoc loc, ExprPtr exception, const ast::Expr* index) {
    ctx_.classes.args_read = true;
    const std::string caught = static_exception_class(exception->type);
    // The tuple types of the exceptions this value may hold: those made of its class and of the
    // classes derived from it (records are by the class of the object made).
    std::map<std::string, Type> candidates;
    for (const auto* records : {&ctx_.classes.exception_args_before, &ctx_.classes.exception_args})
        for (const auto& [cls, types] : *records)
            if (ctx_.symbols.exception_derives(cls, caught)) candidates.insert(types.begin(), types.end());
    // A built-in class: the runtime raises it with a message (a KeyError with the missing key,
    // of the dict's key type, and StopIteration without arguments).
    bool unknown_key = false;
    if (!is_exception_object_class(caught)) {
        const Type message = Type::tuple({Type::str()});
        candidates[message.to_string()] = message;
        if (ctx_.symbols.exception_derives("StopIteration", caught)) candidates["tuple[]"] = Type::tuple({});
        unknown_key = ctx_.symbols.exception_derives("KeyError", caught);
    }
    std::vector<std::string> shown;
    for (const auto& [name, t] : candidates) shown.push_back(name);
    if (unknown_key) shown.push_back("tuple[<a missing dict key>]");
    std::vector<std::pair<std::string, ExprPtr>> operand;
    operand.emplace_back("e", std::move(exception));
    if (index) {
        if (index->kind == ast::ExprKind::Slice) {
            diags_.error(index->loc, "slicing e.args is not supported", "index it (e.args[0]) or print it whole");
            return nullptr;
        }
        // The type of the item at the index in every tuple long enough to have it.
        const auto k = constant_index(*index);
        std::map<std::string, Type> items;
        for (const auto& [name, t] : candidates) {
            const auto n = static_cast<std::int64_t>(t.elements.size());
            if (k) {
                const std::int64_t at = *k < 0 ? *k + n : *k;
                if (at >= 0 && at < n) items[t.elements[at].to_string()] = t.elements[at];
            } else {
                for (const auto& e : t.elements) items[e.to_string()] = e;
            }
        }
        if (items.size() > 1 || unknown_key) {
            diags_.error(loc, fmt::format("the arguments of the exceptions this may be ({}) have different types at this index, which "
                                          "compiled code must know", fmt::join(shown, ", ")),
                         unknown_key ? "catch a narrower class than KeyError's bases, or print e.args whole (print(e.args))"
                                     : "give every raise of these classes arguments of the same types, or print e.args whole");
            return nullptr;
        }
        const Type item = items.empty() ? Type::str() : items.begin()->second;  // none: IndexError at run time
        auto i = lower_expr(*index);
        if (!i) return nullptr;
        if (!i->type.is(TypeKind::Int) && !i->type.is(TypeKind::Bool)) {
            diags_.error(index->loc, fmt::format("tuple indices must be integers, not {}", python_type_name(i->type)), "");
            return nullptr;
        }
        operand.emplace_back("i", std::move(i));
        return runtime_call(loc, item, "exception_arg", "py::exception_arg<{T}>({e}, {i})", std::move(operand));
    }
    if (candidates.size() == 1 && !unknown_key) {
        const Type tuple = candidates.begin()->second;
        return runtime_call(loc, tuple, "exception_args", "py::exception_args<{T}>({e})", std::move(operand));
    }
    if (candidates.empty()) {  // no exception of this class is made: the value is never read
        return runtime_call(loc, Type::tuple({}), "exception_args", "py::exception_args<std::tuple<>>({e})", std::move(operand));
    }
    if (args_text_allowed_.count(loc.line * 100000L + loc.col)) {  // print(e.args), str(e.args): the text Python prints
        return runtime_call(loc, Type::str(), "exception_args_text", "py::exception_args_text({e}).text", std::move(operand));
    }
    diags_.error(loc, fmt::format("the arguments of the exceptions this may be have different types ({}): e.args has no one type here",
                                  fmt::join(shown, ", ")),
                 "print it (print(e.args), str(e.args)) or index it where the types agree (e.args[0]); or give every raise of these "
                 "classes arguments of the same types");
    return nullptr;
}

ExprPtr FunctionLowering::caught_exception_member(const ast::Attribute& a, ExprPtr caught, const ast::Call* call) {
    const std::string caught_class = static_exception_class(caught->type);
    // The module's exception classes this may be that have the member: a field lives in the root
    // of its hierarchy, a method in the class defining it.
    std::set<std::string> holders;
    for (const auto& e : ctx_.symbols.exception_classes) {
        if (!ctx_.symbols.exception_derives(e.name, caught_class)) continue;
        if (call) {
            if (const ast::ClassDef* owner = ctx_.symbols.method_owner(e.name, a.attr)) holders.insert(owner->name);
        } else if (ctx_.classes.find(e.name, a.attr)) {
            holders.insert(ctx_.classes.root(e.name));
        } else if (ctx_.symbols.method_owner(e.name, a.attr) || ctx_.symbols.classes.at(e.name)->has_attribute(a.attr)) {
            holders.insert(e.name);
        } else {
            ctx_.classes.missed.insert({ctx_.classes.root(e.name), a.attr});  // assigned later in this round, perhaps
        }
    }
    // The most basic of them, when the others derive from it.
    std::string holder;
    for (const auto& h : holders)
        if (std::all_of(holders.begin(), holders.end(), [&](const std::string& other) { return ctx_.symbols.derives_from(other, h); })) holder = h;
    if (holder.empty()) {
        if (holders.empty())
            diags_.error(a.loc, fmt::format("'{}' object has no attribute '{}'", caught_class, a.attr),
                         "no exception class of the module deriving from it has it");
        else
            diags_.error(a.loc, fmt::format("'{}' is defined by several unrelated exception classes ({}): compiled code reads it from one",
                                            a.attr, fmt::join(holders, ", ")),
                         "catch the class that defines it (except C as e), or define it in a common base class");
        return nullptr;
    }
    std::vector<std::pair<std::string, ExprPtr>> operand;
    operand.emplace_back("e", std::move(caught));
    auto object = runtime_call(a.loc, object_type(holder), "caught_as",
                               fmt::format("py::caught_as<{}>({{e}}, \"{}\")", cpp_identifier(holder), a.attr),
                               std::move(operand));
    if (call) return lower_method_call(*call, std::move(object), a.attr);
    return read_field(a, std::move(object));
}

bool FunctionLowering::lower_raise_value(const ast::Raise& s, ir::Block& out) {
    const ast::Expr& x = *s.exc;
    const ast::Call* call = x.kind == ast::ExprKind::Call ? &x.as<ast::Call>() : nullptr;
    const ast::Expr& callee = call ? *call->func : x;
    // raise Cls(args) / raise Cls of an exception class of the module: a new object, raised.
    if (const ast::ClassDef* cls = class_of_name(callee); cls && is_exception_object_class(cls->name)) {
        ExprPtr object;
        if (call) {
            object = lower_expr(x);
        } else {
            ast::Call made(x.loc);  // `raise Cls` is `raise Cls()`
            made.func = std::make_unique<ast::Name>(x.loc, cls->name);
            object = construct_object(made, *cls);
        }
        if (!object) return true;
        auto node = std::make_unique<ir::Raise>(s.loc, "", nullptr);
        node->reraise = std::move(object);
        out.push_back(std::move(node));
        return true;
    }
    if (class_of_name(callee)) {
        diags_.error(callee.loc, fmt::format("exceptions must derive from BaseException ('{}' is not an exception class)",
                                             callee.as<ast::Name>().id),
                     "derive the class from Exception or another exception class");
        return true;
    }
    // raise obj: an object of an exception class of the module held by a variable, a field, made
    // by a function...; a name that is none of these is left to lower_raise's messages.
    const auto builtin = exception_class_name(callee);
    if (!builtin) {
        bool value = callee.kind != ast::ExprKind::Name;
        if (callee.kind == ast::ExprKind::Name) {
            const std::string& id = callee.as<ast::Name>().id;
            value = vars_.current(id) || ctx_.globals.names.count(id) || (call && ctx_.symbols.functions.count(id));
        } else if (callee.kind == ast::ExprKind::Attribute) {
            value = !qualified_name(callee);
        }
        if (!value) return false;
        auto v = lower_expr(x);
        if (!v) return true;
        if (!is_exception_value(v->type)) {
            diags_.error(x.loc, fmt::format("exceptions must derive from BaseException (this is {})", v->type.to_string()),
                         "raise an exception class or an object of one");
            return true;
        }
        auto node = std::make_unique<ir::Raise>(s.loc, "", nullptr);
        node->reraise = std::move(v);
        out.push_back(std::move(node));
        return true;
    }
    // A built-in class with arguments: one str is its message, anything else is e.args as given.
    if (!call || call->args.empty()) {
        if (!call || call->keywords.empty()) record_exception_args(*builtin, {});
        if (!call || call->keywords.empty()) return false;  // raise E / raise E(): lower_raise
    }
    const std::string& name = *builtin;
    if (!call->keywords.empty()) {
        diags_.error(call->keywords.front().loc, fmt::format("{}() takes no keyword arguments", name.substr(name.rfind('.') + 1)), "");
        return true;
    }
    std::vector<std::pair<std::string, ExprPtr>> operands;
    auto lowered = lower_exception_args(call->args, operands);
    if (!lowered) return true;
    const std::vector<Type>& types = *lowered;
    record_exception_args(name, types);
    if (types.size() == 1 && types[0].is(TypeKind::Str)) {  // raise ValueError(msg): the runtime's own form
        out.push_back(std::make_unique<ir::Raise>(s.loc, name, std::move(operands[0].second)));
        return true;
    }
    auto made = runtime_call(s.loc, Type::exception(), "exception_with_args",
                             fmt::format("py::exception_with_args<{}>({})", *exception_cpp_class(name), exception_arg_placeholders(types.size())),
                             std::move(operands));
    auto node = std::make_unique<ir::Raise>(s.loc, "", nullptr);
    node->reraise = std::move(made);
    out.push_back(std::move(node));
    return true;
}

std::optional<std::string> FunctionLowering::exception_class_name(const ast::Expr& e) {
    std::optional<std::string> name;
    if (e.kind == ast::ExprKind::Name && !vars_.current(e.as<ast::Name>().id) && !local_names_.count(e.as<ast::Name>().id)) {
        name = e.as<ast::Name>().id;
        if (auto it = ctx_.symbols.imports.find(*name); it != ctx_.symbols.imports.end()) name = it->second;
    } else if (e.kind == ast::ExprKind::Attribute) {
        name = qualified_name(e);
    }
    if (name && exception_cpp_class(*name)) return name;
    return std::nullopt;
}

}  // namespace py2cpp
