// The project's own Python AST: a faithful, located copy of the subset of CPython's `ast` that
// the later stages understand.
//
// The front end builds it from the objects `ast.parse` returns. Constructs the transpiler does not
// support never get here: the builder reports them (with a location and hint) and drops them,
// so every later stage may assume the tree is well formed. Names mirror CPython's node names.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diag/diagnostics.hpp"

namespace py2cpp::ast {

struct NoneValue {
    bool operator==(const NoneValue&) const { return true; }
};
// `...` (Ellipsis): an index (`a[..., 0]`) or a statement that does nothing; no other value.
struct EllipsisValue {
    bool operator==(const EllipsisValue&) const { return true; }
};
// A complex literal (`2j`, whose real part is 0; `1 + 2j` is an addition).
struct ComplexValue {
    double real = 0.0, imag = 0.0;
    bool operator==(const ComplexValue& o) const { return real == o.real && imag == o.imag; }
};
using ConstantValue = std::variant<NoneValue, bool, std::int64_t, double, std::string, EllipsisValue, ComplexValue>;

enum class ExprKind {
    Constant, Name, BinOp, UnaryOp, BoolOp, Compare, Call, Attribute, Subscript,
    Tuple, List, IfExp, JoinedStr, FormattedValue, Slice, Comprehension, Starred, Dict, Set, Lambda
};

struct Expr {
    ExprKind kind;
    SourceLoc loc;
    explicit Expr(ExprKind k, SourceLoc l) : kind(k), loc(l) {}
    virtual ~Expr() = default;
    template <class T> const T& as() const { return static_cast<const T&>(*this); }
};
using ExprPtr = std::unique_ptr<Expr>;

struct Constant : Expr {
    ConstantValue value;
    Constant(SourceLoc l, ConstantValue v) : Expr(ExprKind::Constant, l), value(std::move(v)) {}
};
struct Name : Expr {
    std::string id;
    Name(SourceLoc l, std::string i) : Expr(ExprKind::Name, l), id(std::move(i)) {}
};
// Operators are kept as Python spells them ("+", "//", "**", "<", "is not", "and", "not", …).
struct BinOp : Expr {
    std::string op;
    ExprPtr left, right;
    BinOp(SourceLoc l, std::string o, ExprPtr a, ExprPtr b)
        : Expr(ExprKind::BinOp, l), op(std::move(o)), left(std::move(a)), right(std::move(b)) {}
};
struct UnaryOp : Expr {
    std::string op;
    ExprPtr operand;
    UnaryOp(SourceLoc l, std::string o, ExprPtr e)
        : Expr(ExprKind::UnaryOp, l), op(std::move(o)), operand(std::move(e)) {}
};
struct BoolOp : Expr {
    std::string op;  // "and" | "or"
    std::vector<ExprPtr> values;
    BoolOp(SourceLoc l, std::string o) : Expr(ExprKind::BoolOp, l), op(std::move(o)) {}
};
struct Compare : Expr {
    ExprPtr left;
    std::vector<std::string> ops;
    std::vector<ExprPtr> comparators;
    explicit Compare(SourceLoc l) : Expr(ExprKind::Compare, l) {}
};
struct Keyword {
    SourceLoc loc;
    std::string name;
    ExprPtr value;
};
struct Call : Expr {
    ExprPtr func;
    std::vector<ExprPtr> args;
    std::vector<Keyword> keywords;
    explicit Call(SourceLoc l) : Expr(ExprKind::Call, l) {}
};
struct Attribute : Expr {
    ExprPtr value;
    std::string attr;
    Attribute(SourceLoc l, ExprPtr v, std::string a)
        : Expr(ExprKind::Attribute, l), value(std::move(v)), attr(std::move(a)) {}
};
struct Subscript : Expr {
    ExprPtr value, index;
    Subscript(SourceLoc l, ExprPtr v, ExprPtr i)
        : Expr(ExprKind::Subscript, l), value(std::move(v)), index(std::move(i)) {}
};
struct Slice : Expr {
    ExprPtr lower, upper, step;  // each may be null
    explicit Slice(SourceLoc l) : Expr(ExprKind::Slice, l) {}
};
struct Starred : Expr {  // *value: supported as one target of an unpacking assignment
    ExprPtr value;
    explicit Starred(SourceLoc l) : Expr(ExprKind::Starred, l) {}
};
struct Dict : Expr {  // {k0: v0, k1: v1, ...}
    std::vector<ExprPtr> keys, values;
    explicit Dict(SourceLoc l) : Expr(ExprKind::Dict, l) {}
};
struct Set : Expr {  // {e0, e1, ...}
    std::vector<ExprPtr> elts;
    explicit Set(SourceLoc l) : Expr(ExprKind::Set, l) {}
};
struct Tuple : Expr {
    std::vector<ExprPtr> elts;
    explicit Tuple(SourceLoc l) : Expr(ExprKind::Tuple, l) {}
};
struct List : Expr {
    std::vector<ExprPtr> elts;
    explicit List(SourceLoc l) : Expr(ExprKind::List, l) {}
};
// [elt for target in iter if cond ...], (elt for ...), {elt for ...} and {key: elt for ...}: the
// clauses in source order.
struct Comprehension : Expr {
    struct Clause {
        ExprPtr target, iter;
        std::vector<ExprPtr> ifs;
    };
    // What it builds; a generator expression is evaluated eagerly into a list by py2cpp.
    enum class Builds { List, Generator, Set, Dict } builds = Builds::List;
    ExprPtr key;  // a dict comprehension's key (elt is the value)
    ExprPtr elt;
    std::vector<Clause> clauses;
    explicit Comprehension(SourceLoc l) : Expr(ExprKind::Comprehension, l) {}
};
// lambda a, b: body — the callable argument of the higher-order built-ins (sorted/min/max key=,
// list.sort key=, map, filter), which apply it in a comprehension (infer/lower_callables.cpp), or a
// function value (infer/lower_closures.cpp).
struct FunctionDef;
struct Lambda : Expr {
    std::vector<std::string> params;
    std::vector<SourceLoc> param_locs;
    ExprPtr body;
    // The same lambda as a function `<lambda>` whose body is `return BODY` (built from the same
    // CPython node): what a lambda used as a value (bound, passed, returned) is specialized from.
    std::shared_ptr<FunctionDef> function;
    explicit Lambda(SourceLoc l) : Expr(ExprKind::Lambda, l) {}
};
struct IfExp : Expr {
    ExprPtr test, body, orelse;
    explicit IfExp(SourceLoc l) : Expr(ExprKind::IfExp, l) {}
};
// f-strings: literal parts are Constant strings, replacement fields FormattedValue.
struct FormattedValue : Expr {
    ExprPtr value;
    char conversion = 0;  // 0, 's', 'r', 'a'
    std::string format_spec;  // only literal specs are supported
    explicit FormattedValue(SourceLoc l) : Expr(ExprKind::FormattedValue, l) {}
};
struct JoinedStr : Expr {
    std::vector<ExprPtr> values;
    explicit JoinedStr(SourceLoc l) : Expr(ExprKind::JoinedStr, l) {}
};

enum class StmtKind {
    FunctionDef, ClassDef, Return, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass,
    ExprStmt, Assert, Raise, Import, Try, Delete, Yield, With
};

struct Stmt {
    StmtKind kind;
    SourceLoc loc;
    Stmt(StmtKind k, SourceLoc l) : kind(k), loc(l) {}
    virtual ~Stmt() = default;
    template <class T> const T& as() const { return static_cast<const T&>(*this); }
};
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct Param {
    SourceLoc loc;
    std::string name;
    ExprPtr annotation;  // may be null
    ExprPtr default_value;  // may be null
    bool keyword_only = false;  // after a bare `*` (or after *args): given only by name
    bool variadic = false;  // *args: a tuple of the remaining positional arguments (annotation: of each item)
};
struct FunctionDef : Stmt {
    std::string name;
    std::vector<Param> params;
    ExprPtr returns;  // annotation, may be null
    std::string docstring;
    Block body;  // without the docstring
    int end_line = 0;
    std::string owner_class;  // a method: the class whose body defines it (its first parameter is the object)
    bool is_static = false;  // @staticmethod: a method without the object parameter
    bool is_property = false;  // @property: read as obj.name (a setter, @name.setter, is named __set_name__)
    // @classmethod: its first parameter is the class (`cls`), known when compiling: specialized
    // per class (a subclass calling an inherited one gets its own specialization).
    bool is_classmethod = false;
    // Names its body declares `global` (each with the declaration's location): in the whole
    // function they are the module's variables, as in Python.
    std::map<std::string, SourceLoc> global_names;
    // A nested function or a lambda's function (filled by sema, analyze_closures): its key in
    // ModuleSymbols::functions (`make_scaler.<locals>.scale`), its C++ name (`scale_in_make_scaler_`)
    // and the variables of the enclosing functions it reads (its captures, sorted), which its
    // specializations take as leading parameters. Empty for a module function.
    mutable std::string key, cpp_name;
    mutable std::vector<std::string> captures;
    mutable std::vector<std::string> free_names;  // every name it reads that is not its own (captures, globals, builtins)
    mutable bool nested = false;
    bool is_generator = false;  // its body (not a nested def's) has a `yield`: a call makes a generator
    // @functools.lru_cache / @functools.cache: the decorator as written (`lru_cache`, `functools.cache`;
    // sema checks that it names functools'), its location, and maxsize (-1: None, unbounded).
    struct Cache {
        std::string decorator;
        SourceLoc loc;
        long long maxsize = -1;
    };
    std::optional<Cache> cache;
    FunctionDef(SourceLoc l) : Stmt(StmtKind::FunctionDef, l) {}
};
struct Return : Stmt {
    ExprPtr value;  // may be null
    Return(SourceLoc l, ExprPtr v) : Stmt(StmtKind::Return, l), value(std::move(v)) {}
};
struct Assign : Stmt {
    std::vector<ExprPtr> targets;  // `a = b = 1` has two
    ExprPtr value;
    explicit Assign(SourceLoc l) : Stmt(StmtKind::Assign, l) {}
};
// class NAME(BASE): docstring, methods. The front end accepts a body of methods (and `pass`) and
// one base class (sema accepts a base only for exception classes); what else a class body may
// hold is refused there.
struct ClassDef : Stmt {
    std::string name;
    std::string base;  // a base class other than object, dotted (`RuntimeError`, `np.linalg.LinAlgError`); sema decides
    SourceLoc base_loc;
    std::string docstring;
    std::vector<std::unique_ptr<FunctionDef>> methods;  // in source order
    std::vector<std::unique_ptr<Assign>> attributes;  // class attributes: `NAME = value`, in source order
    bool is_dataclass = false;  // @dataclass: its generated methods are among `methods`
    int end_line = 0;
    explicit ClassDef(SourceLoc l) : Stmt(StmtKind::ClassDef, l) {}
    const FunctionDef* method(const std::string& method_name) const {
        for (const auto& m : methods)
            if (m->name == method_name) return m.get();
        return nullptr;
    }
    bool has_attribute(const std::string& attribute) const {
        for (const auto& a : attributes)
            if (a->targets[0]->as<Name>().id == attribute) return true;
        return false;
    }
};
struct AugAssign : Stmt {
    ExprPtr target;
    std::string op;
    ExprPtr value;
    explicit AugAssign(SourceLoc l) : Stmt(StmtKind::AugAssign, l) {}
};
struct AnnAssign : Stmt {
    ExprPtr target, annotation, value;  // value may be null
    explicit AnnAssign(SourceLoc l) : Stmt(StmtKind::AnnAssign, l) {}
};
struct If : Stmt {
    ExprPtr test;
    Block body, orelse;
    bool is_elif_chain = false;  // orelse holds exactly one If that was written as `elif`
    explicit If(SourceLoc l) : Stmt(StmtKind::If, l) {}
};
struct While : Stmt {
    ExprPtr test;
    Block body, orelse;  // orelse: the `else:` clause, run when the loop ends without `break`
    explicit While(SourceLoc l) : Stmt(StmtKind::While, l) {}
};
struct For : Stmt {
    ExprPtr target, iter;
    Block body, orelse;  // orelse: the `else:` clause, run when the loop ends without `break`
    explicit For(SourceLoc l) : Stmt(StmtKind::For, l) {}
};
struct SimpleStmt : Stmt {  // break, continue, pass
    using Stmt::Stmt;
};
struct ExprStmt : Stmt {
    ExprPtr value;
    ExprStmt(SourceLoc l, ExprPtr v) : Stmt(StmtKind::ExprStmt, l), value(std::move(v)) {}
};
// `yield VALUE` / `yield` / `yield from VALUE` as a statement of its own (CPython's Expr(Yield)):
// the only place py2cpp accepts a yield (its value, what g.send() passes in, is never read).
struct Yield : Stmt {
    ExprPtr value;  // null for a bare `yield` (which yields None)
    bool from = false;  // yield from VALUE: every item of the iterable VALUE
    Yield(SourceLoc l, ExprPtr v, bool f) : Stmt(StmtKind::Yield, l), value(std::move(v)), from(f) {}
};
struct Delete : Stmt {  // del t1, t2, ...
    std::vector<ExprPtr> targets;
    explicit Delete(SourceLoc l) : Stmt(StmtKind::Delete, l) {}
};
struct Assert : Stmt {
    ExprPtr test, msg;  // msg may be null
    explicit Assert(SourceLoc l) : Stmt(StmtKind::Assert, l) {}
};
struct Raise : Stmt {
    ExprPtr exc;  // may be null (bare re-raise)
    ExprPtr cause;  // `raise X from cause`, may be null
    Raise(SourceLoc l, ExprPtr e) : Stmt(StmtKind::Raise, l), exc(std::move(e)) {}
};
// try: body / except TYPE as NAME: ... / else: ... / finally: ...
struct ExceptHandler {
    SourceLoc loc;
    ExprPtr type;  // a class, a tuple of classes, or null (bare `except:`)
    std::string name;  // `as NAME`, may be empty
    Block body;
};
struct Try : Stmt {
    Block body;
    std::vector<ExceptHandler> handlers;
    Block orelse, finalbody;
    explicit Try(SourceLoc l) : Stmt(StmtKind::Try, l) {}
};
// `with A as a, B: body`: each item's context manager is entered in order (its __enter__'s value
// bound to the target, if any) and exited in reverse order however the body ends.
struct With : Stmt {
    struct Item {
        ExprPtr context;
        ExprPtr target;  // null without `as`
    };
    std::vector<Item> items;
    Block body;
    explicit With(SourceLoc l) : Stmt(StmtKind::With, l) {}
};
// `import a.b as c` and `from a import b as c` both become bindings local name -> dotted path.
struct Import : Stmt {
    struct Binding {
        std::string local_name;
        std::string qualified_name;
    };
    std::vector<Binding> bindings;
    bool is_from = false;
    explicit Import(SourceLoc l) : Stmt(StmtKind::Import, l) {}
};

// A `# comment` of the source, carried over into the generated C++.
struct Comment {
    int line = 0;
    int col = 0;
    std::string text;  // without the leading '#'
    bool own_line = true;  // false when it trails code on the same line
};

struct Module {
    std::string name;  // module name derived from the file name
    std::string docstring;
    Block body;
    std::vector<Comment> comments;
};

}  // namespace py2cpp::ast
