#include "emit/expr_emitter.hpp"

#include <algorithm>
#include <string_view>
#include <fmt/format.h>

#include "emit/cpp_emitter.hpp"

namespace py2cpp {

bool is_trivially_copyable_expr(const ir::Expr& e) {
    return e.kind == ir::ExprKind::Var || e.kind == ir::ExprKind::Const;
}

Code ExprEmitter::emit(const ir::Expr& e) { return ir::visit_expr(e, *this); }

std::string ExprEmitter::operand(const ir::Expr& e, int min_prec) {
    Code c = emit(e);
    return c.prec < min_prec ? "(" + c.text + ")" : c.text;
}

Code ExprEmitter::operator()(const ir::Const& e) {
    if (e.type.is(TypeKind::DType)) return {cpp_element_type(e.type.dtype)};
    return std::visit([&](const auto& v) -> Code {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, ir::NoneValue>) return {"py::None"};
        else if constexpr (std::is_same_v<V, ast::EllipsisValue>) return {"py::None"};  // never in the IR: lowering refuses `...` as a value
        else if constexpr (std::is_same_v<V, bool>) return {v ? "true" : "false"};
        else if constexpr (std::is_same_v<V, std::int64_t>) {
            if (v == INT64_MIN) return {"INT64_MIN"};
            return {std::to_string(v), v < 0 ? kPrecUnary : kPrecPrimary};
        } else if constexpr (std::is_same_v<V, double>) {
            std::string t = cpp_double_literal(v);
            return {t, t[0] == '-' ? kPrecUnary : kPrecPrimary};
        } else if constexpr (std::is_same_v<V, ast::ComplexValue>) {
            return {fmt::format("py::complex_t({}, {})", cpp_double_literal(v.real), cpp_double_literal(v.imag))};
        } else {
            return {cpp_string_literal(v)};
        }
    }, e.value);
}

Code ExprEmitter::operator()(const ir::Var& e) { return {e.cpp_name}; }

Code ExprEmitter::operator()(const ir::Cast& e) {
    if (e.type.is_array())  // a lazy element-wise conversion (NumPy's astype)
        return {fmt::format("py::np::astype<{}>({})", cpp_element_type(e.type.dtype), text(*e.operand))};
    if (e.type.is(TypeKind::Tuple)) return {fmt::format("{}({})", cpp_type(e.type), text(*e.operand))};
    if (e.type.is(TypeKind::Optional)) {
        // None or a value where either may be: an object reference is its own Optional (null is
        // None); otherwise py::Optional<T>, which a None, a T or a narrower Optional converts to.
        if (e.operand->type.is(TypeKind::None)) return {cpp_type(e.type) + "()"};
        if (e.type.elements[0].is(TypeKind::Object)) return {text(*e.operand)};
        return {fmt::format("{}({})", cpp_type(e.type), text(*e.operand))};
    }
    if (e.type.is(TypeKind::Complex)) return {fmt::format("py::complex_t({})", text(*e.operand))};  // a real number as complex (x + 0j)
    return {fmt::format("static_cast<{}>({})", cpp_type(e.type), text(*e.operand))};
}

Code ExprEmitter::operator()(const ir::Truthy& e) {
    const Type& t = e.operand->type;
    if (t.is(TypeKind::Int)) return {operand(*e.operand, kPrecRelational) + " != 0", kPrecEquality};
    if (t.is(TypeKind::Float)) return {operand(*e.operand, kPrecRelational) + " != 0.0", kPrecEquality};
    return {fmt::format("py::truthy({})", text(*e.operand))};
}

static bool is_literal_only(const ir::Expr& e);

