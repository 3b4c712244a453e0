// Typing and lowering of expressions: Python's scalar operator rules live here.
#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/evaluation_order.hpp"
#include "ir/constant_folding.hpp"
#include "ir/conversions.hpp"

namespace py2cpp {

using ir::ExprPtr;

ExprPtr FunctionLowering::lower_expr(const ast::Expr& e) {
    ExprPtr out = lower_maybe_none(e);
    if (out && out->type.is(TypeKind::Optional)) {
        std::string message = fmt::format("'NoneType' object where a value of type '{}' is needed", python_type_name(out->type.elements[0]));
        out = ir::unwrap_none(std::move(out), "TypeError", message);
    }
    return out;
}

ExprPtr FunctionLowering::lower_maybe_none(const ast::Expr& e) {
    ExprPtr out = lower_expr_node(e);
    if (!out) lowered_everything_ = false;
    // Every array type is born as some expression's type: rejecting a rank above
    // kMaxSupportedRank here keeps such arrays away from the emitter and the runtime.
    if (out && out->type.max_array_rank() > kMaxSupportedRank) {
        report_unsupported_rank(e.loc, out->type);
        return nullptr;
    }
    return out;
}

void FunctionLowering::report_unsupported_rank(SourceLoc loc, const Type& type) {
    diags_.error(loc, fmt::format("arrays of rank {} are not supported (type '{}')", type.max_array_rank(), type.to_string()),
                 fmt::format("py2cpp handles arrays of rank 1 to {}; merge axes with reshape", kMaxSupportedRank));
}

ExprPtr FunctionLowering::lower_expr_node(const ast::Expr& e) {
    switch (e.kind) {
        case ast::ExprKind::Constant: return lower_constant(e.as<ast::Constant>());
        case ast::ExprKind::Name: return lower_name(e.as<ast::Name>());
        case ast::ExprKind::Attribute: return lower_attribute(e.as<ast::Attribute>());
        case ast::ExprKind::BinOp: return lower_binop(e.as<ast::BinOp>());
        case ast::ExprKind::UnaryOp: return lower_unary(e.as<ast::UnaryOp>());
        case ast::ExprKind::BoolOp: return lower_boolop(e.as<ast::BoolOp>());
        case ast::ExprKind::Compare: return lower_compare(e.as<ast::Compare>());
        case ast::ExprKind::Call: return lower_call(e.as<ast::Call>());
        case ast::ExprKind::IfExp: return lower_ifexp(e.as<ast::IfExp>());
        case ast::ExprKind::Tuple: return lower_tuple(e.as<ast::Tuple>());
        case ast::ExprKind::Subscript: return lower_subscript(e.as<ast::Subscript>());
        case ast::ExprKind::JoinedStr: return lower_fstring(e.as<ast::JoinedStr>());
        case ast::ExprKind::List: return lower_list_display(e.as<ast::List>());
        case ast::ExprKind::Comprehension: return lower_comprehension(e.as<ast::Comprehension>());
        case ast::ExprKind::Lambda: return function_value(e.loc, *e.as<ast::Lambda>().function, &e);  // lower_closures.cpp
        case ast::ExprKind::Dict: return lower_dict_display(e.as<ast::Dict>());
        case ast::ExprKind::Set: return lower_set_display(e.as<ast::Set>());
        case ast::ExprKind::Starred:
            diags_.error(e.loc, "a starred expression ('*x') is not supported here",
                         "'*' unpacks a tuple into a call's arguments, and collects items in an assignment target (first, *rest = xs)");
            return nullptr;
        case ast::ExprKind::Slice:
            diags_.error(e.loc, "slices are only supported on arrays", "");
            return nullptr;
        case ast::ExprKind::FormattedValue:
            diags_.error(e.loc, "unexpected formatted value outside an f-string", "");
            return nullptr;
    }
    return nullptr;
}

ExprPtr FunctionLowering::lower_constant(const ast::Constant& c) {
    if (std::holds_alternative<ast::EllipsisValue>(c.value)) {
        diags_.error(c.loc, "'...' (Ellipsis) is supported as an array index only", "a[..., 0] indexes the last axis; as a statement `...` does nothing");
        return nullptr;
    }
    Type t;
    std::visit([&](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, ast::NoneValue>) t = Type::none();
        else if constexpr (std::is_same_v<V, bool>) t = Type::boolean();
        else if constexpr (std::is_same_v<V, std::int64_t>) t = Type::integer();
        else if constexpr (std::is_same_v<V, double>) t = Type::floating();
        else if constexpr (std::is_same_v<V, std::string>) t = Type::str();
        else if constexpr (std::is_same_v<V, ast::ComplexValue>) t = Type::complex();
    }, c.value);
    return std::make_unique<ir::Const>(c.loc, t, c.value);
}

ExprPtr FunctionLowering::read_variable(VarVersion& v, SourceLoc loc) {
    auto var = std::make_unique<ir::Var>(loc, v.type, v.py_name, "");
    var->var_id = v.id;
    vars_.record_use(v, path_);
    return var;
}

ExprPtr FunctionLowering::library_constant(const std::string& qualified, SourceLoc loc) {
    const ConstantSpec* c = ctx_.tables.find_constant(qualified);
    if (!c) return nullptr;
    ctx_.includes.insert(c->includes.begin(), c->includes.end());
    return std::make_unique<ir::LibraryCall>(loc, c->type, qualified, c->cpp);
}

