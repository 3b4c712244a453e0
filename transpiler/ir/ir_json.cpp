#include "ir/ir_json.hpp"

namespace py2cpp::ir {
namespace {

using nlohmann::json;

const char* unary_name(UnaryOpKind op) {
    switch (op) {
        case UnaryOpKind::Neg: return "-";
        case UnaryOpKind::Pos: return "+";
        case UnaryOpKind::Not: return "not";
        case UnaryOpKind::Invert: return "~";
    }
    return "?";
}

json loc_json(SourceLoc loc) { return json::array({loc.line, loc.col + 1}); }

json expr_json(const Expr& e);
json block_json(const Block& block);

json exprs_json(const std::vector<ExprPtr>& list) {
    json out = json::array();
    for (const auto& e : list) out.push_back(expr_json(*e));
    return out;
}

struct ExprToJson {
    json operator()(const Const& e) {
        json value = std::visit([](const auto& v) -> json {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, NoneValue>) return nullptr;
            else if constexpr (std::is_same_v<V, ast::EllipsisValue>) return "...";
            else if constexpr (std::is_same_v<V, ast::ComplexValue>) return json{{"real", v.real}, {"imag", v.imag}};
            else return v;
        }, e.value);
        return {{"node", "Const"}, {"value", value}};
    }
    json operator()(const Var& e) { return {{"node", "Var"}, {"name", e.py_name}, {"cpp", e.cpp_name}, {"global", e.is_global}}; }
    json operator()(const Cast& e) { return {{"node", "Cast"}, {"operand", expr_json(*e.operand)}}; }
    json operator()(const Truthy& e) { return {{"node", "Truthy"}, {"operand", expr_json(*e.operand)}}; }
    json operator()(const Binary& e) {
        return {{"node", "Binary"}, {"op", binary_op_symbol(e.op)}, {"lhs", expr_json(*e.lhs)}, {"rhs", expr_json(*e.rhs)}};
    }
    json operator()(const Unary& e) { return {{"node", "Unary"}, {"op", unary_name(e.op)}, {"operand", expr_json(*e.operand)}}; }
    json operator()(const Compare& e) {
        json ops = json::array();
        for (auto op : e.ops) ops.push_back(compare_op_symbol(op));
        return {{"node", "Compare"}, {"ops", ops}, {"operands", exprs_json(e.operands)}};
    }
    json operator()(const BoolOp& e) {
        return {{"node", "BoolOp"}, {"op", e.op == BoolOpKind::And ? "and" : "or"}, {"values", exprs_json(e.values)}};
    }
    json operator()(const IfExp& e) {
        return {{"node", "IfExp"}, {"test", expr_json(*e.test)}, {"body", expr_json(*e.body)}, {"orelse", expr_json(*e.orelse)}};
    }
    json operator()(const UserCall& e) { return {{"node", "UserCall"}, {"callee", e.cpp_name}, {"args", exprs_json(e.args)}}; }
    json operator()(const LibraryCall& e) {
        json args = json::object();
        for (const auto& [name, values] : e.args) args[name] = exprs_json(values);
        return {{"node", "LibraryCall"}, {"function", e.qualified_name}, {"cpp", e.cpp_template}, {"args", args}};
    }
    json operator()(const TupleMake& e) { return {{"node", "TupleMake"}, {"elements", exprs_json(e.elements)}}; }
    json operator()(const TupleGet& e) { return {{"node", "TupleGet"}, {"index", e.index}, {"tuple", expr_json(*e.tuple)}}; }
    json operator()(const FieldGet& e) { return {{"node", "FieldGet"}, {"field", e.field}, {"object", expr_json(*e.object)}}; }
    json operator()(const BlockExpr& e) { return {{"node", "BlockExpr"}, {"body", block_json(e.body)}, {"value", expr_json(*e.value)}}; }
    json operator()(const Let& e) {
        json bindings = json::array();
        for (const auto& [name, value] : e.bindings) bindings.push_back({{"name", name}, {"value", expr_json(*value)}});
        return {{"node", "Let"}, {"bindings", bindings}, {"body", expr_json(*e.body)}};
    }
    json operator()(const FString& e) {
        json parts = json::array();
        for (const auto& p : e.parts)
            parts.push_back(p.value ? json{{"value", expr_json(*p.value)}, {"spec", p.format_spec}} : json(p.literal));
        return {{"node", "FString"}, {"parts", parts}};
    }
};

json expr_json(const Expr& e) {
    json j = visit_expr(e, ExprToJson{});
    j["type"] = e.type.to_string();
    j["loc"] = loc_json(e.loc);
    return j;
}

struct StmtToJson {
    json operator()(const Declare& s) { return {{"stmt", "Declare"}, {"name", s.cpp_name}, {"type", s.type.to_string()}}; }
    json operator()(const Assign& s) {
        return {{"stmt", "Assign"}, {"target", s.cpp_name}, {"declares", s.declares}, {"value", expr_json(*s.value)}};
    }
    json operator()(const TupleAssign& s) {
        json targets = json::array();
        for (const auto& t : s.targets) targets.push_back({{"name", t.cpp_name}, {"type", t.type.to_string()}, {"declares", t.declares}});
        return {{"stmt", "TupleAssign"}, {"targets", targets}, {"value", expr_json(*s.value)}};
    }
    json operator()(const FieldAssign& s) {
        return {{"stmt", "FieldAssign"}, {"object", expr_json(*s.object)}, {"field", s.field}, {"value", expr_json(*s.value)}};
    }
    json operator()(const If& s) {
        return {{"stmt", "If"}, {"test", expr_json(*s.test)}, {"body", block_json(s.body)}, {"orelse", block_json(s.orelse)}};
    }
    json operator()(const While& s) { return {{"stmt", "While"}, {"test", expr_json(*s.test)}, {"body", block_json(s.body)}}; }
    json operator()(const For& s) {
        json j = {{"stmt", "For"}, {"var", s.var}, {"var_outlives_loop", s.var_outlives_loop}, {"body", block_json(s.body)}};
        if (s.stop) j["stop"] = expr_json(*s.stop);
        if (s.iterable) j["iterable"] = expr_json(*s.iterable);
        if (s.start) j["start"] = expr_json(*s.start);
        if (s.step) j["step"] = expr_json(*s.step);
        return j;
    }
    json operator()(const Jump& s) { return {{"stmt", s.kind == StmtKind::Break ? "Break" : "Continue"}}; }
    json operator()(const Return& s) { return {{"stmt", "Return"}, {"value", s.value ? expr_json(*s.value) : json(nullptr)}}; }
    json operator()(const ExprStmt& s) { return {{"stmt", "ExprStmt"}, {"value", expr_json(*s.value)}}; }
    json operator()(const Yield& s) { return {{"stmt", "Yield"}, {"value", expr_json(*s.value)}}; }
    json operator()(const Assert& s) {
        return {{"stmt", "Assert"}, {"test", expr_json(*s.test)}, {"msg", s.msg ? expr_json(*s.msg) : json(nullptr)}};
    }
    json operator()(const Raise& s) {
        json j = {{"stmt", "Raise"}, {"exception", s.exception}, {"msg", s.msg ? expr_json(*s.msg) : json(nullptr)}};
        if (s.reraise) j["reraise"] = expr_json(*s.reraise);
        return j;
    }
    json operator()(const Try& s) {
        json handlers = json::array();
        for (const auto& h : s.handlers) handlers.push_back({{"classes", h.classes}, {"body", block_json(h.body)}});
        return {{"stmt", "Try"}, {"body", block_json(s.body)}, {"handlers", handlers}, {"orelse", block_json(s.orelse)},
                {"finalbody", block_json(s.finalbody)}};
    }
};

json block_json(const Block& block) {
    json out = json::array();
    for (const auto& s : block) {
        json j = visit_stmt(*s, StmtToJson{});
        if (s->loc.valid()) j["loc"] = loc_json(s->loc);
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace

const char* binary_op_symbol(BinaryOp op) {
    switch (op) {
        case BinaryOp::Add: return "+";
        case BinaryOp::Sub: return "-";
        case BinaryOp::Mul: return "*";
        case BinaryOp::TrueDiv: return "/";
        case BinaryOp::FloorDiv: return "//";
        case BinaryOp::Mod: return "%";
        case BinaryOp::Pow: return "**";
        case BinaryOp::BitAnd: return "&";
        case BinaryOp::BitOr: return "|";
        case BinaryOp::BitXor: return "^";
        case BinaryOp::LShift: return "<<";
        case BinaryOp::RShift: return ">>";
    }
    return "?";
}

const char* compare_op_symbol(CompareOp op) {
    switch (op) {
        case CompareOp::Eq: return "==";
        case CompareOp::NotEq: return "!=";
        case CompareOp::Lt: return "<";
        case CompareOp::LtE: return "<=";
        case CompareOp::Gt: return ">";
        case CompareOp::GtE: return ">=";
    }
    return "?";
}

nlohmann::json to_json(const Module& m) {
    json functions = json::array();
    for (const auto& f : m.functions) {
        json params = json::array();
        for (const auto& p : f.params) params.push_back({{"name", p.py_name}, {"cpp", p.cpp_name}, {"type", p.type.to_string()}});
        functions.push_back({{"name", f.py_name}, {"cpp", f.cpp_name}, {"exported", f.exported}, {"params", params},
                             {"returns", f.return_type.to_string()}, {"loc", loc_json(f.loc)}, {"body", block_json(f.body)}});
    }
    json classes = json::array();
    for (const auto& c : m.classes) {
        json fields = json::array();
        for (const auto& f : c.fields) fields.push_back({{"name", f.py_name}, {"cpp", f.cpp_name}, {"type", f.type.to_string()}});
        classes.push_back({{"name", c.py_name}, {"cpp", c.cpp_name}, {"fields", fields}});
    }
    json globals = json::array();
    for (const auto& g : m.globals)
        globals.push_back({{"name", g.py_name}, {"type", g.type.to_string()}, {"value", g.value ? expr_json(*g.value) : json("deferred to main")}});
    json j = {{"module", m.name}, {"globals", globals}, {"functions", functions}};
    if (!m.classes.empty()) j["classes"] = classes;
    if (m.has_main) j["main"] = block_json(m.main_body);
    return j;
}

}  // namespace py2cpp::ir