Code ExprEmitter::operator()(const ir::Binary& e) {
    const bool is_float = e.type.is(TypeKind::Float);
    // Two operands built from literals alone (`(3000000 if a else 1) * 3000000`) would be C++
    // `int` arithmetic, 32 bits: the left one is made py::int_t, so the operation is 64-bit as
    // py2cpp's ints are.
    const bool widen = e.type.is(TypeKind::Int) && is_literal_only(*e.lhs) && is_literal_only(*e.rhs);
    auto left = [&](int prec) { return widen ? fmt::format("py::int_t({})", text(*e.lhs)) : operand(*e.lhs, prec); };
    auto infix = [&](const char* op, int prec) {
        // Left-associative: the right operand needs strictly tighter binding.
        return Code{fmt::format("{} {} {}", left(prec), op, operand(*e.rhs, prec + 1)), prec};
    };
    // GCC's -Wparentheses wants explicit parentheses around mixed bitwise/shift operands.
    auto bitwise = [&](const char* op, int prec) {
        auto side = [&](const ir::Expr& x) {
            bool same = x.kind == ir::ExprKind::Binary && x.as<ir::Binary>().op == e.op;
            return same ? operand(x, prec) : operand(x, kPrecUnary);
        };
        return Code{fmt::format("{} {} {}", widen ? left(prec) : side(*e.lhs), op, side(*e.rhs)), prec};
    };
    auto call = [&](const char* fn) { return Code{fmt::format("{}({}, {})", fn, widen ? left(0) : text(*e.lhs), text(*e.rhs))}; };
    if (e.type.is_array()) return array_binary(e);
    if (e.type.is(TypeKind::Complex)) {
        // + and - are C++'s (component-wise, as CPython); * / ** are CPython's formulas (complex.hpp).
        switch (e.op) {
            case ir::BinaryOp::Add: return infix("+", kPrecAdditive);
            case ir::BinaryOp::Sub: return infix("-", kPrecAdditive);
            case ir::BinaryOp::Mul: return call("py::complex_mul");
            case ir::BinaryOp::TrueDiv: return call("py::truediv");
            case ir::BinaryOp::Pow: return call("py::pow");
            default: break;  // refused by lowering
        }
    }
    switch (e.op) {
        case ir::BinaryOp::Add:
            if (e.type.is(TypeKind::Str) && e.lhs->kind == ir::ExprKind::Const)
                return {fmt::format("std::string({}) + {}", text(*e.lhs), operand(*e.rhs, kPrecAdditive + 1)), kPrecAdditive};
            return infix("+", kPrecAdditive);
        case ir::BinaryOp::Sub: return infix("-", kPrecAdditive);
        case ir::BinaryOp::Mul: return infix("*", kPrecMultiplicative);
        case ir::BinaryOp::TrueDiv: {
            // Dividing by a non-zero constant cannot raise ZeroDivisionError: plain C++ division.
            bool safe = e.rhs->kind == ir::ExprKind::Const && std::get_if<double>(&e.rhs->as<ir::Const>().value) &&
                        std::get<double>(e.rhs->as<ir::Const>().value) != 0.0;
            return safe ? infix("/", kPrecMultiplicative) : call("py::truediv");
        }
        case ir::BinaryOp::FloorDiv: return call("py::floordiv");
        case ir::BinaryOp::Mod: return call("py::mod");
        case ir::BinaryOp::Pow: return call(is_float ? "py::pow" : "py::ipow");
        case ir::BinaryOp::BitAnd: return bitwise("&", kPrecBitAnd);
        case ir::BinaryOp::BitOr: return bitwise("|", kPrecBitOr);
        case ir::BinaryOp::BitXor: return bitwise("^", kPrecBitXor);
        // Python's shifts take any count (negative: ValueError; >= 64: exact); C++'s are undefined there.
        case ir::BinaryOp::LShift: return call("py::lshift");
        case ir::BinaryOp::RShift: return call("py::rshift");
    }
    return infix("?", kPrecLowest);
}