ExprPtr FunctionLowering::lower_name(const ast::Name& n) {
    if (auto l = local_lambdas_.find(n.id); l != local_lambdas_.end())  // a lambda bound to a name, used as a value
        return function_value(n.loc, *l->second->function, l->second);
    if (VarVersion* v = vars_.current(n.id)) {
        if (v->type.is(TypeKind::Class) && v->type.elements[0].is(TypeKind::Object)) {  // `cls` of a @classmethod
            diags_.error(n.loc, fmt::format("the class '{}' ({}) as a value is not supported", n.id, v->type.elements[0].class_name),
                         fmt::format("use it called ({0}(...)), with an attribute ({0}.NAME, {0}.method(...)) or in isinstance(x, {0})", n.id));
            return nullptr;
        }
        return read_variable(*v, n.loc);
    }
    if (self_fn_ && n.id == self_fn_->name && !local_names_.count(n.id))  // a nested function naming itself
        return function_value(n.loc, *self_fn_, nullptr);
    if (local_names_.count(n.id)) {
        if (poisoned_.count(n.id)) return nullptr;  // its assignment already failed with an error
        diags_.error(n.loc, fmt::format("local variable '{}' is used before it is assigned", n.id),
                     "assign it before this point (a value carried over from a previous loop iteration must be initialised before the loop)");
        return nullptr;
    }
    if (auto g = ctx_.globals.names.find(n.id); g != ctx_.globals.names.end()) {
        auto var = std::make_unique<ir::Var>(n.loc, g->second.type, n.id, g->second.cpp_name);
        var->is_global = true;
        var->rebound = ctx_.symbols.rebound_globals.count(n.id) > 0;
        return var;
    }
    if (auto imp = ctx_.symbols.imports.find(n.id); imp != ctx_.symbols.imports.end()) {
        if (auto c = library_constant(imp->second, n.loc)) return c;
        diags_.error(n.loc, fmt::format("'{}' ({}) cannot be used as a value", n.id, imp->second),
                     "call the function, or use one of its results");
        return nullptr;
    }
    if (auto fn = ctx_.symbols.functions.find(n.id); fn != ctx_.symbols.functions.end())  // a module function as a value
        return function_value(n.loc, *fn->second, nullptr);
    if (ctx_.globals.failed.count(n.id)) return nullptr;  // its definition failed with an error already
    if (ctx_.symbols.constants.count(n.id)) {
        diags_.error(n.loc, fmt::format("module constant '{}' is used before its definition", n.id),
                     "define module-level constants before the code that uses them");
        return nullptr;
    }
    // The built-in types name NumPy dtypes when used as values: np.zeros(n, dtype=int); the
    // container classes are class objects (defaultdict(list)).
    static const std::map<std::string, DType> type_dtypes = {
        {"bool", DType::Bool}, {"int", DType::Int64}, {"float", DType::Float64}, {"complex", DType::Complex128}};
    if (auto d = type_dtypes.find(n.id); d != type_dtypes.end())
        return std::make_unique<ir::Const>(n.loc, Type::dtype_object(d->second), dtype_name(d->second));
    static const std::map<std::string, Type> classes = {{"str", Type::str()},
                                                        {"list", Type::list(Type::undetermined())},
                                                        {"set", Type::set(Type::undetermined())},
                                                        {"frozenset", Type::frozenset(Type::undetermined())},
                                                        {"dict", Type::dict(Type::undetermined(), Type::undetermined())}};
    if (auto k = classes.find(n.id); k != classes.end())
        return std::make_unique<ir::Const>(n.loc, Type::class_object(k->second), n.id);
    if (class_named(n.id)) {
        diags_.error(n.loc, fmt::format("class '{}' cannot be used as a value", n.id), fmt::format("call it to make an object: {}(...)", n.id));
        return nullptr;
    }
    if (ctx_.tables.find_function("builtins." + n.id)) {
        diags_.error(n.loc, fmt::format("the built-in '{}' cannot be used as a value", n.id),
                     "call it; functions as values are only supported as the callable of sorted/min/max (key=), list.sort (key=), map and filter");
        return nullptr;
    }
    if (ctx_.symbols.module_variables.count(n.id)) {
        diags_.error(n.loc, fmt::format("module variable '{}' is not a module constant, so functions cannot read it", n.id),
                     "functions read module constants (names assigned once at module level, from constants); pass the value as a parameter");
        return nullptr;
    }
    diags_.error(n.loc, fmt::format("name '{}' is not defined", n.id), "");
    return nullptr;
}

ExprPtr FunctionLowering::lower_attribute(const ast::Attribute& a) {
    if (a.attr == "__name__") {  // type(x).__name__, x.__class__.__name__
        const ast::Expr* of = nullptr;
        if (a.value->kind == ast::ExprKind::Call) {
            const auto& c = a.value->as<ast::Call>();
            if (c.func->kind == ast::ExprKind::Name && c.func->as<ast::Name>().id == "type" && c.args.size() == 1 && c.keywords.empty() &&
                qualified_name(*c.func) == "builtins.type" && c.args[0]->kind != ast::ExprKind::Starred)
                of = c.args[0].get();
        } else if (a.value->kind == ast::ExprKind::Attribute && a.value->as<ast::Attribute>().attr == "__class__") {
            of = a.value->as<ast::Attribute>().value.get();
        }
        if (of) return type_name_of(a.loc, *of);
    }
    if (const ast::ClassDef* cls = class_of_name(*a.value)) return class_attribute(a.loc, *cls, a.attr);  // lower_classes.cpp
    if (auto q = qualified_name(a)) {
        if (auto c = library_constant(*q, a.loc)) return c;
        if (ctx_.tables.find_function(*q)) {
            diags_.error(a.loc, fmt::format("'{}' cannot be used as a value", *q), "call it instead");
            return nullptr;
        }
        auto similar = ctx_.tables.similar_names(*q);
        diags_.error(a.loc, fmt::format("'{}' is not in the mapping tables", *q),
                     similar.empty() ? "add it to a table under mappings/ or pass one with --mappings FILE"
                                     : fmt::format("did you mean '{}'?", similar.front()));
        return nullptr;
    }
    auto value = lower_maybe_none(*a.value);
    if (!value) return nullptr;
    value = ir::unwrap_none(std::move(value), "AttributeError", fmt::format("'NoneType' object has no attribute '{}'", a.attr));
    if (value->type.is(TypeKind::Object)) return read_field(a, std::move(value));  // lower_classes.cpp
    if (value->type.is(TypeKind::Exception)) {  // e.args, e.field of a caught exception (lower_exceptions.cpp)
        if (a.attr == "args") return exception_args(a.loc, std::move(value), nullptr);
        return caught_exception_member(a, std::move(value), nullptr);
    }
    return lower_member(a, a.attr, std::move(value), nullptr);
}

namespace {

const std::map<std::string, ir::BinaryOp>& binary_ops() {
    static const std::map<std::string, ir::BinaryOp> ops = {
        {"+", ir::BinaryOp::Add}, {"-", ir::BinaryOp::Sub}, {"*", ir::BinaryOp::Mul}, {"/", ir::BinaryOp::TrueDiv},
        {"//", ir::BinaryOp::FloorDiv}, {"%", ir::BinaryOp::Mod}, {"**", ir::BinaryOp::Pow}, {"&", ir::BinaryOp::BitAnd},
        {"|", ir::BinaryOp::BitOr}, {"^", ir::BinaryOp::BitXor}, {"<<", ir::BinaryOp::LShift}, {">>", ir::BinaryOp::RShift}};
    return ops;
}

}  // namespace

std::optional<ir::BinaryOp> binary_op_from_spelling(const std::string& spelling) {
    auto it = binary_ops().find(spelling);
    return it == binary_ops().end() ? std::nullopt : std::optional<ir::BinaryOp>(it->second);
}

namespace {

// An exponent written negative (`-2`, `-n`): Python's int ** negative int is a float, so
// `b ** -n` is typed float. (A `-n` whose n is itself negative would give an int in Python; the
// static type cannot follow that value, and the reciprocal reading is what such code means.)
bool is_negative_exponent(const ir::Expr& e) {
    if (e.kind == ir::ExprKind::Const)
        if (auto i = std::get_if<std::int64_t>(&e.as<ir::Const>().value)) return *i < 0;
    return e.kind == ir::ExprKind::Unary && e.as<ir::Unary>().op == ir::UnaryOpKind::Neg;
}

}  // namespace

