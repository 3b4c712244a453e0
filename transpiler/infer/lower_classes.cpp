// Classes of the module: constructing objects, their fields and their methods (see
// infer/classes.hpp for how field types are found).
//
// An object is a reference to a shared struct (`py::ref<Point>`, a std::shared_ptr), so
// assignment aliases as in Python. Its methods are functions specialized per argument types like
// module functions, with the object as first parameter (`Point::norm(p)` in C++); `Point(1, 2)`
// is the struct's `new_`, which makes the object and runs the __init__ specialization for those
// arguments. Printing goes through __str__/__repr__ when the class defines them (the runtime's
// py::str finds `Point::str_`), `==` through __eq__ (an operator== the emitter writes), sorting
// through __lt__ (the runtime's item_less finds `Point::lt_`).
#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "infer/specializer.hpp"
#include "ir/conversions.hpp"
#include "ir/exceptions.hpp"

#include <algorithm>
#include <map>

namespace py2cpp {

using ir::ExprPtr;

const ast::ClassDef* FunctionLowering::class_named(const std::string& name) const {
    auto it = ctx_.symbols.classes.find(name);
    return it == ctx_.symbols.classes.end() ? nullptr : it->second;
}

std::optional<Type> FunctionLowering::annotation_of(const ast::Expr& annotation) const {
    return annotation_type(annotation, [this](const std::string& name) -> std::optional<Type> {
        if (!class_named(name)) return std::nullopt;
        return object_type(name);
    });
}

Type FunctionLowering::object_type(const std::string& cls) const {
    return Type::object(cls, ctx_.symbols.ancestors(cls));
}

std::vector<std::string> FunctionLowering::dispatch_cases(const std::string& cls, const std::string& owner, const std::string& method) const {
    std::vector<std::pair<size_t, std::string>> found;  // (depth, class)
    for (const auto& [name, layout] : ctx_.classes.classes) {
        if (!layout.constructed || name == cls || !ctx_.symbols.derives_from(name, cls)) continue;
        const ast::ClassDef* defining = ctx_.symbols.method_owner(name, method);
        if (defining && defining->name != owner) found.emplace_back(ctx_.symbols.ancestors(name).size(), name);
    }
    // Most derived first: isinstance<Base> would also accept the objects of classes derived from it.
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<std::string> out;
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

namespace {

// The dunder methods the runtime or the emitter call by themselves once a class is used, with
// the number of objects each takes and the type it must return.
struct ImplicitMethod {
    const char* name;
    size_t objects;
    TypeKind returns;
};
constexpr ImplicitMethod kImplicitMethods[] = {
    {"__str__", 1, TypeKind::Str}, {"__repr__", 1, TypeKind::Str}, {"__eq__", 2, TypeKind::Bool},
    {"__lt__", 2, TypeKind::Bool}, {"__gt__", 2, TypeKind::Bool}, {"__bool__", 1, TypeKind::Bool},
    {"__len__", 1, TypeKind::Int}, {"__hash__", 1, TypeKind::Int},
};

}  // namespace

VarVersion& FunctionLowering::hold_once(ExprPtr e, const char* suffix, SourceLoc loc, ir::Block& out) {
    VarVersion& held = vars_.create_hidden("object", suffix, e->type, path_);
    auto init = std::make_unique<ir::Assign>(loc, "", e->type, std::move(e));
    init->var_id = held.id;
    vars_.record_use(held, path_);
    out.push_back(std::move(init));
    return held;
}

bool FunctionLowering::prepare_class(const ast::ClassDef& cls) {
    // The class and its bases: the runtime may meet its objects as objects of a base class, whose
    // dunder methods then dispatch to this class's.
    std::vector<std::string> chain = {cls.name};
    for (auto& a : ctx_.symbols.ancestors(cls.name)) chain.push_back(a);
    for (const auto& member : chain)
    for (const auto& implicit : kImplicitMethods) {
        const ast::ClassDef* owner = ctx_.symbols.method_owner(member, implicit.name);
        const ast::FunctionDef* m = owner ? owner->method(implicit.name) : nullptr;
        if (!m) {
            // A base without the method would print (compare, hash...) this class's objects it
            // holds without this class's method: refused rather than computed differently.
            if (member != cls.name && ctx_.symbols.method_owner(cls.name, implicit.name)) {
                const ast::FunctionDef* own = ctx_.symbols.method_owner(cls.name, implicit.name)->method(implicit.name);
                if (!ctx_.classes.refused.insert({cls.name, implicit.name}).second) return false;  // reported already
                diags_.error(own->loc, fmt::format("'{}' defines {} but its base class '{}' does not", cls.name, implicit.name, member),
                             fmt::format("define {} in '{}' too (py2cpp calls it through the base class for objects held as '{}')",
                                         implicit.name, member, member));
                return false;
            }
            continue;
        }
        const Type object = object_type(member);
        if (m->params.size() != implicit.objects) {
            diags_.error(m->loc, fmt::format("'{}.{}' must take {}", cls.name, implicit.name,
                                             implicit.objects == 1 ? "only the object (self)" : "the object and one other (self, other)"),
                         "py2cpp calls it with objects of the class");
            return false;
        }
        auto spec = ctx_.specializer.request(owner->name + "." + implicit.name, std::vector<Type>(implicit.objects, object));
        if (!spec) return false;
        if (spec->return_type.is_known() && !spec->return_type.is(implicit.returns)) {
            diags_.error(m->loc, fmt::format("'{}.{}' returns {}; py2cpp supports it returning {}", cls.name, implicit.name,
                                             spec->return_type.to_string(), Type::of(implicit.returns).to_string()),
                         implicit.returns == TypeKind::Str ? "Python raises TypeError: __str__ returned non-string"
                                                           : "return a bool (NotImplemented is not supported)");
            return false;
        }
    }
    return true;
}

// Whether an __init__ calls super().__init__(...) as one of its own statements (not inside an if
// or a loop): then it decides e.args of an exception, whatever the constructor call was given.
bool calls_base_init(const ast::FunctionDef& init) {
    for (const auto& st : init.body) {
        if (st->kind != ast::StmtKind::ExprStmt) continue;
        const ast::Expr& e = *st->as<ast::ExprStmt>().value;
        if (e.kind != ast::ExprKind::Call || e.as<ast::Call>().func->kind != ast::ExprKind::Attribute) continue;
        const auto& method = e.as<ast::Call>().func->as<ast::Attribute>();
        if (method.attr == "__init__" && method.value->kind == ast::ExprKind::Call &&
            method.value->as<ast::Call>().func->kind == ast::ExprKind::Name && method.value->as<ast::Call>().func->as<ast::Name>().id == "super")
            return true;
    }
    return false;
}

ExprPtr FunctionLowering::construct_object(const ast::Call& c, const ast::ClassDef& cls) {
    const Type object = object_type(cls.name);
    ctx_.classes.mark_constructed(cls.name);
    ExprPtr call;
    const bool exception = is_exception_object_class(cls.name);
    if (const ast::ClassDef* owner = ctx_.symbols.method_owner(cls.name, "__init__")) {  // its own __init__ or a base's
        const ast::FunctionDef& init = *owner->method("__init__");
        // An exception's args are the arguments the call gives (BaseException.__new__), which
        // new_ takes as __init__'s parameters: keyword arguments and defaults would be counted.
        const bool args_from_call = exception && !calls_base_init(init);
        if (args_from_call && (!c.keywords.empty() || c.args.size() + 1 != init.params.size())) {
            diags_.error(c.loc, fmt::format("making '{}' with keyword arguments or defaults is not supported: its __init__ does not call "
                                            "super().__init__(...), so e.args are the call's positional arguments", cls.name),
                         "pass every argument positionally, or call super().__init__(...) in __init__");
            return nullptr;
        }
        call = lower_user_call(c, init, owner->name + ".__init__", nullptr, &object);
        if (args_from_call && call && call->kind == ir::ExprKind::UserCall) {
            std::vector<Type> types;
            for (const auto& a : call->as<ir::UserCall>().args) types.push_back(a->type);
            record_exception_args(cls.name, types);
        }
    } else if (exception) {  // BaseException(*args): e.args are the call's arguments
        if (!c.keywords.empty()) {
            diags_.error(c.keywords.front().loc, fmt::format("{}() takes no keyword arguments", cls.name), "");
            return nullptr;
        }
        std::vector<std::pair<std::string, ExprPtr>> operands;
        auto types = lower_exception_args(c.args, operands);
        if (!types) return nullptr;
        for (const Type& t : *types)
            if (!t.is_known()) return std::make_unique<ir::Const>(c.loc, Type::unknown(), ir::NoneValue{});
        record_exception_args(cls.name, *types);
        call = runtime_call(c.loc, object, "new_exception",
                            fmt::format("py::new_exception<{}>({})", cpp_identifier(cls.name), exception_arg_placeholders(types->size())),
                            std::move(operands));
    } else if (!c.args.empty() || !c.keywords.empty()) {
        diags_.error(c.loc, fmt::format("{}() takes no arguments", cls.name), "define __init__ to take them");
        return nullptr;
    } else {
        call = std::make_unique<ir::UserCall>(c.loc, object, cpp_identifier(cls.name) + "::new_");
        static_cast<ir::UserCall&>(*call).callee_pure = true;
    }
    if (!call || !call->type.is_known()) return call;
    if (!prepare_class(cls)) return nullptr;
    return call;
}

const ast::ClassDef* FunctionLowering::class_of_name(const ast::Expr& e) {
    if (e.kind != ast::ExprKind::Name) return nullptr;
    const std::string& id = e.as<ast::Name>().id;
    // `cls` of a @classmethod: the class it was called for, known when compiling.
    if (const VarVersion* v = vars_.current(id); v && v->type.is(TypeKind::Class) && v->type.elements[0].is(TypeKind::Object))
        return class_named(v->type.elements[0].class_name);
    if (vars_.current(id) || local_names_.count(id)) return nullptr;
    return class_named(id);
}

ExprPtr FunctionLowering::call_classmethod(const ast::Call& c, const ast::FunctionDef& fn, const std::string& key, const std::string& cls) {
    ctx_.classes.classes[cls].declared = true;  // the specialization for it is a member of its owner's struct
    const Type class_arg = Type::class_object(object_type(cls));
    return lower_user_call(c, fn, key, nullptr, nullptr, false, {}, {}, &class_arg);
}

// The base class whose body assigns class attribute `name` that `cls` inherits, or "".
std::string FunctionLowering::class_attribute_holder(const ast::ClassDef& cls, const std::string& name) {
    for (const auto& a : ctx_.symbols.ancestors(cls.name))
        if (const ast::ClassDef* base = class_named(a); base && base->has_attribute(name)) return base->name;
    return "";
}

ExprPtr FunctionLowering::class_attribute(SourceLoc loc, const ast::ClassDef& cls_arg, const std::string& name) {
    // The class's own attribute, or its nearest base's.
    const ast::ClassDef* holder = &cls_arg;
    for (const auto& a : ctx_.symbols.ancestors(cls_arg.name)) {
        if (holder->has_attribute(name)) break;
        if (const ast::ClassDef* base = class_named(a)) holder = base;
    }
    const ast::ClassDef& cls = *holder;
    auto g = ctx_.globals.names.find(cls.name + "." + name);
    if (g == ctx_.globals.names.end()) {
        diags_.error(loc, fmt::format("type object '{}' has no attribute '{}'", cls.name, name),
                     cls.method(name) ? "call the method; methods as values are not supported yet" : "");
        return nullptr;
    }
    ctx_.classes.classes[holder->name].declared = true;  // its struct holds the attribute
    auto var = std::make_unique<ir::Var>(loc, g->second.type, cls.name + "." + name, g->second.cpp_name);
    var->is_global = true;
    var->rebound = ctx_.symbols.rebound_globals.count(cls.name + "." + name) > 0;
    return var;
}

ExprPtr FunctionLowering::object_class_attribute(const ast::Attribute& a, const ast::ClassDef& cls, ExprPtr object) {
    auto holder = [&](const std::string& name) {  // the class whose body assigns the attribute objects of `name` see
        if (class_named(name)->has_attribute(a.attr)) return name;
        for (const auto& base : ctx_.symbols.ancestors(name))
            if (class_named(base) && class_named(base)->has_attribute(a.attr)) return base;
        return name;
    };
    auto value = class_attribute(a.loc, cls, a.attr);
    // The object may be of a constructed class derived from the one it is held as, whose body
    // assigns the attribute again: Python reads the object's own class's, so the read tests the
    // classes, most derived outermost (`py::isinstance<Child>(self) ? Child::SCALE : Base::SCALE`).
    std::vector<std::pair<size_t, std::string>> derived;
    const std::string own = holder(cls.name);
    for (const auto& [name, layout] : ctx_.classes.classes)
        if (layout.constructed && name != cls.name && ctx_.symbols.derives_from(name, cls.name) && class_named(name) && holder(name) != own)
            derived.emplace_back(ctx_.symbols.ancestors(name).size(), name);
    // A class whose base in the list sees the same assignment is caught by the base's test.
    std::erase_if(derived, [&](const auto& d) {
        return std::any_of(derived.begin(), derived.end(), [&](const auto& base) {
            return base.second != d.second && ctx_.symbols.derives_from(d.second, base.second) && holder(base.second) == holder(d.second);
        });
    });
    if (!value || derived.empty()) return value;
    if (object->kind != ir::ExprKind::Var) {
        diags_.error(a.loc, fmt::format("class attribute '{}' is assigned again in '{}', derived from '{}': reading it through an expression "
                                        "that is not a variable is not supported",
                                        a.attr, derived.front().second, cls.name),
                     "assign the object to a variable first");
        return nullptr;
    }
    std::sort(derived.begin(), derived.end());  // least derived first: the last one made is the outermost test
    ExprPtr chain = std::move(value);
    for (const auto& [depth, name] : derived) {
        auto branch = class_attribute(a.loc, *class_named(name), a.attr);
        if (!branch) return nullptr;
        if (!(branch->type == chain->type)) {
            diags_.error(a.loc, fmt::format("class attribute '{}' has type {} in '{}' but {} in '{}', derived from it: read on an object that may "
                                            "be of either class, it has no one type",
                                            a.attr, chain->type.to_string(), cls.name, branch->type.to_string(), name),
                         fmt::format("give both the same type, or read it on the class: {}.{}", name, a.attr));
            return nullptr;
        }
        auto test_object = lower_expr(*a.value);
        if (!test_object) return nullptr;
        std::vector<std::pair<std::string, ExprPtr>> operand;
        operand.emplace_back("x", std::move(test_object));
        auto node = std::make_unique<ir::IfExp>(a.loc, chain->type);
        node->test = runtime_call(a.loc, Type::boolean(), "isinstance", "py::isinstance<" + cpp_identifier(name) + ">({x})", std::move(operand));
        node->body = std::move(branch);
        node->orelse = std::move(chain);
        chain = std::move(node);
    }
    return chain;
}

ExprPtr FunctionLowering::lower_method_call(const ast::Call& c, ExprPtr object, const std::string& method) {
    const std::string cls_name = object->type.class_name;
    const ast::ClassDef* owner = ctx_.symbols.method_owner(cls_name, method);  // the class or the nearest base defining it
    const ast::FunctionDef* fn = owner ? owner->method(method) : nullptr;
    if (fn && fn->is_property) {
        diags_.error(c.func->loc, fmt::format("'{}' is a property of '{}': calling its value is not supported", method, cls_name),
                     fmt::format("read it as obj.{}", method));
        return nullptr;
    }
    if (!fn) {
        if (ctx_.classes.find(cls_name, method))
            diags_.error(c.func->loc, fmt::format("field '{}' of '{}' is not a method and cannot be called", method, cls_name),
                         "functions as values are not supported yet");
        else {
            // A class derived from it may have it: Python finds it on such an object at run time.
            std::string derived;
            for (const auto& [name, base] : ctx_.symbols.class_bases)
                if (ctx_.symbols.derives_from(name, cls_name) && class_named(name) && class_named(name)->method(method)) derived = name;
            diags_.error(c.func->loc, fmt::format("'{}' object has no attribute '{}'", cls_name, method),
                         derived.empty() ? ""
                                         : fmt::format("only '{}', derived from '{}', defines it; py2cpp looks methods up in the class the "
                                                       "value has when compiling: define '{}' in '{}' too (it may raise NotImplementedError)",
                                                       derived, cls_name, method, cls_name));
        }
        return nullptr;
    }
    if (fn->is_classmethod) {  // obj.f(args) of a @classmethod: called for the object's class
        if (object->kind != ir::ExprKind::Var) {
            diags_.error(c.func->loc, fmt::format("call the class method as {}.{}(...)", cls_name, method), "");
            return nullptr;
        }
        // The object may be of a class derived from the one it is held as (constructed ones):
        // Python calls the method for the object's own class, so the call tests the classes, most
        // derived first (`py::isinstance<Point3>(p) ? ... : Point::from_list(...)`).
        std::vector<std::pair<size_t, std::string>> derived;
        for (const auto& [name, layout] : ctx_.classes.classes)
            if (layout.constructed && name != cls_name && ctx_.symbols.derives_from(name, cls_name))
                derived.emplace_back(ctx_.symbols.ancestors(name).size(), name);
        std::sort(derived.begin(), derived.end());  // least derived first: the last one made is the outermost test
        auto result = call_classmethod(c, *fn, owner->name + "." + method, cls_name);
        if (!result || derived.empty() || !result->type.is_known()) return result;
        std::vector<std::pair<std::string, ExprPtr>> branches;
        Type joined = result->type;
        for (const auto& [depth, name] : derived) {
            const ast::ClassDef* own = ctx_.symbols.method_owner(name, method);
            if (!own->method(method)->is_classmethod) {
                diags_.error(c.func->loc, fmt::format("'{}' overrides class method '{}' with another kind of method", name, method),
                             "make it a @classmethod too");
                return nullptr;
            }
            auto call = call_classmethod(c, *own->method(method), own->name + "." + method, name);
            if (!call || !call->type.is_known()) return call;
            auto j = join_types(joined, call->type);
            if (!j) {
                diags_.error(c.func->loc, fmt::format("class method '{}' returns {} for '{}' and {} for '{}': called on an object that may be "
                                                      "of either class, it has no one type", method, joined.to_string(), cls_name,
                                                      call->type.to_string(), name),
                             fmt::format("call it on the class: {}.{}(...)", name, method));
                return nullptr;
            }
            joined = *j;
            branches.emplace_back(name, std::move(call));
        }
        ExprPtr chain = convert_for_store(std::move(result), joined);
        for (auto& [name, call] : branches) {
            auto converted = convert_for_store(std::move(call), joined);
            auto test_object = lower_expr(*c.func->as<ast::Attribute>().value);
            if (!chain || !converted || !test_object) return nullptr;
            std::vector<std::pair<std::string, ExprPtr>> operand;
            operand.emplace_back("x", std::move(test_object));
            auto node = std::make_unique<ir::IfExp>(c.loc, joined);
            node->test = runtime_call(c.loc, Type::boolean(), "isinstance", "py::isinstance<" + cpp_identifier(name) + ">({x})", std::move(operand));
            node->body = std::move(converted);
            node->orelse = std::move(chain);
            chain = std::move(node);
        }
        return chain;
    }
    if (fn->is_static) {  // obj.f(args) of a @staticmethod: the object is only a way to name the class
        if (object->kind != ir::ExprKind::Var) {
            diags_.error(c.func->loc, fmt::format("call the static method as {}.{}(...)", cls_name, method), "");
            return nullptr;
        }
        return lower_user_call(c, *fn, owner->name + "." + method);
    }
    return lower_user_call(c, *fn, owner->name + "." + method, std::move(object));
}

ExprPtr FunctionLowering::lower_super_call(const ast::Call& c, const std::string& method) {
    auto base = method_ ? ctx_.symbols.class_bases.find(method_->owner_class) : ctx_.symbols.class_bases.end();
    // In an exception class whose bases of the module do not define it: BaseException's method.
    if (method_ && is_exception_object_class(method_->owner_class) &&
        (base == ctx_.symbols.class_bases.end() || !ctx_.symbols.method_owner(base->second, method))) {
        VarVersion* self_var = method_->params.empty() ? nullptr : vars_.current(method_->params[0].name);
        if (!self_var || !self_var->type.is(TypeKind::Object)) {
            diags_.error(c.func->loc, "super() needs the method's object (its first parameter) unchanged", "");
            return nullptr;
        }
        std::vector<std::pair<std::string, ExprPtr>> operands;
        operands.emplace_back("self", read_variable(*self_var, c.func->loc));
        // The runtime class the module's hierarchy derives from.
        std::string root = method_->owner_class;
        for (const auto& a : ctx_.symbols.ancestors(root)) root = a;
        const std::string builtin = exception_cpp_class(ctx_.symbols.exception_base(root).value_or("")).value_or("py::Exception");
        if (method == "__init__") {  // BaseException.__init__(self, *args): e.args = args
            if (!c.keywords.empty()) {
                diags_.error(c.keywords.front().loc, fmt::format("{}() takes no keyword arguments", method_->owner_class), "");
                return nullptr;
            }
            auto types = lower_exception_args(c.args, operands);
            if (!types) return nullptr;
            record_exception_args(self_var->type.class_name, *types);  // the class of the object made (__init__ is specialized per class)
            const std::string args = types->empty() ? "" : ", " + exception_arg_placeholders(types->size());
            return runtime_call(c.loc, Type::none(), "exception_init", "py::set_exception_args(*{self}" + args + ")", std::move(operands));
        }
        if ((method == "__str__" || method == "__repr__") && c.args.empty() && c.keywords.empty())  // the text from e.args
            return runtime_call(c.loc, Type::str(), "exception_text",
                                fmt::format("{{self}}->{}::{}()", builtin, method == "__str__" ? "message" : "repr"), std::move(operands));
        diags_.error(c.func->loc, fmt::format("super().{}() of an exception class is not supported", method),
                     "super().__init__(...), super().__str__() and super().__repr__() are");
        return nullptr;
    }
    if (!method_ || method_->params.empty() || base == ctx_.symbols.class_bases.end()) {
        diags_.error(c.func->loc, method_ ? fmt::format("super(): '{}' has no base class of this module", method_->owner_class)
                                          : std::string("super() is only supported in a method"),
                     "");
        return nullptr;
    }
    const ast::ClassDef* owner = ctx_.symbols.method_owner(base->second, method);
    if (!owner) {
        diags_.error(c.func->loc, fmt::format("'super' object has no attribute '{}'", method), "");
        return nullptr;
    }
    const ast::FunctionDef& fn = *owner->method(method);
    VarVersion* self_var = vars_.current(method_->params[0].name);
    if (!self_var || !self_var->type.is(TypeKind::Object)) {
        diags_.error(c.func->loc, "super() needs the method's object (its first parameter) unchanged", "");
        return nullptr;
    }
    auto self = read_variable(*self_var, c.func->loc);
    if (fn.is_static) return lower_user_call(c, fn, owner->name + "." + method);
    // The base's method itself: without its dispatch to overrides (which would come back here).
    const bool exact = method != "__init__" && !dispatch_cases(self->type.class_name, owner->name, method).empty();
    return lower_user_call(c, fn, owner->name + "." + method, std::move(self), nullptr, exact);
}

std::optional<ExprPtr> FunctionLowering::lower_isinstance(const ast::Call& c) {
    if (c.args.size() != 2 || !c.keywords.empty()) return std::nullopt;
    std::vector<const ast::ClassDef*> classes;  // isinstance(x, C) or isinstance(x, (C, D))
    const ast::Expr& spec = *c.args[1];
    if (spec.kind == ast::ExprKind::Tuple) {
        for (const auto& e : spec.as<ast::Tuple>().elts) classes.push_back(class_of_name(*e));
    } else {
        classes.push_back(class_of_name(spec));
    }
    if (classes.empty()) return std::nullopt;
    // isinstance(e, C) of a caught exception (`except (A, B) as e`): the exceptions' path below.
    const bool caught = c.args[0]->kind == ast::ExprKind::Name && vars_.current(c.args[0]->as<ast::Name>().id) &&
                        vars_.current(c.args[0]->as<ast::Name>().id)->type.is(TypeKind::Exception);
    if (caught || std::find(classes.begin(), classes.end(), nullptr) != classes.end()) {
        // isinstance(e, RuntimeError) of an exception value: built-in classes and the module's.
        std::vector<std::string> names;
        if (spec.kind == ast::ExprKind::Tuple) {
            for (const auto& e : spec.as<ast::Tuple>().elts) {
                const ast::ClassDef* cls = class_of_name(*e);
                auto builtin = cls ? std::optional<std::string>(cls->name) : exception_class_name(*e);
                if (!builtin) return std::nullopt;
                names.push_back(*builtin);
            }
        } else if (const ast::ClassDef* cls = class_of_name(spec)) {
            names.push_back(cls->name);
        } else if (auto builtin = exception_class_name(spec)) {
            names.push_back(*builtin);
        } else {
            return std::nullopt;
        }
        auto object = lower_maybe_none(*c.args[0]);
        if (!object) return ExprPtr{};
        if (!is_exception_value(object->type)) return std::make_unique<ir::Const>(c.loc, Type::boolean(), false);
        const std::string known = static_exception_class(object->type);
        std::vector<std::string> cpp;
        for (const auto& n : names) {
            if (ctx_.symbols.exception_derives(known, n)) return std::make_unique<ir::Const>(c.loc, Type::boolean(), true);
            cpp.push_back(is_exception_object_class(n) ? cpp_identifier(n) : exception_cpp_class(n).value_or("py::Exception"));
        }
        std::vector<std::pair<std::string, ExprPtr>> operand;
        operand.emplace_back("x", std::move(object));
        return runtime_call(c.loc, Type::boolean(), "isinstance", fmt::format("py::is_instance_of<{}>(py::exception_of({{x}}))", fmt::join(cpp, ", ")),
                            std::move(operand));
    }
    auto object = lower_maybe_none(*c.args[0]);
    if (!object) return ExprPtr{};
    const bool may_be_none = object->type.is(TypeKind::Optional);
    const Type& t = may_be_none ? object->type.elements[0] : object->type;
    if (!t.is(TypeKind::Object)) return std::make_unique<ir::Const>(c.loc, Type::boolean(), false);  // an int is not a Point
    std::vector<std::string> tests;
    for (const ast::ClassDef* cls : classes) {
        if (t.derives_from(cls->name) && !may_be_none) return std::make_unique<ir::Const>(c.loc, Type::boolean(), true);
        if (t.derives_from(cls->name)) tests.push_back("!py::is_none({x})");
        else if (ctx_.symbols.derives_from(cls->name, t.class_name)) tests.push_back("py::isinstance<" + cpp_identifier(cls->name) + ">({x})");
    }
    if (tests.empty()) return std::make_unique<ir::Const>(c.loc, Type::boolean(), false);  // classes of other hierarchies
    // One evaluation of x for several tests: isinstance(x, (A, B)) of objects of a third class.
    if (tests.size() > 1) {
        std::string all;
        for (const auto& test : tests) all += (all.empty() ? "" : " || ") + test.substr(0, test.find('(')) + "(x)";
        tests = {"[](const auto& x) { return " + all + "; }({x})"};
    }
    std::vector<std::pair<std::string, ExprPtr>> operand;
    operand.emplace_back("x", std::move(object));
    return runtime_call(c.loc, Type::boolean(), "isinstance", tests.front(), std::move(operand));
}

namespace {
// A class attribute of `cls` or of one of its bases.
bool has_class_attribute(const ModuleSymbols& symbols, const std::string& cls, const std::string& name) {
    std::vector<std::string> chain = symbols.ancestors(cls);
    chain.insert(chain.begin(), cls);
    for (const auto& c : chain)
        if (auto it = symbols.classes.find(c); it != symbols.classes.end() && it->second->has_attribute(name)) return true;
    return false;
}
// The method `name` objects of `cls` have (its own or a base's), or null.
const ast::FunctionDef* inherited_method(const ModuleSymbols& symbols, const std::string& cls, const std::string& name) {
    const ast::ClassDef* owner = symbols.method_owner(cls, name);
    return owner ? owner->method(name) : nullptr;
}
}  // namespace

ExprPtr FunctionLowering::read_field(const ast::Attribute& a, ExprPtr object) {
    const std::string cls_name = object->type.class_name;
    if (a.attr == "args" && is_exception_object_class(cls_name)) return exception_args(a.loc, std::move(object), nullptr);
    if (const ClassLayouts::Field* f = ctx_.classes.find(cls_name, a.attr))
        return std::make_unique<ir::FieldGet>(a.loc, f->type, std::move(object), a.attr, cpp_identifier(a.attr));
    const ast::ClassDef* cls = class_named(cls_name);
    if (cls && has_class_attribute(ctx_.symbols, cls_name, a.attr)) return object_class_attribute(a, *cls, std::move(object));  // self.G
    if (const ast::FunctionDef* getter = cls ? inherited_method(ctx_.symbols, cls_name, a.attr) : nullptr; getter && getter->is_property) {
        std::vector<ExprPtr> args;
        args.push_back(std::move(object));
        return call_method_lowered(a.loc, *cls, a.attr, std::move(args));
    }
    if (cls && inherited_method(ctx_.symbols, cls_name, a.attr)) {
        diags_.error(a.loc, fmt::format("method '{}' of '{}' cannot be used as a value", a.attr, cls_name),
                     "call it; bound methods as values are not supported yet");
        return nullptr;
    }
    // An assignment to it may still come later in this round of inference (another method, the
    // rest of the program): the next round then knows the field, and this error goes away.
    ctx_.classes.missed.insert({ctx_.classes.root(cls_name), a.attr});
    diags_.error(a.loc, fmt::format("'{}' object has no attribute '{}'", cls_name, a.attr),
                 fmt::format("py2cpp gives an object the fields its methods and the program assign (self.{} = ...) before they are read; "
                             "assign it in __init__",
                             a.attr));
    return nullptr;
}

std::optional<Type> FunctionLowering::field_accepting(const std::string& cls_name, const std::string& name, const Type& type,
                                                      SourceLoc loc) {
    if (holds_type_object(type) || holds_iterator(type) || !type.is_known()) {
        if (type.is_known())
            diags_.error(loc, fmt::format("a {} cannot be stored in a field", type.to_string()),
                         holds_iterator(type) ? "store a list of it: list(...)" : "store a value made with it instead");
        return std::nullopt;
    }
    const ast::ClassDef* cls = class_named(cls_name);
    if (cls && has_class_attribute(ctx_.symbols, cls_name, name)) {
        diags_.error(loc, fmt::format("'{}' is a class attribute of '{}': assigning it on an object (which would hide it) is not supported", name,
                                      cls_name),
                     "class attributes are constants in py2cpp; use another name for the object's field");
        return std::nullopt;
    }
    if (cls && inherited_method(ctx_.symbols, cls_name, name)) {
        diags_.error(loc, fmt::format("the field '{}' has the name of a method of '{}'", name, cls_name),
                     "give the field another name (in Python it would hide the method)");
        return std::nullopt;
    }
    auto& layout = ctx_.classes.classes[ctx_.classes.root(cls_name)];
    ClassLayouts::Field* f = ctx_.classes.find(cls_name, name);
    if (!f) {
        layout.fields.push_back({name, type, loc, std::nullopt});
        return type;
    }
    if (f->type == type) return type;
    auto joined = join_types(f->type, type);
    if (!joined) {
        diags_.error(loc, fmt::format("field '{}' of '{}' is assigned a {} here, but a {} at line {}", name, cls_name, type.to_string(),
                                      f->type.to_string(), f->first.line),
                     "a field holds values of one type in py2cpp; use two fields");
        return std::nullopt;
    }
    if (*joined != f->type) {
        if (f->type.is_numeric_scalar() && type.is_numeric_scalar() && !f->numbers_joined) f->numbers_joined = loc;
        f->type = *joined;
        ctx_.classes.widened = true;  // code lowered with the narrower type is stale: lowered again
    }
    return *joined;
}

void FunctionLowering::store_to_field(const ast::Attribute& target, const std::string& op, ExprPtr value, ir::Block& out,
                                      const ast::Expr* operand) {
    // C.NAME = value, C.NAME op= operand: the class attribute (a static member) is assigned.
    if (const ast::ClassDef* cls = class_of_name(*target.value)) {
        if (!cls->has_attribute(target.attr)) {
            diags_.error(target.loc,
                         fmt::format("assigning '{}.{}' makes a new class attribute of '{}'{}: not supported", cls->name, target.attr, cls->name,
                                     class_attribute_holder(*cls, target.attr).empty()
                                         ? ""
                                         : fmt::format(", hiding the one of '{}'", class_attribute_holder(*cls, target.attr))),
                         "assign it in the class body first (NAME = value), or through the class that defines it");
            return;
        }
        auto current = class_attribute(target.loc, *cls, target.attr);
        if (!current) return;
        const Type type = current->type;
        const std::string cpp_name = current->as<ir::Var>().cpp_name;
        if (!op.empty()) {
            value = lower_expr(*operand);
            if (!value) return;
            value = lower_arithmetic(target.loc, op, std::move(current), std::move(value));
            if (!value) return;
        }
        if (!assignable(value->type, type)) {
            diags_.error(target.loc, fmt::format("cannot assign a value of type '{}' to the class attribute '{}.{}' of type '{}'",
                                                 value->type.to_string(), cls->name, target.attr, type.to_string()),
                         "a class attribute keeps the type of its assignment in the class body");
            return;
        }
        auto assign = std::make_unique<ir::Assign>(target.loc, cpp_name, type, ir::convert(std::move(value), type));
        assign->global = true;
        out.push_back(std::move(assign));
        return;
    }
    // obj.x = value: the caller lowered the value, Python's first step. obj.x op= operand: the
    // object is evaluated once (a name is simply read twice), then obj.x, then the operand.
    auto object = lower_expr(*target.value);
    if (!object) return;
    if (target.attr == "args" && is_exception_value(object->type)) {
        diags_.error(target.loc, "assigning e.args is not supported", "pass the arguments to the constructor or to super().__init__(...)");
        return;
    }
    if (!object->type.is(TypeKind::Object)) {
        diags_.error(target.loc, fmt::format("cannot set attribute '{}' of a {}", target.attr, object->type.to_string()),
                     "attributes can be assigned on objects of the module's classes");
        return;
    }
    const std::string cls_name = object->type.class_name;
    if (!op.empty()) {
        ExprPtr again;
        if (target.value->kind == ast::ExprKind::Name) {
            again = lower_expr(*target.value);
        } else {
            VarVersion& held = hold_once(std::move(object), "held", target.loc, out);
            object = read_variable(held, target.loc);
            again = read_variable(held, target.loc);
        }
        auto current = read_field(target, std::move(again));
        if (!current) return;
        value = lower_expr(*operand);
        if (!value) return;
        if (current->type.is_array()) {  // in place: every alias of the array sees it
            store_into_array(target.loc, std::move(current), op, std::move(value), out);
            return;
        }
        if (current->type.is(TypeKind::List) || current->type.is_set()) {
            diags_.error(target.loc, fmt::format("'{}=' on a {} field is not supported yet", op, current->type.to_string()),
                         current->type.is(TypeKind::List) ? "use obj.field.extend(...)" : "use obj.field.update(...)");
            return;
        }
        value = lower_arithmetic(target.loc, op, std::move(current), std::move(value));
        if (!value) return;
    }
    // A property: its setter (@NAME.setter), which Python calls instead of storing.
    if (const ast::ClassDef* cls = class_named(cls_name);
        cls && inherited_method(ctx_.symbols, cls_name, target.attr) && inherited_method(ctx_.symbols, cls_name, target.attr)->is_property) {
        const std::string setter = "__set_" + target.attr + "__";
        if (!inherited_method(ctx_.symbols, cls_name, setter)) {
            diags_.error(target.loc, fmt::format("property '{}' of '{}' has no setter", target.attr, cls_name),
                         fmt::format("define it with @{}.setter (Python raises AttributeError)", target.attr));
            return;
        }
        std::vector<ExprPtr> args;
        args.push_back(std::move(object));
        args.push_back(std::move(value));
        if (auto call = call_method_lowered(target.loc, *cls, setter, std::move(args)))
            out.push_back(std::make_unique<ir::ExprStmt>(target.loc, std::move(call)));
        return;
    }
    auto type = field_accepting(cls_name, target.attr, value->type, target.loc);
    if (!type) return;
    value = convert_for_store(std::move(value), *type);
    if (!value) return;
    out.push_back(std::make_unique<ir::FieldAssign>(target.loc, std::move(object), target.attr, cpp_identifier(target.attr), std::move(value)));
}

ExprPtr FunctionLowering::call_method_lowered(SourceLoc loc, const ast::ClassDef& cls, const std::string& method,
                                              std::vector<ExprPtr> args) {
    const ast::ClassDef* owner = ctx_.symbols.method_owner(cls.name, method);
    const ast::FunctionDef* fn = owner ? owner->method(method) : nullptr;
    if (!fn || fn->params.size() != args.size()) {
        diags_.error(loc, fmt::format("'{}.{}' must take {} parameter{}", cls.name, method, args.size(), args.size() == 1 ? "" : "s"), "");
        return nullptr;
    }
    std::vector<Type> types;
    for (const auto& a : args) types.push_back(a->type);
    auto spec = ctx_.specializer.request(owner->name + "." + method, types);
    if (!spec) return nullptr;
    auto call = std::make_unique<ir::UserCall>(loc, spec->return_type, spec->cpp_name);
    call->callee_pure = spec->pure;
    call->args = std::move(args);
    return call;
}

std::optional<ExprPtr> FunctionLowering::lower_object_operator(SourceLoc loc, const std::string& op, ExprPtr& lhs, ExprPtr& rhs) {
    if (!lhs->type.is(TypeKind::Object) && !rhs->type.is(TypeKind::Object)) return std::nullopt;
    static const std::map<std::string, std::string> names = {
        {"+", "add"}, {"-", "sub"}, {"*", "mul"}, {"/", "truediv"}, {"//", "floordiv"}, {"%", "mod"}, {"**", "pow"},
        {"@", "matmul"}, {"&", "and"}, {"|", "or"}, {"^", "xor"}, {"<<", "lshift"}, {">>", "rshift"}};
    auto name = names.find(op);
    const ast::ClassDef* left = lhs->type.is(TypeKind::Object) ? class_named(lhs->type.class_name) : nullptr;
    const ast::ClassDef* right = rhs->type.is(TypeKind::Object) ? class_named(rhs->type.class_name) : nullptr;
    if (name != names.end()) {
        const std::string own = "__" + name->second + "__", reflected = "__r" + name->second + "__";
        if (left && inherited_method(ctx_.symbols, left->name, own)) {
            std::vector<ExprPtr> args;
            args.push_back(std::move(lhs));
            args.push_back(std::move(rhs));
            return call_method_lowered(loc, *left, own, std::move(args));
        }
        if (right && inherited_method(ctx_.symbols, right->name, reflected)) {
            std::vector<ExprPtr> args;
            args.push_back(std::move(rhs));
            args.push_back(std::move(lhs));
            return call_method_lowered(loc, *right, reflected, std::move(args));
        }
    }
    diags_.error(loc, fmt::format("unsupported operand type(s) for {}: '{}' and '{}'", op, python_type_name(lhs->type), python_type_name(rhs->type)),
                 name == names.end() ? "" : fmt::format("define __{}__ in class '{}'", name->second, left ? left->name : right->name));
    return ExprPtr{};
}

ExprPtr FunctionLowering::call_object_dunder(SourceLoc loc, const std::string& what, const std::string& method, ExprPtr object,
                                             ExprPtr arg, ExprPtr arg2) {
    const ast::ClassDef* cls = class_named(object->type.class_name);
    if (!cls || !inherited_method(ctx_.symbols, cls->name, method)) {
        diags_.error(loc, fmt::format("{} of a '{}' object is not supported", what, object->type.class_name),
                     fmt::format("define {} in class '{}'", method, object->type.class_name));
        return nullptr;
    }
    std::vector<ExprPtr> args;
    args.push_back(std::move(object));
    if (arg) args.push_back(std::move(arg));
    if (arg2) args.push_back(std::move(arg2));
    return call_method_lowered(loc, *cls, method, std::move(args));
}

ExprPtr FunctionLowering::lower_object_compare(const ast::Compare& c, std::vector<ExprPtr> operands, std::unique_ptr<ir::Compare> result) {
    // Objects of two classes of one hierarchy compare as objects of their common base.
    if (operands.size() == 2 && operands[0]->type.is(TypeKind::Object) && operands[1]->type.is(TypeKind::Object))
        if (auto common = join_types(operands[0]->type, operands[1]->type))
            for (auto& e : operands) e = ir::convert(std::move(e), *common);
    const Type lt = operands[0]->type;
    if (operands.size() != 2 || lt != operands[1]->type) {
        std::string types;
        for (const auto& e : operands) types += (types.empty() ? "" : "', '") + python_type_name(e->type);
        diags_.error(c.loc, fmt::format("comparing objects of types '{}' is not supported", types),
                     "compare two objects of the same class, or their fields");
        return nullptr;
    }
    const ast::ClassDef* cls = class_named(lt.class_name);
    const ir::CompareOp op = result->ops.front();
    auto defines = [&](const char* method) { return cls && ctx_.symbols.method_owner(cls->name, method); };
    if (op == ir::CompareOp::Eq || op == ir::CompareOp::NotEq) {
        // Without __eq__ Python compares identity, as std::shared_ptr's == does; with it, the
        // emitter declares an operator== calling it, which C++ also uses for != (and the runtime
        // for `in`, list.index, ...).
        result->operands = std::move(operands);
        return result;
    }
    static const std::map<ir::CompareOp, std::pair<const char*, const char*>> methods = {
        {ir::CompareOp::Lt, {"__lt__", "__gt__"}}, {ir::CompareOp::LtE, {"__le__", "__ge__"}},
        {ir::CompareOp::Gt, {"__gt__", "__lt__"}}, {ir::CompareOp::GtE, {"__ge__", "__le__"}}};
    const auto& [own, reflected] = methods.at(op);
    if (defines(own)) return call_method_lowered(c.loc, *cls, own, std::move(operands));
    if (defines(reflected)) {
        std::swap(operands[0], operands[1]);
        return call_method_lowered(c.loc, *cls, reflected, std::move(operands));
    }
    diags_.error(c.loc, fmt::format("'{}' not supported between instances of '{}' and '{}'", ir::compare_op_symbol(op), lt.class_name,
                                    lt.class_name),
                 fmt::format("define {} in class '{}'", own, lt.class_name));
    return nullptr;
}

}  // namespace py2cpp

namespace py2cpp {

std::string exact_member_name(const std::string& member) {
    return member + (member.back() == '_' ? "exact_" : "_exact_");
}

std::string function_cpp_name(const ast::FunctionDef& fn, bool exact) {
    if (fn.nested) return fn.cpp_name;  // a nested function or lambda, lifted (sema: analyze_closures)
    if (fn.owner_class.empty()) return cpp_identifier(fn.name);
    const std::string member = method_cpp_name(fn.name);
    return cpp_identifier(fn.owner_class) + "::" + (exact ? exact_member_name(member) : member);
}

}  // namespace py2cpp