// Element-wise operators on arrays build lazy expressions (docs/ARRAYS.md): + - * / and the
// bitwise operators are C++ operators on the runtime's array types; Python's //, % and ** are
// NumPy functions, with NumPy's semantics.
Code ExprEmitter::array_binary(const ir::Binary& e) {
    auto call = [&](const char* fn) { return Code{fmt::format("{}({}, {})", fn, text(*e.lhs), text(*e.rhs))}; };
    auto infix = [&](const char* op, int prec) {
        return Code{fmt::format("{} {} {}", operand(*e.lhs, prec), op, operand(*e.rhs, prec + 1)), prec};
    };
    switch (e.op) {
        case ir::BinaryOp::Add: return infix("+", kPrecAdditive);
        case ir::BinaryOp::Sub: return infix("-", kPrecAdditive);
        case ir::BinaryOp::Mul: return infix("*", kPrecMultiplicative);
        case ir::BinaryOp::TrueDiv: return infix("/", kPrecMultiplicative);
        case ir::BinaryOp::FloorDiv: return call("py::np::floor_divide");
        case ir::BinaryOp::Mod: return call("py::np::remainder");
        case ir::BinaryOp::Pow: {
            // x ** 2 is NumPy's fast path np.square: x * x, correctly rounded like pow(x, 2).
            const auto* c = e.rhs->kind == ir::ExprKind::Const ? &e.rhs->as<ir::Const>() : nullptr;
            const bool two = c && ((std::holds_alternative<std::int64_t>(c->value) && std::get<std::int64_t>(c->value) == 2) ||
                                   (std::holds_alternative<double>(c->value) && std::get<double>(c->value) == 2.0));
            if (two) return {fmt::format("py::np::square({})", text(*e.lhs))};
            return call("py::np::power");
        }
        case ir::BinaryOp::BitAnd: return {fmt::format("{} & {}", operand(*e.lhs, kPrecUnary), operand(*e.rhs, kPrecUnary)), kPrecBitAnd};
        case ir::BinaryOp::BitOr: return {fmt::format("{} | {}", operand(*e.lhs, kPrecUnary), operand(*e.rhs, kPrecUnary)), kPrecBitOr};
        case ir::BinaryOp::BitXor: return {fmt::format("{} ^ {}", operand(*e.lhs, kPrecUnary), operand(*e.rhs, kPrecUnary)), kPrecBitXor};
        case ir::BinaryOp::LShift: return call("py::np::left_shift");
        case ir::BinaryOp::RShift: return call("py::np::right_shift");
    }
    return call("?");
}

Code ExprEmitter::operator()(const ir::Unary& e) {
    // `-` before `-x` would read as the decrement operator `--x`.
    auto signed_operand = [&](char sign) {
        std::string t = operand(*e.operand, kPrecUnary);
        return t[0] == sign ? "(" + t + ")" : t;
    };
    switch (e.op) {
        case ir::UnaryOpKind::Neg: return {"-" + signed_operand('-'), kPrecUnary};
        case ir::UnaryOpKind::Pos: return {"+" + signed_operand('+'), kPrecUnary};
        case ir::UnaryOpKind::Not: return {"!" + operand(*e.operand, kPrecUnary), kPrecUnary};
        case ir::UnaryOpKind::Invert: return {"~" + operand(*e.operand, kPrecUnary), kPrecUnary};
    }
    return {""};
}

static const char* cpp_compare(ir::CompareOp op) {
    switch (op) {
        case ir::CompareOp::Eq: return "==";
        case ir::CompareOp::NotEq: return "!=";
        case ir::CompareOp::Lt: return "<";
        case ir::CompareOp::LtE: return "<=";
        case ir::CompareOp::Gt: return ">";
        case ir::CompareOp::GtE: return ">=";
    }
    return "==";
}

static int compare_prec(ir::CompareOp op) {
    return op == ir::CompareOp::Eq || op == ir::CompareOp::NotEq ? kPrecEquality : kPrecRelational;
}