ExprPtr FunctionLowering::lower_binop(const ast::BinOp& b) {
    const std::optional<Type> expected = std::exchange(expected_, std::nullopt);
    auto lhs = lower_maybe_none(*b.left);
    auto rhs = lower_maybe_none(*b.right);
    if (!lhs || !rhs) return nullptr;
    // An operand that may be None: Python's TypeError when it is.
    auto operand_name = [](const ir::Expr& e) { return python_type_name(e.type.is(TypeKind::Optional) ? e.type.elements[0] : e.type); };
    if (lhs->type.is(TypeKind::Optional)) {
        std::string message = fmt::format("unsupported operand type(s) for {}: 'NoneType' and '{}'", b.op, operand_name(*rhs));
        lhs = ir::unwrap_none(std::move(lhs), "TypeError", message);
    }
    if (rhs->type.is(TypeKind::Optional)) {
        std::string message = fmt::format("unsupported operand type(s) for {}: '{}' and 'NoneType'", b.op, operand_name(*lhs));
        rhs = ir::unwrap_none(std::move(rhs), "TypeError", message);
    }
    const bool objects = lhs->type.is(TypeKind::Object) || rhs->type.is(TypeKind::Object);
    if (b.op == "@" && !objects) return lower_matmul(b.loc, std::move(lhs), std::move(rhs));
    // `int ** int` whose result is declared float (`-> float`): the exponent may be negative at
    // run time, so compute it as a float power, as Python would then do.
    if (b.op == "**" && expected && expected->is(TypeKind::Float) && lhs->type.is(TypeKind::Int) && rhs->type.is(TypeKind::Int)) {
        lhs = ir::promote(std::move(lhs), Type::floating());
        rhs = ir::promote(std::move(rhs), Type::floating());
    }
    return lower_arithmetic(b.loc, b.op, std::move(lhs), std::move(rhs));
}

// a @ b is np.matmul(a, b): bound through the mapping table like the call.
ExprPtr FunctionLowering::lower_matmul(SourceLoc loc, ExprPtr lhs, ExprPtr rhs) {
    if (!lhs->type.is_array() || !rhs->type.is_array()) {
        diags_.error(loc, fmt::format("unsupported operand types for @: '{}' and '{}'", lhs->type.to_string(), rhs->type.to_string()),
                     "matrix multiplication needs two arrays");
        return nullptr;
    }
    return bind_operator(loc, "numpy.matmul", std::move(lhs), std::move(rhs));
}

// `format % values` on a str: printf-style formatting (py::percent_format; a tuple on the right
// supplies one value per conversion, anything else is the single value).
ExprPtr FunctionLowering::lower_percent_format(SourceLoc loc, ExprPtr format, ExprPtr values) {
    if (!formattable(values->type)) {
        diags_.error(loc, fmt::format("'%' formatting of a {} is not supported", values->type.to_string()),
                     values->type.is_array() ? "format the array with str(a) and '%s', or format its elements one by one"
                                             : "'%' formats ints, floats, bools, str, None, and tuples and lists of them");
        return nullptr;
    }
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("format", std::move(format));
    operands.emplace_back("values", std::move(values));
    return runtime_call(loc, Type::str(), "percent_format", "py::percent_format({format}, {values})", std::move(operands));
}

// Python's result type for `lhs op rhs` on scalars; operands are promoted to what C++ needs.
ExprPtr FunctionLowering::lower_arithmetic(SourceLoc loc, const std::string& op, ExprPtr lhs, ExprPtr rhs) {
    // obj + x, obj @ y, obj += x: the objects' dunder methods (lower_classes.cpp).
    if (auto object = lower_object_operator(loc, op, lhs, rhs)) return std::move(*object);
    auto it = binary_ops().find(op);
    const Type lt = lhs->type, rt = rhs->type;
    if (it == binary_ops().end()) {
        diags_.error(loc, fmt::format("operator '{}' is not supported", op), "");
        return nullptr;
    }
    const ir::BinaryOp bop = it->second;
    if (lt.is(TypeKind::Str) && bop == ir::BinaryOp::Mod && rt.is_known()) return lower_percent_format(loc, std::move(lhs), std::move(rhs));
    if (lt.is_set() || rt.is_set()) return lower_set_operator(loc, op, std::move(lhs), std::move(rhs));
    if (lt.is(TypeKind::List) || rt.is(TypeKind::List) || (lt.is(TypeKind::Tuple) && rt.is(TypeKind::Tuple)))
        return lower_sequence_arithmetic(loc, op, std::move(lhs), std::move(rhs));
    if (!lt.is_known() || !rt.is_known())  // inside a recursive function still being inferred
        return std::make_unique<ir::Binary>(loc, Type::unknown(), bop, std::move(lhs), std::move(rhs));
    if (lt.is_array() || rt.is_array()) return lower_array_arithmetic(loc, bop, op, std::move(lhs), std::move(rhs));
    if (lt.is(TypeKind::Str) && rt.is(TypeKind::Str) && bop == ir::BinaryOp::Add)
        return std::make_unique<ir::Binary>(loc, Type::str(), bop, std::move(lhs), std::move(rhs));
    // s * n, n * s: the text repeated (empty for n <= 0).
    if (bop == ir::BinaryOp::Mul && (lt.is(TypeKind::Str) || rt.is(TypeKind::Str))) {
        if (rt.is(TypeKind::Str)) std::swap(lhs, rhs);
        if (lhs->type.is(TypeKind::Str) && (rhs->type.is(TypeKind::Int) || rhs->type.is(TypeKind::Bool))) {
            std::vector<std::pair<std::string, ExprPtr>> operands;
            operands.emplace_back("s", std::move(lhs));
            operands.emplace_back("n", ir::promote(std::move(rhs), Type::integer()));
            return runtime_call(loc, Type::str(), "repeat", "py::str_repeat({s}, {n})", std::move(operands));
        }
        diags_.error(loc, fmt::format("unsupported operand types for *: '{}' and '{}'", lt.to_string(), rt.to_string()),
                     "a str repeats by an int");
        return nullptr;
    }
    if ((lt.is(TypeKind::Complex) && rt.is_number()) || (rt.is(TypeKind::Complex) && lt.is_number())) {
        // Python's complex arithmetic: + - * / ** on two complex values (a real operand converted).
        if (bop != ir::BinaryOp::Add && bop != ir::BinaryOp::Sub && bop != ir::BinaryOp::Mul && bop != ir::BinaryOp::TrueDiv &&
            bop != ir::BinaryOp::Pow) {
            diags_.error(loc, fmt::format("unsupported operand type(s) for {}: '{}' and '{}' (Python's TypeError)", op,
                                          python_type_name(lt), python_type_name(rt)),
                         "complex numbers have + - * / and ** only; use abs(z), z.real or z.imag for a real number");
            return nullptr;
        }
        lhs = ir::promote(std::move(lhs), Type::complex());
        rhs = ir::promote(std::move(rhs), Type::complex());
        // `1 + 2j` is one constant: the sum of two constants is computed as the program would.
        const auto* a = lhs->kind == ir::ExprKind::Const ? std::get_if<ast::ComplexValue>(&lhs->as<ir::Const>().value) : nullptr;
        const auto* b = rhs->kind == ir::ExprKind::Const ? std::get_if<ast::ComplexValue>(&rhs->as<ir::Const>().value) : nullptr;
        if (a && b && (bop == ir::BinaryOp::Add || bop == ir::BinaryOp::Sub)) {
            const double sign = bop == ir::BinaryOp::Add ? 1.0 : -1.0;  // x - y is x + (-y) exactly in IEEE arithmetic
            return std::make_unique<ir::Const>(loc, Type::complex(), ast::ComplexValue{a->real + sign * b->real, a->imag + sign * b->imag});
        }
        return std::make_unique<ir::Binary>(loc, Type::complex(), bop, std::move(lhs), std::move(rhs));
    }
    if (!lt.is_numeric_scalar() || !rt.is_numeric_scalar()) {
        diags_.error(loc, fmt::format("unsupported operand types for {}: '{}' and '{}'", op, lt.to_string(), rt.to_string()),
                     lt.is(TypeKind::Str) || rt.is(TypeKind::Str) ? "only str + str is supported on strings" : "");
        return nullptr;
    }
    Type joined = *join_types(lt, rt);
    Type result = joined.is(TypeKind::Bool) ? Type::integer() : joined;
    switch (bop) {
        case ir::BinaryOp::TrueDiv: result = Type::floating(); break;
        case ir::BinaryOp::Pow:
            // int ** negative int is a float in Python; a negative exponent only known at run time is
            // rejected by py::ipow with a clear error.
            if (result.is(TypeKind::Int) && is_negative_exponent(*rhs)) result = Type::floating();
            break;
        case ir::BinaryOp::BitAnd: case ir::BinaryOp::BitOr: case ir::BinaryOp::BitXor:
            if (joined.is(TypeKind::Bool)) result = Type::boolean();
            [[fallthrough]];
        case ir::BinaryOp::LShift: case ir::BinaryOp::RShift:
            if (joined.is(TypeKind::Float)) {
                diags_.error(loc, fmt::format("unsupported operand types for {}: '{}' and '{}'", op, lt.to_string(), rt.to_string()),
                             "bitwise operators need integers");
                return nullptr;
            }
            break;
        default: break;
    }
    Type operand_type = result.is(TypeKind::Bool) ? Type::boolean() : result;
    // int / int stays on ints: the runtime rounds exactly and raises Python's int message.
    if (bop == ir::BinaryOp::TrueDiv && !joined.is(TypeKind::Float)) operand_type = Type::integer();
    lhs = ir::promote(std::move(lhs), operand_type);
    rhs = ir::promote(std::move(rhs), operand_type);
    if (result.is(TypeKind::Int)) {
        if (auto folded = fold_constants(loc, bop, *lhs, *rhs)) return folded;
    }
    return std::make_unique<ir::Binary>(loc, result, bop, std::move(lhs), std::move(rhs));
}

