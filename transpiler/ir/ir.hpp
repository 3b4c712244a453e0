// The typed IR: the single definition of every node that type inference produces and the emitter
// consumes.
//
// Invariants (established by infer/, relied on by emit/):
//  * every expression has a known type (`type.is_known()`),
//  * every call is bound: to a user-function specialization (UserCall) or to one case of a mapping
//    table (LibraryCall),
//  * implicit conversions are explicit nodes (Cast for numeric promotion, Truthy for Python
//    truth-testing), so operands of a BinOp already have the types the operation needs,
//  * variables are resolved to a C++ name and a single type (a Python variable whose type changes
//    becomes several variables, see infer/variables.hpp).
// Dispatch over nodes goes through visit_expr / visit_stmt below; traversal (the children of each
// node, a visitor and a mutator that recurse by default) is ir/walker.hpp.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "diag/diagnostics.hpp"
#include "frontend/ast.hpp"
#include "ir/types.hpp"

namespace py2cpp::ir {

using ast::ConstantValue;
using ast::NoneValue;

enum class BinaryOp { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, BitAnd, BitOr, BitXor, LShift, RShift };
enum class UnaryOpKind { Neg, Pos, Not, Invert };
enum class CompareOp { Eq, NotEq, Lt, LtE, Gt, GtE };
enum class BoolOpKind { And, Or };

const char* binary_op_symbol(BinaryOp op);  // Python spelling
const char* compare_op_symbol(CompareOp op);

enum class ExprKind {
    Const, Var, Cast, Truthy, Binary, Unary, Compare, BoolOp, IfExp, UserCall, LibraryCall,
    TupleMake, TupleGet, FString, Let, BlockExpr, FieldGet
};

struct Expr {
    ExprKind kind;
    SourceLoc loc;
    Type type;
    Expr(ExprKind k, SourceLoc l, Type t) : kind(k), loc(l), type(std::move(t)) {}
    virtual ~Expr() = default;
    template <class T> const T& as() const { return static_cast<const T&>(*this); }
};
using ExprPtr = std::unique_ptr<Expr>;

struct Const : Expr {
    ConstantValue value;
    Const(SourceLoc l, Type t, ConstantValue v) : Expr(ExprKind::Const, l, std::move(t)), value(std::move(v)) {}
};
// A local variable, parameter or module-level constant, already renamed for C++.
struct Var : Expr {
    std::string py_name, cpp_name;
    int var_id = -1;  // the variable version (infer/variables.hpp); -1 for globals
    bool is_global = false;
    bool rebound = false;  // a module variable some function assigns (`global x`): its value depends on when it is read
    Var(SourceLoc l, Type t, std::string py, std::string cpp)
        : Expr(ExprKind::Var, l, std::move(t)), py_name(std::move(py)), cpp_name(std::move(cpp)) {}
};
struct Cast : Expr {  // numeric promotion bool->int->float, made explicit
    ExprPtr operand;
    Cast(SourceLoc l, Type t, ExprPtr e) : Expr(ExprKind::Cast, l, std::move(t)), operand(std::move(e)) {}
};
struct Truthy : Expr {  // Python truth-testing of a non-bool value
    ExprPtr operand;
    Truthy(SourceLoc l, ExprPtr e) : Expr(ExprKind::Truthy, l, Type::boolean()), operand(std::move(e)) {}
};
struct Binary : Expr {
    BinaryOp op;
    ExprPtr lhs, rhs;
    Binary(SourceLoc l, Type t, BinaryOp o, ExprPtr a, ExprPtr b)
        : Expr(ExprKind::Binary, l, std::move(t)), op(o), lhs(std::move(a)), rhs(std::move(b)) {}
};
struct Unary : Expr {
    UnaryOpKind op;
    ExprPtr operand;
    Unary(SourceLoc l, Type t, UnaryOpKind o, ExprPtr e)
        : Expr(ExprKind::Unary, l, std::move(t)), op(o), operand(std::move(e)) {}
};
// a < b <= c: every operand evaluated once, left to right, short-circuiting.
struct Compare : Expr {
    std::vector<ExprPtr> operands;
    std::vector<CompareOp> ops;
    explicit Compare(SourceLoc l) : Expr(ExprKind::Compare, l, Type::boolean()) {}
};
// Python's value-returning and/or; operands already converted to the result type.
struct BoolOp : Expr {
    BoolOpKind op;
    std::vector<ExprPtr> values;
    BoolOp(SourceLoc l, Type t, BoolOpKind o) : Expr(ExprKind::BoolOp, l, std::move(t)), op(o) {}
};
struct IfExp : Expr {
    ExprPtr test, body, orelse;
    IfExp(SourceLoc l, Type t) : Expr(ExprKind::IfExp, l, std::move(t)) {}
};
struct UserCall : Expr {
    std::string cpp_name;  // the specialization's C++ name (overloaded on parameter types)
    bool overloaded = false;  // several specializations share the name: literals need exact types
    bool callee_pure = false;  // the callee has no observable effects (see ir/evaluation_order.hpp)
    std::vector<ExprPtr> args;  // all parameters, defaults filled in
    UserCall(SourceLoc l, Type t, std::string n) : Expr(ExprKind::UserCall, l, std::move(t)), cpp_name(std::move(n)) {}
};
// A call bound to one case of a mapping table: `cpp_template` with {param} placeholders.
struct LibraryCall : Expr {
    std::string qualified_name;  // e.g. math.sqrt
    std::string cpp_template;
    std::vector<std::pair<std::string, std::vector<ExprPtr>>> args;  // placeholder -> expressions (variadic: several)
    bool elementwise = false;  // pure; a lazy expression (or a view) when its arguments are arrays
    bool effects = false;  // reads or changes hidden state (a random generator): never reordered
    bool noreturn = false;  // always raises (sys.exit): a statement of it ends its block as `raise` does
    std::string item_template;  // `result[K]` of a tuple result, {index} = K (mapping tables' "item"), or empty
    LibraryCall(SourceLoc l, Type t, std::string q, std::string tmpl)
        : Expr(ExprKind::LibraryCall, l, std::move(t)), qualified_name(std::move(q)), cpp_template(std::move(tmpl)) {}
};
struct TupleMake : Expr {
    std::vector<ExprPtr> elements;
    TupleMake(SourceLoc l, Type t) : Expr(ExprKind::TupleMake, l, std::move(t)) {}
};
struct TupleGet : Expr {
    ExprPtr tuple;
    size_t index;
    TupleGet(SourceLoc l, Type t, ExprPtr e, size_t i) : Expr(ExprKind::TupleGet, l, std::move(t)), tuple(std::move(e)), index(i) {}
};
// obj.x: a field of an object of a module class (Type::object), `obj->x` in C++.
struct FieldGet : Expr {
    ExprPtr object;
    std::string field, cpp_field;  // the Python attribute and its C++ member name
    FieldGet(SourceLoc l, Type t, ExprPtr o, std::string f, std::string cf)
        : Expr(ExprKind::FieldGet, l, std::move(t)), object(std::move(o)), field(std::move(f)), cpp_field(std::move(cf)) {}
};
struct FString : Expr {
    struct Part {
        std::string literal;  // used when value is null
        ExprPtr value;
        std::string format_spec;
        char conversion = 0;
    };
    std::vector<Part> parts;
    explicit FString(SourceLoc l) : Expr(ExprKind::FString, l, Type::str()) {}
};

// Evaluates `bindings` in order, then `body` (which refers to them as Vars). Introduced by
// ir/evaluation_order.cpp so that operands with side effects run left to right as in Python,
// although C++ leaves the order of function arguments and operands unspecified.
struct Let : Expr {
    std::vector<std::pair<std::string, ExprPtr>> bindings;
    ExprPtr body;
    Let(SourceLoc l, Type t) : Expr(ExprKind::Let, l, std::move(t)) {}
};

struct Stmt;
using Block = std::vector<std::unique_ptr<Stmt>>;

// Runs `body`, then evaluates to `value`: a comprehension's loops filling its list. Emitted as an
// immediately invoked lambda (`[&] { ...; return result_; }()`); the variables the body defines
// (the comprehension's own, as in Python 3) live in it.
struct BlockExpr : Expr {
    Block body;
    ExprPtr value;
    BlockExpr(SourceLoc l, Type t) : Expr(ExprKind::BlockExpr, l, std::move(t)) {}
};

// ---- statements -------------------------------------------------------------------------------

enum class StmtKind { Declare, Assign, TupleAssign, FieldAssign, If, While, For, Break, Continue, Return, ExprStmt, Assert, Raise, Try, Yield };

struct Stmt {
    StmtKind kind;
    SourceLoc loc;
    Stmt(StmtKind k, SourceLoc l) : kind(k), loc(l) {}
    virtual ~Stmt() = default;
    template <class T> const T& as() const { return static_cast<const T&>(*this); }
};
using StmtPtr = std::unique_ptr<Stmt>;

// A variable declared ahead of its first assignment because it is used outside the block that
// assigns it (Python's function scope is wider than C++'s block scope).
struct Declare : Stmt {
    std::string cpp_name;
    Type type;
    bool maybe_unused = false;
    Declare(SourceLoc l, std::string n, Type t) : Stmt(StmtKind::Declare, l), cpp_name(std::move(n)), type(std::move(t)) {}
};
struct Assign : Stmt {
    std::string cpp_name;
    int var_id = -1;
    Type type;
    bool declares = false;  // first assignment of this variable, declared here
    bool maybe_unused = false;  // the variable is never read
    bool lazy = false;  // an array kept as a lazy expression, fused into its only use (ir/fuse_elementwise.hpp)
    bool global = false;  // assigns the module variable cpp_name (`global x` in a function; var_id is -1)
    ExprPtr value;
    Assign(SourceLoc l, std::string n, Type t, ExprPtr v) : Stmt(StmtKind::Assign, l), cpp_name(std::move(n)), type(std::move(t)), value(std::move(v)) {}
};
// a, b = value. Targets are assigned after the whole value is evaluated (so `a, b = b, a` swaps).
struct TupleAssign : Stmt {
    struct Target {
        std::string cpp_name;
        int var_id = -1;
        Type type;
        bool declares = false;
        bool maybe_unused = false;
    };
    std::vector<Target> targets;
    ExprPtr value;
    explicit TupleAssign(SourceLoc l) : Stmt(StmtKind::TupleAssign, l) {}
};
// obj.x = value (Python evaluates the value first, then the object; so does C++17's `=`).
struct FieldAssign : Stmt {
    ExprPtr object;
    std::string field, cpp_field;
    ExprPtr value;  // already of the field's type
    FieldAssign(SourceLoc l, ExprPtr o, std::string f, std::string cf, ExprPtr v)
        : Stmt(StmtKind::FieldAssign, l), object(std::move(o)), field(std::move(f)), cpp_field(std::move(cf)), value(std::move(v)) {}
};
struct If : Stmt {
    ExprPtr test;
    Block body, orelse;
    bool is_elif_chain = false;
    explicit If(SourceLoc l) : Stmt(StmtKind::If, l) {}
};
struct While : Stmt {
    ExprPtr test;
    Block body;
    explicit While(SourceLoc l) : Stmt(StmtKind::While, l) {}
};
// for var in range(start, stop, step), or for var in ITERABLE (a list, a str, enumerate(...):
// `iterable` set, start/stop/step null), a C++ range-based for. When `var_outlives_loop`, the
// Python variable is also used outside the loop (and keeps its last value there), so a hidden
// loop variable is copied into it at the start of each iteration.
struct For : Stmt {
    std::string var;
    int var_id = -1;
    Type var_type = Type::integer();
    ExprPtr start, stop, step;  // range(): start/step may be null (0 and 1)
    ExprPtr iterable;  // or the object iterated
    bool var_outlives_loop = false;
    bool var_unused = false;
    Block body;
    explicit For(SourceLoc l) : Stmt(StmtKind::For, l) {}
};
struct Jump : Stmt {  // break / continue
    using Stmt::Stmt;
};
struct Return : Stmt {
    ExprPtr value;  // null for `return` / `return None` in a None function
    Return(SourceLoc l, ExprPtr v) : Stmt(StmtKind::Return, l), value(std::move(v)) {}
};
struct ExprStmt : Stmt {
    ExprPtr value;
    ExprStmt(SourceLoc l, ExprPtr v) : Stmt(StmtKind::ExprStmt, l), value(std::move(v)) {}
};
// A generator function's `yield VALUE` (of the type the generator yields; `yield from X` is a
// loop over X yielding each item).
struct Yield : Stmt {
    ExprPtr value;
    Yield(SourceLoc l, ExprPtr v) : Stmt(StmtKind::Yield, l), value(std::move(v)) {}
};
struct Assert : Stmt {
    ExprPtr test, msg;  // msg: str or null
    explicit Assert(SourceLoc l) : Stmt(StmtKind::Assert, l) {}
};
struct Raise : Stmt {
    std::string exception;  // Python class (ir/exceptions.hpp), e.g. ValueError; empty: a bare `raise`
    ExprPtr msg;  // str or null
    ExprPtr reraise;  // `raise e` of a caught exception (py::CaughtException), an object of an exception class, or a made py::CaughtException; or null
    Raise(SourceLoc l, std::string e, ExprPtr m) : Stmt(StmtKind::Raise, l), exception(std::move(e)), msg(std::move(m)) {}
};
// try/except/else/finally. Each handler names the Python classes it catches (ir/exceptions.hpp;
// empty: every Python exception); `except E as e` starts its body with the assignment of `e` (a CaughtException). The
// emitter writes the handlers as catch clauses, `else` after a flag, `finally` after the whole
// statement with the exception kept in a std::exception_ptr, and return/break/continue inside as
// a jump to the finally block (lowering refuses them inside the finally block itself).
struct Try : Stmt {
    struct Handler {
        SourceLoc loc;
        std::vector<std::string> classes;
        Block body;
    };
    Block body;
    std::vector<Handler> handlers;
    Block orelse, finalbody;
    // Every path through the body (then else) and every handler ends in a return or a raise: after
    // the finally block, the statement can only return (the emitter then says so to C++).
    bool always_leaves = false;
    explicit Try(SourceLoc l) : Stmt(StmtKind::Try, l) {}
};

// ---- functions and module ---------------------------------------------------------------------

// One version of a Python variable, i.e. one C++ variable (infer/variables.hpp). Inference records
// where it is defined and used; the name_variables pass decides its C++ name and declaration.
struct Variable {
    std::string py_name;
    Type type;
    int id = 0;  // its index in the body's table; Var/Assign/TupleAssign/For/Param refer to it
    int previous = -1;  // the version of py_name that was current when this one started
    std::vector<int> def_path;  // the block in which it is first assigned (block ids, outermost first)
    std::vector<std::vector<int>> use_paths;  // the blocks in which it is read or assigned
    bool is_param = false;
    bool is_loop_var = false;  // defined by a `for` header (def_path is the loop body)
    // Set for variables py2cpp adds (VariableTable::create_hidden): py_name is then "owner.suffix",
    // a key no Python name can have, and the C++ name lies in the reserved space (`x_items_`).
    std::string hidden_owner, hidden_suffix;
    // decided by name_variables:
    std::string cpp_name;
    int reads = 0;  // Var nodes in the final IR; a version never read is declared [[maybe_unused]]
    bool hoisted = false;
    bool confined = true;  // every use lies in the defining block
};

struct Param {
    std::string py_name, cpp_name;
    int var_id = -1;
    Type type;
    bool reassigned_with_other_type = false;  // the body uses a wider-typed copy named cpp_name
    bool unused = false;  // never read in the body
    std::string arg_name;  // C++ parameter name when reassigned_with_other_type
};

// A variable declared at the top of its body, ahead of its first assignment, because it is used
// outside the block that assigns it (decided by name_variables, infer/variables.hpp; the
// hoist_declarations pass turns these into Declare statements).
struct HoistedVariable {
    std::string cpp_name;
    Type type;
    bool unused = false;
};

// One specialization of a Python function for one tuple of argument types.
struct Function {
    std::string py_name, cpp_name;  // a method's cpp_name is qualified: Point::norm
    // A method: the C++ name of its class (a struct whose static member it is) and its name there.
    std::string owner, member_name;
    std::vector<Param> params;
    Type return_type;
    Block body;
    std::string docstring;
    SourceLoc loc;
    int end_line = 0;
    bool exported = false;  // an entry point: declared in the header
    bool may_fall_off_end = false;  // a value-returning function whose end is reachable
    bool pure = false;  // no output, explicit raise/assert, or call of an impure function
    // An __init__ whose only effects are on the fields of its own object: making an object with it
    // (Cls(...)) is pure.
    bool pure_construction = false;
    std::vector<Variable> variables;  // the versions of its Python variables
    std::set<std::string> local_names;  // Python names local to it (new C++ names must not clash)
    std::vector<HoistedVariable> hoisted;  // not yet declared (emptied by hoist_declarations)
    bool recursive = false;  // on a cycle of the call graph: guarded against deep recursion (RecursionError)
    // @functools.lru_cache(maxsize) / @functools.cache: results kept by argument tuple, the least
    // recently used dropped past maxsize (-1: unbounded).
    std::optional<long long> cache_maxsize;
    // Parameters that were passed an empty list and given an element type by the body: index ->
    // list type (infer/specializer.hpp). Such a specialization is replaced, never emitted.
    std::map<size_t, Type> param_refinements;
};

// A module-level name assigned once, which functions read. Its initializer runs when the
// program starts (C++'s static initialization), unless it must run in the program's order
// (`deferred`: it calls the module's code, has effects or reads a mutable module value), when
// the variable is declared empty and the main program assigns it where the source does.
struct Global {
    std::string py_name, cpp_name;
    ExprPtr value;  // null when deferred (the assignment is in Module::main_body)
    SourceLoc loc;
    std::vector<Variable> variables;  // those of its initializer (a comprehension's), as Function::variables
    Type type;
    bool deferred = false;
    bool rebound = false;  // functions assign it (`global x`): not const
    std::string owner, member_name;  // a class attribute: the struct whose static member it is (py_name C.NAME)
};

// A class of the module as C++ sees it: a struct of its fields (in the order of their first
// assignment), whose methods are the Functions with this `owner`.
struct ClassDef {
    std::string py_name, cpp_name;
    std::string docstring;
    SourceLoc loc;
    struct Field {
        std::string py_name, cpp_name;
        Type type;
    };
    std::vector<Field> fields;
    std::string base_cpp_name;  // the struct it derives from (single inheritance), or empty
    bool polymorphic = false;  // the root of a hierarchy: a virtual destructor (dynamic casts)
    std::string init_owner;  // the struct whose init_ makes its objects (its own __init__ or a base's); empty: none
    // An exception class (`class SolverError(RuntimeError)`): its objects are exceptions, the root
    // of its hierarchy derives from the runtime's class (base_cpp_name `py::RuntimeError`).
    bool is_exception = false;
    bool init_sets_args = false;  // its __init__ calls super().__init__(...): new_ need not store the call's arguments
};

// The C++ struct of a function used as a value (Type::function): the values it captured, one field
// per captured variable (none for a module function). `function` names it in a comment.
struct ClosureStruct {
    std::string cpp_name, function;
    std::vector<std::pair<std::string, Type>> fields;  // C++ field name, type
};

struct Module {
    std::string name;
    std::string docstring;
    std::vector<ClassDef> classes;  // the classes of which objects are made, in source order
    std::vector<ClosureStruct> closures;  // in the order they were made (a captured closure's struct first)
    struct ExceptionClass {
        std::string py_name, cpp_name, base_cpp;  // base_cpp: py::RuntimeError, or an earlier one's cpp_name
        std::string docstring;
    };
    std::vector<ExceptionClass> exception_classes;  // user-defined, in source order
    std::vector<Global> globals;
    std::vector<Function> functions;  // in dependency order: callees first
    bool has_main = false;
    Block main_body;  // module-level statements and the `if __name__ == "__main__":` block
    std::vector<Variable> main_variables;  // as Function::variables
    std::set<std::string> main_local_names;
    std::vector<HoistedVariable> main_hoisted;  // as Function::hoisted
    SourceLoc main_loc;
    std::set<std::string> includes;
    std::vector<ast::Comment> comments;
};

// ---- dispatch ---------------------------------------------------------------------------------
// The only switches over ExprKind/StmtKind: no `default:`, so with -Wall -Werror a new kind fails
// to compile here until it is dispatched. Walking children is ir/walker.hpp's job.

template <class T, class From>
using same_constness_t = std::conditional_t<std::is_const_v<From>, const T, T>;

// `e` as its concrete node type, keeping its constness.
template <class T, class E>
same_constness_t<T, E>& node_as(E& e) {
    return static_cast<same_constness_t<T, E>&>(e);
}

// Calls v(node) with `e` as its concrete node type (const when `e` is const).
template <class E, class Visitor>
    requires std::is_same_v<std::remove_const_t<E>, Expr>
decltype(auto) visit_expr(E& e, Visitor&& v) {
    switch (e.kind) {
        case ExprKind::Const: return v(node_as<Const>(e));
        case ExprKind::Var: return v(node_as<Var>(e));
        case ExprKind::Cast: return v(node_as<Cast>(e));
        case ExprKind::Truthy: return v(node_as<Truthy>(e));
        case ExprKind::Binary: return v(node_as<Binary>(e));
        case ExprKind::Unary: return v(node_as<Unary>(e));
        case ExprKind::Compare: return v(node_as<Compare>(e));
        case ExprKind::BoolOp: return v(node_as<BoolOp>(e));
        case ExprKind::IfExp: return v(node_as<IfExp>(e));
        case ExprKind::UserCall: return v(node_as<UserCall>(e));
        case ExprKind::LibraryCall: return v(node_as<LibraryCall>(e));
        case ExprKind::TupleMake: return v(node_as<TupleMake>(e));
        case ExprKind::TupleGet: return v(node_as<TupleGet>(e));
        case ExprKind::FString: return v(node_as<FString>(e));
        case ExprKind::Let: return v(node_as<Let>(e));
        case ExprKind::BlockExpr: return v(node_as<BlockExpr>(e));
        case ExprKind::FieldGet: return v(node_as<FieldGet>(e));
    }
    return v(node_as<Const>(e));  // unreachable: every kind is handled above
}

template <class S, class Visitor>
    requires std::is_same_v<std::remove_const_t<S>, Stmt>
decltype(auto) visit_stmt(S& s, Visitor&& v) {
    switch (s.kind) {
        case StmtKind::Declare: return v(node_as<Declare>(s));
        case StmtKind::Assign: return v(node_as<Assign>(s));
        case StmtKind::TupleAssign: return v(node_as<TupleAssign>(s));
        case StmtKind::FieldAssign: return v(node_as<FieldAssign>(s));
        case StmtKind::If: return v(node_as<If>(s));
        case StmtKind::While: return v(node_as<While>(s));
        case StmtKind::For: return v(node_as<For>(s));
        case StmtKind::Break:
        case StmtKind::Continue: return v(node_as<Jump>(s));
        case StmtKind::Return: return v(node_as<Return>(s));
        case StmtKind::ExprStmt: return v(node_as<ExprStmt>(s));
        case StmtKind::Assert: return v(node_as<Assert>(s));
        case StmtKind::Raise: return v(node_as<Raise>(s));
        case StmtKind::Try: return v(node_as<Try>(s));
        case StmtKind::Yield: return v(node_as<Yield>(s));
    }
    return v(node_as<Jump>(s));  // unreachable
}

}  // namespace py2cpp::ir