Code ExprEmitter::operator()(const ir::Compare& e) {
    // An int against a float compares exact values (py::compare); C++ would round the int.
    auto pair = [&](const std::string& a, const std::string& b, size_t i) {
        const Type &ta = e.operands[i]->type, &tb = e.operands[i + 1]->type;
        const bool int_float = (ta.is(TypeKind::Int) && tb.is(TypeKind::Float)) || (ta.is(TypeKind::Float) && tb.is(TypeKind::Int));
        if (int_float) return fmt::format("py::compare({}, {}) {} 0", a, b, cpp_compare(e.ops[i]));
        // A complex number equal to an int: exactly (only == and != reach here).
        const bool complex_int = (ta.is(TypeKind::Complex) && tb.is(TypeKind::Int)) || (ta.is(TypeKind::Int) && tb.is(TypeKind::Complex));
        if (complex_int) {
            const std::string call = ta.is(TypeKind::Complex) ? fmt::format("py::complex_equals({}, {})", a, b)
                                                               : fmt::format("py::complex_equals({}, {})", b, a);
            return e.ops[i] == ir::CompareOp::Eq ? call : "!" + call;
        }
        return fmt::format("{} {} {}", a, cpp_compare(e.ops[i]), b);
    };
    // Two string literals would compare as C arrays; a comparison inside a comparison needs
    // parentheses for GCC's -Wparentheses.
    size_t str_literals = std::count_if(e.operands.begin(), e.operands.end(), [](const ir::ExprPtr& x) {
        return x->kind == ir::ExprKind::Const && x->type.is(TypeKind::Str);
    });
    auto side = [&](const ir::Expr& x) {
        if (str_literals > 1 && x.kind == ir::ExprKind::Const && x.type.is(TypeKind::Str))
            return fmt::format("std::string_view({})", text(x));
        return operand(x, kPrecShift);
    };
    if (e.ops.size() == 1) return {pair(side(*e.operands[0]), side(*e.operands[1]), 0), compare_prec(e.ops[0])};
    bool simple = true;
    for (size_t i = 1; i + 1 < e.operands.size(); ++i) simple = simple && is_trivially_copyable_expr(*e.operands[i]);
    if (simple) {  // a < b < c  ->  a < b && b < c
        std::vector<std::string> parts;
        for (size_t i = 0; i < e.ops.size(); ++i) parts.push_back(pair(side(*e.operands[i]), side(*e.operands[i + 1]), i));
        return {fmt::format("{}", fmt::join(parts, " && ")), kPrecAnd};
    }
    // Middle operands with effects are evaluated once each, and only while the chain holds.
    // Temporaries end in '_', a space user names never reach (ir/names.hpp).
    std::string body = fmt::format("const auto t0_ = {}; ", text(*e.operands[0]));
    for (size_t i = 0; i < e.ops.size(); ++i) {
        body += fmt::format("const auto t{}_ = {}; ", i + 1, text(*e.operands[i + 1]));
        std::string test = pair(fmt::format("t{}_", i), fmt::format("t{}_", i + 1), i);
        body += i + 1 < e.ops.size() ? fmt::format("if (!({})) return false; ", test) : fmt::format("return {};", test);
    }
    return {fmt::format("[&] {{ {} }}()", body)};
}

Code ExprEmitter::operator()(const ir::BoolOp& e) {
    const bool is_and = e.op == ir::BoolOpKind::And;
    if (e.type.is(TypeKind::Bool)) {
        int p = is_and ? kPrecAnd : kPrecOr;
        std::vector<std::string> parts;
        // `&&` inside `||` gets parentheses (GCC's -Wparentheses asks for them).
        for (const auto& v : e.values) parts.push_back(operand(*v, is_and ? kPrecAnd : kPrecAnd + 1));
        return {fmt::format("{}", fmt::join(parts, is_and ? " && " : " || ")), p};
    }
    // Python's and/or return an operand: `a or b` is `a` when a is truthy, else `b`.
    std::string result = text(*e.values.back());
    for (size_t i = e.values.size() - 1; i-- > 0;) {
        const ir::Expr& v = *e.values[i];
        std::string t = is_trivially_copyable_expr(v) ? text(v) : "t_";  // reserved space: see ir/names.hpp
        std::string pick = is_and ? fmt::format("py::truthy({0}) ? {1} : {0}", t, result) : fmt::format("py::truthy({0}) ? {0} : {1}", t, result);
        result = is_trivially_copyable_expr(v) ? fmt::format("({})", pick)
                                               : fmt::format("[&] {{ const {} t_ = {}; return {}; }}()", cpp_type(e.type), text(v), pick);
    }
    return {result};
}