// Two int literals are folded (C++ would compute them in 32-bit `int`); overflow is an error.
ExprPtr FunctionLowering::fold_constants(SourceLoc loc, ir::BinaryOp op, const ir::Expr& lhs, const ir::Expr& rhs) {
    if (lhs.kind != ir::ExprKind::Const || rhs.kind != ir::ExprKind::Const) return nullptr;
    const auto* a = std::get_if<std::int64_t>(&lhs.as<ir::Const>().value);
    const auto* b = std::get_if<std::int64_t>(&rhs.as<ir::Const>().value);
    if (!a || !b) return nullptr;
    std::int64_t value = 0;
    switch (ir::fold_int_binary(op, *a, *b, value)) {
        case ir::FoldResult::Folded: return std::make_unique<ir::Const>(loc, Type::integer(), value);
        case ir::FoldResult::Overflow:
            diags_.error(loc, "integer constant expression does not fit in 64 bits",
                         "compiled ints are 64-bit; use floats if an approximation is fine");
            return nullptr;
        case ir::FoldResult::NotFoldable: return nullptr;
    }
    return nullptr;
}

ExprPtr FunctionLowering::lower_unary(const ast::UnaryOp& u) {
    auto operand = u.op == "not" ? lower_condition(*u.operand) : lower_maybe_none(*u.operand);
    if (!operand) return nullptr;
    if (u.op != "not") operand = ir::unwrap_none(std::move(operand), "TypeError", fmt::format("bad operand type for unary {}: 'NoneType'", u.op));
    const Type t = operand->type;
    if (u.op == "not") return std::make_unique<ir::Unary>(u.loc, Type::boolean(), ir::UnaryOpKind::Not, ir::to_condition(std::move(operand)));
    if (!t.is_known()) return std::make_unique<ir::Unary>(u.loc, Type::unknown(), ir::UnaryOpKind::Neg, std::move(operand));
    if (t.is_array()) return lower_array_unary(u.loc, u.op, std::move(operand));
    if (t.is(TypeKind::Object))
        return call_object_dunder(u.loc, fmt::format("unary {}", u.op), u.op == "-" ? "__neg__" : u.op == "+" ? "__pos__" : "__invert__",
                                  std::move(operand));
    if (t.is(TypeKind::Complex) && u.op != "~") {  // -z, +z: both parts (C++'s operators do as CPython)
        ir::UnaryOpKind kind = u.op == "-" ? ir::UnaryOpKind::Neg : ir::UnaryOpKind::Pos;
        if (const auto* c = operand->kind == ir::ExprKind::Const ? std::get_if<ast::ComplexValue>(&operand->as<ir::Const>().value) : nullptr)
            return std::make_unique<ir::Const>(u.loc, t, kind == ir::UnaryOpKind::Neg ? ast::ComplexValue{-c->real, -c->imag} : *c);
        return std::make_unique<ir::Unary>(u.loc, t, kind, std::move(operand));
    }
    if (!t.is_numeric_scalar() || (u.op == "~" && t.is(TypeKind::Float))) {
        diags_.error(u.loc, fmt::format("bad operand type for unary {}: '{}'", u.op, t.to_string()), "");
        return nullptr;
    }
    Type result = t.is(TypeKind::Bool) ? Type::integer() : t;
    operand = ir::promote(std::move(operand), result);
    ir::UnaryOpKind kind = u.op == "-" ? ir::UnaryOpKind::Neg : u.op == "+" ? ir::UnaryOpKind::Pos : ir::UnaryOpKind::Invert;
    // Fold `-5` into a constant so literals read naturally and `x ** -1` is recognised.
    if (kind == ir::UnaryOpKind::Neg && operand->kind == ir::ExprKind::Const) {
        const auto& c = operand->as<ir::Const>();
        if (auto i = std::get_if<std::int64_t>(&c.value); i && *i != INT64_MIN)
            return std::make_unique<ir::Const>(u.loc, result, -*i);
        if (auto d = std::get_if<double>(&c.value)) return std::make_unique<ir::Const>(u.loc, result, -*d);
    }
    return std::make_unique<ir::Unary>(u.loc, result, kind, std::move(operand));
}

ExprPtr FunctionLowering::lower_condition(const ast::Expr& e) {
    const ast::Expr* saved = std::exchange(condition_, &e);
    auto out = lower_maybe_none(e);  // a value that may be None tests false when it is
    condition_ = saved;
    return out;
}

