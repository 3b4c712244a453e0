// Nested functions and lambdas: their captures and the late-binding check (see closures.hpp).
#include "sema/closures.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "sema/module_symbols.hpp"

namespace py2cpp {
namespace {

void target_names(const ast::Expr& t, std::set<std::string>& out) {
    switch (t.kind) {
        case ast::ExprKind::Name: out.insert(t.as<ast::Name>().id); break;
        case ast::ExprKind::Tuple: for (const auto& e : t.as<ast::Tuple>().elts) target_names(*e, out); break;
        case ast::ExprKind::List: for (const auto& e : t.as<ast::List>().elts) target_names(*e, out); break;
        case ast::ExprKind::Starred: target_names(*t.as<ast::Starred>().value, out); break;
        default: break;
    }
}

// Walks one function's own code: expressions and statements, not the bodies of the functions and
// lambdas nested in it (`on_nested` sees those), with the loops (and comprehensions) around each
// node.
struct ScopeWalker {
    std::function<void(const ast::Name&)> on_read;
    std::function<void(const std::string&, SourceLoc, const void* node)> on_bind;  // node: the binding statement
    std::function<void(const ast::FunctionDef& fn, const void* node)> on_nested;  // node: the FunctionDef or the Lambda
    std::vector<const void*> loops;
    std::function<void(const void* node, SourceLoc loc, const std::vector<const void*>& loops)> on_node;  // every closure node, with its loops