Code ExprEmitter::operator()(const ir::IfExp& e) {
    return {fmt::format("{} ? {} : {}", operand(*e.test, kPrecOr), operand(*e.body, kPrecConditional), operand(*e.orelse, kPrecConditional)),
            kPrecConditional};
}

// An expression built from literals alone (`7`, `~100`, `-5`, `1 if c else 2`): its C++ type is the
// literal's (`int`, `const char*`), not py2cpp's type for it.
static bool is_literal_only(const ir::Expr& e) {
    switch (e.kind) {
        case ir::ExprKind::Const: return true;
        case ir::ExprKind::Unary: return is_literal_only(*e.as<ir::Unary>().operand);
        case ir::ExprKind::Binary: return is_literal_only(*e.as<ir::Binary>().lhs) && is_literal_only(*e.as<ir::Binary>().rhs);
        case ir::ExprKind::IfExp: return is_literal_only(*e.as<ir::IfExp>().body) && is_literal_only(*e.as<ir::IfExp>().orelse);
        case ir::ExprKind::LibraryCall:  // min(3000000, 4000000): the template's type is the literals'
            for (const auto& [name, values] : e.as<ir::LibraryCall>().args)
                for (const auto& v : values)
                    if (!is_literal_only(*v)) return false;
            return true;
        default: return false;
    }
}

std::string ExprEmitter::call_argument(const ir::Expr& e, bool exact_type) {
    // A C++ `int` (or `const char*`) would make a call to an overloaded function ambiguous.
    if (exact_type && e.type.is(TypeKind::Int) && is_literal_only(e)) return fmt::format("py::int_t{{{}}}", text(e));
    if (exact_type && e.type.is(TypeKind::Str) && is_literal_only(e)) return fmt::format("std::string({})", text(e));
    return text(e);
}

// A call whose value is None is a C++ `void` call: as a value it is followed by py::None.
static Code none_valued(Code call) { return {fmt::format("({}, py::None)", call.text), kPrecPrimary}; }

Code ExprEmitter::operator()(const ir::UserCall& e) {
    return e.type.is(TypeKind::None) ? none_valued(user_call(e)) : user_call(e);
}

Code ExprEmitter::operator()(const ir::LibraryCall& e) {
    return e.type.is(TypeKind::None) ? none_valued(library_call(e)) : library_call(e);
}

std::string ExprEmitter::statement_text(const ir::Expr& e) {
    if (e.kind == ir::ExprKind::UserCall) return user_call(e.as<ir::UserCall>()).text;
    if (e.kind == ir::ExprKind::LibraryCall) return library_call(e.as<ir::LibraryCall>()).text;
    return text(e);
}

Code ExprEmitter::user_call(const ir::UserCall& e) {
    const bool exact = overloaded_.count(e.cpp_name) > 0;
    std::vector<std::string> args;
    for (const auto& a : e.args) args.push_back(call_argument(*a, exact));
    return {fmt::format("{}({})", e.cpp_name, fmt::join(args, ", "))};
}

// A template "f(…)" or "{a}.member(…)" whose outer call spans the whole text binds like a
// primary (postfix) expression.
static bool is_call_shaped(const std::string& t) {
    size_t open = t.find('(');
    if (open == std::string::npos || t.back() != ')' || open == 0) return t.find_first_of(" +-*/%<>=&|^?!") == std::string::npos;
    for (size_t i = 0; i < open; ++i)
        if (!(std::isalnum(static_cast<unsigned char>(t[i])) || std::string_view("_:<>{}.").find(t[i]) != std::string_view::npos))
            return false;
    int depth = 0;
    for (size_t i = open; i < t.size(); ++i) {
        if (t[i] == '(') ++depth;
        if (t[i] == ')' && --depth == 0 && i + 1 != t.size()) return false;
    }
    return true;
}