ExprPtr FunctionLowering::lower_boolop(const ast::BoolOp& b) {
    const bool as_condition = condition_ == &b;
    std::vector<ExprPtr> values;
    std::optional<Type> joined = Type::unknown();
    for (const auto& v : b.values) {
        auto e = as_condition ? lower_condition(*v) : lower_maybe_none(*v);
        if (!e) return nullptr;
        if (joined) joined = join_types(*joined, e->type);
        values.push_back(std::move(e));
    }
    auto kind = b.op == "and" ? ir::BoolOpKind::And : ir::BoolOpKind::Or;
    if (!joined) {
        // Mixed types: Python returns one of the operands, which has no single type here; only
        // the truth of the result (a condition) is supported.
        if (!as_condition) {
            std::string types;
            for (const auto& v : values) types += (types.empty() ? "" : "', '") + v->type.to_string();
            diags_.error(b.loc, fmt::format("'{}' of values of types '{}' gives one of them, and they have no common type", b.op, types),
                         "use it as a condition (if/while/not), or write a conditional expression whose branches have one type");
            return nullptr;
        }
        auto result = std::make_unique<ir::BoolOp>(b.loc, Type::boolean(), kind);
        for (auto& v : values) result->values.push_back(ir::to_condition(std::move(v)));
        return result;
    }
    auto result = std::make_unique<ir::BoolOp>(b.loc, *joined, kind);
    for (auto& v : values) result->values.push_back(ir::convert(std::move(v), *joined));
    return result;
}