    void bind_target(const ast::Expr& t, const void* node) {
        std::set<std::string> names;
        target_names(t, names);
        for (const auto& n : names) if (on_bind) on_bind(n, t.loc, node);
        if (t.kind != ast::ExprKind::Name) expr(&t);  // a subscript's or attribute's operands are read
    }
    void exprs(const std::vector<ast::ExprPtr>& list) {
        for (const auto& e : list) expr(e.get());
    }
    void expr(const ast::Expr* e) {
        if (!e) return;
        switch (e->kind) {
            case ast::ExprKind::Constant: break;
            case ast::ExprKind::Name: if (on_read) on_read(e->as<ast::Name>()); break;
            case ast::ExprKind::BinOp: expr(e->as<ast::BinOp>().left.get()); expr(e->as<ast::BinOp>().right.get()); break;
            case ast::ExprKind::UnaryOp: expr(e->as<ast::UnaryOp>().operand.get()); break;
            case ast::ExprKind::BoolOp: exprs(e->as<ast::BoolOp>().values); break;
            case ast::ExprKind::Compare: expr(e->as<ast::Compare>().left.get()); exprs(e->as<ast::Compare>().comparators); break;
            case ast::ExprKind::Call:
                expr(e->as<ast::Call>().func.get());
                exprs(e->as<ast::Call>().args);
                for (const auto& k : e->as<ast::Call>().keywords) expr(k.value.get());
                break;
            case ast::ExprKind::Attribute: expr(e->as<ast::Attribute>().value.get()); break;
            case ast::ExprKind::Subscript: expr(e->as<ast::Subscript>().value.get()); expr(e->as<ast::Subscript>().index.get()); break;
            case ast::ExprKind::Tuple: exprs(e->as<ast::Tuple>().elts); break;
            case ast::ExprKind::List: exprs(e->as<ast::List>().elts); break;
            case ast::ExprKind::IfExp:
                expr(e->as<ast::IfExp>().test.get());
                expr(e->as<ast::IfExp>().body.get());
                expr(e->as<ast::IfExp>().orelse.get());
                break;
            case ast::ExprKind::JoinedStr: exprs(e->as<ast::JoinedStr>().values); break;
            case ast::ExprKind::FormattedValue: expr(e->as<ast::FormattedValue>().value.get()); break;
            case ast::ExprKind::Slice:
                expr(e->as<ast::Slice>().lower.get());
                expr(e->as<ast::Slice>().upper.get());
                expr(e->as<ast::Slice>().step.get());
                break;
            case ast::ExprKind::Comprehension: {
                // Its targets are its own (Python 3); its loops are loops around what it contains.
                const auto& c = e->as<ast::Comprehension>();
                if (!c.clauses.empty()) expr(c.clauses.front().iter.get());
                std::set<std::string> own;
                for (const auto& clause : c.clauses) target_names(*clause.target, own);
                auto outer_read = on_read;
                auto outer_bind = on_bind;
                on_read = [&](const ast::Name& n) { if (!own.count(n.id) && outer_read) outer_read(n); };
                on_bind = nullptr;
                loops.push_back(e);
                for (size_t i = 0; i < c.clauses.size(); ++i) {
                    if (i > 0) expr(c.clauses[i].iter.get());
                    exprs(c.clauses[i].ifs);
                }
                expr(c.key.get());
                expr(c.elt.get());
                loops.pop_back();
                on_read = outer_read;
                on_bind = outer_bind;
                break;
            }
            case ast::ExprKind::Starred: expr(e->as<ast::Starred>().value.get()); break;
            case ast::ExprKind::Dict: exprs(e->as<ast::Dict>().keys); exprs(e->as<ast::Dict>().values); break;
            case ast::ExprKind::Set: exprs(e->as<ast::Set>().elts); break;
            case ast::ExprKind::Lambda: {
                const auto& l = e->as<ast::Lambda>();
                if (l.function)
                    for (const auto& p : l.function->params) expr(p.default_value.get());  // evaluated where the lambda is
                if (on_node) on_node(e, e->loc, loops);
                if (l.function && on_nested) on_nested(*l.function, e);
                break;
            }
        }
    }
    void block(const ast::Block& b) {
        for (const auto& s : b) stmt(*s);
    }
    void stmt(const ast::Stmt& s) {
        switch (s.kind) {
            case ast::StmtKind::FunctionDef: {
                const auto& fn = s.as<ast::FunctionDef>();
                for (const auto& p : fn.params) expr(p.default_value.get());  // evaluated where the def is
                if (on_node) on_node(&s, s.loc, loops);
                if (on_bind) on_bind(fn.name, fn.loc, &s);
                if (on_nested) on_nested(fn, &s);
                break;
            }
            case ast::StmtKind::ClassDef: case ast::StmtKind::Import: case ast::StmtKind::Break: case ast::StmtKind::Continue:
            case ast::StmtKind::Pass:
                break;
            case ast::StmtKind::Return: expr(s.as<ast::Return>().value.get()); break;
            case ast::StmtKind::Assign:
                expr(s.as<ast::Assign>().value.get());
                for (const auto& t : s.as<ast::Assign>().targets) bind_target(*t, &s);
                break;
            case ast::StmtKind::AugAssign:
                expr(s.as<ast::AugAssign>().value.get());
                expr(s.as<ast::AugAssign>().target.get());  // read, then bound
                bind_target(*s.as<ast::AugAssign>().target, &s);
                break;
            case ast::StmtKind::AnnAssign:
                expr(s.as<ast::AnnAssign>().value.get());
                if (s.as<ast::AnnAssign>().value) bind_target(*s.as<ast::AnnAssign>().target, &s);
                break;
            case ast::StmtKind::If:
                expr(s.as<ast::If>().test.get());
                block(s.as<ast::If>().body);
                block(s.as<ast::If>().orelse);
                break;
            case ast::StmtKind::While:
                loops.push_back(&s);
                expr(s.as<ast::While>().test.get());
                block(s.as<ast::While>().body);
                loops.pop_back();
                block(s.as<ast::While>().orelse);
                break;
            case ast::StmtKind::For:
                expr(s.as<ast::For>().iter.get());
                loops.push_back(&s);
                bind_target(*s.as<ast::For>().target, &s);
                block(s.as<ast::For>().body);
                loops.pop_back();
                block(s.as<ast::For>().orelse);
                break;
            case ast::StmtKind::ExprStmt: expr(s.as<ast::ExprStmt>().value.get()); break;
            case ast::StmtKind::Yield: expr(s.as<ast::Yield>().value.get()); break;
            case ast::StmtKind::Assert: expr(s.as<ast::Assert>().test.get()); expr(s.as<ast::Assert>().msg.get()); break;
            case ast::StmtKind::Raise: expr(s.as<ast::Raise>().exc.get()); expr(s.as<ast::Raise>().cause.get()); break;
            case ast::StmtKind::Delete:
                for (const auto& t : s.as<ast::Delete>().targets) bind_target(*t, &s);
                break;
            case ast::StmtKind::With:
                for (const auto& item : s.as<ast::With>().items) {
                    expr(item.context.get());
                    if (item.target) bind_target(*item.target, &s);
                }
                block(s.as<ast::With>().body);
                break;
            case ast::StmtKind::Try: {
                const auto& t = s.as<ast::Try>();
                block(t.body);
                for (const auto& h : t.handlers) {
                    expr(h.type.get());
                    if (!h.name.empty() && on_bind) on_bind(h.name, h.loc, &h);
                    block(h.body);
                }
                block(t.orelse);
                block(t.finalbody);
                break;
            }
        }
    }
};

std::set<std::string> own_locals(const ast::FunctionDef& fn) {
    std::set<std::string> names;
    for (const auto& p : fn.params) names.insert(p.name);
    ScopeWalker w;
    w.on_bind = [&](const std::string& n, SourceLoc, const void*) { names.insert(n); };
    w.block(fn.body);
    for (const auto& [name, loc] : fn.global_names) names.erase(name);
    return names;
}

// The names a function reads that are not its own: its free variables (those of the functions
// nested in it included).
std::set<std::string> free_names(const ast::FunctionDef& fn) {
    std::set<std::string> reads;
    ScopeWalker w;
    w.on_read = [&](const ast::Name& n) { reads.insert(n.id); };
    w.on_nested = [&](const ast::FunctionDef& inner, const void*) {
        auto inner_free = free_names(inner);
        reads.insert(inner_free.begin(), inner_free.end());
    };
    w.block(fn.body);
    const auto locals = own_locals(fn);
    std::set<std::string> out;
    for (const auto& n : reads)
        if (!locals.count(n)) out.insert(n);
    return out;
}

struct ClosureAnalysis {
    ModuleSymbols& symbols;