// Whether the placeholder at [start, end) of a template stands alone as a function argument.
static bool is_whole_argument(const std::string& t, size_t start, size_t end) {
    size_t before = t.find_last_not_of(' ', start == 0 ? std::string::npos : start - 1);
    size_t after = t.find_first_not_of(' ', end);
    // An argument of a call, a designated initializer (`.start = {i}`) or the right side of `=`.
    // A subscript's index (`{a}[{i}]`) stands alone too.
    const bool opens = before != std::string::npos && (t[before] == '(' || t[before] == ',' || t[before] == '=' || t[before] == '[');
    const bool closes = after == std::string::npos ? before != std::string::npos && t[before] == '='
                                                   : t[after] == ')' || t[after] == ',' || t[after] == '}' || t[after] == ']';
    return opens && closes;
}

// The C++ element type a `{T}` placeholder stands for: the result's dtype, or its scalar type.
static std::string element_cpp_type(const Type& t) {
    return t.is_array() ? cpp_element_type(t.dtype) : cpp_type(t);
}

static bool is_identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

Code ExprEmitter::library_call(const ir::LibraryCall& e) { return library_call(e, e.cpp_template); }

Code ExprEmitter::library_call(const ir::LibraryCall& e, const std::string& t) {
    std::string out;
    size_t pos = 0;
    while (pos < t.size()) {
        // A placeholder is `{identifier}`; any other brace is C++ (`py::slice{.start = {a0}}`).
        size_t open = t.find('{', pos);
        if (open == std::string::npos) {
            out += t.substr(pos);
            break;
        }
        size_t close = open + 1;
        while (close < t.size() && is_identifier_char(t[close])) ++close;
        out += t.substr(pos, open - pos);
        if (close == open + 1 || close >= t.size() || t[close] != '}') {
            out += '{';
            pos = open + 1;
            continue;
        }
        std::string name = t.substr(open + 1, close - open - 1);
        auto arg = std::find_if(e.args.begin(), e.args.end(), [&](const auto& a) { return a.first == name; });
        if (name == "T" && arg == e.args.end()) {
            out += element_cpp_type(e.type);
        } else if (name == "R" && arg == e.args.end()) {  // the result's rank, 0 for a scalar
            out += std::to_string(e.type.is_array() ? e.type.rank : 0);
        } else if (arg == e.args.end()) {
            out += t.substr(open, close - open + 1);
        } else {
            const bool whole = is_whole_argument(t, open, close + 1);
            std::vector<std::string> parts;
            for (const auto& v : arg->second) parts.push_back(whole ? text(*v) : operand(*v, kPrecPrimary));
            // An empty variadic argument list takes its separating comma with it.
            if (parts.empty() && out.size() >= 2 && out.compare(out.size() - 2, 2, ", ") == 0) out.resize(out.size() - 2);
            out += fmt::format("{}", fmt::join(parts, ", "));
        }
        pos = close + 1;
    }
    return {out, is_call_shaped(t) ? kPrecPrimary : kPrecLowest};
}

// Every element a variable (exactly its IR type in C++) that is not itself a tuple (std::tuple{t}
// of one tuple would deduce a copy of t, not a tuple holding it).
bool elements_are_plain_variables(const ir::TupleMake& e) {
    return !e.elements.empty() && std::all_of(e.elements.begin(), e.elements.end(), [](const auto& v) {
        return v->kind == ir::ExprKind::Var && !v->type.is(TypeKind::Tuple);
    });
}

std::string ExprEmitter::tuple_elements(const ir::TupleMake& e) {
    std::vector<std::string> parts;
    for (const auto& v : e.elements) parts.push_back(text(*v));
    return fmt::format("{}", fmt::join(parts, ", "));
}