ExprPtr FunctionLowering::lower_compare(const ast::Compare& c) {
    std::vector<ExprPtr> operands;
    operands.push_back(lower_maybe_none(*c.left));
    for (const auto& e : c.comparators) operands.push_back(lower_maybe_none(*e));
    for (const auto& e : operands)
        if (!e) return nullptr;
    const bool equality = c.ops.size() == 1 && (c.ops[0] == "is" || c.ops[0] == "is not" || c.ops[0] == "==" || c.ops[0] == "!=");
    const bool negated = c.ops[0] == "is not" || c.ops[0] == "!=";
    // A value that may be None compared with None (`x is None`, `x == None`): tested at run time.
    if (equality) {
        for (size_t i = 0; i < 2; ++i) {
            if (!operands[i]->type.is(TypeKind::Optional) || !operands[1 - i]->type.is(TypeKind::None)) continue;
            std::vector<std::pair<std::string, ExprPtr>> operand;
            operand.emplace_back("x", std::move(operands[i]));
            auto none = runtime_call(c.loc, Type::boolean(), "is_none", "py::is_none({x})", std::move(operand));
            if (!negated) return none;
            return std::make_unique<ir::Unary>(c.loc, Type::boolean(), ir::UnaryOpKind::Not, std::move(none));
        }
    }
    // Objects that may be None compare by identity with `is` as objects do (the null pointer is None).
    auto object_or_none = [](const Type& t) { return t.is(TypeKind::Optional) && t.elements[0].is(TypeKind::Object) ? t.elements[0] : t; };
    // Otherwise Python uses the value: `x == 3` is False for None, and `x < 3` raises TypeError.
    const bool value_equality = c.ops.size() == 1 && (c.ops[0] == "==" || c.ops[0] == "!=");
    for (size_t i = 0; i < operands.size(); ++i) {
        const Type& t = operands[i]->type;
        if (!t.is(TypeKind::Optional)) continue;
        if (c.ops.size() == 1 && (c.ops[0] == "is" || c.ops[0] == "is not") && t.elements[0].is(TypeKind::Object)) continue;
        if (value_equality && !t.elements[0].is(TypeKind::Object) && !t.elements[0].is_array()) {
            const Type& other = operands[1 - i]->type;
            const Type& other_value = other.is(TypeKind::Optional) ? other.elements[0] : other;
            if (join_types(t.elements[0], other_value) && (other_value.is_numeric_scalar() || other_value == t.elements[0])) continue;
        }
        const size_t op = std::min(i, c.ops.size() - 1);
        const std::string other = python_type_name(object_or_none(operands[i == 0 ? 1 : i - 1]->type));
        std::string message = i == 0 || (i == 1 && c.ops.size() == 1)
                                  ? (i == 0 ? fmt::format("'{}' not supported between instances of 'NoneType' and '{}'", c.ops[op], other)
                                            : fmt::format("'{}' not supported between instances of '{}' and 'NoneType'", c.ops[op], other))
                                  : fmt::format("'{}' not supported between instances of '{}' and 'NoneType'", c.ops[op], other);
        operands[i] = ir::unwrap_none(std::move(operands[i]), "TypeError", message);
    }
    if (value_equality && (operands[0]->type.is(TypeKind::Optional) || operands[1]->type.is(TypeKind::Optional))) {
        // The runtime's py::Optional compares None with None, a value with a value (emitted as ==).
        auto result = std::make_unique<ir::Compare>(c.loc);
        result->ops.push_back(c.ops[0] == "==" ? ir::CompareOp::Eq : ir::CompareOp::NotEq);
        for (auto& e : operands) result->operands.push_back(std::move(e));
        return result;
    }
    // `x is None` / `x is not None` is decided by the static type.
    if (c.ops.size() == 1 && (c.ops[0] == "is" || c.ops[0] == "is not")) {
        bool lhs_none = operands[0]->type.is(TypeKind::None), rhs_none = operands[1]->type.is(TypeKind::None);
        // Two lists, dicts or sets: the same object (the runtime's handles sharing their storage).
        const Type lt = object_or_none(operands[0]->type);
        const Type rt = object_or_none(operands[1]->type);
        if (lt.is(TypeKind::Object) && rt.is(TypeKind::Object)) {  // the same object: the same pointer
            if (lt != rt) return std::make_unique<ir::Const>(c.loc, Type::boolean(), c.ops[0] != "is");
            std::vector<std::pair<std::string, ExprPtr>> pair;
            pair.emplace_back("a", std::move(operands[0]));
            pair.emplace_back("b", std::move(operands[1]));
            return runtime_call(c.loc, Type::boolean(), c.ops[0], c.ops[0] == "is" ? "{a}.get() == {b}.get()" : "{a}.get() != {b}.get()",
                                std::move(pair));
        }
        if ((lt.is(TypeKind::List) || lt.is_dict() || lt.is_set()) && lt.kind == rt.kind) {
            if (lt != rt) return std::make_unique<ir::Const>(c.loc, Type::boolean(), c.ops[0] != "is");  // different types: different objects
            std::vector<std::pair<std::string, ExprPtr>> pair;
            pair.emplace_back("a", std::move(operands[0]));
            pair.emplace_back("b", std::move(operands[1]));
            auto same = runtime_call(c.loc, Type::boolean(), "is", "{a}.is({b})", std::move(pair));
            if (c.ops[0] == "is") return same;
            return std::make_unique<ir::Unary>(c.loc, Type::boolean(), ir::UnaryOpKind::Not, std::move(same));
        }
        if (!lhs_none && !rhs_none) {
            diags_.error(c.loc, "'is' is only supported for comparisons with None", "use '==' to compare values");
            return nullptr;
        }
        bool same = lhs_none && rhs_none;
        return std::make_unique<ir::Const>(c.loc, Type::boolean(), c.ops[0] == "is" ? same : !same);
    }
    // `x in xs` / `x not in xs` (alone: a chain with `in` is rare and refused below).
    if (c.ops.size() == 1 && (c.ops[0] == "in" || c.ops[0] == "not in"))
        return lower_containment(c.loc, c.ops[0] == "not in", std::move(operands[0]), std::move(operands[1]));
    static const std::map<std::string, ir::CompareOp> ops = {
        {"==", ir::CompareOp::Eq}, {"!=", ir::CompareOp::NotEq}, {"<", ir::CompareOp::Lt},
        {"<=", ir::CompareOp::LtE}, {">", ir::CompareOp::Gt}, {">=", ir::CompareOp::GtE}};
    auto result = std::make_unique<ir::Compare>(c.loc);
    std::optional<Type> joined = Type::unknown();
    bool all_numeric = true;
    for (const auto& e : operands) {
        all_numeric = all_numeric && (e->type.is_numeric_scalar() || !e->type.is_known());
        if (joined) joined = join_types(*joined, e->type);
    }
    for (size_t i = 0; i < c.ops.size(); ++i) {
        auto op = ops.find(c.ops[i]);
        if (op == ops.end()) {
            diags_.error(c.loc, fmt::format("comparison operator '{}' is not supported", c.ops[i]),
                         c.ops[i] == "in" || c.ops[i] == "not in" ? "containment tests need containers; compare explicitly" : "");
            return nullptr;
        }
        result->ops.push_back(op->second);
    }
    if (std::any_of(operands.begin(), operands.end(), [](const ExprPtr& e) { return e->type.is(TypeKind::Object); }))
        return lower_object_compare(c, std::move(operands), std::move(result));
    if (std::any_of(operands.begin(), operands.end(), [](const ExprPtr& e) { return e->type.is_array(); }))
        return lower_array_compare(c, std::move(operands), result->ops.front());
    if (std::any_of(operands.begin(), operands.end(), [](const ExprPtr& e) { return e->type.is_set(); }))
        return lower_set_compare(c.loc, std::move(operands), std::move(result));
    // Dicts compare for (in)equality only (Python: TypeError for ordering); a defaultdict or a
    // Counter compares with a dict of the same entries.
    if (std::all_of(operands.begin(), operands.end(), [](const ExprPtr& e) { return e->type.is_dict(); })) {
        joined = Type::unknown();
        for (const auto& e : operands)
            if (joined) joined = join_types(*joined, Type::dict(e->type.elements[0], e->type.elements[1]));
        if (!joined) joined = Type::dict(operands[0]->type.elements[0], operands[0]->type.elements[1]);
        for (auto op : result->ops) {
            if (op != ir::CompareOp::Eq && op != ir::CompareOp::NotEq) {
                diags_.error(c.loc, "dicts can only be compared with == and != (Python raises TypeError for ordering)", "");
                return nullptr;
            }
        }
        for (auto& e : operands) {
            Type as_joined = e->type;  // e's kind with the joined key and value types
            as_joined.elements = joined->elements;
            if (!assignable(e->type, as_joined)) {
                diags_.error(c.loc, fmt::format("cannot compare a {} with a {}", e->type.to_string(), joined->to_string()), "");
                return nullptr;
            }
            if (e->type.is_undetermined()) e = convert_for_store(std::move(e), as_joined);
            if (!e) return nullptr;
            result->operands.push_back(std::move(e));
        }
        return result;
    }
    // Complex numbers are equal or not; ordering them is Python's TypeError. An int operand stays
    // an int (the emitter compares it exactly, py::complex_equals), a float becomes complex.
    if (joined && joined->is(TypeKind::Complex) &&
        std::all_of(operands.begin(), operands.end(), [](const ExprPtr& e) { return e->type.is_number(); })) {
        for (size_t i = 0; i < result->ops.size(); ++i)
            if (result->ops[i] != ir::CompareOp::Eq && result->ops[i] != ir::CompareOp::NotEq) {
                diags_.error(c.loc, fmt::format("'{}' not supported between instances of '{}' and '{}' (Python's TypeError)", c.ops[i],
                                                python_type_name(operands[i]->type), python_type_name(operands[i + 1]->type)),
                             "complex numbers are not ordered; compare abs(z) or the parts z.real, z.imag");
                return nullptr;
            }
        for (auto& e : operands)
            result->operands.push_back(e->type.is(TypeKind::Int) ? std::move(e) : ir::promote(std::move(e), Type::complex()));
        return result;
    }
    if (!joined || (!all_numeric && !joined->is(TypeKind::Str) && !joined->is(TypeKind::Bool) && !joined->is(TypeKind::List) &&
                    !joined->is(TypeKind::Tuple))) {
        std::string types;
        for (const auto& e : operands) types += (types.empty() ? "" : "', '") + e->type.to_string();
        diags_.error(c.loc, fmt::format("cannot compare values of types '{}'", types), "");
        return nullptr;
    }
    // Lists compare element by element (lexicographically), as do tuples; a [] operand or a list
    // variable still undetermined takes the other side's type.
    if (joined->is(TypeKind::List) || joined->is(TypeKind::Tuple)) {
        // With arrays among the items: == and != as CPython's (the same array, else the truth value
        // of the element-wise comparison: py::item_equal); ordering them is refused.
        if (std::any_of(operands.begin(), operands.end(), [](const ExprPtr& e) { return holds_array(e->type); })) {
            if (result->ops.size() != 1 || (result->ops[0] != ir::CompareOp::Eq && result->ops[0] != ir::CompareOp::NotEq)) {
                diags_.error(c.loc, "ordering tuples or lists that hold arrays is not supported",
                             "compare the items explicitly (NumPy's comparisons are element-wise)");
                return nullptr;
            }
            std::vector<std::pair<std::string, ExprPtr>> pair;
            pair.emplace_back("a", std::move(operands[0]));
            pair.emplace_back("b", std::move(operands[1]));
            auto equal = runtime_call(c.loc, Type::boolean(), "item_equal", "py::item_equal({a}, {b})", std::move(pair));
            if (result->ops[0] == ir::CompareOp::Eq) return equal;
            return std::make_unique<ir::Unary>(c.loc, Type::boolean(), ir::UnaryOpKind::Not, std::move(equal));
        }
        for (auto& e : operands) {
            if (e->type.is(TypeKind::List) && !assignable(e->type, *joined)) {
                diags_.error(c.loc, fmt::format("cannot compare a {} with a {}", e->type.to_string(), joined->to_string()),
                             "compare lists of the same element type");
                return nullptr;
            }
            if (e->type.is_undetermined()) e = convert_for_store(std::move(e), *joined);
            if (!e) return nullptr;
            result->operands.push_back(std::move(e));
        }
        return result;
    }
    // An int compared with a float stays an int: the emitter orders the exact values with
    // py::compare, as Python does. An int constant the double holds exactly is converted.
    auto exact_as_float = [](const ir::Expr& e) {
        const auto* c = e.kind == ir::ExprKind::Const ? std::get_if<std::int64_t>(&e.as<ir::Const>().value) : nullptr;
        return c && *c >= -(std::int64_t{1} << 53) && *c <= (std::int64_t{1} << 53);
    };
    for (auto& e : operands) {
        const bool keep_int = joined->is(TypeKind::Float) && e->type.is(TypeKind::Int) && !exact_as_float(*e);
        result->operands.push_back(all_numeric && !keep_int ? ir::promote(std::move(e), *joined) : std::move(e));
    }
    return result;
}

