// Module-level name resolution and entry signatures (see module_symbols.hpp).
#include "sema/module_symbols.hpp"

#include <functional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ir/exceptions.hpp"
#include "sema/closures.hpp"

namespace py2cpp {
namespace {

bool is_main_guard(const ast::Stmt& s) {
    if (s.kind != ast::StmtKind::If) return false;
    const auto& test = *s.as<ast::If>().test;
    if (test.kind != ast::ExprKind::Compare) return false;
    const auto& cmp = test.as<ast::Compare>();
    if (cmp.ops.size() != 1 || cmp.ops[0] != "==") return false;
    auto is_name = [](const ast::Expr& e) { return e.kind == ast::ExprKind::Name && e.as<ast::Name>().id == "__name__"; };
    auto is_main = [](const ast::Expr& e) {
        return e.kind == ast::ExprKind::Constant && std::holds_alternative<std::string>(e.as<ast::Constant>().value) &&
               std::get<std::string>(e.as<ast::Constant>().value) == "__main__";
    };
    return (is_name(*cmp.left) && is_main(*cmp.comparators[0])) || (is_main(*cmp.left) && is_name(*cmp.comparators[0]));
}

std::string strip(const std::string& s) {
    size_t b = s.find_first_not_of(" \t");
    size_t e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

void add_annotation_entry(const ast::FunctionDef& fn, ModuleSymbols& symbols) {
    if (fn.params.empty() && !fn.returns) return;
    EntrySignature sig{fn.name, {}, fn.loc, "annotation"};
    for (const auto& p : fn.params) {
        if (!p.annotation || p.variadic) return;  // partially annotated, or *args: not an entry point by itself
        auto t = annotation_type(*p.annotation);
        if (!t) return;
        sig.params.push_back(*t);
    }
    symbols.entries.push_back(std::move(sig));
}

// Names the compiler itself implements rather than a mapping table: the front end reads
// @dataclass and field(...) in class bodies, and annotations name typing's generics (Optional,
// List, Dict...), which only annotations use.
bool compiler_handled(const std::string& qualified) {
    return qualified == "dataclasses" || qualified == "dataclasses.dataclass" || qualified == "dataclasses.field" ||
           qualified == "functools" || qualified == "functools.lru_cache" || qualified == "functools.cache" ||
           qualified == "typing" || qualified.rfind("typing.", 0) == 0;
}

// The class attributes some statement assigns through their class (`Counter.count += 1`),
// recorded in `rebound_globals` under "C.NAME".
void collect_class_attribute_stores(const ast::Module& module, ModuleSymbols& symbols) {
    auto record = [&](const ast::Expr& target) {
        if (target.kind != ast::ExprKind::Attribute) return;
        const auto& a = target.as<ast::Attribute>();
        if (a.value->kind != ast::ExprKind::Name) return;
        auto cls = symbols.classes.find(a.value->as<ast::Name>().id);
        if (cls == symbols.classes.end()) return;
        // (through a derived class, Python makes a new attribute of it: refused when lowering)
        if (cls->second->has_attribute(a.attr)) symbols.rebound_globals.insert(cls->first + "." + a.attr);
    };
    std::function<void(const ast::Block&)> walk = [&](const ast::Block& block) {
        for (const auto& st : block) {
            const ast::Stmt& s = *st;
            switch (s.kind) {
                case ast::StmtKind::Assign:
                    for (const auto& t : s.as<ast::Assign>().targets) record(*t);
                    break;
                case ast::StmtKind::AugAssign: record(*s.as<ast::AugAssign>().target); break;
                case ast::StmtKind::AnnAssign: record(*s.as<ast::AnnAssign>().target); break;
                case ast::StmtKind::For: walk(s.as<ast::For>().body); walk(s.as<ast::For>().orelse); break;
                case ast::StmtKind::While: walk(s.as<ast::While>().body); walk(s.as<ast::While>().orelse); break;
                case ast::StmtKind::If: walk(s.as<ast::If>().body); walk(s.as<ast::If>().orelse); break;
                case ast::StmtKind::With: walk(s.as<ast::With>().body); break;
                case ast::StmtKind::Try: {
                    const auto& t = s.as<ast::Try>();
                    walk(t.body);
                    walk(t.orelse);
                    walk(t.finalbody);
                    for (const auto& h : t.handlers) walk(h.body);
                    break;
                }
                case ast::StmtKind::FunctionDef: walk(s.as<ast::FunctionDef>().body); break;
                case ast::StmtKind::ClassDef:
                    for (const auto& m : s.as<ast::ClassDef>().methods) walk(m->body);
                    break;
                default: break;
            }
        }
    };
    walk(module.body);
}

void collect_imports(const ast::Import& imp, const MappingTables& tables, ModuleSymbols& symbols, Diagnostics& diags) {
    for (const auto& b : imp.bindings) {
        if (compiler_handled(b.qualified_name)) {
            symbols.imports[b.local_name] = b.qualified_name;
            continue;
        }
        // (exception classes of libraries, `from numpy.linalg import LinAlgError`, are ir/exceptions.cpp's)
        bool known = tables.knows_module(b.qualified_name) || tables.find_function(b.qualified_name) ||
                     tables.find_constant(b.qualified_name) || exception_cpp_class(b.qualified_name);
        if (!known) {
            std::string module = b.qualified_name.substr(0, b.qualified_name.find('.'));
            if (!tables.knows_module(module))
                diags.error(imp.loc, fmt::format("no mapping table for module '{}'", module),
                            fmt::format("modules with mapping tables: {}; add a table with --mappings FILE (mappings/README.md)",
                                        fmt::join(tables.top_level_modules(), ", ")));
            else
                diags.error(imp.loc, fmt::format("'{}' is not in the mapping tables", b.qualified_name),
                            "add it to a table under mappings/ or pass one with --mappings FILE");
            continue;
        }
        symbols.imports[b.local_name] = b.qualified_name;
    }
}

void count_target_bindings(const ast::Expr& target, std::map<std::string, int>& count) {
    switch (target.kind) {
        case ast::ExprKind::Name: ++count[target.as<ast::Name>().id]; break;
        case ast::ExprKind::Tuple:
            for (const auto& e : target.as<ast::Tuple>().elts) count_target_bindings(*e, count);
            break;
        case ast::ExprKind::List:
            for (const auto& e : target.as<ast::List>().elts) count_target_bindings(*e, count);
            break;
        case ast::ExprKind::Starred: count_target_bindings(*target.as<ast::Starred>().value, count); break;
        default: break;  // a subscript or attribute binds no name
    }
}

// How many times module-level code binds each name (assignments, augmented assignments, loop
// targets, `except ... as`, in nested blocks too; not inside functions or classes): a name bound
// once, by a plain assignment, is a module constant.
void count_bindings(const ast::Block& block, std::map<std::string, int>& count) {
    for (const auto& s : block) {
        switch (s->kind) {
            case ast::StmtKind::Assign:
                for (const auto& t : s->as<ast::Assign>().targets) count_target_bindings(*t, count);
                break;
            case ast::StmtKind::AugAssign: count_target_bindings(*s->as<ast::AugAssign>().target, count); break;
            case ast::StmtKind::AnnAssign: count_target_bindings(*s->as<ast::AnnAssign>().target, count); break;
            case ast::StmtKind::For:
                count_target_bindings(*s->as<ast::For>().target, count);
                count_bindings(s->as<ast::For>().body, count);
                count_bindings(s->as<ast::For>().orelse, count);
                break;
            case ast::StmtKind::While:
                count_bindings(s->as<ast::While>().body, count);
                count_bindings(s->as<ast::While>().orelse, count);
                break;
            case ast::StmtKind::If:
                count_bindings(s->as<ast::If>().body, count);
                count_bindings(s->as<ast::If>().orelse, count);
                break;
            case ast::StmtKind::With:
                for (const auto& item : s->as<ast::With>().items)
                    if (item.target) count_target_bindings(*item.target, count);
                count_bindings(s->as<ast::With>().body, count);
                break;
            case ast::StmtKind::Try: {
                const auto& t = s->as<ast::Try>();
                count_bindings(t.body, count);
                for (const auto& h : t.handlers) {
                    if (!h.name.empty()) ++count[h.name];
                    count_bindings(h.body, count);
                }
                count_bindings(t.orelse, count);
                count_bindings(t.finalbody, count);
                break;
            }
            case ast::StmtKind::Delete:
                for (const auto& t : s->as<ast::Delete>().targets) count_target_bindings(*t, count);
                break;
            default: break;
        }
    }
}

// The names an expression reads (an over-approximation: a comprehension's or lambda's own names
// count too).
void names_read(const ast::Expr* e, std::set<std::string>& out) {
    if (!e) return;
    auto all = [&](const std::vector<ast::ExprPtr>& list) {
        for (const auto& x : list) names_read(x.get(), out);
    };
    switch (e->kind) {
        case ast::ExprKind::Constant: break;
        case ast::ExprKind::Name: out.insert(e->as<ast::Name>().id); break;
        case ast::ExprKind::BinOp: names_read(e->as<ast::BinOp>().left.get(), out); names_read(e->as<ast::BinOp>().right.get(), out); break;
        case ast::ExprKind::UnaryOp: names_read(e->as<ast::UnaryOp>().operand.get(), out); break;
        case ast::ExprKind::BoolOp: all(e->as<ast::BoolOp>().values); break;
        case ast::ExprKind::Compare: names_read(e->as<ast::Compare>().left.get(), out); all(e->as<ast::Compare>().comparators); break;
        case ast::ExprKind::Call:
            names_read(e->as<ast::Call>().func.get(), out);
            all(e->as<ast::Call>().args);
            for (const auto& k : e->as<ast::Call>().keywords) names_read(k.value.get(), out);
            break;
        case ast::ExprKind::Attribute: names_read(e->as<ast::Attribute>().value.get(), out); break;
        case ast::ExprKind::Subscript: names_read(e->as<ast::Subscript>().value.get(), out); names_read(e->as<ast::Subscript>().index.get(), out); break;
        case ast::ExprKind::Tuple: all(e->as<ast::Tuple>().elts); break;
        case ast::ExprKind::List: all(e->as<ast::List>().elts); break;
        case ast::ExprKind::IfExp:
            names_read(e->as<ast::IfExp>().test.get(), out);
            names_read(e->as<ast::IfExp>().body.get(), out);
            names_read(e->as<ast::IfExp>().orelse.get(), out);
            break;
        case ast::ExprKind::JoinedStr: all(e->as<ast::JoinedStr>().values); break;
        case ast::ExprKind::FormattedValue: names_read(e->as<ast::FormattedValue>().value.get(), out); break;
        case ast::ExprKind::Slice:
            names_read(e->as<ast::Slice>().lower.get(), out);
            names_read(e->as<ast::Slice>().upper.get(), out);
            names_read(e->as<ast::Slice>().step.get(), out);
            break;
        case ast::ExprKind::Comprehension: {
            const auto& c = e->as<ast::Comprehension>();
            names_read(c.key.get(), out);
            names_read(c.elt.get(), out);
            for (const auto& clause : c.clauses) {
                names_read(clause.iter.get(), out);
                all(clause.ifs);
            }
            break;
        }
        case ast::ExprKind::Starred: names_read(e->as<ast::Starred>().value.get(), out); break;
        case ast::ExprKind::Dict: all(e->as<ast::Dict>().keys); all(e->as<ast::Dict>().values); break;
        case ast::ExprKind::Set: all(e->as<ast::Set>().elts); break;
        case ast::ExprKind::Lambda: names_read(e->as<ast::Lambda>().body.get(), out); break;
    }
}

}  // namespace

std::optional<Type> annotation_type(const ast::Expr& a, const AnnotationNames& names) {
    auto named = [&](const std::string& id) -> std::optional<Type> {
        if (auto t = parse_type_name(id)) return t;
        return names ? names(id) : std::nullopt;
    };
    switch (a.kind) {
        case ast::ExprKind::Name: return named(a.as<ast::Name>().id);
        case ast::ExprKind::Constant:
            if (std::holds_alternative<ast::NoneValue>(a.as<ast::Constant>().value)) return Type::none();
            if (auto s = std::get_if<std::string>(&a.as<ast::Constant>().value)) return named(*s);
            return std::nullopt;
        case ast::ExprKind::BinOp: {  // `float | None`: a value that may be None
            const auto& b = a.as<ast::BinOp>();
            if (b.op != "|") return std::nullopt;
            auto left = annotation_type(*b.left, names);
            auto right = annotation_type(*b.right, names);
            if (!left || !right) return std::nullopt;
            if (left->is(TypeKind::None) != right->is(TypeKind::None)) return Type::optional(left->is(TypeKind::None) ? *right : *left);
            return std::nullopt;
        }
        case ast::ExprKind::Subscript: {
            const auto& sub = a.as<ast::Subscript>();
            std::string head;
            if (sub.value->kind == ast::ExprKind::Name) head = sub.value->as<ast::Name>().id;
            // typing.Optional[int], t.List[float]
            else if (sub.value->kind == ast::ExprKind::Attribute && sub.value->as<ast::Attribute>().value->kind == ast::ExprKind::Name)
                head = sub.value->as<ast::Attribute>().attr;
            else return std::nullopt;
            if (head == "Optional") {  // Optional[float]
                auto value = annotation_type(*sub.index, names);
                if (!value || value->is(TypeKind::None)) return std::nullopt;
                return Type::optional(*value);
            }
            if (head == "list" || head == "List" || head == "set" || head == "Set" || head == "frozenset" || head == "FrozenSet") {
                auto element = annotation_type(*sub.index, names);  // list[float], set[int]
                if (!element) return std::nullopt;
                if (head == "set" || head == "Set") return Type::set(*element);
                if (head == "frozenset" || head == "FrozenSet") return Type::frozenset(*element);
                return Type::list(*element);
            }
            if (head == "dict" || head == "Dict" || head == "defaultdict" || head == "DefaultDict") {  // dict[str, float]
                if (sub.index->kind != ast::ExprKind::Tuple || sub.index->as<ast::Tuple>().elts.size() != 2) return std::nullopt;
                auto key = annotation_type(*sub.index->as<ast::Tuple>().elts[0], names);
                auto value = annotation_type(*sub.index->as<ast::Tuple>().elts[1], names);
                if (!key || !value) return std::nullopt;
                return head == "dict" || head == "Dict" ? Type::dict(*key, *value) : Type::defaultdict(*key, *value);
            }
            if (head == "Counter") {  // Counter[str]
                auto key = annotation_type(*sub.index, names);
                if (!key) return std::nullopt;
                return Type::counter(*key);
            }
            if (head != "tuple" && head != "Tuple") return std::nullopt;
            std::vector<Type> elements;
            if (sub.index->kind == ast::ExprKind::Tuple) {
                for (const auto& e : sub.index->as<ast::Tuple>().elts) {
                    auto t = annotation_type(*e, names);
                    if (!t) return std::nullopt;
                    elements.push_back(*t);
                }
            } else {
                auto t = annotation_type(*sub.index, names);
                if (!t) return std::nullopt;
                elements.push_back(*t);
            }
            return Type::tuple(std::move(elements));
        }
        default: return std::nullopt;
    }
}

std::optional<EntrySignature> parse_signature(const std::string& raw, std::string& error) {
    std::string text = strip(raw);
    size_t open = text.find('(');
    if (open == std::string::npos || text.back() != ')') {
        error = "expected NAME(TYPE, ...)";
        return std::nullopt;
    }
    EntrySignature sig;
    sig.function = strip(text.substr(0, open));
    if (sig.function.empty()) {
        error = "missing function name";
        return std::nullopt;
    }
    std::string inner = text.substr(open + 1, text.size() - open - 2);
    // Split at top-level commas (tuple[...] may hold commas).
    int depth = 0;
    std::string current;
    std::vector<std::string> parts;
    for (char c : inner) {
        if (c == '[' || c == '(') ++depth;
        if (c == ']' || c == ')') --depth;
        if (c == ',' && depth == 0) { parts.push_back(current); current.clear(); }
        else current += c;
    }
    if (!strip(current).empty() || !parts.empty()) parts.push_back(current);
    for (const auto& p : parts) {
        auto t = parse_type_name(p);
        if (!t) {
            error = fmt::format("unknown type '{}'", strip(p));
            return std::nullopt;
        }
        if (t->max_array_rank() > kMaxSupportedRank) {
            error = fmt::format("'{}': arrays of rank {} are not supported (py2cpp handles ranks 1 to {})", strip(p),
                                t->max_array_rank(), kMaxSupportedRank);
            return std::nullopt;
        }
        sig.params.push_back(*t);
    }
    return sig;
}

std::optional<std::string> ModuleSymbols::exception_base(const std::string& name) const {
    for (const auto& e : exception_classes)
        if (e.name == name) return e.base;
    return builtin_exception_base(name);
}

bool ModuleSymbols::exception_derives(const std::string& cls, const std::string& base) const {
    std::optional<std::string> c = cls;
    for (int guard = 0; c && guard < 64; ++guard, c = exception_base(*c))
        if (*c == base) return true;
    return false;
}

ModuleSymbols analyze_module(const ast::Module& module, const MappingTables& tables,
                             const std::vector<std::string>& sig_options, Diagnostics& diags) {
    ModuleSymbols symbols;
    std::map<std::string, int> assignment_count;
    count_bindings(module.body, assignment_count);
    for (const auto& [name, n] : assignment_count)
        if (n > 1) symbols.module_variables.insert(name);
    for (const auto& s : module.body) {
        switch (s->kind) {
            case ast::StmtKind::FunctionDef: {
                const auto& fn = s->as<ast::FunctionDef>();
                if (symbols.functions.count(fn.name))
                    diags.error(fn.loc, fmt::format("function '{}' is defined twice", fn.name), "give each function its own name");
                else if (symbols.classes.count(fn.name))
                    diags.error(fn.loc, fmt::format("'{}' is defined twice", fn.name), "give each class and function its own name");
                symbols.functions[fn.name] = &fn;
                add_annotation_entry(fn, symbols);
                break;
            }
            case ast::StmtKind::ClassDef: {
                const auto& cls = s->as<ast::ClassDef>();
                if (symbols.classes.count(cls.name) || symbols.functions.count(cls.name) || symbols.is_exception_class(cls.name))
                    diags.error(cls.loc, fmt::format("'{}' is defined twice", cls.name), "give each class and function its own name");
                if (!cls.base.empty() && symbols.classes.count(cls.base)) {  // a class of the module (defined before)
                    // A dataclass's generated __init__ would have to take the base's fields first.
                    if (cls.is_dataclass || symbols.classes.at(cls.base)->is_dataclass)
                        diags.error(cls.base_loc, "a dataclass deriving from a class, or derived from, is not supported yet",
                                    "write __init__ by hand in one of the classes, or use one dataclass with all the fields");
                    symbols.class_bases[cls.name] = cls.base;
                    if (symbols.is_exception_class(cls.base)) symbols.exception_classes.push_back({cls.name, cls.base, &cls});
                } else if (!cls.base.empty()) {
                    // Otherwise only an exception class deriving from a built-in one: a class of the
                    // module whose objects are exceptions (the root of its hierarchy derives from
                    // the built-in class's runtime class).
                    std::string base = cls.base;
                    const std::string head = base.substr(0, base.find('.'));
                    if (auto imp = symbols.imports.find(head); imp != symbols.imports.end()) base = imp->second + base.substr(head.size());
                    if (!exception_cpp_class(base)) {
                        diags.error(cls.base_loc, fmt::format("base class '{}' is not a class of this module defined before '{}'", cls.base, cls.name),
                                    "classes may derive from a class defined earlier in the module (single inheritance), and exception "
                                    "classes from an exception class");
                        break;
                    }
                    if (cls.is_dataclass) {
                        diags.error(cls.base_loc, "a dataclass deriving from an exception class is not supported yet",
                                    "write __init__ by hand: def __init__(self, ...): super().__init__(...)");
                        break;
                    }
                    symbols.exception_classes.push_back({cls.name, base, &cls});
                }
                symbols.classes[cls.name] = &cls;
                for (const auto& m : cls.methods) symbols.functions[cls.name + "." + m->name] = m.get();
                break;
            }
            case ast::StmtKind::Import: collect_imports(s->as<ast::Import>(), tables, symbols, diags); break;
            case ast::StmtKind::If:
                if (is_main_guard(*s)) {
                    symbols.has_main_guard = true;
                    symbols.main_loc = s->loc;
                    for (const auto& inner : s->as<ast::If>().body) symbols.main_statements.push_back(inner.get());
                    break;
                }
                symbols.main_statements.push_back(s.get());
                break;
            case ast::StmtKind::Assign: {
                const auto& a = s->as<ast::Assign>();
                const auto once = [&](const ast::Expr& target) {
                    return target.kind == ast::ExprKind::Name && assignment_count[target.as<ast::Name>().id] == 1;
                };
                if (a.targets.size() == 1 && once(*a.targets[0])) {
                    symbols.constants[a.targets[0]->as<ast::Name>().id] = {&a, a.value.get()};
                    break;
                }
                // `WIDTH, HEIGHT = 640, 480`: a tuple display unpacked into names is one constant
                // per name (Python evaluates the whole display first; constants have no effects).
                if (a.targets.size() == 1 && a.targets[0]->kind == ast::ExprKind::Tuple && a.value->kind == ast::ExprKind::Tuple) {
                    const auto& names = a.targets[0]->as<ast::Tuple>().elts;
                    const auto& values = a.value->as<ast::Tuple>().elts;
                    if (names.size() == values.size() && std::all_of(names.begin(), names.end(), [&](const auto& n) { return once(*n); }) &&
                        std::none_of(values.begin(), values.end(), [](const auto& v) { return v->kind == ast::ExprKind::Starred; })) {
                        for (size_t i = 0; i < names.size(); ++i) symbols.constants[names[i]->as<ast::Name>().id] = {&a, values[i].get()};
                        break;
                    }
                }
                symbols.main_statements.push_back(s.get());
                break;
            }
            default: symbols.main_statements.push_back(s.get()); break;
        }
    }
    // @lru_cache / @functools.cache: the name must be functools' (the front end only saw its spelling).
    for (const auto& s : module.body) {
        if (s->kind != ast::StmtKind::FunctionDef || !s->as<ast::FunctionDef>().cache) continue;
        const auto& fn = s->as<ast::FunctionDef>();
        const std::string& written = fn.cache->decorator;
        const std::string head = written.substr(0, written.find('.'));
        auto imp = symbols.imports.find(head);
        const std::string qualified = imp == symbols.imports.end() ? written : imp->second + written.substr(head.size());
        if (qualified != "functools.lru_cache" && qualified != "functools.cache") {
            diags.error(fn.cache->loc, fmt::format("decorator '{}' is not functools' lru_cache or cache", written),
                        "import it: from functools import lru_cache");
        } else if (fn.is_generator) {
            diags.error(fn.cache->loc, "a cached generator function is not supported", "cache a function that returns a list instead");
        }
    }
    // A constant computed from a variable of the main program (`a, b = f()`, a name assigned
    // twice, ...) is itself the main program's: functions cannot read it before the program ran.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = symbols.constants.begin(); it != symbols.constants.end();) {
            std::set<std::string> read;
            names_read(it->second.value, read);
            const bool from_main = std::any_of(read.begin(), read.end(), [&](const std::string& n) {
                return assignment_count.count(n) && !symbols.constants.count(n);
            });
            if (!from_main) {
                ++it;
                continue;
            }
            // The whole statement (every name an unpacking binds) goes back into the main
            // program, in source order.
            const ast::Assign* demoted = it->second.assign;
            for (auto c = symbols.constants.begin(); c != symbols.constants.end();) {
                if (c->second.assign != demoted) {
                    ++c;
                    continue;
                }
                symbols.module_variables.insert(c->first);
                c = symbols.constants.erase(c);
            }
            it = symbols.constants.begin();
            changed = true;
            auto pos = std::find_if(symbols.main_statements.begin(), symbols.main_statements.end(),
                                    [&](const ast::Stmt* s) { return s->loc.line > demoted->loc.line; });
            symbols.main_statements.insert(pos, demoted);
        }
    }
    // Every other name module-level code binds (`n, m = grid.shape`, a loop variable) is the main
    // program's own too.
    for (const auto& [name, n] : assignment_count)
        if (!symbols.constants.count(name)) symbols.module_variables.insert(name);
    // Nested functions and lambdas: their keys, C++ names and captures (sema/closures.cpp).
    analyze_closures(module, symbols);
    // `C.NAME = v` / `C.NAME += v` anywhere: the class attribute (of C or the base that defines it)
    // is a variable of the class, not a constant.
    collect_class_attribute_stores(module, symbols);
    // `global x` in a function: x must be a module variable the functions can share, a name
    // assigned once at module level (its first value and type come from there).
    for (const auto& [qualified, fn] : symbols.functions)
        for (const auto& [name, loc] : fn->global_names) {
            if (symbols.constants.count(name)) {
                symbols.rebound_globals.insert(name);
                continue;
            }
            const bool in_main = assignment_count.count(name) > 0;
            diags.error(loc, fmt::format("'{}' is declared global in '{}', but it is not a module variable functions can share", name, qualified),
                        in_main ? "assign it exactly once at module level, from constants, before the code that runs (its type comes from there)"
                                : "assign it once at module level (e.g. `" + name + " = 0`): py2cpp takes its type from there");
        }
    for (const auto& c : module.comments) {
        std::string text = strip(c.text);
        if (text.rfind("pythran export ", 0) != 0) continue;
        std::string error;
        auto sig = parse_signature(text.substr(15), error);
        SourceLoc loc{c.line, c.col, c.line, c.col + static_cast<int>(c.text.size()) + 1};
        if (!sig) {
            diags.error(loc, fmt::format("cannot read '#pythran export' signature: {}", error),
                        "write it as '#pythran export f(float, int)'");
            continue;
        }
        sig->loc = loc;
        sig->origin = "pythran export";
        symbols.entries.push_back(*sig);
    }
    for (const auto& option : sig_options) {
        std::string error;
        auto sig = parse_signature(option, error);
        if (!sig) throw ToolError{fmt::format("invalid --sig \"{}\": {}", option, error)};
        sig->origin = "--sig";
        // A --sig replaces the other signatures of that function.
        symbols.entries.erase(std::remove_if(symbols.entries.begin(), symbols.entries.end(),
                                             [&](const EntrySignature& e) { return e.function == sig->function && e.origin != "--sig"; }),
                              symbols.entries.end());
        if (!symbols.functions.count(sig->function))
            throw ToolError{fmt::format("--sig names '{}', which is not a function of the module", sig->function)};
        sig->loc = symbols.functions[sig->function]->loc;
        symbols.entries.push_back(*sig);
    }
    for (const auto& e : symbols.entries) {
        auto it = symbols.functions.find(e.function);
        if (it == symbols.functions.end()) {
            diags.error(e.loc, fmt::format("signature for unknown function '{}'", e.function), "");
        } else if (it->second->params.size() != e.params.size()) {
            diags.error(e.loc, fmt::format("signature of '{}' has {} type{} but the function has {} parameter{}", e.function,
                                           e.params.size(), e.params.size() == 1 ? "" : "s", it->second->params.size(),
                                           it->second->params.size() == 1 ? "" : "s"), "");
        }
    }
    return symbols;
}

}  // namespace py2cpp