// The elements of a list display, braced: a nested display is a braced initializer of the inner
// list ({{1, 2}, {3, 4}}), so only the outermost names its type.
std::string ExprEmitter::list_display(const ir::TupleMake& e) {
    std::vector<std::string> parts;
    for (const auto& v : e.elements)
        parts.push_back(v->kind == ir::ExprKind::TupleMake && v->type.is(TypeKind::List) ? list_display(v->as<ir::TupleMake>())
                                                                                         : text(*v));
    return fmt::format("{{{}}}", fmt::join(parts, ", "));
}

Code ExprEmitter::operator()(const ir::TupleMake& e) {
    // A list display: py::list<double>{1.0, 2.5}.
    if (e.type.is(TypeKind::List)) return {cpp_type(e.type) + list_display(e)};
    std::vector<std::string> parts;
    for (const auto& v : e.elements) parts.push_back(text(*v));
    // Variables have exactly their IR types, so class template argument deduction gives the same
    // tuple type without spelling it: std::tuple{zero, lower}.
    if (elements_are_plain_variables(e)) return {fmt::format("std::tuple{{{}}}", fmt::join(parts, ", "))};
    return {fmt::format("{}({})", cpp_type(e.type), fmt::join(parts, ", "))};
}

Code ExprEmitter::operator()(const ir::TupleGet& e) {
    // An item of a library call's tuple that the table says how to read alone (a.shape()[0]).
    if (e.tuple->kind == ir::ExprKind::LibraryCall && !e.tuple->as<ir::LibraryCall>().item_template.empty()) {
        const auto& call = e.tuple->as<ir::LibraryCall>();
        std::string tmpl = call.item_template;
        for (size_t at; (at = tmpl.find("{index}")) != std::string::npos;) tmpl.replace(at, 7, std::to_string(e.index));
        return library_call(call, tmpl);
    }
    return {fmt::format("std::get<{}>({})", e.index, text(*e.tuple))};
}

Code ExprEmitter::operator()(const ir::FieldGet& e) { return {fmt::format("{}->{}", operand(*e.object, kPrecPrimary), e.cpp_field)}; }

Code ExprEmitter::operator()(const ir::FString& e) {
    // f"a{x:.3f}b" -> fmt::format("a{}b", py::format_value(x, ".3f")); Python's format-spec
    // semantics are implemented by the runtime, fmt only glues the pieces.
    std::string pattern;
    std::vector<std::string> args;
    for (const auto& part : e.parts) {
        if (!part.value) {
            for (char c : part.literal) pattern += (c == '{' || c == '}') ? std::string(2, c) : std::string(1, c);
            continue;
        }
        pattern += "{}";
        // !r / !s convert first; the spec then formats the resulting str (f"{x!r:>8}").
        std::string value = text(*part.value);
        if (part.conversion == 'r') value = fmt::format("py::repr({})", value);
        else if (part.conversion == 's') value = fmt::format("py::str({})", value);
        if (!part.format_spec.empty()) args.push_back(fmt::format("py::format_value({}, {})", value, cpp_string_literal(part.format_spec)));
        else args.push_back(part.conversion ? value : fmt::format("py::str({})", value));
    }
    if (args.size() == 1 && pattern == "{}") return {args.front()};
    if (args.empty()) return {fmt::format("std::string({})", cpp_string_literal(pattern))};
    return {fmt::format("fmt::format({}, {})", cpp_string_literal(pattern), fmt::join(args, ", "))};
}

Code ExprEmitter::operator()(const ir::BlockExpr& e) {
    return {fmt::format("[{}] {{\n{}    return {};\n}}()", namespace_scope ? "" : "&", render_block(e.body), text(*e.value))};
}

Code ExprEmitter::operator()(const ir::Let& e) {
    std::string body;
    for (const auto& [name, value] : e.bindings) body += fmt::format("const auto {} = {}; ", name, text(*value));
    return {fmt::format("[&] {{ {}return {}; }}()", body, text(*e.body))};
}

}  // namespace py2cpp