ExprPtr FunctionLowering::lower_ifexp(const ast::IfExp& e) {
    auto test = lower_condition(*e.test);
    // A test known when compiling (`[] if xs is None else xs` in a specialization where xs is
    // None) gives the branch taken, as an `if` statement does: the other need not type-check.
    if (test && test->kind == ir::ExprKind::Const && test->type.is(TypeKind::Bool))
        return lower_maybe_none(std::get<bool>(test->as<ir::Const>().value) ? *e.body : *e.orelse);
    auto body = lower_maybe_none(*e.body);
    auto orelse = lower_maybe_none(*e.orelse);
    if (!test || !body || !orelse) return nullptr;
    auto joined = join_types(body->type, orelse->type);
    if (!joined) {
        diags_.error(e.loc, fmt::format("the branches of a conditional expression have different types ('{}' and '{}')",
                                        body->type.to_string(), orelse->type.to_string()),
                     join_hint(body->type, orelse->type, "compiled code needs one type; convert one branch"));
        return nullptr;
    }
    auto result = std::make_unique<ir::IfExp>(e.loc, *joined);
    result->test = ir::to_condition(std::move(test));
    result->body = ir::convert(std::move(body), *joined);
    result->orelse = ir::convert(std::move(orelse), *joined);
    return result;
}

ExprPtr FunctionLowering::lower_tuple(const ast::Tuple& t) {
    std::vector<Type> types;
    auto result = std::make_unique<ir::TupleMake>(t.loc, Type::unknown());
    for (const auto& e : t.elts) {
        auto v = lower_maybe_none(*e);
        if (!v) return nullptr;
        types.push_back(v->type);
        result->elements.push_back(std::move(v));
    }
    result->type = Type::tuple(std::move(types));
    return result;
}

ExprPtr FunctionLowering::lower_subscript(const ast::Subscript& s) {
    if (is_exception_args(*s.value)) {  // e.args[i]: typed from the exceptions e may be (lower_exceptions.cpp)
        auto exception = lower_expr(*s.value->as<ast::Attribute>().value);
        if (!exception) return nullptr;
        return exception_args(s.loc, std::move(exception), s.index.get());
    }
    auto value = lower_maybe_none(*s.value);
    if (!value) return nullptr;
    value = ir::unwrap_none(std::move(value), "TypeError", "'NoneType' object is not subscriptable");
    if (value->type.is(TypeKind::List) || value->type.is(TypeKind::Str)) return lower_list_subscript(s, std::move(value));
    if (value->type.is_dict()) return lower_dict_subscript(s, std::move(value));
    if (value->type.is_array()) return lower_array_subscript(s, std::move(value));
    if (value->type.is(TypeKind::Object)) {  // obj[i]: __getitem__
        auto index = lower_expr(*s.index);
        if (!index) return nullptr;
        return call_object_dunder(s.loc, "indexing", "__getitem__", std::move(value), std::move(index));
    }
    if (!value->type.is(TypeKind::Tuple)) {
        diags_.error(s.loc, fmt::format("indexing a value of type '{}' is not supported", value->type.to_string()), "");
        return nullptr;
    }
    if (s.index->kind == ast::ExprKind::Slice) return lower_tuple_slice(s.index->as<ast::Slice>(), std::move(value));
    auto index = lower_expr(*s.index);
    if (!index) return nullptr;
    const auto* c = index->kind == ir::ExprKind::Const ? std::get_if<std::int64_t>(&index->as<ir::Const>().value) : nullptr;
    if (!c) {
        diags_.error(s.index->loc, "a tuple can only be indexed with an integer constant",
                     "tuple elements may have different types, so the index must be known when compiling");
        return nullptr;
    }
    const auto size = static_cast<std::int64_t>(value->type.elements.size());
    std::int64_t i = *c < 0 ? *c + size : *c;
    if (i < 0 || i >= size) {
        diags_.error(s.index->loc, "tuple index out of range", fmt::format("the tuple has {} element{}", size, size == 1 ? "" : "s"));
        return nullptr;
    }
    Type element = value->type.elements[static_cast<size_t>(i)];
    return std::make_unique<ir::TupleGet>(s.loc, element, std::move(value), static_cast<size_t>(i));
}

std::unique_ptr<ir::Var> FunctionLowering::read_var_again(const ir::Var& var) {
    auto copy = std::make_unique<ir::Var>(var.loc, var.type, var.py_name, var.cpp_name);
    copy->var_id = var.var_id;
    copy->is_global = var.is_global;
    copy->rebound = var.rebound;
    if (VarVersion* v = vars_.current(var.py_name); v && v->id == var.var_id && !var.is_global) vars_.record_use(*v, path_);
    return copy;
}

// type(x).__name__: the name of the class of x's value. Known when compiling except for an object
// of a class that constructed classes derive from: a test of each, most derived outermost.
ExprPtr FunctionLowering::type_name_of(SourceLoc loc, const ast::Expr& of) {
    auto value = lower_maybe_none(of);
    if (!value) return nullptr;
    const Type t = value->type;
    if (!t.is_known()) return std::make_unique<ir::Const>(loc, Type::unknown(), ir::NoneValue{});
    auto name_const = [&](const std::string& name) -> ExprPtr { return std::make_unique<ir::Const>(loc, Type::str(), name); };
    if (t.is(TypeKind::Optional) && !t.elements[0].is(TypeKind::Object)) {  // 'NoneType' or the value's class, at run time
        std::vector<std::pair<std::string, ExprPtr>> operands;
        operands.emplace_back("x", std::move(value));
        operands.emplace_back("name", name_const(t.elements[0].is(TypeKind::Array) ? "ndarray" : python_type_name(t.elements[0])));
        return runtime_call(loc, Type::str(), "type name", "({x} == py::None ? std::string(\"NoneType\") : std::string({name}))",
                            std::move(operands));
    }
    std::string name;
    switch (t.kind) {
        case TypeKind::DefaultDict: name = "defaultdict"; break;
        case TypeKind::Array: name = "ndarray"; break;
        case TypeKind::List: case TypeKind::Dict: case TypeKind::Counter: case TypeKind::Set: case TypeKind::FrozenSet:
        case TypeKind::Tuple: case TypeKind::Str: case TypeKind::Int: case TypeKind::Float: case TypeKind::Complex:
        case TypeKind::Bool: case TypeKind::None: case TypeKind::Slice: case TypeKind::Generator: case TypeKind::DType:
        case TypeKind::Class: case TypeKind::Function: case TypeKind::LibraryObject: case TypeKind::Object:
            name = python_type_name(t);
            break;
        default:
            diags_.error(of.loc, fmt::format("type(x).__name__ of a {} is not supported", t.to_string()),
                         "the class of such a value is only known when the program runs");
            return nullptr;
    }
    if (t.is(TypeKind::Object)) {
        // Constructed classes derived from the held one, most derived last (its test is outermost).
        std::vector<std::pair<size_t, std::string>> derived;
        for (const auto& [cls, layout] : ctx_.classes.classes)
            if (layout.constructed && cls != t.class_name && ctx_.symbols.derives_from(cls, t.class_name) && class_named(cls))
                derived.emplace_back(ctx_.symbols.ancestors(cls).size(), cls);
        if (!derived.empty()) {
            // The object is read once per test: a variable as it is, anything else held in a Let.
            std::unique_ptr<ir::Let> let;
            if (value->kind != ir::ExprKind::Var) {
                let = std::make_unique<ir::Let>(loc, Type::str());
                let->bindings.emplace_back("object_", std::move(value));  // the reserved space (ir/names.hpp)
            }
            auto read_object = [&]() -> ExprPtr {
                if (let) return std::make_unique<ir::Var>(loc, t, "object_", "object_");
                return lower_expr(of);
            };
            std::sort(derived.begin(), derived.end());
            ExprPtr chain = name_const(class_named(t.class_name) ? class_named(t.class_name)->name : name);
            for (const auto& [depth, cls] : derived) {
                (void)depth;
                auto test_object = read_object();
                if (!test_object) return nullptr;
                std::vector<std::pair<std::string, ExprPtr>> operand;
                operand.emplace_back("x", std::move(test_object));
                auto node = std::make_unique<ir::IfExp>(loc, Type::str());
                node->test = runtime_call(loc, Type::boolean(), "isinstance", "py::isinstance<" + cpp_identifier(cls) + ">({x})", std::move(operand));
                node->body = name_const(class_named(cls)->name);
                node->orelse = std::move(chain);
                chain = std::move(node);
            }
            if (!let) return chain;
            let->body = std::move(chain);
            return let;
        }
    }
    if (!ir::has_side_effects(*value)) return name_const(name);
    std::vector<std::pair<std::string, ExprPtr>> operands;  // the value still runs, for its effects
    operands.emplace_back("x", std::move(value));
    operands.emplace_back("name", name_const(name));
    return runtime_call(loc, Type::str(), "type name", "py::named_type({x}, {name})", std::move(operands));
}