    // The functions and lambdas nested directly in the code `walk` visits, whose enclosing scope
    // has the variables `visible` (its locals and its own captures); `key`/`where` name it.
    void nested_in(const std::function<void(ScopeWalker&)>& walk, const std::set<std::string>& visible, const std::string& key,
                   const std::string& where) {
        ScopeWalker w;
        w.on_nested = [&](const ast::FunctionDef& fn, const void*) {
            const bool lambda = fn.name == "<lambda>";
            const std::string own = lambda ? fmt::format("<lambda>@{}:{}", fn.loc.line, fn.loc.col) : fn.name;
            fn.nested = true;
            fn.key = key.empty() ? own : key + ".<locals>." + own;
            fn.cpp_name = lambda ? fmt::format("lambda_{}_{}_", fn.loc.line, fn.loc.col) : fmt::format("{}_in_{}_", fn.name, where);
            fn.captures.clear();
            const auto free = free_names(fn);
            fn.free_names.assign(free.begin(), free.end());
            for (const auto& n : free)
                if (visible.count(n) && n != fn.name) fn.captures.push_back(n);  // its own name: a call of itself
            symbols.functions[fn.key] = &fn;
            std::set<std::string> inner_visible = own_locals(fn);
            inner_visible.insert(fn.captures.begin(), fn.captures.end());
            nested_in([&](ScopeWalker& inner) { inner.block(fn.body); }, inner_visible, fn.key, lambda ? "lambda" : fn.name);
        };
        walk(w);
    }
};

}  // namespace

void analyze_closures(const ast::Module& module, ModuleSymbols& symbols) {
    ClosureAnalysis analysis{symbols};
    for (const auto& s : module.body) {
        if (s->kind == ast::StmtKind::FunctionDef) {
            const auto& fn = s->as<ast::FunctionDef>();
            analysis.nested_in([&](ScopeWalker& w) { w.block(fn.body); }, own_locals(fn), fn.name, fn.name);
        } else if (s->kind == ast::StmtKind::ClassDef) {
            for (const auto& m : s->as<ast::ClassDef>().methods)
                analysis.nested_in([&](ScopeWalker& w) { w.block(m->body); }, own_locals(*m), s->as<ast::ClassDef>().name + "." + m->name, m->name);
        }
    }
    // The module level's lambdas (its defs are module functions).
    analysis.nested_in(
        [&](ScopeWalker& w) {
            for (const auto& st : module.body)  // the constants' assignments too (`f = lambda x: ...`)
                if (st->kind != ast::StmtKind::FunctionDef && st->kind != ast::StmtKind::ClassDef) w.stmt(*st);
        },
        symbols.module_variables, "", "main");
}

std::optional<std::string> rebinding_after_capture(const std::vector<const ast::Stmt*>& body, const void* closure, const std::string& name) {
    struct Site {
        SourceLoc loc;
        std::vector<const void*> loops;
    };
    std::vector<Site> sites;
    std::optional<Site> made;
    ScopeWalker w;
    w.on_bind = [&](const std::string& n, SourceLoc loc, const void*) {
        if (n == name) sites.push_back({loc, w.loops});
    };
    w.on_node = [&](const void* node, SourceLoc loc, const std::vector<const void*>& loops) {
        if (node == closure) made = Site{loc, loops};
    };
    for (const auto* st : body) w.stmt(*st);
    if (!made) return std::nullopt;
    for (const auto& site : sites) {
        if (std::make_pair(site.loc.line, site.loc.col) > std::make_pair(made->loc.line, made->loc.col))
            return fmt::format("'{}' is assigned again after the closure is made (line {}): Python's closures read the variable when "
                               "they are called, so capturing its value here could differ",
                               name, site.loc.line);
        for (const void* loop : site.loops)
            if (std::find(made->loops.begin(), made->loops.end(), loop) != made->loops.end())
                return fmt::format("'{}' is assigned again by the loop that makes the closure (line {}): Python's closures read the "
                                   "variable when they are called, and would all see its last value",
                                   name, site.loc.line);
    }
    return std::nullopt;
}

}  // namespace py2cpp
