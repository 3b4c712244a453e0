#include "ir/conversions.hpp"

namespace py2cpp::ir {

static ConstantValue convert_constant(const ConstantValue& v, TypeKind to) {
    double as_double = 0.0;
    std::int64_t as_int = 0;
    if (auto b = std::get_if<bool>(&v)) { as_double = *b; as_int = *b; }
    if (auto i = std::get_if<std::int64_t>(&v)) { as_double = static_cast<double>(*i); as_int = *i; }
    if (auto d = std::get_if<double>(&v)) as_double = *d;
    if (to == TypeKind::Complex) return std::get_if<ast::ComplexValue>(&v) ? v : ConstantValue(ast::ComplexValue{as_double, 0.0});
    if (std::get_if<double>(&v) || to == TypeKind::Float) return as_double;
    return as_int;
}

ExprPtr promote(ExprPtr&& e, const Type& to) {
    if (!e || e->type == to) return std::move(e);
    if (to.is_array() && e->type.is_array() && to.rank == e->type.rank) {  // a dtype conversion (astype)
        SourceLoc loc = e->loc;
        return std::make_unique<Cast>(loc, to, std::move(e));
    }
    if (!to.is_number() || !e->type.is_number() || e->type.is(TypeKind::Complex)) return std::move(e);
    if (e->kind == ExprKind::Const) {
        const auto& c = e->as<Const>();
        return std::make_unique<Const>(c.loc, to, convert_constant(c.value, to.kind));
    }
    SourceLoc loc = e->loc;
    return std::make_unique<Cast>(loc, to, std::move(e));
}

ExprPtr convert(ExprPtr e, const Type& to) {
    if (!e || e->type == to || !to.is_known() || !e->type.is_known()) return e;
    // A value made here whose element type was left open (list()) takes the type it is stored as.
    if (e->kind == ExprKind::LibraryCall && e->type.is_undetermined() && assignable(e->type, to)) {
        e->type = to;
        return e;
    }
    // A list display takes the list type it is stored as: its elements are converted ([1, 2] as
    // list[float], [] as list[str]).
    if (to.is(TypeKind::List) && e->type.is(TypeKind::List) && e->kind == ExprKind::TupleMake) {
        auto& display = static_cast<TupleMake&>(*e);
        for (auto& element : display.elements) element = convert(std::move(element), to.elements[0]);
        display.type = to;
        return e;
    }
    if (to.is(TypeKind::Tuple) && e->type.is(TypeKind::Tuple) && to.elements.size() == e->type.elements.size()) {
        if (e->kind == ExprKind::TupleMake) {
            auto& tuple = static_cast<TupleMake&>(*e);
            for (size_t i = 0; i < tuple.elements.size(); ++i) tuple.elements[i] = convert(std::move(tuple.elements[i]), to.elements[i]);
            tuple.type = to;
            return e;
        }
        SourceLoc loc = e->loc;
        return std::make_unique<Cast>(loc, to, std::move(e));
    }
    // A conditional expression converts each branch ([] if c else None as Optional[list[str]]):
    // a branch's conversion to the joined type of its own lowering, still open ([] as
    // Optional[list[?]]), is replaced by the conversion to the stored type.
    if (e->kind == ExprKind::IfExp) {
        auto& choice = static_cast<IfExp&>(*e);
        for (ExprPtr* branch : {&choice.body, &choice.orelse}) {
            if ((*branch)->kind == ExprKind::Cast && (*branch)->type.is_undetermined())
                *branch = std::move(static_cast<Cast&>(**branch).operand);
            *branch = convert(std::move(*branch), to);
        }
        choice.type = to;
        return e;
    }
    // An object of a derived class where its base's is expected: the same object, as a base reference.
    if (to.is(TypeKind::Object) && e->type.is(TypeKind::Object) && e->type.derives_from(to.class_name)) {
        SourceLoc loc = e->loc;
        return std::make_unique<Cast>(loc, to, std::move(e));
    }
    // None, a value, or a narrower Optional where a value may be None (Optional[T]).
    if (to.is(TypeKind::Optional) && assignable(e->type, to)) {
        if (!e->type.is(TypeKind::None) && !e->type.is(TypeKind::Optional)) e = convert(std::move(e), to.elements[0]);
        if (e->type == to) return e;
        SourceLoc loc = e->loc;
        return std::make_unique<Cast>(loc, to, std::move(e));
    }
    return promote(std::move(e), to);
}

ExprPtr unwrap_none(ExprPtr e, const std::string& error, const std::string& message) {
    if (!e || !e->type.is(TypeKind::Optional)) return e;
    std::string literal = "\"";
    for (char c : message) {
        if (c == '"' || c == '\\') literal += '\\';
        literal += c;
    }
    literal += '"';
    SourceLoc loc = e->loc;
    Type value = e->type.elements[0];
    auto call = std::make_unique<LibraryCall>(loc, value, "unwrap_none", "py::unwrap_none<py::" + error + ">({x}, " + literal + ")");
    std::vector<ExprPtr> operand;
    operand.push_back(std::move(e));
    call->args.emplace_back("x", std::move(operand));
    return call;
}

ExprPtr to_condition(ExprPtr e) {
    if (!e || e->type.is(TypeKind::Bool)) return e;
    SourceLoc loc = e->loc;
    return std::make_unique<Truthy>(loc, std::move(e));
}

}  // namespace py2cpp::ir