// t[a:b:c] of a tuple, with bounds known when compiling (its items' types depend on them): a new
// tuple of the items Python's slice.indices() selects, the tuple evaluated once.
ExprPtr FunctionLowering::lower_tuple_slice(const ast::Slice& slice, ExprPtr tuple) {
    std::optional<std::int64_t> bounds[3];
    const ast::Expr* parts[3] = {slice.lower.get(), slice.upper.get(), slice.step.get()};
    for (int k = 0; k < 3; ++k) {
        if (!parts[k]) continue;
        auto bound = lower_expr(*parts[k]);
        if (!bound) return nullptr;
        if (bound->kind == ir::ExprKind::Const && std::holds_alternative<ir::NoneValue>(bound->as<ir::Const>().value)) continue;
        const auto* c = bound->kind == ir::ExprKind::Const ? std::get_if<std::int64_t>(&bound->as<ir::Const>().value) : nullptr;
        if (!c) {
            diags_.error(parts[k]->loc, "a tuple can only be sliced with integer constants",
                         "the items of the slice (and their types) must be known when compiling; use a list for computed bounds");
            return nullptr;
        }
        bounds[k] = *c;
    }
    const std::int64_t size = static_cast<std::int64_t>(tuple->type.elements.size());
    const std::int64_t step = bounds[2].value_or(1);
    if (step == 0) {
        diags_.error(slice.step->loc, "slice step cannot be zero (Python's ValueError)", "");
        return nullptr;
    }
    // Python's PySlice_AdjustIndices.
    auto adjust = [&](std::optional<std::int64_t> bound, std::int64_t if_missing) {
        if (!bound) return if_missing;
        std::int64_t b = *bound < 0 ? *bound + size : *bound;
        if (b < 0) return step < 0 ? std::int64_t{-1} : std::int64_t{0};
        if (b >= size) return step < 0 ? size - 1 : size;
        return b;
    };
    const std::int64_t start = adjust(bounds[0], step < 0 ? size - 1 : 0);
    const std::int64_t stop = adjust(bounds[1], step < 0 ? -1 : size);
    std::vector<size_t> picked;
    for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step) picked.push_back(static_cast<size_t>(i));
    std::vector<Type> types;
    for (size_t i : picked) types.push_back(tuple->type.elements[i]);
    auto result = std::make_unique<ir::TupleMake>(slice.loc, Type::tuple(types));
    const Type whole = tuple->type;
    std::unique_ptr<ir::Let> let;
    std::string name;
    if (tuple->kind != ir::ExprKind::Var) {  // held once, in a Let binding (the reserved names of ir/names.hpp)
        if (picked.empty() && !ir::has_side_effects(*tuple)) return result;
        let = std::make_unique<ir::Let>(slice.loc, result->type);
        name = "sliced_";
        let->bindings.emplace_back(name, std::move(tuple));
    }
    for (size_t i : picked) {
        ExprPtr read;
        if (let) {
            read = std::make_unique<ir::Var>(slice.loc, whole, name, name);
        } else {
            read = read_var_again(tuple->as<ir::Var>());
        }
        result->elements.push_back(std::make_unique<ir::TupleGet>(slice.loc, whole.elements[i], std::move(read), i));
    }
    if (!let) return result;
    if (picked.empty()) {  // the tuple runs for its effects only
        diags_.error(slice.loc, "an always empty slice of a tuple made by a call is not supported", "call it as a statement of its own");
        return nullptr;
    }
    let->body = std::move(result);
    return let;
}

ExprPtr FunctionLowering::as_str(ExprPtr e) {
    if (!e || e->type.is(TypeKind::Str)) return e;
    SourceLoc loc = e->loc;
    auto f = std::make_unique<ir::FString>(loc);
    ir::FString::Part part;
    part.value = std::move(e);
    f->parts.push_back(std::move(part));
    return f;
}

ExprPtr FunctionLowering::lower_fstring(const ast::JoinedStr& s) {
    auto result = std::make_unique<ir::FString>(s.loc);
    for (const auto& v : s.values) {
        ir::FString::Part part;
        if (v->kind == ast::ExprKind::Constant) {
            part.literal = std::get<std::string>(v->as<ast::Constant>().value);
        } else {
            const auto& fv = v->as<ast::FormattedValue>();
            // None formats as "None"; under a format spec Python raises TypeError.
            part.value = lower_maybe_none(*fv.value);
            if (!part.value) return nullptr;
            // Python shows `<generator object f at 0x7f...>` / `<function f at 0x7f...>`: an address.
            if (holds_generator(part.value->type) || holds_function(part.value->type)) {
                diags_.error(fv.value->loc, fmt::format("formatting {} in an f-string is not supported (Python shows its address)",
                                                        part.value->type.to_string()),
                             "format the values it gives instead");
                return nullptr;
            }
            if (!fv.format_spec.empty() && !fv.conversion)
                part.value = ir::unwrap_none(std::move(part.value), "TypeError", "unsupported format string passed to NoneType.__format__");
            part.format_spec = fv.format_spec;
            part.conversion = fv.conversion;
            if (part.conversion == 'a') {
                diags_.error(fv.loc, "the '!a' conversion is not supported", "use '!r' or no conversion");
                return nullptr;
            }
        }
        result->parts.push_back(std::move(part));
    }
    return result;
}

}  // namespace py2cpp
