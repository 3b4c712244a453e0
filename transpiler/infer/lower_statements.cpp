// Lowering of statements, including assignments (variable versions), loops and returns.
#include <algorithm>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "infer/specializer.hpp"
#include "ir/conversions.hpp"
#include "ir/evaluation_order.hpp"
#include "ir/exceptions.hpp"
#include "ir/walker.hpp"

namespace py2cpp {

using ir::ExprPtr;

namespace {

void collect_target_names(const ast::Expr& target, std::set<std::string>& out) {
    if (target.kind == ast::ExprKind::Name) out.insert(target.as<ast::Name>().id);
    if (target.kind == ast::ExprKind::Tuple)
        for (const auto& e : target.as<ast::Tuple>().elts) collect_target_names(*e, out);
    if (target.kind == ast::ExprKind::List)
        for (const auto& e : target.as<ast::List>().elts) collect_target_names(*e, out);
    if (target.kind == ast::ExprKind::Starred) collect_target_names(*target.as<ast::Starred>().value, out);
}

void collect_assigned(const ast::Stmt& s, std::set<std::string>& out) {
    switch (s.kind) {
        case ast::StmtKind::Assign:
            for (const auto& t : s.as<ast::Assign>().targets) collect_target_names(*t, out);
            break;
        case ast::StmtKind::AugAssign: collect_target_names(*s.as<ast::AugAssign>().target, out); break;
        case ast::StmtKind::AnnAssign: collect_target_names(*s.as<ast::AnnAssign>().target, out); break;
        case ast::StmtKind::For:
            collect_target_names(*s.as<ast::For>().target, out);
            for (const auto* block : {&s.as<ast::For>().body, &s.as<ast::For>().orelse})
                for (const auto& b : *block) collect_assigned(*b, out);
            break;
        case ast::StmtKind::While:
            for (const auto* block : {&s.as<ast::While>().body, &s.as<ast::While>().orelse})
                for (const auto& b : *block) collect_assigned(*b, out);
            break;
        case ast::StmtKind::If:
            for (const auto& b : s.as<ast::If>().body) collect_assigned(*b, out);
            for (const auto& b : s.as<ast::If>().orelse) collect_assigned(*b, out);
            break;
        case ast::StmtKind::With:
            for (const auto& item : s.as<ast::With>().items)
                if (item.target) collect_target_names(*item.target, out);
            for (const auto& b : s.as<ast::With>().body) collect_assigned(*b, out);
            break;
        case ast::StmtKind::Try: {
            const auto& t = s.as<ast::Try>();
            for (const auto* block : {&t.body, &t.orelse, &t.finalbody})
                for (const auto& b : *block) collect_assigned(*b, out);
            for (const auto& h : t.handlers) {
                if (!h.name.empty()) out.insert(h.name);
                for (const auto& b : h.body) collect_assigned(*b, out);
            }
            break;
        }
        case ast::StmtKind::FunctionDef: out.insert(s.as<ast::FunctionDef>().name); break;  // a nested def binds its name
        default: break;
    }
}

// Whether a `break` in `body` leaves the loop owning it (breaks of nested loops leave those).
bool breaks_out_of(const ir::Block& body) {
    struct FindBreak : ir::IRVisitor {
        bool found = false;
        void visit(const ir::Jump& s) override { found = found || s.kind == ir::StmtKind::Break; }
        void visit(const ir::While&) override {}
        void visit(const ir::For&) override {}
    } finder;
    finder.block(body);
    return finder.found;
}

// A block whose end cannot be reached (it returns or raises on every path).
bool always_exits(const ir::Block& block) {
    if (block.empty()) return false;
    const ir::Stmt& last = *block.back();
    if (last.kind == ir::StmtKind::Return || last.kind == ir::StmtKind::Raise) return true;
    if (last.kind == ir::StmtKind::ExprStmt && last.as<ir::ExprStmt>().value->kind == ir::ExprKind::LibraryCall &&
        last.as<ir::ExprStmt>().value->as<ir::LibraryCall>().noreturn)
        return true;  // sys.exit(...)
    if (last.kind == ir::StmtKind::If) {
        const auto& s = last.as<ir::If>();
        return always_exits(s.body) && always_exits(s.orelse);
    }
    if (last.kind == ir::StmtKind::Try) {
        const auto& s = last.as<ir::Try>();
        return s.always_leaves || always_exits(s.finalbody);
    }
    if (last.kind == ir::StmtKind::While) {
        const auto& w = last.as<ir::While>();
        // `while True:`, or `while 1:` (a truth test of a non-zero constant)
        const ir::Expr* test = w.test.get();
        if (test->kind == ir::ExprKind::Truthy) test = test->as<ir::Truthy>().operand.get();
        bool forever = false;
        if (test->kind == ir::ExprKind::Const) {
            const auto& v = test->as<ir::Const>().value;
            if (auto b = std::get_if<bool>(&v)) forever = *b;
            if (auto i = std::get_if<std::int64_t>(&v)) forever = *i != 0;
        }
        // `while True:` without a break only leaves through return/raise.
        return forever && !breaks_out_of(w.body);
    }
    return false;
}

}  // namespace

std::set<std::string> local_names_of(const ast::FunctionDef& fn) {
    std::set<std::string> names;
    for (const auto& p : fn.params) names.insert(p.name);
    names.insert(fn.captures.begin(), fn.captures.end());  // a nested function's captures are its leading parameters
    for (const auto& s : fn.body) collect_assigned(*s, names);
    for (const auto& [name, loc] : fn.global_names) names.erase(name);  // `global x`: the module's x
    return names;
}

std::set<std::string> local_names_of(const std::vector<const ast::Stmt*>& statements) {
    std::set<std::string> names;
    for (const auto* s : statements) collect_assigned(*s, names);
    return names;
}

FunctionLowering::FunctionLowering(LoweringContext& ctx, Diagnostics& diags, VariableTable::ForcedTypes forced,
                                   std::set<std::string> local_names, std::optional<Type> declared_return)
    : ctx_(ctx), diags_(diags), vars_(std::move(forced)), local_names_(std::move(local_names)),
      declared_return_(std::move(declared_return)) {}

ir::Function FunctionLowering::lower_function(const ast::FunctionDef& fn, const std::vector<Type>& param_types, bool exact) {
    function_name_ = fn.name;
    for (const auto& st : fn.body) scope_statements_.push_back(st.get());
    if (fn.nested && fn.name != "<lambda>") self_fn_ = &fn;
    for (const auto& [name, loc] : fn.global_names) global_names_.insert(name);
    if (!fn.owner_class.empty() && !fn.is_static) method_ = &fn;
    generator_ = fn.is_generator;
    ir::Function out;
    out.py_name = fn.nested ? fn.key : fn.owner_class.empty() ? fn.name : fn.owner_class + "." + fn.name;
    out.cpp_name = function_cpp_name(fn, exact);
    if (!fn.owner_class.empty()) {
        out.owner = cpp_identifier(fn.owner_class);
        out.member_name = exact ? exact_member_name(method_cpp_name(fn.name)) : method_cpp_name(fn.name);
        // A @classmethod called for a class derived from its own: a specialization of its own name.
        if (fn.is_classmethod && !param_types.empty() && param_types[0].is(TypeKind::Class) &&
            param_types[0].elements[0].class_name != fn.owner_class) {
            out.member_name = out.member_name + "_for_" + cpp_identifier(param_types[0].elements[0].class_name) + "_";
            out.cpp_name = out.owner + "::" + out.member_name;
        }
    }
    out.docstring = fn.docstring;
    if (fn.cache) {
        out.cache_maxsize = fn.cache->maxsize;
        ctx_.includes.insert("py2cpp/lru_cache.hpp");
        for (size_t i = 0; i < fn.params.size() && i < param_types.size(); ++i)
            if (param_types[i].is_known() && !hashable(param_types[i]))
                diags_.error(fn.params[i].loc, fmt::format("parameter '{}' of cached function '{}' is a {}, which cannot be a cache key",
                                                           fn.params[i].name, fn.name, param_types[i].to_string()),
                             fmt::format("Python raises TypeError: unhashable type: '{}'; pass a tuple", python_type_name(param_types[i])));
    }
    out.loc = fn.loc;
    out.end_line = fn.end_line;
    std::vector<VarVersion*> param_versions;
    // A nested function's captured values are its leading parameters, named as the captured variables.
    const size_t n_captured = fn.captures.size();
    for (size_t i = 0; i < n_captured + fn.params.size(); ++i) {
        const std::string& name = i < n_captured ? fn.captures[i] : fn.params[i - n_captured].name;
        const SourceLoc loc = i < n_captured ? fn.loc : fn.params[i - n_captured].loc;
        if (param_types[i].max_array_rank() > kMaxSupportedRank) report_unsupported_rank(loc, param_types[i]);
        VarVersion& v = vars_.create(name, param_types[i], path_);
        v.is_param = true;
        param_index_[v.id] = i;
        param_versions.push_back(&v);
    }
    // A method called on an object whose class may be a derived one that overrides it: first the
    // dispatch, as Python's attribute lookup does it (`if (py::isinstance<Circle>(self)) return
    // Circle::area(...)`), then the body for the objects of this class.
    std::vector<Type> dispatched;  // the return types of the overrides dispatched to
    if (method_ && !exact && fn.name != "__init__" && !param_types.empty() && param_types[0].is(TypeKind::Object))
        for (const std::string& derived : dispatch_cases(param_types[0].class_name, fn.owner_class, fn.name)) {
            const ast::ClassDef* owner = ctx_.symbols.method_owner(derived, fn.name);
            std::vector<Type> types = param_types;
            types[0] = object_type(derived);
            auto spec = ctx_.specializer.request(owner->name + "." + fn.name, types);
            if (!spec) continue;  // its errors are reported with it
            const std::string cpp_class = cpp_identifier(derived);
            auto self = [&] {
                std::vector<std::pair<std::string, ExprPtr>> operand;
                operand.emplace_back("x", read_variable(*param_versions[0], fn.loc));
                return operand;
            };
            auto is_derived = runtime_call(fn.loc, Type::boolean(), "isinstance", "py::isinstance<" + cpp_class + ">({x})", self());
            auto call = std::make_unique<ir::UserCall>(fn.loc, spec->return_type, spec->cpp_name);
            call->callee_pure = spec->pure;
            call->args.push_back(runtime_call(fn.loc, types[0], "cast", "std::static_pointer_cast<" + cpp_class + ">({x})", self()));
            for (size_t i = 1; i < param_versions.size(); ++i) call->args.push_back(read_variable(*param_versions[i], fn.loc));
            auto branch = std::make_unique<ir::If>(fn.loc);
            branch->test = std::move(is_derived);
            if (generator_) {
                yield_from_override(std::move(call), fn.loc, branch->body);
            } else if (spec->return_type.is(TypeKind::None)) {
                branch->body.push_back(std::make_unique<ir::ExprStmt>(fn.loc, std::move(call)));
                branch->body.push_back(std::make_unique<ir::Return>(fn.loc, nullptr));
            } else {
                branch->body.push_back(std::make_unique<ir::Return>(fn.loc, std::move(call)));
            }
            if (generator_) {
                out.body.push_back(std::move(branch));
                continue;
            }
            if (auto joined = join_types(inferred_return_, spec->return_type)) inferred_return_ = *joined;
            dispatched.push_back(spec->return_type);
            has_return_ = true;
            out.body.push_back(std::move(branch));
        }
    for (const auto& s : fn.body) lower_stmt(*s, out.body);  // the body is depth 0, like main
    // Overrides returning ints and floats return floats through the base (as a variable given both
    // holds a float): Python's int result would print as 3 where this prints 3.0.
    if (!dispatched.empty() && inferred_return_.is(TypeKind::Float) && !diags_.has_errors() &&
        std::any_of(dispatched.begin(), dispatched.end(), [](const Type& t) { return t.is(TypeKind::Int) || t.is(TypeKind::Bool); }))
        diags_.warning(fn.loc, fmt::format("'{}' and the methods overriding it return ints and floats: called through '{}', they all return floats "
                                           "(an int result prints as 3.0 where Python prints 3)", out.py_name, fn.owner_class),
                       "return floats (3.0) from every one of them, or ints from every one");
    // A function that returns a value on some paths and can reach its end returns None there, as
    // Python does: its return type may be None (Optional), and the end is an explicit `return None`.
    if (!generator_ && declared_return_ && declared_return_->is(TypeKind::Optional) && !always_exits(out.body)) {  // -> Optional[T]
        const SourceLoc end = fn.body.empty() ? fn.loc : fn.body.back()->loc;
        out.body.push_back(std::make_unique<ir::Return>(end, nullptr));
    }
    if (!generator_ && !declared_return_ && has_return_ && inferred_return_.is_known() && !inferred_return_.is(TypeKind::None) &&
        !holds_iterator(inferred_return_) && !always_exits(out.body) && lowered_everything_ && !diags_.has_errors()) {
        if (auto joined = join_types(inferred_return_, Type::none())) {
            inferred_return_ = *joined;
            const SourceLoc end = fn.body.empty() ? fn.loc : fn.body.back()->loc;
            out.body.push_back(std::make_unique<ir::Return>(end, nullptr));
        }
    }
    // A parameter widened inside a loop keeps its C++ parameter (see name_variables).
    for (size_t i = 0; i < param_versions.size(); ++i) {
        if (fn.is_classmethod && i == n_captured && param_types[i].is(TypeKind::Class)) continue;  // `cls`: known when compiling
        ir::Param p;
        p.py_name = param_versions[i]->py_name;
        p.var_id = param_versions[i]->id;
        p.type = param_versions[i]->type;
        if (p.type != param_types[i]) {
            p.reassigned_with_other_type = true;
            p.type = param_types[i];
        }
        out.params.push_back(std::move(p));
    }
    if (generator_) finish_generator(out);
    else finish_returns(out);
    if (!generator_ && !declared_return_ && mixed_numbers_loc_.valid() && out.return_type.is(TypeKind::Float) && dispatched.empty() &&
        !diags_.has_errors())
        diags_.warning(mixed_numbers_loc_, fmt::format("'{}' returns ints and floats: compiled, it returns floats (an int result prints "
                                                       "as 3.0 where Python prints 3)", fn.name),
                       "return floats (3.0) everywhere, or ints everywhere");
    out.param_refinements = param_refinements_;
    out.variables = vars_.records();
    out.local_names = local_names_;
    out.may_fall_off_end = !generator_ && out.return_type.is_known() && !out.return_type.is(TypeKind::None) && !always_exits(out.body);
    // (After an error a dropped statement may be what ended the function: report only clean bodies.)
    if (out.may_fall_off_end && lowered_everything_ && !diags_.has_errors()) {
        // Python returns None there, and None mixed with another return type is Optional, which
        // py2cpp does not support yet: a located error rather than C++ that throws at run time.
        const SourceLoc end = fn.body.empty() ? fn.loc : fn.body.back()->loc;
        diags_.error(end, fmt::format("'{}' can reach its end after this statement without returning a value, but returns {} elsewhere",
                                      fn.name, out.return_type.to_string()),
                     fmt::format("Python would return None on that path, and values that may be None (Optional) are not supported yet; "
                                 "end '{}' (line {}) with a return or a raise", fn.name, fn.loc.line));
    }
    out.pure = !out.may_fall_off_end && !ir::has_observable_effects(out.body);
    // The object parameter of __init__ is reassigned only in odd code; then its version differs.
    if (out.member_name == "init_" && !out.params.empty() && !out.params[0].reassigned_with_other_type)
        out.pure_construction = !out.may_fall_off_end && !ir::has_observable_effects(out.body, out.params[0].var_id);
    return out;
}

ir::Block FunctionLowering::lower_main(const std::vector<const ast::Stmt*>& statements) {
    in_main_ = true;
    function_name_ = "<module>";
    scope_statements_ = statements;
    ir::Block out;
    for (const auto* s : statements) lower_stmt(*s, out);
    return out;
}

void FunctionLowering::finish_returns(ir::Function& fn) {
    Type final_type = declared_return_ ? *declared_return_ : inferred_return_;
    if (final_type.is(TypeKind::Unknown) && !has_return_) final_type = Type::none();
    fn.return_type = final_type;
    if (!final_type.is_known()) return;  // recursion still being resolved, or an error already reported
    // Walk the final tree (not pointers kept while lowering: statements of a failed branch are dropped).
    struct CollectReturns : ir::IRMutator {
        std::vector<ir::Return*> returns;
        void visit(ir::Return& r) override { returns.push_back(&r); }
    } collect;
    collect.mutate(fn.body);
    std::vector<ir::Return*>& returns = collect.returns;
    for (ir::Return* r : returns) {
        const Type value_type = r->value ? r->value->type : Type::none();
        if (value_type == final_type) continue;
        auto joined = join_types(value_type, final_type);
        if (final_type.is(TypeKind::None) || !joined || *joined != final_type) {
            diags_.error(r->loc, fmt::format("'{}' returns {} here but {} elsewhere", fn.py_name, value_type.to_string(), final_type.to_string()),
                         declared_return_ ? "the value must match the declared return type"
                                          : "every return of a function must give the same type (numbers are promoted; None and one other type make a value that may be None)");
            continue;
        }
        // `return` / `return None` where the function's value may be None: an explicit None.
        if (!r->value) r->value = std::make_unique<ir::Const>(r->loc, Type::none(), ir::NoneValue{});
        r->value = ir::convert(std::move(r->value), final_type);
    }
}

void FunctionLowering::lower_block(const ast::Block& block, ir::Block& out) {
    path_.push_back(next_block_id_++);
    for (const auto& s : block) lower_stmt(*s, out);
    path_.pop_back();
}

void FunctionLowering::lower_stmt(const ast::Stmt& s, ir::Block& out) {
    switch (s.kind) {
        case ast::StmtKind::Assign: lower_assign(s.as<ast::Assign>(), out); break;
        case ast::StmtKind::AugAssign: lower_aug_assign(s.as<ast::AugAssign>(), out); break;
        case ast::StmtKind::AnnAssign: lower_ann_assign(s.as<ast::AnnAssign>(), out); break;
        case ast::StmtKind::If: lower_if(s.as<ast::If>(), out); break;
        case ast::StmtKind::While: lower_loop(s, s.as<ast::While>().orelse, out); break;
        case ast::StmtKind::For: lower_loop(s, s.as<ast::For>().orelse, out); break;
        case ast::StmtKind::Return: lower_return(s.as<ast::Return>(), out); break;
        case ast::StmtKind::Yield: lower_yield(s.as<ast::Yield>(), out); break;
        case ast::StmtKind::Assert: lower_assert(s.as<ast::Assert>(), out); break;
        case ast::StmtKind::Delete:
            for (const auto& target : s.as<ast::Delete>().targets) lower_delete(*target, out);
            break;
        case ast::StmtKind::Raise: lower_raise(s.as<ast::Raise>(), out); break;
        case ast::StmtKind::Try: lower_try(s.as<ast::Try>(), out); break;
        case ast::StmtKind::With: lower_with(s.as<ast::With>(), 0, out); break;
        case ast::StmtKind::Break:
            if (!loop_else_flags_.empty() && loop_else_flags_.back() >= 0) {  // the loop has an else clause
                VarVersion& flag = *vars_.by_id(loop_else_flags_.back());
                auto set = std::make_unique<ir::Assign>(s.loc, "", Type::boolean(), std::make_unique<ir::Const>(s.loc, Type::boolean(), true));
                set->var_id = flag.id;
                vars_.record_use(flag, path_);
                out.push_back(std::move(set));
            }
            out.push_back(std::make_unique<ir::Jump>(ir::StmtKind::Break, s.loc));
            break;
        case ast::StmtKind::Continue: out.push_back(std::make_unique<ir::Jump>(ir::StmtKind::Continue, s.loc)); break;
        case ast::StmtKind::Pass: break;
        case ast::StmtKind::ExprStmt: {
            const auto& e = *s.as<ast::ExprStmt>().value;
            if (e.kind == ast::ExprKind::Constant) break;  // a bare string or number: no effect
            if (auto v = lower_maybe_none(e)) out.push_back(std::make_unique<ir::ExprStmt>(s.loc, std::move(v)));  // its value is dropped
            break;
        }
        case ast::StmtKind::Import:
            if (!in_main_)
                diags_.error(s.loc, "imports inside functions are not supported", "move the import to the top of the module");
            else if (depth() > 0)
                diags_.error(s.loc, "conditional imports are not supported", "move the import to the top of the module");
            break;
        case ast::StmtKind::FunctionDef: {
            const auto& fn = s.as<ast::FunctionDef>();
            if (!fn.nested) {  // a def in a block of the main program
                diags_.error(s.loc, "functions must be defined at module level, not inside a block", "");
                break;
            }
            // A nested def binds its name to a function value (lower_closures.cpp).
            auto value = function_value(s.loc, fn, &s);
            if (!value) {
                poisoned_.insert(fn.name);
                break;
            }
            ast::Name target(s.loc, fn.name);
            assign_to_name(target, std::move(value), out);
            break;
        }
        case ast::StmtKind::ClassDef:
            diags_.error(s.loc, "classes must be defined at module level, not inside a block", "");
            break;
    }
}

// The version that receives an assignment of `type` here, creating, renaming or widening as
// described in variables.hpp. Null after a diagnostic.
VarVersion* FunctionLowering::version_for_assignment(const std::string& name, const Type& type, SourceLoc loc) {
    if (holds_type_object(type)) {
        diags_.error(loc, fmt::format("'{}' would hold a class or dtype as a value ({}), which py2cpp supports only as an argument that takes one",
                                      name, type.to_string()),
                     "pass it directly where it is used: np.zeros(n, dtype=float), defaultdict(list)");
        return nullptr;
    }
    if (holds_iterator(type)) {
        diags_.error(loc, fmt::format("'{}' would hold an iterator ({}), which py2cpp cannot store in a variable yet", name, type.to_string()),
                     "use it directly where it is consumed (for x in zip(a, b): ...), or make a list of it with list(...)");
        return nullptr;
    }
    VarVersion* v = vars_.current(name);
    if (!v) return &vars_.create(name, type, path_);
    if (v->type == type || !type.is_known()) return v;
    if (!v->type.is_known()) {
        vars_.force(*v, type);
        return v;
    }
    if (depth() == 0 && !v->is_loop_var) return &vars_.create(name, type, path_);
    auto joined = join_types(v->type, type);
    if (!joined) {
        diags_.error(loc, fmt::format("variable '{}' is assigned a value of type {} here but holds a {} elsewhere in the same loop or branch", name,
                                      type.to_string(), v->type.to_string()),
                     join_hint(type, v->type, "inside loops and branches a variable keeps one type; use a separate variable"));
        return nullptr;
    }
    if (*joined != v->type) vars_.force(*v, *joined);
    return v;
}

void FunctionLowering::assign_to_name(const ast::Name& target, ExprPtr value, ir::Block& out) {
    if (global_names_.count(target.id)) {
        assign_to_global(target, std::move(value), out);
        return;
    }
    if (local_lambdas_.count(target.id)) {
        diags_.error(target.loc, fmt::format("'{}' holds a lambda: assigning it another value is not supported", target.id),
                     "use another name for the value");
        return;
    }
    VarVersion* v = version_for_assignment(target.id, value->type, target.loc);
    if (!v) return;
    value = ir::convert(std::move(value), v->type);
    auto assign = std::make_unique<ir::Assign>(target.loc, "", v->type, std::move(value));
    assign->var_id = v->id;
    vars_.record_use(*v, path_);
    out.push_back(std::move(assign));
}

// `x = value` where the function declares `global x`: the module variable keeps the type of its
// module-level assignment (an int global takes a bool, a float global an int, as stores do).
void FunctionLowering::assign_to_global(const ast::Name& target, ExprPtr value, ir::Block& out) {
    auto g = ctx_.globals.names.find(target.id);
    if (g == ctx_.globals.names.end()) return;  // its declaration or definition was refused with an error
    const Type type = g->second.type;
    if (!assignable(value->type, type)) {
        diags_.error(target.loc, fmt::format("cannot assign a value of type '{}' to the global '{}' of type '{}'", value->type.to_string(),
                                             target.id, type.to_string()),
                     "a module variable keeps the type of its module-level assignment; use another variable for this value");
        return;
    }
    auto assign = std::make_unique<ir::Assign>(target.loc, g->second.cpp_name, type, ir::convert(std::move(value), type));
    assign->global = true;
    out.push_back(std::move(assign));
}

void FunctionLowering::assign_to_tuple(const ast::Tuple& target, ExprPtr value, ir::Block& out) {
    // `first, *rest, last = xs`: one starred target takes a list of the items between.
    const auto starred = std::find_if(target.elts.begin(), target.elts.end(),
                                      [](const ast::ExprPtr& e) { return e->kind == ast::ExprKind::Starred; });
    if (starred != target.elts.end()) {
        if (std::find_if(starred + 1, target.elts.end(), [](const ast::ExprPtr& e) { return e->kind == ast::ExprKind::Starred; }) !=
            target.elts.end()) {
            diags_.error(target.loc, "multiple starred expressions in assignment", "");  // CPython's SyntaxError
            return;
        }
        value = unpack_starred(target, static_cast<size_t>(starred - target.elts.begin()), std::move(value));
        if (!value) return;
    }
    // `a, b = array`: the items along the first axis, as a tuple checked for its length at run time.
    if (value->type.is_array()) {
        const Type item = value->type.rank == 1 ? element_type(value->type.dtype) : Type::array(value->type.dtype, value->type.rank - 1);
        const SourceLoc loc = value->loc;
        std::vector<std::pair<std::string, ExprPtr>> operand;
        operand.emplace_back("a", std::move(value));
        value = runtime_call(loc, Type::tuple(std::vector<Type>(target.elts.size(), item)), "unpack",
                             fmt::format("py::np::unpack<{}>({{a}})", target.elts.size()), std::move(operand));
    }
    // `a, b = xs` of a list: its items, checked for their number at run time (ValueError).
    if (value->type.is(TypeKind::List) && !value->type.is_undetermined()) {
        const Type item = value->type.elements[0];
        const SourceLoc loc = value->loc;
        std::vector<std::pair<std::string, ExprPtr>> operand;
        operand.emplace_back("a", std::move(value));
        value = runtime_call(loc, Type::tuple(std::vector<Type>(target.elts.size(), item)), "unpack",
                             fmt::format("py::unpack<{}>({{a}})", target.elts.size()), std::move(operand));
    }
    if (!value->type.is(TypeKind::Tuple)) {
        diags_.error(target.loc, fmt::format("cannot unpack a value of type '{}'", value->type.to_string()),
                     "tuples, lists and arrays can be unpacked");
        return;
    }
    if (value->type.elements.size() != target.elts.size()) {
        diags_.error(target.loc, fmt::format("cannot unpack {} values into {} targets", value->type.elements.size(), target.elts.size()), "");
        return;
    }
    auto assign = std::make_unique<ir::TupleAssign>(target.loc);
    assign->targets.resize(target.elts.size());
    std::vector<Type> converted;
    // Targets that are not local names (a nested tuple, xs[i], a `global` name...) receive their
    // item through a hidden variable, assigned to them after the whole value is unpacked.
    std::vector<std::pair<const ast::Expr*, VarVersion*>> deferred;
    for (size_t i = 0; i < target.elts.size(); ++i) {
        // `*rest` of a name is that name (it receives the list the value's tuple holds there).
        const ast::Expr* element = target.elts[i].get();
        if (element->kind == ast::ExprKind::Starred && element->as<ast::Starred>().value->kind == ast::ExprKind::Name)
            element = element->as<ast::Starred>().value.get();
        if (element->kind != ast::ExprKind::Name || global_names_.count(element->as<ast::Name>().id)) {
            VarVersion& hidden = vars_.create_hidden("item", std::to_string(i), value->type.elements[i], path_);
            converted.push_back(hidden.type);
            assign->targets[i].type = hidden.type;
            assign->targets[i].var_id = hidden.id;
            vars_.record_use(hidden, path_);
            deferred.emplace_back(target.elts[i].get(), &hidden);
            continue;
        }
        const auto& name = element->as<ast::Name>();
        VarVersion* v = version_for_assignment(name.id, value->type.elements[i], name.loc);
        if (!v) return;
        converted.push_back(v->type);
        assign->targets[i].type = v->type;
        assign->targets[i].var_id = v->id;
        vars_.record_use(*v, path_);
    }
    Type target_type = Type::tuple(converted);
    value = ir::convert(std::move(value), target_type);
    assign->value = std::move(value);
    out.push_back(std::move(assign));
    for (const auto& [element, hidden] : deferred) {
        const ast::Expr& inner = element->kind == ast::ExprKind::Starred ? *element->as<ast::Starred>().value : *element;
        assign_to_target(inner, read_variable(*hidden, element->loc), out);
    }
}

// The value of `t0, ..., *ts, ..., tn = value` as a tuple whose item at `star` is a list: from a
// list (counted at run time: ValueError "not enough values to unpack"), or from a tuple (counted
// here), whose items between go into a list of their joined type.
ExprPtr FunctionLowering::unpack_starred(const ast::Tuple& target, size_t star, ExprPtr value) {
    const size_t n = target.elts.size();
    const SourceLoc loc = value->loc;
    std::vector<Type> items;
    if (value->type.is(TypeKind::List) && !value->type.is_undetermined()) {
        const Type item = value->type.elements[0];
        items.assign(n, item);
        items[star] = value->type;
    } else if (value->type.is(TypeKind::Tuple)) {
        const auto& e = value->type.elements;
        if (e.size() < n - 1) {
            diags_.error(target.loc, fmt::format("not enough values to unpack (expected at least {}, got {})", n - 1, e.size()),
                         "Python raises ValueError here");
            return nullptr;
        }
        const size_t after = n - 1 - star;
        std::optional<Type> middle = Type::undetermined();
        for (size_t i = star; i < e.size() - after && middle; ++i) middle = join_types(*middle, e[i]);
        if (!middle) {
            diags_.error(target.loc, "the items a starred target collects must have one type (a list holds one element type)",
                         "ints and floats mix (as floats); unpack the items separately");
            return nullptr;
        }
        for (size_t i = 0; i < star; ++i) items.push_back(e[i]);
        items.push_back(Type::list(*middle));
        for (size_t i = e.size() - after; i < e.size(); ++i) items.push_back(e[i]);
    } else {
        diags_.error(target.loc, fmt::format("a starred assignment cannot unpack a value of type '{}'", value->type.to_string()),
                     "starred targets work with lists and tuples");
        return nullptr;
    }
    std::vector<std::pair<std::string, ExprPtr>> operand;
    operand.emplace_back("a", std::move(value));
    return runtime_call(loc, Type::tuple(std::move(items)), "unpack", fmt::format("py::unpack_starred<{{T}}, {}>({{a}})", star),
                        std::move(operand));
}

void FunctionLowering::lower_assign(const ast::Assign& a, ir::Block& out) {
    if (bind_local_lambda(a)) return;
    // A name, a field or an item may hold None; unpacking needs the value.
    const bool unpacks = std::any_of(a.targets.begin(), a.targets.end(), [](const ast::ExprPtr& t) { return t->kind == ast::ExprKind::Tuple; });
    auto value = unpacks ? lower_expr(*a.value) : lower_maybe_none(*a.value);
    if (!value) {
        std::set<std::string> targets;
        for (const auto& t : a.targets) collect_target_names(*t, targets);
        poisoned_.insert(targets.begin(), targets.end());
        return;
    }
    // `a = b = expr` evaluates expr once: assign the first target, then copy from it. With an item
    // or field among the targets (`D[i, j] = D[j, i] = d`), the value is held in a hidden variable
    // and each target, left to right, gets it (the same object, as in Python).
    const bool all_names = std::all_of(a.targets.begin(), a.targets.end() - 1, [](const ast::ExprPtr& t) { return t->kind == ast::ExprKind::Name; });
    std::optional<int> held_id;
    if (a.targets.size() > 1 && !all_names) {
        VarVersion& held = hold_once(std::move(value), "chained", a.loc, out);
        held_id = held.id;
        value = read_variable(held, a.loc);
    }
    for (size_t i = 0; i < a.targets.size(); ++i) {
        const ast::Expr& target = *a.targets[i];
        ExprPtr v = std::move(value);
        if (held_id && i + 1 < a.targets.size()) {
            VarVersion* held = vars_.by_id(*held_id);
            value = read_variable(*held, a.loc);
        }
        if (target.kind == ast::ExprKind::Name) {
            assign_to_name(target.as<ast::Name>(), std::move(v), out);
            if (i + 1 < a.targets.size() && !held_id) value = lower_name(target.as<ast::Name>());
            if (i + 1 < a.targets.size() && !value) return;
        } else if (target.kind == ast::ExprKind::Tuple) {
            assign_to_tuple(target.as<ast::Tuple>(), std::move(v), out);
        } else if (target.kind == ast::ExprKind::Subscript) {
            store_to_subscript(target.as<ast::Subscript>(), "", std::move(v), out);
        } else if (target.kind == ast::ExprKind::Attribute) {
            store_to_field(target.as<ast::Attribute>(), "", std::move(v), out);
        } else {
            diags_.error(target.loc, "unsupported assignment target", "");
        }
    }
}

void FunctionLowering::lower_aug_assign(const ast::AugAssign& a, ir::Block& out) {
    if (a.target->kind == ast::ExprKind::Subscript) {
        if (auto value = lower_expr(*a.value)) store_to_subscript(a.target->as<ast::Subscript>(), a.op, std::move(value), out);
        return;
    }
    if (a.target->kind == ast::ExprKind::Attribute) {
        store_to_field(a.target->as<ast::Attribute>(), a.op, nullptr, out, a.value.get());
        return;
    }
    if (a.target->kind != ast::ExprKind::Name) {
        diags_.error(a.target->loc, "augmented assignment is only supported to plain names", "");
        return;
    }
    const auto& name = a.target->as<ast::Name>();
    auto current = lower_name(name);
    auto value = lower_expr(*a.value);
    if (!current || !value) return;
    if (current->type.is(TypeKind::Optional)) {  // x += 1 where x may be None
        std::string message = fmt::format("unsupported operand type(s) for {}=: 'NoneType' and '{}'", a.op, python_type_name(value->type));
        current = ir::unwrap_none(std::move(current), "TypeError", message);
    }
    // `x += y` on an array updates it in place: every alias of x sees the change, as in Python.
    if (current->type.is_array()) {
        store_into_array(a.loc, std::move(current), a.op, std::move(value), out);
        return;
    }
    // On a list, `+=` extends it in place (with any iterable) and `*=` repeats it in place; a set
    // is updated in place by |= &= -= ^=.
    if (current->type.is(TypeKind::List)) {
        extend_list_in_place(a, std::move(current), std::move(value), out);
        return;
    }
    if (current->type.is(TypeKind::Set)) {
        update_set_in_place(a, std::move(current), std::move(value), out);
        return;
    }
    auto result = lower_arithmetic(a.loc, a.op, std::move(current), std::move(value));
    if (result) assign_to_name(name, std::move(result), out);
}

void FunctionLowering::lower_ann_assign(const ast::AnnAssign& a, ir::Block& out) {
    if (!a.value) return;  // `x: int` alone declares nothing executable
    // An annotation py2cpp has no type for (np.ndarray, Any, a library's class) is ignored, as
    // Python ignores it.
    auto declared = annotation_of(*a.annotation);
    auto value = lower_maybe_none(*a.value);
    if (!value) {
        std::set<std::string> targets;
        collect_target_names(*a.target, targets);
        poisoned_.insert(targets.begin(), targets.end());
        return;
    }
    // An empty container (`xs: list[float] = []`, `self.memo: dict[int, int] = {}`) takes the annotation's types.
    const bool container = value->type.is(TypeKind::List) || value->type.is_dict() || value->type.is_set();
    if (declared && container && value->type.is_undetermined() && assignable(value->type, *declared)) {
        value = convert_for_store(std::move(value), *declared);
        if (!value) return;
    }
    switch (a.target->kind) {
        case ast::ExprKind::Attribute: store_to_field(a.target->as<ast::Attribute>(), "", std::move(value), out); return;
        case ast::ExprKind::Subscript: store_to_subscript(a.target->as<ast::Subscript>(), "", std::move(value), out); return;
        case ast::ExprKind::Name: break;
        default: diags_.error(a.target->loc, "unsupported assignment target", ""); return;
    }
    if (declared) {  // a name takes the annotation's type, as a type checker gives it
        auto joined = join_types(value->type, *declared);
        if (!joined || *joined != *declared) {
            diags_.error(a.value->loc, fmt::format("value of type '{}' does not match the annotation '{}'", value->type.to_string(),
                                                   declared->to_string()), "");
            return;
        }
        value = value->type.is(TypeKind::Object) ? convert_for_store(std::move(value), *declared) : ir::promote(std::move(value), *declared);
        if (!value) return;
    }
    assign_to_name(a.target->as<ast::Name>(), std::move(value), out);
}

void FunctionLowering::lower_if(const ast::If& s, ir::Block& out) {
    auto test = lower_condition(*s.test);
    // A test known when compiling (`if scale is None:` in a specialization where scale is None)
    // keeps only the branch taken, spliced into the enclosing block: the other branch may not even
    // type-check for these argument types, and straight-line code can retype variables.
    if (test && test->kind == ir::ExprKind::Const && test->type.is(TypeKind::Bool)) {
        const ast::Block& taken = std::get<bool>(test->as<ir::Const>().value) ? s.body : s.orelse;
        for (const auto& stmt : taken) lower_stmt(*stmt, out);
        return;
    }
    auto node = std::make_unique<ir::If>(s.loc);
    lower_block(s.body, node->body);
    lower_block(s.orelse, node->orelse);
    // An `elif` whose test was known when compiling was replaced by its taken branch: the chain
    // then ends in a plain else block (or nothing).
    node->is_elif_chain = s.is_elif_chain && node->orelse.size() == 1 && node->orelse.front()->kind == ir::StmtKind::If;
    if (!test) return;
    node->test = ir::to_condition(std::move(test));
    out.push_back(std::move(node));
}

namespace {
// Whether `block` (a loop body) holds a `break` of its own loop (not one of a nested loop).
bool has_own_break(const ast::Block& block) {
    for (const auto& s : block) {
        switch (s->kind) {
            case ast::StmtKind::Break: return true;
            case ast::StmtKind::If:
                if (has_own_break(s->as<ast::If>().body) || has_own_break(s->as<ast::If>().orelse)) return true;
                break;
            case ast::StmtKind::While:  // a nested loop's else clause is outside that loop
                if (has_own_break(s->as<ast::While>().orelse)) return true;
                break;
            case ast::StmtKind::For:
                if (has_own_break(s->as<ast::For>().orelse)) return true;
                break;
            case ast::StmtKind::With:
                if (has_own_break(s->as<ast::With>().body)) return true;
                break;
            case ast::StmtKind::Try: {
                const auto& t = s->as<ast::Try>();
                for (const auto* b : {&t.body, &t.orelse, &t.finalbody})
                    if (has_own_break(*b)) return true;
                for (const auto& h : t.handlers)
                    if (has_own_break(h.body)) return true;
                break;
            }
            default: break;
        }
    }
    return false;
}
}  // namespace

// A `for`/`while` loop, with its `else:` clause when it has one: a hidden flag, set by the loop's
// own `break`s (not those of nested loops), guards the clause after the loop:
//     broke = false; for (...) { ... broke = true; break; ... } if (!broke) { else clause }
// Without a break of its own the clause always runs: it simply follows the loop.
void FunctionLowering::lower_loop(const ast::Stmt& s, const ast::Block& orelse, ir::Block& out) {
    const ast::Block& body = s.kind == ast::StmtKind::While ? s.as<ast::While>().body : s.as<ast::For>().body;
    if (!orelse.empty() && !has_own_break(body)) {
        loop_else_flags_.push_back(-1);
        if (s.kind == ast::StmtKind::While) lower_while(s.as<ast::While>(), out);
        else lower_for(s.as<ast::For>(), out);
        loop_else_flags_.pop_back();
        for (const auto& stmt : orelse) lower_stmt(*stmt, out);  // at the loop's own level, as in Python
        return;
    }
    VarVersion* flag = nullptr;
    if (!orelse.empty()) {
        flag = &vars_.create_hidden("loop", "broke", Type::boolean(), path_);
        auto init = std::make_unique<ir::Assign>(s.loc, "", Type::boolean(), std::make_unique<ir::Const>(s.loc, Type::boolean(), false));
        init->var_id = flag->id;
        vars_.record_use(*flag, path_);
        out.push_back(std::move(init));
    }
    const int flag_id = flag ? flag->id : -1;
    loop_else_flags_.push_back(flag_id);
    if (s.kind == ast::StmtKind::While) lower_while(s.as<ast::While>(), out);
    else lower_for(s.as<ast::For>(), out);
    loop_else_flags_.pop_back();
    if (flag_id < 0) return;
    auto branch = std::make_unique<ir::If>(s.loc);
    VarVersion& broke = *vars_.by_id(flag_id);
    branch->test = std::make_unique<ir::Unary>(s.loc, Type::boolean(), ir::UnaryOpKind::Not, read_variable(broke, s.loc));
    lower_block(orelse, branch->body);
    out.push_back(std::move(branch));
}

void FunctionLowering::lower_while(const ast::While& s, ir::Block& out) {
    // The condition is re-evaluated every iteration, so it belongs to the loop's scope.
    auto node = std::make_unique<ir::While>(s.loc);
    path_.push_back(next_block_id_);
    auto test = lower_condition(*s.test);
    path_.pop_back();
    lower_block(s.body, node->body);
    if (!test) return;
    node->test = ir::to_condition(std::move(test));
    out.push_back(std::move(node));
}

void FunctionLowering::lower_for(const ast::For& s, ir::Block& out) {
    const bool is_range = s.iter->kind == ast::ExprKind::Call && s.iter->as<ast::Call>().func->kind == ast::ExprKind::Name &&
                          s.iter->as<ast::Call>().func->as<ast::Name>().id == "range" && !local_names_.count("range");
    if (!is_range || s.target->kind != ast::ExprKind::Name) {
        auto iterable = lower_iterated(*s.iter);
        if (!iterable) return;
        if (iterable->type.is(TypeKind::Tuple) && iterable->type.elements.empty()) {
            // `for x in ()` (an empty *args): the body never runs; the tuple is still evaluated.
            if (ir::has_side_effects(*iterable)) out.push_back(std::make_unique<ir::ExprStmt>(s.loc, std::move(iterable)));
            return;
        }
        if (iterable->type.is_array()) {
            if (s.target->kind != ast::ExprKind::Name) {
                diags_.error(s.target->loc, "unpacking the rows of an array in a 'for' target is not supported",
                             "loop with a plain name and unpack inside the body");
                return;
            }
            lower_for_array(s, stored_array(std::move(iterable)), out);
            return;
        }
        lower_for_iterable(s, std::move(iterable), out);
        return;
    }
    const auto& call = s.iter->as<ast::Call>();
    if (call.args.empty() || call.args.size() > 3 || !call.keywords.empty()) {
        diags_.error(s.iter->loc, fmt::format("range expected 1 to 3 positional arguments, got {}", call.args.size()), "");
        return;
    }
    std::vector<ExprPtr> bounds;
    for (const auto& a : call.args) {
        auto e = lower_expr(*a);
        if (!e) return;
        if (!e->type.is(TypeKind::Int) && !e->type.is(TypeKind::Bool) && e->type.is_known()) {
            diags_.error(a->loc, fmt::format("'{}' object cannot be interpreted as an integer", e->type.to_string()),
                         "range() needs int arguments; convert with int(...)");
            return;
        }
        bounds.push_back(ir::promote(std::move(e), Type::integer()));
    }
    auto node = std::make_unique<ir::For>(s.loc);
    if (bounds.size() == 1) {
        node->stop = std::move(bounds[0]);
    } else {
        node->start = std::move(bounds[0]);
        node->stop = std::move(bounds[1]);
        if (bounds.size() == 3) node->step = std::move(bounds[2]);
    }
    const std::string& name = s.target->as<ast::Name>().id;
    path_.push_back(next_block_id_);  // the loop variable belongs to the body's block
    // A loop at the top level of the body starts a fresh variable (usually local to the loop);
    // a nested loop reuses the variable it finds, assigning it on every iteration.
    VarVersion* v = depth() == 1 ? nullptr : vars_.current(name);
    if (!v) {
        v = &vars_.create(name, Type::integer(), path_);
        v->is_loop_var = true;
    } else {
        node->var_outlives_loop = true;
        if (v->type != Type::integer() && !join_types(v->type, Type::integer())) {
            diags_.error(s.target->loc, fmt::format("loop variable '{}' holds a {} elsewhere", name, v->type.to_string()), "use another name");
            path_.pop_back();
            return;
        }
    }
    node->var_id = v->id;
    vars_.record_use(*v, path_);
    path_.pop_back();
    lower_block(s.body, node->body);
    out.push_back(std::move(node));
}

// `for x in a:` over an array: Python iterates the array object it had when the loop started
// (elements of a vector, row views of a matrix), so the array is held in a hidden variable and
// indexed by a hidden counter; `x` is assigned at the top of each iteration.
void FunctionLowering::lower_for_array(const ast::For& s, ExprPtr iterable, ir::Block& out) {
    const auto& target = s.target->as<ast::Name>();
    const Type array = iterable->type;
    VarVersion& items = vars_.create_hidden(target.id, "items", array, path_);
    auto hold = std::make_unique<ir::Assign>(s.loc, "", array, std::move(iterable));
    hold->var_id = items.id;
    vars_.record_use(items, path_);
    out.push_back(std::move(hold));

    auto node = std::make_unique<ir::For>(s.loc);
    std::vector<std::pair<std::string, ExprPtr>> held;
    held.emplace_back("a", read_variable(items, s.loc));
    node->stop = runtime_call(s.loc, Type::integer(), "builtins.len", "py::len({a})", std::move(held));
    path_.push_back(next_block_id_++);  // the body's block, as lower_block would open it
    VarVersion& index = vars_.create_hidden(target.id, "index", Type::integer(), path_);
    index.is_loop_var = true;
    node->var_id = index.id;
    vars_.record_use(index, path_);
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("a", read_variable(items, s.loc));
    operands.emplace_back("i", read_variable(index, s.loc));
    auto element = array.rank == 1 ? runtime_call(s.loc, element_type(array.dtype), "getitem", "{a}.at({i})", std::move(operands))
                                   : runtime_call(s.loc, Type::array(array.dtype, array.rank - 1), "view", "{a}.view({i})", std::move(operands));
    assign_to_name(target, std::move(element), node->body);
    for (const auto& stmt : s.body) lower_stmt(*stmt, node->body);
    path_.pop_back();
    out.push_back(std::move(node));
}

void FunctionLowering::lower_return(const ast::Return& s, ir::Block& out) {
    if (in_main_) {
        diags_.error(s.loc, "'return' outside function", "");
        return;
    }
    ExprPtr value;
    if (s.value) {
        expected_ = declared_return_;
        value = lower_maybe_none(*s.value);
        expected_.reset();
        if (!value) return;
    }
    Type t = value ? value->type : Type::none();
    if (generator_) {  // `return` ends a generator; a value would be its StopIteration's
        if (!t.is(TypeKind::None)) {
            diags_.error(s.loc, "'return' with a value in a generator is not supported",
                         "the value would only reach StopIteration.value: yield it, then 'return'");
            return;
        }
        if (value) out.push_back(std::make_unique<ir::ExprStmt>(s.loc, std::move(value)));  // `return f()` of a None call
        out.push_back(std::make_unique<ir::Return>(s.loc, nullptr));
        has_return_ = true;
        return;
    }
    if (holds_type_object(t)) {
        diags_.error(s.loc, fmt::format("returning a class or dtype ({}) is not supported", t.to_string()),
                     "classes and dtypes are only supported as arguments that take one (dtype=float, defaultdict(list))");
        return;
    }
    if (holds_iterator(t)) {
        diags_.error(s.loc, fmt::format("returning an iterator ({}) is not supported yet", t.to_string()),
                     "return a list of it instead: return list(...)");
        return;
    }
    if (t.is(TypeKind::None)) value.reset();
    auto joined = join_types(inferred_return_, t);
    if (!joined && !declared_return_) {
        diags_.error(s.loc, fmt::format("'{}' returns {} here but {} elsewhere", function_name_, t.to_string(), inferred_return_.to_string()),
                     "every return of a function must give the same type (numbers are promoted)");
        return;
    }
    if (joined && mixes_int_and_float(inferred_return_, t) && !mixed_numbers_loc_.valid()) mixed_numbers_loc_ = s.loc;
    if (joined) inferred_return_ = *joined;
    auto node = std::make_unique<ir::Return>(s.loc, std::move(value));
    has_return_ = true;
    out.push_back(std::move(node));
}

void FunctionLowering::lower_assert(const ast::Assert& s, ir::Block& out) {
    auto node = std::make_unique<ir::Assert>(s.loc);
    node->test = ir::to_condition(lower_condition(*s.test));
    if (s.msg) {
        node->msg = as_str(lower_maybe_none(*s.msg));
        if (!node->msg) return;
    }
    if (node->test) out.push_back(std::move(node));
}

std::optional<std::string> FunctionLowering::exception_class_of(const ast::Expr& e) {
    std::optional<std::string> name;
    if (e.kind == ast::ExprKind::Name && !vars_.current(e.as<ast::Name>().id)) {
        name = e.as<ast::Name>().id;
        if (auto it = ctx_.symbols.imports.find(*name); it != ctx_.symbols.imports.end()) name = it->second;
    } else if (e.kind == ast::ExprKind::Attribute) {
        name = qualified_name(e);
    }
    if (name && (ctx_.symbols.is_exception_class(*name) || exception_cpp_class(*name))) return name;
    std::string what = "expected an exception class";
    if (name) what = fmt::format("'{}' is not an exception class compiled code can raise or catch", *name);
    else if (e.kind == ast::ExprKind::Name)
        what = fmt::format("'{}' is a variable of type {}, not an exception class", e.as<ast::Name>().id,
                           vars_.current(e.as<ast::Name>().id)->type.to_string());
    diags_.error(e.loc, what, "use one of: " + known_exception_names());
    return std::nullopt;
}

void FunctionLowering::lower_raise(const ast::Raise& s, ir::Block& out) {
    // `from cause` sets __cause__, which only a traceback shows: the cause must be a caught
    // exception or None (evaluating anything else could have effects of its own).
    if (s.cause) {
        const bool none = s.cause->kind == ast::ExprKind::Constant && std::holds_alternative<ast::NoneValue>(s.cause->as<ast::Constant>().value);
        const VarVersion* v = s.cause->kind == ast::ExprKind::Name ? vars_.current(s.cause->as<ast::Name>().id) : nullptr;
        if (!none && !(v && is_exception_value(v->type))) {
            diags_.error(s.cause->loc, "'raise … from' takes a caught exception or None here", "name the exception of the enclosing 'except … as e:'");
            return;
        }
    }
    if (!s.exc) {  // re-raise the exception being handled
        if (handler_depth_ == 0) {
            diags_.error(s.loc, "a bare 'raise' outside an 'except' block", "Python would raise RuntimeError: No active exception to reraise");
            return;
        }
        out.push_back(std::make_unique<ir::Raise>(s.loc, "", nullptr));
        return;
    }
    if (s.exc->kind == ast::ExprKind::Name) {  // `raise e` of a caught exception
        if (const VarVersion* v = vars_.current(s.exc->as<ast::Name>().id); v && v->type.is(TypeKind::Exception)) {
            auto node = std::make_unique<ir::Raise>(s.loc, "", nullptr);
            node->reraise = lower_expr(*s.exc);
            if (node->reraise) out.push_back(std::move(node));
            return;
        }
    }
    // Objects of the module's exception classes, built-in classes with arguments.
    if (lower_raise_value(s, out)) return;
    const ast::Expr* callee = s.exc.get();
    if (callee->kind == ast::ExprKind::Call) callee = callee->as<ast::Call>().func.get();
    auto cls = exception_class_of(*callee);  // raise E / raise E(): a built-in class without arguments
    if (!cls) return;
    out.push_back(std::make_unique<ir::Raise>(s.loc, *cls, nullptr));
}

namespace {

// A return anywhere, or a break/continue that is not inside a loop of `block` itself: statements
// that leave `block` early.
const ast::Stmt* leaves_through(const ast::Block& block, bool in_loop) {
    for (const auto& s : block) {
        switch (s->kind) {
            case ast::StmtKind::Return: return s.get();
            case ast::StmtKind::Break:
            case ast::StmtKind::Continue:
                if (!in_loop) return s.get();
                break;
            case ast::StmtKind::If:
                for (const auto* b : {&s->as<ast::If>().body, &s->as<ast::If>().orelse})
                    if (auto* found = leaves_through(*b, in_loop)) return found;
                break;
            // A loop's else clause is outside the loop: its break/continue belong to the enclosing one.
            case ast::StmtKind::While:
                if (auto* found = leaves_through(s->as<ast::While>().body, true)) return found;
                if (auto* found = leaves_through(s->as<ast::While>().orelse, in_loop)) return found;
                break;
            case ast::StmtKind::For:
                if (auto* found = leaves_through(s->as<ast::For>().body, true)) return found;
                if (auto* found = leaves_through(s->as<ast::For>().orelse, in_loop)) return found;
                break;
            case ast::StmtKind::With:
                if (auto* found = leaves_through(s->as<ast::With>().body, in_loop)) return found;
                break;
            case ast::StmtKind::Try: {
                const auto& t = s->as<ast::Try>();
                for (const auto* b : {&t.body, &t.orelse, &t.finalbody})
                    if (auto* found = leaves_through(*b, in_loop)) return found;
                for (const auto& h : t.handlers)
                    if (auto* found = leaves_through(h.body, in_loop)) return found;
                break;
            }
            default: break;
        }
    }
    return nullptr;
}

}  // namespace

ExprPtr FunctionLowering::context_manager_call(SourceLoc loc, ExprPtr manager, const std::string& method) {
    if (manager->type.is(TypeKind::LibraryObject) && library_member(manager->type, method))  // a file: its table's entries
        return call_library_dunder(loc, std::move(manager), method);
    const ast::ClassDef* owner = manager->type.is(TypeKind::Object) ? ctx_.symbols.method_owner(manager->type.class_name, method) : nullptr;
    if (!owner) {
        diags_.error(loc, fmt::format("'{}' object does not support the context manager protocol", python_type_name(manager->type)),
                     manager->type.is(TypeKind::Object) ? "define __enter__ and __exit__ in its class" : "");
        return nullptr;
    }
    const ast::FunctionDef& fn = *owner->method(method);
    std::vector<ExprPtr> args;
    args.push_back(std::move(manager));
    // __exit__(self, exc_type, exc_value, traceback): py2cpp calls it as at the normal end of the
    // block, also when an exception leaves it (which then goes on).
    if (method == "__exit__") {
        if (fn.params.size() != 4) {
            diags_.error(fn.loc, fmt::format("'{}.__exit__' must take (self, exc_type, exc_value, traceback)", owner->name), "");
            return nullptr;
        }
        for (int i = 0; i < 3; ++i) args.push_back(std::make_unique<ir::Const>(loc, Type::none(), ir::NoneValue{}));
    }
    auto call = call_method_lowered(loc, *owner, method, std::move(args));
    if (call && method == "__exit__" && call->type.is_known() && !call->type.is(TypeKind::None)) {
        diags_.error(fn.loc, fmt::format("'{}.__exit__' returns a {}: suppressing the exception of a 'with' block is not supported",
                                         owner->name, call->type.to_string()),
                     "return nothing from __exit__ (an exception in flight then goes on)");
        return nullptr;
    }
    return call;
}

void FunctionLowering::lower_with(const ast::With& s, size_t item, ir::Block& out) {
    if (item == s.items.size()) {
        lower_block(s.body, out);
        return;
    }
    const ast::With::Item& it = s.items[item];
    auto manager = lower_expr(*it.context);
    if (!manager || !manager->type.is_known()) {  // what the block binds is not known either
        std::set<std::string> targets;
        collect_assigned(s, targets);
        poisoned_.insert(targets.begin(), targets.end());
        return;
    }
    VarVersion& held = hold_once(std::move(manager), "context", it.context->loc, out);
    auto entered = context_manager_call(it.context->loc, read_variable(held, it.context->loc), "__enter__");
    if (!entered) return;
    if (!it.target) {
        out.push_back(std::make_unique<ir::ExprStmt>(it.context->loc, std::move(entered)));
    } else if (it.target->kind == ast::ExprKind::Name) {
        assign_to_name(it.target->as<ast::Name>(), std::move(entered), out);
    } else if (it.target->kind == ast::ExprKind::Tuple) {
        assign_to_tuple(it.target->as<ast::Tuple>(), std::move(entered), out);
    } else if (it.target->kind == ast::ExprKind::Attribute) {
        store_to_field(it.target->as<ast::Attribute>(), "", std::move(entered), out);
    } else if (it.target->kind == ast::ExprKind::Subscript) {
        store_to_subscript(it.target->as<ast::Subscript>(), "", std::move(entered), out);
    } else {
        diags_.error(it.target->loc, "unsupported 'with' target", "");
        return;
    }
    auto node = std::make_unique<ir::Try>(s.loc);
    path_.push_back(next_block_id_++);
    lower_with(s, item + 1, node->body);
    path_.pop_back();
    auto exit = context_manager_call(it.context->loc, read_variable(held, it.context->loc), "__exit__");
    if (!exit) return;
    node->finalbody.push_back(std::make_unique<ir::ExprStmt>(it.context->loc, std::move(exit)));
    node->always_leaves = always_exits(node->body);
    out.push_back(std::move(node));
}

void FunctionLowering::lower_try(const ast::Try& s, ir::Block& out) {
    // Leaving a finally block early replaces (or swallows) the exception in flight: not supported.
    if (const ast::Stmt* exit = leaves_through(s.finalbody, false)) {
        const char* what = exit->kind == ast::StmtKind::Return ? "return" : exit->kind == ast::StmtKind::Break ? "break" : "continue";
        diags_.error(exit->loc, fmt::format("'{}' inside a 'finally' block is not supported", what),
                     "Python would discard an exception in flight there; leave the finally block normally");
        return;
    }
    auto node = std::make_unique<ir::Try>(s.loc);
    lower_block(s.body, node->body);
    for (const auto& h : s.handlers) {
        ir::Try::Handler handler;
        handler.loc = h.loc;
        bool ok = true;
        if (h.type) {
            std::vector<const ast::Expr*> types;
            if (h.type->kind == ast::ExprKind::Tuple)
                for (const auto& t : h.type->as<ast::Tuple>().elts) types.push_back(t.get());
            else
                types.push_back(h.type.get());
            for (const auto* t : types) {
                auto cls = exception_class_of(*t);
                ok = ok && cls;
                if (cls) handler.classes.push_back(*cls);
            }
            // `except BaseException:` catches everything, as a bare `except:` (`except Exception:`
            // lets SystemExit through).
            if (std::find(handler.classes.begin(), handler.classes.end(), "BaseException") != handler.classes.end())
                handler.classes.clear();
        }
        path_.push_back(next_block_id_++);
        ++handler_depth_;
        if (!h.name.empty()) {
            // `e` holds the caught exception for the handler's body (Python unbinds it afterwards):
            // a version of its own in each handler, whatever the name held before.
            // An exception class of the module caught alone: the object itself (its fields and
            // methods); otherwise a py::CaughtException knowing the class the handler names.
            Type caught = Type::exception();
            caught.class_name = handler.classes.size() == 1 ? handler.classes.front() : "BaseException";
            std::string made = "py::CaughtException(caught_)";
            if (handler.classes.size() == 1 && is_exception_object_class(handler.classes.front())) {
                caught = object_type(handler.classes.front());
                made = "py::caught_object<" + cpp_identifier(handler.classes.front()) + ">(caught_)";
            }
            if (VarVersion* v = &vars_.create(h.name, caught, path_)) {
                auto value = runtime_call(h.loc, caught, "caught", made, {});
                auto assign = std::make_unique<ir::Assign>(h.loc, "", v->type, std::move(value));
                assign->var_id = v->id;
                vars_.record_use(*v, path_);
                handler.body.push_back(std::move(assign));
            } else {
                ok = false;
            }
        }
        for (const auto& stmt : h.body) lower_stmt(*stmt, handler.body);
        --handler_depth_;
        path_.pop_back();
        if (ok) node->handlers.push_back(std::move(handler));
    }
    lower_block(s.orelse, node->orelse);
    lower_block(s.finalbody, node->finalbody);
    node->always_leaves = always_exits(node->body) || (!node->orelse.empty() && always_exits(node->orelse));
    for (const auto& h : node->handlers) node->always_leaves = node->always_leaves && always_exits(h.body);
    out.push_back(std::move(node));
}

}  // namespace py2cpp
