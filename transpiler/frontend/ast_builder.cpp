// CPython ast objects -> ast::Module (see ast_builder.hpp). Node and field names are CPython's.
#include "frontend/ast_builder.hpp"

#include <fmt/format.h>

#include <map>

#include "frontend/pyobject.hpp"

namespace py2cpp {

SourceLoc location_of(PyObject* node) {
    SourceLoc loc;
    loc.line = attr_int(node, "lineno");
    loc.col = attr_int(node, "col_offset");
    loc.end_line = attr_int(node, "end_lineno");
    loc.end_col = attr_int(node, "end_col_offset");
    return loc;
}

std::string operator_symbol(PyObject* op_node) {
    static const std::map<std::string, std::string> symbols = {
        {"Add", "+"}, {"Sub", "-"}, {"Mult", "*"}, {"Div", "/"}, {"FloorDiv", "//"}, {"Mod", "%"},
        {"Pow", "**"}, {"MatMult", "@"}, {"LShift", "<<"}, {"RShift", ">>"}, {"BitOr", "|"},
        {"BitXor", "^"}, {"BitAnd", "&"}, {"And", "and"}, {"Or", "or"}, {"Not", "not"},
        {"Invert", "~"}, {"UAdd", "+"}, {"USub", "-"}, {"Eq", "=="}, {"NotEq", "!="}, {"Lt", "<"},
        {"LtE", "<="}, {"Gt", ">"}, {"GtE", ">="}, {"Is", "is"}, {"IsNot", "is not"}, {"In", "in"},
        {"NotIn", "not in"}};
    auto it = symbols.find(type_name(op_node));
    return it == symbols.end() ? type_name(op_node) : it->second;
}

void AstBuilder::reject(SourceLoc loc, const std::string& what, const std::string& hint) {
    diags_.error(loc, what, hint);
}

// ---- statements -------------------------------------------------------------------------------

namespace {

// Unsupported statements and expressions with the message and hint each gets.
struct Rejection {
    const char* message;
    const char* hint;
};

const std::map<std::string, Rejection>& unsupported_statements() {
    static const std::map<std::string, Rejection> table = {
        {"AsyncFunctionDef", {"'async def' is not supported", "numerical code must be synchronous; use a plain 'def'"}},
        {"AsyncFor", {"'async for' is not supported", "use a plain 'for' loop"}},
        {"AsyncWith", {"'async with' is not supported", "remove the context manager"}},
        {"TryStar", {"'try'/'except*' is not supported", "check conditions explicitly instead"}},
        {"Match", {"'match' statements are not supported", "use 'if'/'elif' chains"}},
        {"Nonlocal", {"'nonlocal' is not supported", "pass the value as a parameter and return the new value"}},
    };
    return table;
}

const std::map<std::string, Rejection>& unsupported_expressions() {
    static const std::map<std::string, Rejection> table = {
        {"Yield", {"'yield' used as a value is not supported", "write 'yield VALUE' as a statement of its own (values sent into a generator are not supported)"}},
        {"YieldFrom", {"'yield from' used as a value is not supported", "write 'yield from ITERABLE' as a statement of its own"}},
        {"Await", {"'await' is not supported", "numerical code must be synchronous"}},
        {"NamedExpr", {"assignment expressions (':=') are not supported", "assign the value in a separate statement"}},
    };
    return table;
}

}  // namespace

void AstBuilder::build_module(PyObject* tree, ast::Module& module) {
    PyRef body = attr(tree, "body");
    ast::Block block = build_block(body.get(), /*in_function=*/false);
    // Called once per group of top-level statements: only the first group holds the docstring.
    const bool first_group = !built_any_group_;
    built_any_group_ = true;
    if (!first_group) {
        for (auto& stmt : block) module.body.push_back(std::move(stmt));
        return;
    }
    if (!block.empty() && block.front()->kind == ast::StmtKind::ExprStmt) {
        const auto& e = block.front()->as<ast::ExprStmt>();
        if (e.value->kind == ast::ExprKind::Constant &&
            std::holds_alternative<std::string>(e.value->as<ast::Constant>().value)) {
            module.docstring = std::get<std::string>(e.value->as<ast::Constant>().value);
            block.erase(block.begin());
        }
    }
    module.body = std::move(block);
}

ast::Block AstBuilder::build_block(PyObject* list, bool in_function) {
    ast::Block block;
    if (!list || !PyList_Check(list)) return block;
    for (Py_ssize_t i = 0; i < PyList_Size(list); ++i) {
        if (auto stmt = build_stmt(PyList_GetItem(list, i), in_function)) block.push_back(std::move(stmt));
    }
    return block;
}

ast::StmtPtr AstBuilder::build_stmt(PyObject* node, bool in_function) {
    const std::string kind = type_name(node);
    const SourceLoc loc = location_of(node);
    if (auto it = unsupported_statements().find(kind); it != unsupported_statements().end()) {
        reject(loc, it->second.message, it->second.hint);
        return nullptr;
    }
    if (kind == "FunctionDef") return build_function(node, in_function);
    if (kind == "ClassDef") return build_class(node, loc, in_function);
    if (kind == "Return") return std::make_unique<ast::Return>(loc, build_expr_field(node, "value"));
    if (kind == "Assign") return build_assign(node, loc);
    if (kind == "AugAssign") {
        auto s = std::make_unique<ast::AugAssign>(loc);
        s->target = build_expr_field(node, "target");
        PyRef op = attr(node, "op");
        s->op = operator_symbol(op.get());
        s->value = build_expr_field(node, "value");
        return s;
    }
    if (kind == "AnnAssign") {
        auto s = std::make_unique<ast::AnnAssign>(loc);
        s->target = build_expr_field(node, "target");
        s->annotation = build_expr_field(node, "annotation");
        s->value = build_expr_field(node, "value");
        return s;
    }
    if (kind == "If") return build_if(node, loc, in_function);
    if (kind == "While" || kind == "For") {
        PyRef orelse = attr(node, "orelse");
        PyRef body = attr(node, "body");
        if (kind == "While") {
            auto s = std::make_unique<ast::While>(loc);
            s->test = build_expr_field(node, "test");
            s->body = build_block(body.get(), in_function);
            s->orelse = build_block(orelse.get(), in_function);
            return s;
        }
        auto s = std::make_unique<ast::For>(loc);
        s->target = build_expr_field(node, "target");
        s->iter = build_expr_field(node, "iter");
        s->body = build_block(body.get(), in_function);
        s->orelse = build_block(orelse.get(), in_function);
        return s;
    }
    if (kind == "Break") return std::make_unique<ast::SimpleStmt>(ast::StmtKind::Break, loc);
    if (kind == "Continue") return std::make_unique<ast::SimpleStmt>(ast::StmtKind::Continue, loc);
    if (kind == "Pass") return std::make_unique<ast::SimpleStmt>(ast::StmtKind::Pass, loc);
    if (kind == "Global") {
        // A declaration, not an action: recorded on the function (at module level it changes nothing).
        if (in_function && function_) {
            PyRef names = attr(node, "names");
            for (Py_ssize_t i = 0; names && i < PyList_Size(names.get()); ++i) {
                PyObject* name = PyList_GetItem(names.get(), i);
                if (PyUnicode_Check(name)) function_->global_names.emplace(PyUnicode_AsUTF8(name), loc);
            }
        }
        return std::make_unique<ast::SimpleStmt>(ast::StmtKind::Pass, loc);
    }
    if (kind == "Expr") {
        PyRef inner = attr(node, "value");
        const std::string inner_kind = inner ? type_name(inner.get()) : "";
        if (inner_kind == "Yield" || inner_kind == "YieldFrom") {  // a generator's yield statement
            if (!in_function || !function_) {
                reject(loc, "'yield' outside function", "");
                return nullptr;
            }
            function_->is_generator = true;
            PyRef yielded = attr(inner.get(), "value");
            ast::ExprPtr value = yielded && yielded.get() != Py_None ? build_expr(yielded.get()) : nullptr;
            if (yielded && yielded.get() != Py_None && !value) return nullptr;
            return std::make_unique<ast::Yield>(loc, std::move(value), inner_kind == "YieldFrom");
        }
        auto value = build_expr_field(node, "value");
        return value ? std::make_unique<ast::ExprStmt>(loc, std::move(value)) : nullptr;
    }
    if (kind == "Delete") {
        auto s = std::make_unique<ast::Delete>(loc);
        s->targets = build_expr_list(node, "targets");
        return s;
    }
    if (kind == "Assert") {
        auto s = std::make_unique<ast::Assert>(loc);
        s->test = build_expr_field(node, "test");
        s->msg = build_expr_field(node, "msg");
        return s;
    }
    if (kind == "Raise") {
        auto s = std::make_unique<ast::Raise>(loc, build_expr_field(node, "exc"));
        s->cause = build_expr_field(node, "cause");
        return s;
    }
    if (kind == "Try") return build_try(node, loc, in_function);
    if (kind == "With") {
        auto s = std::make_unique<ast::With>(loc);
        PyRef items = attr(node, "items");
        for (Py_ssize_t i = 0; items && i < PyList_Size(items.get()); ++i) {
            PyObject* item = PyList_GetItem(items.get(), i);
            ast::With::Item built;
            built.context = build_expr_field(item, "context_expr");
            if (!built.context) return nullptr;
            if (!attr_is_none(item, "optional_vars")) {
                built.target = build_expr_field(item, "optional_vars");
                if (!built.target) return nullptr;
            }
            s->items.push_back(std::move(built));
        }
        PyRef body = attr(node, "body");
        s->body = build_block(body.get(), in_function);
        return s;
    }
    if (kind == "Import") return build_import(node, loc, false);
    if (kind == "ImportFrom") return build_import(node, loc, true);
    reject(loc, fmt::format("unsupported statement '{}'", kind), "rewrite it with the supported subset (see README)");
    return nullptr;
}

// What a parameter list may hold: a `def` takes *args and keyword-only parameters, a lambda neither.
void AstBuilder::check_arguments(PyObject* args, SourceLoc loc, bool in_def) {
    if (!in_def && !attr_is_none(args, "vararg"))
        reject(location_of(attr(args, "vararg").get()), "variadic parameters ('*args') of a lambda are not supported",
               "define the function with 'def'");
    if (!attr_is_none(args, "kwarg"))
        reject(location_of(attr(args, "kwarg").get()), "keyword-variadic parameters ('**kwargs') are not supported",
               "give the function named parameters (keyword-only ones after a bare '*' are supported)");
    PyRef kwonly = attr(args, "kwonlyargs");
    if (!in_def && kwonly && PyList_Size(kwonly.get()) > 0)
        reject(loc, "keyword-only parameters of a lambda are not supported", "define the function with 'def'");
}

std::optional<ast::FunctionDef::Cache> AstBuilder::cache_decorator(PyObject* d) {
    // The decorator's dotted name: `lru_cache`, `functools.cache`, `ft.lru_cache`.
    auto dotted = [&](PyObject* e) -> std::string {
        if (type_name(e) == "Name") return attr_string(e, "id");
        if (type_name(e) == "Attribute") {
            PyRef value = attr(e, "value");
            if (type_name(value.get()) == "Name") return attr_string(value.get(), "id") + "." + attr_string(e, "attr");
        }
        return "";
    };
    auto last = [](const std::string& name) { return name.substr(name.rfind('.') + 1); };
    ast::FunctionDef::Cache cache;
    cache.loc = location_of(d);
    if (type_name(d) != "Call") {  // @cache, @lru_cache: maxsize None and 128
        cache.decorator = dotted(d);
        if (last(cache.decorator) == "cache") return cache;
        if (last(cache.decorator) != "lru_cache") return std::nullopt;
        cache.maxsize = 128;
        return cache;
    }
    PyRef func = attr(d, "func");
    cache.decorator = dotted(func.get());
    if (last(cache.decorator) != "lru_cache") return std::nullopt;
    // lru_cache(maxsize=128, typed=False): maxsize an int constant or None. typed=True keeps
    // arguments of different types apart, as py2cpp's specializations do anyway.
    cache.maxsize = 128;
    auto read_maxsize = [&](PyObject* value) {
        if (type_name(value) != "Constant") return false;
        PyRef v = attr(value, "value");
        if (v.get() == Py_None) {
            cache.maxsize = -1;
            return true;
        }
        if (!PyLong_Check(v.get()) || PyBool_Check(v.get())) return false;
        const long long n = PyLong_AsLongLong(v.get());
        if (PyErr_Occurred()) {
            PyErr_Clear();
            return false;
        }
        cache.maxsize = n < 0 ? 0 : n;  // CPython treats a negative maxsize as 0
        return true;
    };
    PyRef args = attr(d, "args");
    PyRef keywords = attr(d, "keywords");
    if (args && PyList_Size(args.get()) > 1) return std::nullopt;
    if (args && PyList_Size(args.get()) == 1 && !read_maxsize(PyList_GetItem(args.get(), 0))) return std::nullopt;
    for (Py_ssize_t i = 0; keywords && i < PyList_Size(keywords.get()); ++i) {
        PyObject* k = PyList_GetItem(keywords.get(), i);
        if (attr_is_none(k, "arg")) return std::nullopt;
        const std::string name = attr_string(k, "arg");
        PyRef value = attr(k, "value");
        if (name == "maxsize" && read_maxsize(value.get())) continue;
        if (name == "typed" && type_name(value.get()) == "Constant") continue;
        return std::nullopt;
    }
    return cache;
}

ast::StmtPtr AstBuilder::build_function(PyObject* node, bool in_function) {
    const SourceLoc loc = location_of(node);
    // A nested function (a closure: infer/lower_closures.cpp) is built like a module one; it has
    // no decorators of a class body.
    const bool was_in_method = in_method_;
    if (in_function) in_method_ = false;
    PyRef decorators = attr(node, "decorator_list");
    auto fn = std::make_unique<ast::FunctionDef>(loc);
    for (Py_ssize_t i = 0; decorators && i < PyList_Size(decorators.get()); ++i) {
        PyObject* d = PyList_GetItem(decorators.get(), i);
        // In a class body (build_class sets in_method_), @staticmethod makes a method without the object.
        const bool alone = in_method_ && i == 0 && PyList_Size(decorators.get()) == 1;
        if (alone && type_name(d) == "Name" && attr_string(d, "id") == "staticmethod") {
            fn->is_static = true;
            continue;
        }
        if (alone && type_name(d) == "Name" && attr_string(d, "id") == "classmethod") {
            fn->is_classmethod = true;
            continue;
        }
        if (alone && type_name(d) == "Name" && attr_string(d, "id") == "property") {
            fn->is_property = true;
            continue;
        }
        if (alone && type_name(d) == "Attribute" && attr_string(d, "attr") == "setter") {
            PyRef of = attr(d, "value");
            if (type_name(of.get()) == "Name") {
                setter_of_ = attr_string(of.get(), "id");  // build_function names the method __set_NAME__
                continue;
            }
        }
        if (!in_method_ && !in_function && !fn->cache)
            if (auto cache = cache_decorator(d)) {
                fn->cache = std::move(*cache);
                continue;
            }
        reject(location_of(d), "decorators are not supported",
               in_method_ ? "@staticmethod, @classmethod, @property and @NAME.setter are (alone)" : "remove the decorator");
        break;
    }
    fn->name = attr_string(node, "name");
    if (!setter_of_.empty()) {
        if (fn->name != setter_of_)
            reject(loc, fmt::format("the setter of property '{}' must be named '{}'", setter_of_, setter_of_), "");
        fn->name = "__set_" + setter_of_ + "__";
        setter_of_.clear();
    }
    fn->end_line = attr_int(node, "end_lineno");
    PyRef args = attr(node, "args");
    check_arguments(args.get(), loc, /*in_def=*/true);
    PyRef posonly = attr(args.get(), "posonlyargs");
    PyRef plain = attr(args.get(), "args");
    PyRef defaults = attr(args.get(), "defaults");
    std::vector<PyObject*> params;
    for (PyObject* list : {posonly.get(), plain.get()})
        for (Py_ssize_t i = 0; list && i < PyList_Size(list); ++i) params.push_back(PyList_GetItem(list, i));
    const Py_ssize_t n_defaults = defaults ? PyList_Size(defaults.get()) : 0;
    const Py_ssize_t first_default = static_cast<Py_ssize_t>(params.size()) - n_defaults;
    for (size_t i = 0; i < params.size(); ++i) {
        ast::Param p;
        p.loc = location_of(params[i]);
        p.name = attr_string(params[i], "arg");
        p.annotation = build_expr_field(params[i], "annotation");
        if (static_cast<Py_ssize_t>(i) >= first_default)
            p.default_value = build_expr(PyList_GetItem(defaults.get(), static_cast<Py_ssize_t>(i) - first_default));
        fn->params.push_back(std::move(p));
    }
    // *args follows the positional parameters; keyword-only parameters (after it or a bare `*`)
    // come last, each with its default or none (kw_defaults holds None for a required one).
    if (!attr_is_none(args.get(), "vararg")) {
        PyRef vararg = attr(args.get(), "vararg");
        ast::Param p;
        p.loc = location_of(vararg.get());
        p.name = attr_string(vararg.get(), "arg");
        p.annotation = build_expr_field(vararg.get(), "annotation");
        p.variadic = true;
        fn->params.push_back(std::move(p));
    }
    PyRef kwonly = attr(args.get(), "kwonlyargs");
    PyRef kw_defaults = attr(args.get(), "kw_defaults");
    for (Py_ssize_t i = 0; kwonly && i < PyList_Size(kwonly.get()); ++i) {
        PyObject* param = PyList_GetItem(kwonly.get(), i);
        ast::Param p;
        p.loc = location_of(param);
        p.name = attr_string(param, "arg");
        p.annotation = build_expr_field(param, "annotation");
        PyObject* default_value = kw_defaults && i < PyList_Size(kw_defaults.get()) ? PyList_GetItem(kw_defaults.get(), i) : nullptr;
        if (default_value && default_value != Py_None) p.default_value = build_expr(default_value);
        p.keyword_only = true;
        fn->params.push_back(std::move(p));
    }
    fn->returns = build_expr_field(node, "returns");
    PyRef body = attr(node, "body");
    ast::FunctionDef* enclosing = function_;
    function_ = fn.get();
    fn->body = build_block(body.get(), /*in_function=*/true);
    function_ = enclosing;
    in_method_ = was_in_method;
    if (!fn->body.empty() && fn->body.front()->kind == ast::StmtKind::ExprStmt) {
        const auto& e = fn->body.front()->as<ast::ExprStmt>();
        if (e.value->kind == ast::ExprKind::Constant &&
            std::holds_alternative<std::string>(e.value->as<ast::Constant>().value)) {
            fn->docstring = std::get<std::string>(e.value->as<ast::Constant>().value);
            fn->body.erase(fn->body.begin());
        }
    }
    return fn;
}

// A class at module level whose body is methods (with a docstring, `pass`); its base may only
// be `object`. Everything else in a class is a located diagnostic (the class is still built, so
// the diagnostics of its methods are reported too).
ast::StmtPtr AstBuilder::build_class(PyObject* node, SourceLoc loc, bool in_function) {
    if (in_function) {
        reject(loc, "classes must be defined at module level, not inside a function", "move the class to module level");
        return nullptr;
    }
    auto cls = std::make_unique<ast::ClassDef>(loc);
    cls->name = attr_string(node, "name");
    cls->end_line = attr_int(node, "end_lineno");
    PyRef decorators = attr(node, "decorator_list");
    DataclassOptions dataclass;
    for (Py_ssize_t i = 0; decorators && i < PyList_Size(decorators.get()); ++i) {
        PyObject* d = PyList_GetItem(decorators.get(), i);
        if (i == 0 && PyList_Size(decorators.get()) == 1 && read_dataclass_decorator(d, dataclass)) continue;
        reject(location_of(d), "class decorators other than @dataclass are not supported",
               "write the methods the decorator would generate");
        break;
    }
    PyRef bases = attr(node, "bases");
    for (Py_ssize_t i = 0; bases && i < PyList_Size(bases.get()); ++i) {
        PyObject* base = PyList_GetItem(bases.get(), i);
        if (type_name(base) == "Name" && attr_string(base, "id") == "object") continue;
        // A dotted name (np.linalg.LinAlgError) or a plain one.
        std::string dotted;
        for (PyObject* part = base;;) {
            const std::string kind = type_name(part);
            if (kind == "Name") {
                dotted = attr_string(part, "id") + (dotted.empty() ? "" : "." + dotted);
                break;
            }
            if (kind != "Attribute") {
                dotted.clear();
                break;
            }
            dotted = attr_string(part, "attr") + (dotted.empty() ? "" : "." + dotted);
            part = PyObject_GetAttrString(part, "value");
            Py_XDECREF(part);  // borrowed from `base`'s tree, which stays alive
        }
        if (dotted.empty() || !cls->base.empty()) {
            reject(location_of(base), dotted.empty() ? "a base class must be a name" : "multiple inheritance is not supported",
                   "exception classes may derive from one exception class");
            continue;
        }
        cls->base = dotted;
        cls->base_loc = location_of(base);
    }
    PyRef keywords = attr(node, "keywords");
    if (keywords && PyList_Size(keywords.get()) > 0)
        reject(loc, "class keywords (metaclass=...) are not supported", "remove them");
    PyRef body = attr(node, "body");
    for (Py_ssize_t i = 0; body && i < PyList_Size(body.get()); ++i) {
        PyObject* item = PyList_GetItem(body.get(), i);
        const std::string kind = type_name(item);
        const SourceLoc item_loc = location_of(item);
        if (kind == "FunctionDef") {
            in_method_ = true;
            auto method = build_function(item, /*in_function=*/false);
            in_method_ = false;
            if (!method) continue;
            auto* fn = static_cast<ast::FunctionDef*>(method.release());
            std::unique_ptr<ast::FunctionDef> owned(fn);
            owned->owner_class = cls->name;
            if (owned->is_static) {
                // no object parameter
            } else if (owned->params.empty() && owned->is_classmethod)
                reject(owned->loc, fmt::format("class method '{}' has no parameter for the class", owned->name),
                       "add 'cls' as its first parameter");
            else if (owned->params.empty())
                reject(owned->loc, fmt::format("method '{}' has no parameter for the object", owned->name),
                       "add 'self' as its first parameter, or make it a @staticmethod");
            else if (owned->params[0].default_value)
                reject(owned->params[0].loc, "the object parameter of a method cannot have a default value", "");
            if (cls->method(owned->name))
                reject(owned->loc, fmt::format("method '{}' is defined twice in class '{}'", owned->name, cls->name),
                       "give each method its own name");
            cls->methods.push_back(std::move(owned));
            continue;
        }
        if (kind == "Pass") continue;
        if (kind == "Expr" && i == 0) {  // the docstring
            PyRef value = attr(item, "value");
            if (type_name(value.get()) == "Constant" && PyUnicode_Check(attr(value.get(), "value").get())) {
                auto doc = build_expr(value.get());
                if (doc) cls->docstring = std::get<std::string>(doc->as<ast::Constant>().value);
                continue;
            }
        }
        if (kind == "Assign") {
            auto assign = build_assign(item, item_loc);
            auto& a = static_cast<ast::Assign&>(*assign);
            if (a.targets.size() != 1 || a.targets[0]->kind != ast::ExprKind::Name || !a.value) {
                reject(item_loc, "a class attribute must be assigned to one name", "write NAME = value");
                continue;
            }
            const std::string& name = a.targets[0]->as<ast::Name>().id;
            if (cls->has_attribute(name) || cls->method(name)) {
                reject(item_loc, fmt::format("class attribute '{}' is defined twice", name), "class attributes are constants in py2cpp");
                continue;
            }
            cls->attributes.emplace_back(static_cast<ast::Assign*>(assign.release()));
            continue;
        }
        if (kind == "AnnAssign" && dataclass.active) {
            add_dataclass_field(item, item_loc, dataclass);
            continue;
        }
        if (kind == "AnnAssign") {
            reject(item_loc, "annotated class attributes are not supported yet",
                   "assign the value to 'self.NAME' in __init__, or write NAME = value (a class constant)");
            continue;
        }
        reject(item_loc, fmt::format("a class body may only hold methods, not this statement ('{}')", kind), "");
    }
    if (dataclass.active) synthesize_dataclass_methods(*cls, dataclass);
    cls->is_dataclass = dataclass.active;
    return cls;
}

// ---- @dataclass: the methods the decorator generates, written as the AST of their Python -------

namespace {

ast::ExprPtr name_expr(SourceLoc loc, const std::string& id) { return std::make_unique<ast::Name>(loc, id); }

ast::ExprPtr self_field(SourceLoc loc, const std::string& object, const std::string& field) {
    return std::make_unique<ast::Attribute>(loc, name_expr(loc, object), field);
}

// (object.f1, object.f2, ...)
ast::ExprPtr fields_tuple(SourceLoc loc, const std::string& object, const std::vector<std::string>& fields) {
    auto t = std::make_unique<ast::Tuple>(loc);
    for (const auto& f : fields) t->elts.push_back(self_field(loc, object, f));
    return t;
}

std::unique_ptr<ast::FunctionDef> method_def(SourceLoc loc, const std::string& owner, const std::string& name,
                                             std::vector<std::string> params) {
    auto fn = std::make_unique<ast::FunctionDef>(loc);
    fn->name = name;
    fn->owner_class = owner;
    fn->end_line = loc.end_line;
    for (auto& p : params) {
        ast::Param param;
        param.loc = loc;
        param.name = std::move(p);
        fn->params.push_back(std::move(param));
    }
    return fn;
}

}  // namespace

// @dataclass, @dataclass(...), @dataclasses.dataclass(...): eq, order and frozen are read
// (frozen only documents: py2cpp's classes are not checked against assignment).
bool AstBuilder::read_dataclass_decorator(PyObject* d, DataclassOptions& options) {
    auto is_dataclass_name = [](PyObject* e) {
        const std::string kind = type_name(e);
        if (kind == "Name") return attr_string(e, "id") == "dataclass";
        if (kind == "Attribute") {
            PyRef value = attr(e, "value");
            return attr_string(e, "attr") == "dataclass" && type_name(value.get()) == "Name" && attr_string(value.get(), "id") == "dataclasses";
        }
        return false;
    };
    if (is_dataclass_name(d)) {
        options.active = true;
        return true;
    }
    if (type_name(d) != "Call") return false;
    PyRef func = attr(d, "func");
    if (!is_dataclass_name(func.get())) return false;
    options.active = true;
    PyRef keywords = attr(d, "keywords");
    for (Py_ssize_t i = 0; keywords && i < PyList_Size(keywords.get()); ++i) {
        PyObject* k = PyList_GetItem(keywords.get(), i);
        const std::string name = attr_string(k, "arg");
        PyRef value = attr(k, "value");
        const bool constant_bool = type_name(value.get()) == "Constant" && PyBool_Check(attr(value.get(), "value").get());
        const bool on = constant_bool && attr(value.get(), "value").get() == Py_True;
        if (!constant_bool || (name != "eq" && name != "order" && name != "frozen")) {
            reject(location_of(k), fmt::format("@dataclass({}=...) is not supported", name), "eq=, order= and frozen= with True or False are");
            continue;
        }
        if (name == "eq") options.eq = on;
        if (name == "order") options.order = on;
    }
    return true;
}

// The expression that makes a field's default from field(default_factory=F): F() for a class or
// function F (list, dict, set, a user class, a module function), the body of F for a `lambda:`
// without parameters (dataclasses calls F with no arguments each time an object is made).
ast::ExprPtr AstBuilder::dataclass_factory_call(PyObject* keyword) {
    PyRef value = attr(keyword, "value");
    const std::string kind = type_name(value.get());
    if (kind == "Lambda") {
        PyRef args = attr(value.get(), "args");
        PyRef positional = args ? attr(args.get(), "args") : PyRef();
        if (positional && PyList_Size(positional.get()) > 0) {
            reject(location_of(value.get()), "a default_factory is called without arguments",
                   "Python raises TypeError when the object is made: use `lambda: ...`");
            return nullptr;
        }
        return build_expr_field(value.get(), "body");
    }
    if (kind != "Name" && kind != "Attribute") {
        reject(location_of(value.get()), "this default_factory is not supported",
               "give a class (list, dict, set, a class of the module), a function or a `lambda:` without parameters");
        return nullptr;
    }
    auto call = std::make_unique<ast::Call>(location_of(value.get()));
    call->func = build_expr(value.get());
    return call;
}

// `name: type` or `name: type = default` (also `= field(default=...)`) in a dataclass body.
void AstBuilder::add_dataclass_field(PyObject* item, SourceLoc loc, DataclassOptions& options) {
    PyRef target = attr(item, "target");
    if (type_name(target.get()) != "Name") {
        reject(loc, "a dataclass field must be a name", "");
        return;
    }
    DataclassOptions::Field f;
    f.name = attr_string(target.get(), "id");
    f.loc = loc;
    PyRef value = attr(item, "value");
    if (value && value.get() != Py_None) {
        if (type_name(value.get()) == "Call") {
            PyRef func = attr(value.get(), "func");
            if (type_name(func.get()) == "Name" && attr_string(func.get(), "id") == "field") {
                PyRef keywords = attr(value.get(), "keywords");
                PyRef args = attr(value.get(), "args");
                for (Py_ssize_t i = 0; keywords && i < PyList_Size(keywords.get()); ++i) {
                    PyObject* k = PyList_GetItem(keywords.get(), i);
                    const std::string keyword = attr_string(k, "arg");
                    if (keyword == "default") {
                        f.default_value = build_expr_field(k, "value");
                    } else if (keyword == "default_factory") {
                        f.factory = dataclass_factory_call(k);
                        if (!f.factory) f.refused_default = true;
                    } else {
                        f.refused_default = true;
                        reject(location_of(k), fmt::format("field({}=...) is not supported yet", keyword),
                               "field(default=...) and field(default_factory=...) are supported");
                    }
                }
                if (f.default_value && f.factory) {
                    reject(loc, "cannot specify both default and default_factory", "Python raises ValueError when the class is defined");
                    f.refused_default = true;
                }
                if (args && PyList_Size(args.get()) > 0) reject(loc, "field() takes keyword arguments", "");
                options.fields.push_back(std::move(f));
                return;
            }
        }
        f.default_value = build_expr(value.get());
    }
    options.fields.push_back(std::move(f));
}

// __init__ (each field a parameter, with its default), __repr__ (Name(a=1, b='x')), __eq__
// (the fields as a tuple) and with order=True __lt__/__le__/__gt__/__ge__ — unless the class
// defines them itself, as dataclasses does.
void AstBuilder::synthesize_dataclass_methods(ast::ClassDef& cls, DataclassOptions& options) {
    const SourceLoc loc = cls.loc;
    std::vector<std::string> names;
    bool seen_default = false;
    for (const auto& f : options.fields) {
        names.push_back(f.name);
        if (f.default_value || f.factory || f.refused_default) seen_default = true;
        else if (seen_default)
            reject(f.loc, fmt::format("non-default argument '{}' follows default argument", f.name), "Python raises TypeError when the class is made");
    }
    auto add = [&](std::unique_ptr<ast::FunctionDef> fn) {
        if (cls.method(fn->name)) return;  // the class's own
        cls.methods.push_back(std::move(fn));
    };
    {
        std::vector<std::string> params = {"self"};
        params.insert(params.end(), names.begin(), names.end());
        auto init = method_def(loc, cls.name, "__init__", params);
        for (size_t i = 0; i < options.fields.size(); ++i) {
            auto& f = options.fields[i];
            init->params[i + 1].loc = f.loc;
            init->params[i + 1].default_value = std::move(f.default_value);
            auto assign = std::make_unique<ast::Assign>(f.loc);
            assign->targets.push_back(self_field(f.loc, "self", f.name));
            assign->value = name_expr(f.loc, f.name);
            if (f.factory) {
                // dataclasses' own __init__ has a private sentinel as the default and calls the
                // factory when it sees it; None stands for the sentinel here (an explicit None
                // argument also gets the factory's value, where Python would store None):
                //     if name is None: self.name = FACTORY
                //     else: self.name = name
                init->params[i + 1].default_value = std::make_unique<ast::Constant>(f.loc, ast::NoneValue{});
                auto is_missing = std::make_unique<ast::Compare>(f.loc);
                is_missing->left = name_expr(f.loc, f.name);
                is_missing->ops.push_back("is");
                is_missing->comparators.push_back(std::make_unique<ast::Constant>(f.loc, ast::NoneValue{}));
                auto make = std::make_unique<ast::Assign>(f.loc);
                make->targets.push_back(self_field(f.loc, "self", f.name));
                make->value = std::move(f.factory);
                auto choice = std::make_unique<ast::If>(f.loc);
                choice->test = std::move(is_missing);
                choice->body.push_back(std::move(make));
                choice->orelse.push_back(std::move(assign));
                init->body.push_back(std::move(choice));
                continue;
            }
            init->body.push_back(std::move(assign));
        }
        if (init->body.empty()) init->body.push_back(std::make_unique<ast::SimpleStmt>(ast::StmtKind::Pass, loc));
        add(std::move(init));
    }
    {
        auto repr = method_def(loc, cls.name, "__repr__", {"self"});
        auto text = std::make_unique<ast::JoinedStr>(loc);
        std::string literal = cls.name + "(";
        for (size_t i = 0; i < names.size(); ++i) {
            literal += (i ? ", " : "") + names[i] + "=";
            text->values.push_back(std::make_unique<ast::Constant>(loc, literal));
            literal.clear();
            auto value = std::make_unique<ast::FormattedValue>(loc);
            value->value = self_field(loc, "self", names[i]);
            value->conversion = 'r';
            text->values.push_back(std::move(value));
        }
        text->values.push_back(std::make_unique<ast::Constant>(loc, literal + ")"));
        repr->body.push_back(std::make_unique<ast::Return>(loc, std::move(text)));
        add(std::move(repr));
    }
    auto comparison = [&](const std::string& method, const std::string& op) {
        auto fn = method_def(loc, cls.name, method, {"self", "other"});
        auto cmp = std::make_unique<ast::Compare>(loc);
        cmp->left = fields_tuple(loc, "self", names);
        cmp->ops.push_back(op);
        cmp->comparators.push_back(fields_tuple(loc, "other", names));
        fn->body.push_back(std::make_unique<ast::Return>(loc, std::move(cmp)));
        add(std::move(fn));
    };
    if (options.eq) comparison("__eq__", "==");
    if (options.order)
        for (const auto& [method, op] : std::vector<std::pair<std::string, std::string>>{{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}})
            comparison(method, op);
}

ast::StmtPtr AstBuilder::build_assign(PyObject* node, SourceLoc loc) {
    auto s = std::make_unique<ast::Assign>(loc);
    s->targets = build_expr_list(node, "targets");
    s->value = build_expr_field(node, "value");
    return s;
}

ast::StmtPtr AstBuilder::build_if(PyObject* node, SourceLoc loc, bool in_function) {
    auto s = std::make_unique<ast::If>(loc);
    s->test = build_expr_field(node, "test");
    PyRef body = attr(node, "body");
    PyRef orelse = attr(node, "orelse");
    s->body = build_block(body.get(), in_function);
    s->orelse = build_block(orelse.get(), in_function);
    // CPython represents `elif` as an If alone in orelse, starting on a line of its own.
    if (s->orelse.size() == 1 && s->orelse.front()->kind == ast::StmtKind::If &&
        PyList_Size(orelse.get()) == 1) {
        SourceLoc inner = s->orelse.front()->loc;
        // "elif" starts 2 columns before the "if" that CPython records; an explicit `else: if` is indented.
        s->is_elif_chain = inner.col <= loc.col;
    }
    return s;
}

ast::StmtPtr AstBuilder::build_try(PyObject* node, SourceLoc loc, bool in_function) {
    auto s = std::make_unique<ast::Try>(loc);
    PyRef body = attr(node, "body");
    PyRef handlers = attr(node, "handlers");
    PyRef orelse = attr(node, "orelse");
    PyRef finalbody = attr(node, "finalbody");
    s->body = build_block(body.get(), in_function);
    for (Py_ssize_t i = 0; handlers && i < PyList_Size(handlers.get()); ++i) {
        PyObject* h = PyList_GetItem(handlers.get(), i);
        ast::ExceptHandler handler;
        handler.loc = location_of(h);
        handler.type = build_expr_field(h, "type");
        if (!attr_is_none(h, "name")) handler.name = attr_string(h, "name");
        PyRef handler_body = attr(h, "body");
        handler.body = build_block(handler_body.get(), in_function);
        s->handlers.push_back(std::move(handler));
    }
    s->orelse = build_block(orelse.get(), in_function);
    s->finalbody = build_block(finalbody.get(), in_function);
    return s;
}

ast::StmtPtr AstBuilder::build_import(PyObject* node, SourceLoc loc, bool is_from) {
    auto s = std::make_unique<ast::Import>(loc);
    s->is_from = is_from;
    std::string from_module = is_from ? attr_string(node, "module") : std::string();
    if (is_from && attr_int(node, "level") > 0) {
        reject(loc, "relative imports are not supported", "import library modules by their absolute name");
        return nullptr;
    }
    PyRef names = attr(node, "names");
    for (Py_ssize_t i = 0; names && i < PyList_Size(names.get()); ++i) {
        PyObject* alias = PyList_GetItem(names.get(), i);
        std::string name = attr_string(alias, "name");
        std::string asname = attr_string(alias, "asname");
        if (name == "*") {
            reject(loc, fmt::format("'from {} import *' is not supported", from_module),
                   "import the names you use explicitly");
            continue;
        }
        ast::Import::Binding b;
        if (is_from) {
            b.qualified_name = from_module + "." + name;
            b.local_name = asname.empty() ? name : asname;
        } else {
            b.qualified_name = name;
            // `import a.b` binds `a`; `import a.b as c` binds c to a.b.
            b.local_name = asname.empty() ? name.substr(0, name.find('.')) : asname;
            if (asname.empty()) b.qualified_name = b.local_name;
        }
        s->bindings.push_back(std::move(b));
    }
    return s;
}

// ---- expressions ------------------------------------------------------------------------------

ast::ExprPtr AstBuilder::build_expr_field(PyObject* node, const char* field) {
    PyRef value = attr(node, field);
    if (!value || value.get() == Py_None) return nullptr;
    return build_expr(value.get());
}

std::vector<ast::ExprPtr> AstBuilder::build_expr_list(PyObject* node, const char* field) {
    std::vector<ast::ExprPtr> out;
    PyRef list = attr(node, field);
    for (Py_ssize_t i = 0; list && PyList_Check(list.get()) && i < PyList_Size(list.get()); ++i) {
        auto e = build_expr(PyList_GetItem(list.get(), i));
        if (e) out.push_back(std::move(e));
    }
    return out;
}

ast::ExprPtr AstBuilder::build_constant(PyObject* node, SourceLoc loc) {
    PyRef value = attr(node, "value");
    PyObject* v = value.get();
    if (v == Py_None) return std::make_unique<ast::Constant>(loc, ast::NoneValue{});
    if (v == Py_Ellipsis) return std::make_unique<ast::Constant>(loc, ast::EllipsisValue{});
    if (PyBool_Check(v)) return std::make_unique<ast::Constant>(loc, v == Py_True);
    if (PyLong_Check(v)) {
        int overflow = 0;
        long long n = PyLong_AsLongLongAndOverflow(v, &overflow);
        if (overflow != 0) {
            reject(loc, "integer literal does not fit in 64 bits", "compiled ints are 64-bit; use a float literal if an approximation is fine");
            return nullptr;
        }
        return std::make_unique<ast::Constant>(loc, static_cast<std::int64_t>(n));
    }
    if (PyFloat_Check(v)) return std::make_unique<ast::Constant>(loc, PyFloat_AsDouble(v));
    if (PyUnicode_Check(v)) {
        Py_ssize_t size = 0;
        const char* utf8 = PyUnicode_AsUTF8AndSize(v, &size);
        if (!utf8) {
            PyErr_Clear();
            reject(loc, "string literal is not valid UTF-8", "remove lone surrogates from the string");
            return nullptr;
        }
        return std::make_unique<ast::Constant>(loc, std::string(utf8, static_cast<size_t>(size)));
    }
    if (PyComplex_Check(v)) return std::make_unique<ast::Constant>(loc, ast::ComplexValue{PyComplex_RealAsDouble(v), PyComplex_ImagAsDouble(v)});
    if (PyBytes_Check(v)) {
        reject(loc, "bytes literals are not supported", "use str constants");
        return nullptr;
    }
    reject(loc, fmt::format("unsupported constant of type '{}'", type_name(v)), "");
    return nullptr;
}

ast::ExprPtr AstBuilder::build_call(PyObject* node, SourceLoc loc) {
    auto call = std::make_unique<ast::Call>(loc);
    call->func = build_expr_field(node, "func");
    call->args = build_expr_list(node, "args");
    PyRef keywords = attr(node, "keywords");
    for (Py_ssize_t i = 0; keywords && i < PyList_Size(keywords.get()); ++i) {
        PyObject* kw = PyList_GetItem(keywords.get(), i);
        ast::Keyword k;
        k.loc = location_of(kw);
        k.name = attr_string(kw, "arg");
        if (k.name.empty()) {
            reject(k.loc, "'**' argument unpacking is not supported", "pass the keyword arguments explicitly");
            continue;
        }
        k.value = build_expr_field(kw, "value");
        if (k.value) call->keywords.push_back(std::move(k));
    }
    if (!call->func) return nullptr;
    return call;
}

ast::ExprPtr AstBuilder::build_compare(PyObject* node, SourceLoc loc) {
    auto cmp = std::make_unique<ast::Compare>(loc);
    cmp->left = build_expr_field(node, "left");
    PyRef ops = attr(node, "ops");
    for (Py_ssize_t i = 0; ops && i < PyList_Size(ops.get()); ++i)
        cmp->ops.push_back(operator_symbol(PyList_GetItem(ops.get(), i)));
    cmp->comparators = build_expr_list(node, "comparators");
    if (!cmp->left || cmp->comparators.size() != cmp->ops.size()) return nullptr;
    return cmp;
}

ast::ExprPtr AstBuilder::build_formatted_value(PyObject* node, SourceLoc loc) {
    auto fv = std::make_unique<ast::FormattedValue>(loc);
    fv->value = build_expr_field(node, "value");
    int conversion = attr_int(node, "conversion");
    fv->conversion = conversion > 0 ? static_cast<char>(conversion) : 0;
    PyRef spec = attr(node, "format_spec");
    if (spec && spec.get() != Py_None) {
        PyRef parts = attr(spec.get(), "values");
        for (Py_ssize_t i = 0; parts && i < PyList_Size(parts.get()); ++i) {
            PyObject* part = PyList_GetItem(parts.get(), i);
            PyRef value = attr(part, "value");
            if (type_name(part) != std::string("Constant") || !value || !PyUnicode_Check(value.get())) {
                reject(loc, "nested replacement fields in a format spec are not supported",
                       "write the format spec as a literal, e.g. {x:.3f}");
                return nullptr;
            }
            fv->format_spec += PyUnicode_AsUTF8(value.get());
        }
    }
    if (!fv->value) return nullptr;
    return fv;
}

ast::ExprPtr AstBuilder::build_fstring(PyObject* node, SourceLoc loc) {
    auto js = std::make_unique<ast::JoinedStr>(loc);
    js->values = build_expr_list(node, "values");
    return js;
}

ast::ExprPtr AstBuilder::build_expr(PyObject* node) {
    if (expr_depth_ >= kMaxExpressionDepth) {
        if (!reported_too_deep_)  // once: the parts of one deep expression would each report
            diags_.error(location_of(node), fmt::format("expression too deeply nested (more than {} levels)", kMaxExpressionDepth),
                         "split the expression into several statements");
        reported_too_deep_ = true;
        return nullptr;
    }
    ++expr_depth_;
    ast::ExprPtr out = build_expr_node(node);
    --expr_depth_;
    return out;
}

ast::ExprPtr AstBuilder::build_expr_node(PyObject* node) {
    const std::string kind = type_name(node);
    const SourceLoc loc = location_of(node);
    if (auto it = unsupported_expressions().find(kind); it != unsupported_expressions().end()) {
        reject(loc, it->second.message, it->second.hint);
        return nullptr;
    }
    if (kind == "Constant") return build_constant(node, loc);
    if (kind == "Name") return std::make_unique<ast::Name>(loc, attr_string(node, "id"));
    if (kind == "BinOp") {
        PyRef op = attr(node, "op");
        auto left = build_expr_field(node, "left");
        auto right = build_expr_field(node, "right");
        if (!left || !right) return nullptr;
        return std::make_unique<ast::BinOp>(loc, operator_symbol(op.get()), std::move(left), std::move(right));
    }
    if (kind == "UnaryOp") {
        PyRef op = attr(node, "op");
        auto operand = build_expr_field(node, "operand");
        if (!operand) return nullptr;
        return std::make_unique<ast::UnaryOp>(loc, operator_symbol(op.get()), std::move(operand));
    }
    if (kind == "BoolOp") {
        PyRef op = attr(node, "op");
        auto b = std::make_unique<ast::BoolOp>(loc, operator_symbol(op.get()));
        b->values = build_expr_list(node, "values");
        if (b->values.size() < 2) return nullptr;
        return b;
    }
    if (kind == "Compare") return build_compare(node, loc);
    if (kind == "Call") return build_call(node, loc);
    if (kind == "Attribute") {
        auto value = build_expr_field(node, "value");
        if (!value) return nullptr;
        return std::make_unique<ast::Attribute>(loc, std::move(value), attr_string(node, "attr"));
    }
    if (kind == "Subscript") {
        auto value = build_expr_field(node, "value");
        auto index = build_expr_field(node, "slice");
        if (!value || !index) return nullptr;
        return std::make_unique<ast::Subscript>(loc, std::move(value), std::move(index));
    }
    if (kind == "Slice") {
        auto s = std::make_unique<ast::Slice>(loc);
        s->lower = build_expr_field(node, "lower");
        s->upper = build_expr_field(node, "upper");
        s->step = build_expr_field(node, "step");
        return s;
    }
    if (kind == "Dict") {
        PyRef keys = attr(node, "keys");
        PyRef values = attr(node, "values");
        auto d = std::make_unique<ast::Dict>(loc);
        for (Py_ssize_t i = 0; keys && values && PyList_Check(keys.get()) && i < PyList_Size(keys.get()); ++i) {
            PyObject* key = PyList_GetItem(keys.get(), i);
            PyObject* value = PyList_GetItem(values.get(), i);
            if (key == Py_None) {  // {**other}
                reject(location_of(value), "dict unpacking ('**mapping') in a dict display is not supported",
                       "start from a copy and add the entries with update()");
                return nullptr;
            }
            auto k = build_expr(key);
            auto v = build_expr(value);
            if (!k || !v) return nullptr;
            d->keys.push_back(std::move(k));
            d->values.push_back(std::move(v));
        }
        return d;
    }
    if (kind == "Starred") {
        auto s = std::make_unique<ast::Starred>(loc);
        s->value = build_expr_field(node, "value");
        if (!s->value) return nullptr;
        return s;
    }
    if (kind == "Tuple" || kind == "List" || kind == "Set") {
        auto elts = build_expr_list(node, "elts");
        if (kind == "Set") {
            auto set = std::make_unique<ast::Set>(loc);
            set->elts = std::move(elts);
            return set;
        }
        if (kind == "Tuple") {
            auto t = std::make_unique<ast::Tuple>(loc);
            t->elts = std::move(elts);
            return t;
        }
        auto l = std::make_unique<ast::List>(loc);
        l->elts = std::move(elts);
        return l;
    }
    if (kind == "ListComp" || kind == "GeneratorExp" || kind == "SetComp" || kind == "DictComp") {
        using Builds = ast::Comprehension::Builds;
        auto c = std::make_unique<ast::Comprehension>(loc);
        c->builds = kind == "ListComp" ? Builds::List : kind == "GeneratorExp" ? Builds::Generator : kind == "SetComp" ? Builds::Set : Builds::Dict;
        if (c->builds == Builds::Dict) {
            c->key = build_expr_field(node, "key");
            c->elt = build_expr_field(node, "value");
            if (!c->key) return nullptr;
        } else {
            c->elt = build_expr_field(node, "elt");
        }
        if (!c->elt) return nullptr;
        PyRef generators = attr(node, "generators");
        const Py_ssize_t n = generators ? PyList_Size(generators.get()) : 0;
        for (Py_ssize_t i = 0; i < n; ++i) {
            PyObject* g = PyList_GetItem(generators.get(), i);  // borrowed
            PyRef is_async = attr(g, "is_async");
            if (is_async && PyObject_IsTrue(is_async.get()) == 1) {
                reject(loc, "asynchronous comprehensions are not supported", "numerical code must be synchronous");
                return nullptr;
            }
            ast::Comprehension::Clause clause;
            clause.target = build_expr_field(g, "target");
            clause.iter = build_expr_field(g, "iter");
            clause.ifs = build_expr_list(g, "ifs");
            if (!clause.target || !clause.iter) return nullptr;
            c->clauses.push_back(std::move(clause));
        }
        return c;
    }
    if (kind == "Lambda") {
        auto l = std::make_unique<ast::Lambda>(loc);
        PyRef args = attr(node, "args");
        check_arguments(args.get(), loc, /*in_def=*/false);
        PyRef defaults = attr(args.get(), "defaults");
        for (const char* field : {"posonlyargs", "args"}) {
            PyRef list = attr(args.get(), field);
            for (Py_ssize_t i = 0; list && i < PyList_Size(list.get()); ++i) {
                PyObject* p = PyList_GetItem(list.get(), i);  // borrowed
                l->params.push_back(attr_string(p, "arg"));
                l->param_locs.push_back(location_of(p));
            }
        }
        l->body = build_expr_field(node, "body");
        if (!l->body) return nullptr;
        auto fn = std::make_shared<ast::FunctionDef>(loc);
        fn->name = "<lambda>";
        fn->end_line = attr_int(node, "end_lineno");
        // Defaults (`lambda x, k=k: ...`) belong to the function value: evaluated where the lambda is.
        const Py_ssize_t n_defaults = defaults ? PyList_Size(defaults.get()) : 0;
        const Py_ssize_t first_default = static_cast<Py_ssize_t>(l->params.size()) - n_defaults;
        for (size_t i = 0; i < l->params.size(); ++i) {
            ast::Param p;
            p.loc = l->param_locs[i];
            p.name = l->params[i];
            if (static_cast<Py_ssize_t>(i) >= first_default)
                p.default_value = build_expr(PyList_GetItem(defaults.get(), static_cast<Py_ssize_t>(i) - first_default));
            fn->params.push_back(std::move(p));
        }
        ast::ExprPtr value = build_expr_field(node, "body");  // a second tree of the same node
        const SourceLoc value_loc = value->loc;
        fn->body.push_back(std::make_unique<ast::Return>(value_loc, std::move(value)));
        l->function = std::move(fn);
        return l;
    }
    if (kind == "IfExp") {
        auto e = std::make_unique<ast::IfExp>(loc);
        e->test = build_expr_field(node, "test");
        e->body = build_expr_field(node, "body");
        e->orelse = build_expr_field(node, "orelse");
        if (!e->test || !e->body || !e->orelse) return nullptr;
        return e;
    }
    if (kind == "JoinedStr") return build_fstring(node, loc);
    if (kind == "FormattedValue") return build_formatted_value(node, loc);
    reject(loc, fmt::format("unsupported expression '{}'", kind), "rewrite it with the supported subset (see README)");
    return nullptr;
}

}  // namespace py2cpp
