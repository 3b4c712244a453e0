#include "infer/infer_module.hpp"

#include <functional>
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "infer/function_lowering.hpp"
#include "infer/specializer.hpp"
#include "ir/conversions.hpp"
#include "ir/evaluation_order.hpp"
#include "ir/exceptions.hpp"
#include "ir/walker.hpp"

namespace py2cpp {
namespace {

bool needs_program_order(const ir::Expr& value);

// Class attributes (`class C: G = 9.81`) are static members of its struct, read as `C.G` or
// `self.G`, initialised before the program starts (so their values may not call the module's code
// or read what it changes); constants unless some statement assigns `C.G` (a counter of objects).
void lower_class_attributes(const ast::ClassDef& cls, LoweringContext& ctx, GlobalScope& globals, ir::Module& out, Diagnostics& diags) {
    for (const auto& a : cls.attributes) {
        const std::string& name = a->targets[0]->as<ast::Name>().id;
        FunctionLowering lowering(ctx, diags, {}, {}, std::nullopt);
        auto value = lowering.lower_maybe_none(*a->value);
        if (!value) continue;
        if (needs_program_order(*value) || !lowering.variables().empty() || holds_type_object(value->type) || holds_iterator(value->type)) {
            diags.error(a->value->loc, fmt::format("the value of class attribute '{}.{}' must be a constant expression", cls.name, name),
                        "numbers, strings, tuples and library calls of them (it is computed before the program starts)");
            continue;
        }
        const Type type = value->type;
        const bool rebound = ctx.symbols.rebound_globals.count(cls.name + "." + name) > 0;  // `C.NAME += 1` somewhere
        ir::Global g{cls.name + "." + name, cpp_identifier(cls.name) + "::" + cpp_identifier(name), std::move(value), a->loc, {}, type, false, rebound, cpp_identifier(cls.name), cpp_identifier(name)};
        globals.names[g.py_name] = {g.cpp_name, type};
        out.globals.push_back(std::move(g));
    }
}

void lower_globals(const ast::Module& module, const ModuleSymbols& symbols, LoweringContext& ctx, GlobalScope& globals,
                   ir::Module& out, Diagnostics& diags) {
    for (const auto& s : module.body) {
        if (s->kind == ast::StmtKind::ClassDef) lower_class_attributes(s->as<ast::ClassDef>(), ctx, globals, out, diags);
        if (s->kind != ast::StmtKind::Assign) continue;
        const auto& a = s->as<ast::Assign>();
        if (a.targets.size() != 1) continue;
        std::vector<const ast::Expr*> targets = {a.targets[0].get()};
        if (a.targets[0]->kind == ast::ExprKind::Tuple) {  // an unpacked tuple display: one constant per name
            targets.clear();
            for (const auto& e : a.targets[0]->as<ast::Tuple>().elts) targets.push_back(e.get());
        }
        for (const ast::Expr* target : targets) {
            if (target->kind != ast::ExprKind::Name) continue;
            const std::string& name = target->as<ast::Name>().id;
            auto it = symbols.constants.find(name);
            if (it == symbols.constants.end() || it->second.assign != &a) continue;
            FunctionLowering lowering(ctx, diags, {}, {}, std::nullopt);
            auto value = lowering.lower_maybe_none(*it->second.value);
            if (!value) {
                globals.failed.insert(name);
                continue;
            }
            // An empty container whose element type a use decided in an earlier round.
            if (auto decided = ctx.classes.global_types.find(name);
                decided != ctx.classes.global_types.end() && value->type.is_undetermined() && assignable(value->type, decided->second))
                value = ir::convert(std::move(value), decided->second);
            const Type type = value->type;
            ir::Global g{name, cpp_identifier(name), std::move(value), a.loc, lowering.variables(), type, false, symbols.rebound_globals.count(name) > 0, "", ""};
            globals.names[name] = {g.cpp_name, g.value->type};
            out.globals.push_back(std::move(g));
        }
    }
}

void lower_main(const ModuleSymbols& symbols, LoweringContext& ctx, ir::Module& out, Diagnostics& diags) {
    auto lowered = lower_until_settled(ctx, local_names_of(symbols.main_statements), std::nullopt, diags, [&](FunctionLowering& lowering) {
        ir::Block body = lowering.lower_main(symbols.main_statements);
        return std::make_pair(std::move(body), lowering.variables());
    });
    if (!lowered) {
        diags.error(symbols.main_loc, "could not settle the variable types of the main program", "");
        return;
    }
    out.main_body = std::move(lowered->first);
    out.main_variables = std::move(lowered->second);
    out.main_local_names = local_names_of(symbols.main_statements);
}

// What the command-line driver can pass: numbers, str and None as text, arrays as .npy files.
bool is_command_line_type(const Type& t) {
    return t.is_numeric_scalar() || t.is(TypeKind::Str) || t.is(TypeKind::None) || t.is_array();
}

// Entry points become the driver's functions. A fully annotated helper whose parameters the
// command line cannot express (a tuple, a slice) is still compiled, only not callable from it;
// an explicit signature of that kind is an error.
void request_entry(const EntrySignature& entry, Specializer& specializer, Diagnostics& diags) {
    auto bad = std::find_if_not(entry.params.begin(), entry.params.end(), is_command_line_type);
    if (bad != entry.params.end() && entry.origin != "annotation" && entry.origin != "recorded") {
        diags.error(entry.loc, fmt::format("entry point '{}' takes a {}, which the command-line driver cannot pass", entry.function, bad->to_string()),
                    "entry points take numbers, str, None and arrays (given as .npy files); call this function from another one");
        return;
    }
    specializer.request(entry.function, entry.params, /*exported=*/bad == entry.params.end());
}

// Functions that nothing calls and no signature names are not compiled. A module where that is
// every function (an unannotated library) gets one error that says how to give signatures, not a
// warning per function and an empty translation; otherwise one warning names them all.
void report_uncompiled(const ast::Module& module, const ir::Module& out, Diagnostics& diags) {
    if (diags.has_errors()) return;
    std::set<std::string> compiled;
    for (const auto& f : out.functions) compiled.insert(f.py_name);
    std::vector<const ast::FunctionDef*> left;  // in source order
    for (const auto& s : module.body)
        if (s->kind == ast::StmtKind::FunctionDef && !compiled.count(s->as<ast::FunctionDef>().name))
            left.push_back(&s->as<ast::FunctionDef>());
    if (left.empty()) return;
    std::vector<std::string> names;
    for (const auto* fn : left) names.push_back(fn->name);
    const std::string how = fmt::format(
        "record the types a run passes with 'py2cpp trace -- python3 <your program or test command>' (it writes "
        "{0}.py2cpp-sigs beside {0}.py), annotate the parameters, or add '#pythran export {1}(...)' comments",
        module.name, left.front()->name);
    if (compiled.empty() && !out.has_main) {
        diags.error(left.front()->loc,
                    fmt::format("no function of this module has a signature or a caller, so there is nothing to compile ({} function{}: {})",
                                left.size(), left.size() == 1 ? "" : "s", fmt::join(names, ", ")),
                    how);
        return;
    }
    diags.warning(left.front()->loc,
                  fmt::format("{} function{} never called and without a signature, so not compiled: {}", left.size(),
                              left.size() == 1 ? " is" : "s are", fmt::join(names, ", ")),
                  how);
}

// Functions on a cycle of the call graph (direct or mutual recursion) may recurse without bound;
// the emitter gives them a RecursionGuard, so deep recursion raises RecursionError as in Python.
// The graph is read from the IR's calls, by C++ name (a name's overloads count as one node).
void mark_recursive_functions(std::vector<ir::Function>& functions) {
    struct CallCollector : ir::IRVisitor {
        std::set<std::string> callees;
        void visit(const ir::UserCall& c) override {
            callees.insert(c.cpp_name);
            visit_children(c);
        }
    };
    std::map<std::string, std::set<std::string>> call_graph;
    for (const auto& f : functions) {
        CallCollector collector;
        collector.function(f);
        call_graph[f.cpp_name].insert(collector.callees.begin(), collector.callees.end());
    }
    auto reaches_itself = [&](const std::string& start) {
        std::set<std::string> seen;
        std::vector<std::string> todo = {start};
        while (!todo.empty()) {
            const std::string name = todo.back();
            todo.pop_back();
            auto callees = call_graph.find(name);
            if (callees == call_graph.end()) continue;
            for (const auto& callee : callees->second) {
                if (callee == start) return true;
                if (seen.insert(callee).second) todo.push_back(callee);
            }
        }
        return false;
    };
    for (auto& f : functions) f.recursive = reaches_itself(f.cpp_name);
}

// Whether a module constant's initializer must run where the program reaches it rather than
// before the program starts: it calls the module's functions or makes objects (which may print,
// raise or read state), has effects, or reads a module value the program can change (a list, an
// object, an array).
bool needs_program_order(const ir::Expr& value) {
    struct Finder : ir::IRVisitor {
        bool found = false;
        void visit(const ir::UserCall& c) override {
            (void)c;
            found = true;
        }
        void visit(const ir::Var& v) override {
            if (v.is_global && (v.rebound || !immutable(v.type))) found = true;
        }
        static bool immutable(const Type& t) {
            if (t.is_numeric_scalar() || t.is(TypeKind::Str) || t.is(TypeKind::None) || t.is(TypeKind::DType) || t.is(TypeKind::Class))
                return true;
            if (t.is(TypeKind::Tuple) || t.is(TypeKind::FrozenSet)) return std::all_of(t.elements.begin(), t.elements.end(), immutable);
            return false;
        }
    } finder;
    finder.expr(value);
    return finder.found || ir::has_side_effects(value);
}

// Deferred module constants (ir::Global::deferred) become assignments of the main program, placed
// before its first statement that comes after them in the source. A constant is deferred when it
// needs program order and comes after a statement of the main program.
void defer_globals(ir::Module& out) {
    // The variables of an initializer (a comprehension's) join the main program's table: their
    // ids are shifted past its own.
    struct ShiftIds : ir::IRMutator {
        int by = 0;
        void visit(ir::Var& v) override {
            if (v.var_id >= 0) v.var_id += by;
        }
        void visit(ir::Assign& a) override {
            if (a.var_id >= 0) a.var_id += by;
            visit_children(a);
        }
        void visit(ir::TupleAssign& t) override {
            for (auto& target : t.targets)
                if (target.var_id >= 0) target.var_id += by;
            visit_children(t);
        }
        void visit(ir::For& f) override {
            if (f.var_id >= 0) f.var_id += by;
            visit_children(f);
        }
    };
    for (auto& g : out.globals) {
        if (!g.value || !g.owner.empty() || !needs_program_order(*g.value)) continue;
        // Only after some statement of the program: before every one, starting the program is
        // the right time (and the only one when the module is a library whose entry points are
        // called without its main program: the driver's functions, the extension module).
        const bool after_program_code = std::any_of(out.main_body.begin(), out.main_body.end(), [&](const ir::StmtPtr& s) {
            return s->loc.valid() && s->loc.line < g.loc.line;
        });
        if (!after_program_code) continue;
        g.deferred = true;
        ShiftIds shift;
        shift.by = static_cast<int>(out.main_variables.size());
        shift.mutate(g.value);
        for (auto& v : g.variables) {
            v.id += shift.by;
            if (v.previous >= 0) v.previous += shift.by;
            out.main_variables.push_back(std::move(v));
        }
        g.variables.clear();
        auto assign = std::make_unique<ir::Assign>(g.loc, g.cpp_name, g.type, std::move(g.value));
        auto at = std::find_if(out.main_body.begin(), out.main_body.end(),
                               [&](const ir::StmtPtr& s) { return s->loc.valid() && s->loc.line > g.loc.line; });
        out.main_body.insert(at, std::move(assign));
    }
}

// The structs of the classes whose objects the program makes, with the fields inference found.
std::vector<ir::ClassDef> class_definitions(const ast::Module& module, const ModuleSymbols& symbols, const ClassLayouts& layouts) {
    std::vector<ir::ClassDef> out;
    for (const auto& s : module.body) {
        if (s->kind != ast::StmtKind::ClassDef) continue;
        const auto& cls = s->as<ast::ClassDef>();
        // A base class's struct is emitted when a class derived from it is.
        auto emitted = [&](const std::string& name) {
            for (const auto& [other, layout] : layouts.classes) {
                if (!layout.constructed && !layout.declared) continue;
                for (std::string c = other;;) {
                    if (c == name) return true;
                    auto base = layouts.bases.find(c);
                    if (base == layouts.bases.end()) break;
                    c = base->second;
                }
            }
            return false;
        };
        // An exception class is emitted always: a handler may name it (catch clauses need its struct).
        if (!emitted(cls.name) && !symbols.is_exception_class(cls.name)) continue;
        ir::ClassDef def{cls.name, cpp_identifier(cls.name), cls.docstring, cls.loc, {}, "", false, "", false, false};
        if (const ast::ClassDef* init = symbols.method_owner(cls.name, "__init__")) def.init_owner = cpp_identifier(init->name);
        if (auto base = layouts.bases.find(cls.name); base != layouts.bases.end()) {
            def.base_cpp_name = cpp_identifier(base->second);
        } else if (auto layout = layouts.classes.find(cls.name); layout != layouts.classes.end()) {
            // The root of a hierarchy holds the fields of all its classes.
            for (const auto& f : layout->second.fields) def.fields.push_back({f.name, cpp_identifier(f.name), f.type});
            def.polymorphic = layouts.has_subclass(cls.name);
        }
        if (symbols.is_exception_class(cls.name)) {
            def.is_exception = true;
            if (const ast::ClassDef* init = symbols.method_owner(cls.name, "__init__")) def.init_sets_args = calls_base_init(*init->method("__init__"));
            def.polymorphic = false;  // py::Exception is polymorphic already
            if (def.base_cpp_name.empty()) def.base_cpp_name = exception_cpp_class(symbols.exception_base(cls.name).value_or("")).value_or("py::Exception");
        }
        out.push_back(std::move(def));
    }
    return out;
}

// One round of inference over the whole module with the class fields known so far.
ir::Module infer_round(const ast::Module& module, const ModuleSymbols& symbols, const MappingTables& tables,
                       ClassLayouts& layouts, Diagnostics& diags) {
    ir::Module out;
    out.name = module.name;
    out.docstring = module.docstring;
    out.comments = module.comments;
    GlobalScope globals;
    Specializer specializer(symbols, tables, globals, out.includes, layouts, diags);
    LoweringContext ctx{symbols, tables, specializer, globals, out.includes, layouts};

    lower_globals(module, symbols, ctx, globals, out, diags);
    for (const auto& entry : symbols.entries) {
        auto fn = symbols.functions.find(entry.function);
        if (fn == symbols.functions.end() || fn->second->params.size() != entry.params.size()) continue;
        request_entry(entry, specializer, diags);
    }
    if (!symbols.main_statements.empty()) {
        out.has_main = true;
        out.main_loc = symbols.main_loc;
        lower_main(symbols, ctx, out, diags);
        defer_globals(out);
    }
    out.functions = specializer.take_functions();
    return out;
}

}  // namespace

ir::Module infer_module(const ast::Module& module, const ModuleSymbols& symbols, const MappingTables& tables,
                        Diagnostics& diags) {
    // Rounds: a class field widened after code used it, or read before its first assignment was
    // seen, makes the whole module be lowered again with what was learnt (infer/classes.hpp).
    constexpr int kMaxClassRounds = 8;
    ClassLayouts layouts;
    layouts.bases = symbols.class_bases;
    ir::Module out;
    for (int round = 0;; ++round) {
        layouts.widened = false;
        layouts.missed.clear();
        layouts.exception_args_before = std::move(layouts.exception_args);
        layouts.exception_args.clear();
        layouts.args_read = false;
        layouts.refused.clear();
        Diagnostics attempt;
        out = infer_round(module, symbols, tables, layouts, attempt);
        if (!layouts.needs_another_round() || round + 1 == kMaxClassRounds) {
            diags.append(attempt);
            break;
        }
    }
    out.classes = class_definitions(module, symbols, layouts);
    // The structs of function values the final IR uses (an earlier lowering attempt may have made
    // one for types a retry changed, an empty list's element type).
    std::set<std::string> used;
    std::function<void(const Type&)> note = [&](const Type& t) {
        if (t.is(TypeKind::Function)) used.insert(t.library_cpp);
        for (const auto& e : t.elements) note(e);
    };
    for (const auto& f : out.functions) {
        note(f.return_type);
        for (const auto& p : f.params) note(p.type);
        for (const auto& v : f.variables) note(v.type);
    }
    for (const auto& g : out.globals) note(g.type);
    for (const auto& v : out.main_variables) note(v.type);
    for (const auto& c : out.classes)
        for (const auto& field : c.fields) note(field.type);
    for (size_t before = 0; before != used.size();) {  // a closure captured by a used closure is used
        before = used.size();
        for (const auto& c : layouts.closures)
            if (used.count(c.cpp_name))
                for (const auto& field : c.fields) note(field.second);
    }
    for (const auto& c : layouts.closures)
        if (used.count(c.cpp_name)) out.closures.push_back(c);
    for (const auto& e : symbols.exception_classes)
        out.exception_classes.push_back({e.name, cpp_identifier(e.name),
                                         symbols.is_exception_class(e.base) ? cpp_identifier(e.base) : exception_cpp_class(e.base).value_or("py::Exception"),
                                         e.def->docstring});
    // One C++ type per field: a field given ints and floats holds floats for every object.
    if (!diags.has_errors())
        for (const auto& [name, layout] : layouts.classes)
            for (const auto& f : layout.fields)
                if (f.numbers_joined && f.type.is(TypeKind::Float))
                    diags.warning(*f.numbers_joined,
                                  fmt::format("field '{}' of '{}' is given ints and floats: every object stores it as a float, so an "
                                              "object given an int prints it as a float (3.0 where Python prints 3)",
                                              f.name, name),
                                  "pass floats (3.0) to make the field a float everywhere, or ints only");
    mark_recursive_functions(out.functions);

    report_uncompiled(module, out, diags);
    return out;
}

}  // namespace py2cpp
