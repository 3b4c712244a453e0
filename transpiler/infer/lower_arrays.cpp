// Typing and lowering of NumPy arrays in the language itself (not through library calls):
// operators with NumPy's promotion and broadcasting rules, indexing and slicing, stores into
// elements and views, in-place operators, attributes and methods (bound through the mapping
// tables' `numpy.ndarray.*` entries), list literals for np.array. The C++ they become is the
// runtime surface described in docs/ARRAYS.md.
#include <algorithm>

#include <fmt/format.h>

#include "infer/function_lowering.hpp"
#include "ir/conversions.hpp"
#include "ir/evaluation_order.hpp"
#include "mapping/bind_library_call.hpp"

namespace py2cpp {

using ir::ExprPtr;

ExprPtr runtime_call(SourceLoc loc, Type type, const std::string& what, std::string cpp,
                     std::vector<std::pair<std::string, ExprPtr>> operands) {
    auto call = std::make_unique<ir::LibraryCall>(loc, std::move(type), what, std::move(cpp));
    for (auto& [name, value] : operands) {
        std::vector<ExprPtr> values;
        values.push_back(std::move(value));
        call->args.emplace_back(name, std::move(values));
    }
    return call;
}

namespace {

bool is_int_like(const Type& t) { return t.is(TypeKind::Int) || t.is(TypeKind::Bool); }

}  // namespace

// An array-valued expression whose C++ may be a lazy element-wise node (operators, comparisons,
// astype, element-wise library functions) rather than an ndarray with storage.
bool may_be_lazy(const ir::Expr& e) {
    if (!e.type.is_array()) return false;
    switch (e.kind) {
        case ir::ExprKind::Binary:
        case ir::ExprKind::Unary:
        case ir::ExprKind::Compare:
        case ir::ExprKind::Cast:
        case ir::ExprKind::IfExp: return true;
        case ir::ExprKind::LibraryCall: return e.as<ir::LibraryCall>().elementwise;
        default: return false;
    }
}

// `e` as an ndarray: what views, element access and ndarray members need. A lazy node is
// evaluated into new storage first (NumPy's `(a * b)[::-1]` is a view of the product's new array).
ExprPtr stored_array(ExprPtr e) {
    if (!may_be_lazy(*e)) return e;
    const SourceLoc loc = e->loc;
    const Type type = e->type;
    std::vector<std::pair<std::string, ExprPtr>> operand;
    operand.emplace_back("a", std::move(e));
    return runtime_call(loc, type, "eval", "py::np::eval({a})", std::move(operand));
}

// ---- operators --------------------------------------------------------------------------------

// A value that can be stored into an array of dtype `d`: a real number or array into any array, a
// complex one only into a complex array (NumPy raises TypeError for a complex element stored into a
// real array, and drops the imaginary parts of a complex array with a ComplexWarning).
static bool storable(const Type& value, DType d) { return value.is_numeric() || (value.is_numeric_or_complex() && is_complex_dtype(d)); }

static void report_unstorable(Diagnostics& diags, SourceLoc loc, const Type& value, DType d) {
    if (value.is(TypeKind::Complex) || value.is_complex_array())
        diags.error(loc, fmt::format("cannot store a value of type '{}' into an array of dtype {}", value.to_string(), dtype_name(d)),
                    "NumPy drops the imaginary part (or raises TypeError); store .real, .imag or np.abs(...) explicitly, or make the array complex");
    else
        diags.error(loc, fmt::format("cannot store a value of type '{}' into an array", value.to_string()), "");
}

// The types of `lt op rt` with an array operand: the result, and the common dtype the operands
// are converted to (they differ for true division of ints). nullopt after a diagnostic.
std::optional<std::pair<Type, Type>> FunctionLowering::array_arithmetic_types(SourceLoc loc, ir::BinaryOp op, const std::string& spelling,
                                                                             const Type& lt, const Type& rt) {
    auto common = numpy_result_type({lt, rt});
    if (!common) {
        diags_.error(loc, fmt::format("unsupported operand types for {}: '{}' and '{}'", spelling, lt.to_string(), rt.to_string()),
                     "NumPy arrays combine with numbers and other numeric arrays");
        return std::nullopt;
    }
    const bool is_bool = common->dtype == DType::Bool, is_float = common->dtype == DType::Float32 || common->dtype == DType::Float64;
    Type result = *common;
    if (common->is_complex_array() && op != ir::BinaryOp::Add && op != ir::BinaryOp::Sub && op != ir::BinaryOp::Mul &&
        op != ir::BinaryOp::TrueDiv && op != ir::BinaryOp::Pow) {
        diags_.error(loc, fmt::format("operator '{}' is not supported for complex arrays", spelling),
                     "NumPy's ufuncs for // % and the bitwise operators have no complex loops (TypeError); complex arrays take + - * / **");
        return std::nullopt;
    }
    switch (op) {
        case ir::BinaryOp::TrueDiv: result = to_inexact(*common); break;
        case ir::BinaryOp::BitAnd: case ir::BinaryOp::BitOr: case ir::BinaryOp::BitXor:
        case ir::BinaryOp::LShift: case ir::BinaryOp::RShift:
            if (is_float) {
                diags_.error(loc, fmt::format("ufunc for '{}' is not supported for float arrays", spelling), "bitwise operators need int or bool arrays");
                return std::nullopt;
            }
            break;
        default:
            if (is_bool) {
                // NumPy gives bool + bool = logical or, bool - bool = TypeError: say what to write instead.
                diags_.error(loc, fmt::format("arithmetic '{}' on bool arrays is not supported", spelling),
                             "convert first, e.g. mask.astype(np.int64), or use the logical operators & | ^");
                return std::nullopt;
            }
    }
    return std::make_pair(result, op == ir::BinaryOp::TrueDiv ? result : *common);
}

ExprPtr FunctionLowering::lower_array_arithmetic(SourceLoc loc, ir::BinaryOp op, const std::string& spelling, ExprPtr lhs, ExprPtr rhs) {
    auto types = array_arithmetic_types(loc, op, spelling, lhs->type, rhs->type);
    if (!types) return nullptr;
    const auto& [result, operand] = *types;
    // Arrays take the operation's dtype; Python scalars stay scalars (the runtime converts them to
    // the element type, as NumPy does).
    // (The dtype is copied: clang before 16 cannot capture a structured binding.)
    auto to_operand = [&, dtype = operand.dtype](ExprPtr e) { return e->type.is_array() ? ir::promote(std::move(e), with_dtype(e->type, dtype)) : std::move(e); };
    return std::make_unique<ir::Binary>(loc, result, op, to_operand(std::move(lhs)), to_operand(std::move(rhs)));
}

ExprPtr FunctionLowering::lower_array_unary(SourceLoc loc, const std::string& spelling, ExprPtr operand) {
    const Type t = operand->type;
    if (spelling == "-" && t.dtype == DType::Bool) {
        diags_.error(loc, "the unary '-' operator is not supported on bool arrays", "use ~ or np.logical_not instead");
        return nullptr;
    }
    if (spelling == "~" && is_complex_dtype(t.dtype)) {
        diags_.error(loc, "bad operand type for unary ~: complex array", "~ needs an int or bool array");
        return nullptr;
    }
    if (spelling == "~" && (t.dtype == DType::Float32 || t.dtype == DType::Float64)) {
        diags_.error(loc, "bad operand type for unary ~: float array", "~ needs an int or bool array");
        return nullptr;
    }
    auto kind = spelling == "-" ? ir::UnaryOpKind::Neg : spelling == "+" ? ir::UnaryOpKind::Pos : ir::UnaryOpKind::Invert;
    if (kind == ir::UnaryOpKind::Pos) return operand;
    return std::make_unique<ir::Unary>(loc, t, kind, std::move(operand));
}

ExprPtr FunctionLowering::lower_array_compare(const ast::Compare& c, std::vector<ExprPtr> operands, ir::CompareOp op) {
    if (operands.size() != 2) {
        diags_.error(c.loc, "chained comparisons of arrays are not supported",
                     "NumPy raises 'truth value of an array is ambiguous' here; combine with &: (a < b) & (b < c)");
        return nullptr;
    }
    std::vector<Type> types = {operands[0]->type, operands[1]->type};
    auto common = numpy_result_type(types);
    if (!common) {
        diags_.error(c.loc, fmt::format("cannot compare values of types '{}' and '{}'", types[0].to_string(), types[1].to_string()), "");
        return nullptr;
    }
    if (common->is_complex_array() && op != ir::CompareOp::Eq && op != ir::CompareOp::NotEq) {
        diags_.error(c.loc, "ordering comparisons of complex arrays are not supported",
                     "NumPy 1.24 orders complex numbers lexicographically (real part, then imaginary); compare .real, .imag or np.abs(...) explicitly");
        return nullptr;
    }
    auto result = std::make_unique<ir::Compare>(c.loc);
    result->type = with_dtype(*common, DType::Bool);
    result->ops.push_back(op);
    for (auto& e : operands)
        result->operands.push_back(e->type.is_array() ? ir::promote(std::move(e), with_dtype(e->type, common->dtype)) : std::move(e));
    return result;
}

// ---- indexing ---------------------------------------------------------------------------------

// The C++ text and operands of one Python index expression `a[items]` on an array of `rank`:
// `{a}.at({i0}, {i1})` for elements, `{a}.view({i0}, py::slice{.start = {s1}})` for views.
struct FunctionLowering::ArrayIndex {
    std::string items_cpp;  // the argument list, with placeholders
    std::vector<std::pair<std::string, ExprPtr>> operands;
    int integers = 0;
    int items = 0;  // integers and slices: the axes consumed
    int new_axes = 0;
    ir::ExprPtr index_array;  // advanced indexing: a[mask] or a[idx] (then the only item)
    bool advanced = false;    // any other subscript with an index array: fancy_get/fancy_set
    int rank = 0;             // then the rank of the result
};

static bool is_ellipsis(const ast::Expr& item) {
    return item.kind == ast::ExprKind::Constant && std::holds_alternative<ast::EllipsisValue>(item.as<ast::Constant>().value);
}

// An index array must hold integers or booleans.
bool FunctionLowering::check_index_array(const ast::Expr& item, const ir::Expr& index) {
    const Type& t = index.type;
    if (t.dtype == DType::Bool || element_type(t.dtype) == Type::integer()) return true;
    diags_.error(item.loc, fmt::format("arrays used as indices must be of integer (or boolean) type, not {}", dtype_name(t.dtype)),
                 "convert the index with .astype(int), or index with a mask");
    return false;
}

// The subscript of `a[items]` on an array of `rank`. Basic indexing (integers, slices, `:`,
// np.newaxis, `...`) gives `{a}.at({i0}, {i1})` for an element or `{a}.view(...)` for a view;
// with index arrays it is advanced indexing, a copy: `a[idx]`/`a[mask]` (one index array first,
// whole axes after it) have their own runtime functions, every other mix goes to fancy_get/fancy_set
// with the rank NumPy's rules give (broadcast index arrays; their dimensions in place when they
// stand together, first otherwise).
std::optional<FunctionLowering::ArrayIndex> FunctionLowering::lower_array_index(const ast::Expr& index, const Type& array) {
    std::vector<const ast::Expr*> items;
    if (index.kind == ast::ExprKind::Tuple)
        for (const auto& e : index.as<ast::Tuple>().elts) items.push_back(e.get());
    else
        items.push_back(&index);
    ArrayIndex out;
    // One lowered item: its C++ text (with placeholders), and for index arrays the array.
    struct Item {
        std::string cpp;
        int consumed = 1;  // axes of the array it indexes
        int made = 0;      // dimensions of the result it makes by itself (slices, `:`, newaxis)
        bool integer = false;
        bool array = false;  // an index array (its operand is `cpp`)
        Type type = Type::unknown();  // the index array's
    };
    std::vector<Item> lowered;
    const ast::Expr* ellipsis = nullptr;
    std::size_t ellipsis_at = 0;
    for (const ast::Expr* item : items) {
        const std::string name = fmt::format("i{}", out.operands.size());
        if (is_ellipsis(*item)) {
            if (ellipsis) {
                diags_.error(item->loc, "an index can only have a single ellipsis ('...')", "");
                return std::nullopt;
            }
            ellipsis = item;
            ellipsis_at = lowered.size();
            continue;
        }
        if (item->kind == ast::ExprKind::Slice) {
            const auto& s = item->as<ast::Slice>();
            std::vector<std::string> fields;
            const std::pair<const char*, const ast::ExprPtr*> bounds[] = {{"start", &s.lower}, {"stop", &s.upper}, {"step", &s.step}};
            for (const auto& [field, bound] : bounds) {
                if (!*bound) continue;
                auto e = lower_expr(**bound);
                if (!e) return std::nullopt;
                if (e->type.is(TypeKind::None)) continue;
                if (!is_int_like(e->type)) {
                    diags_.error((*bound)->loc, "slice indices must be integers or None", "");
                    return std::nullopt;
                }
                const std::string operand = fmt::format("i{}", out.operands.size());
                fields.push_back(fmt::format(".{} = {{{}}}", field, operand));
                out.operands.emplace_back(operand, ir::promote(std::move(e), Type::integer()));
            }
            lowered.push_back({fields.empty() ? "py::all" : fmt::format("py::slice{{{}}}", fmt::join(fields, ", ")), 1, 1});
            continue;
        }
        auto e = item->kind == ast::ExprKind::List ? lower_index_list(item->as<ast::List>()) : lower_expr(*item);
        if (!e) return std::nullopt;
        if (e->type.is(TypeKind::None)) {  // None / np.newaxis: a new axis of length 1
            lowered.push_back({"py::newaxis", 0, 1});
            ++out.new_axes;
            continue;
        }
        if (e->type.is(TypeKind::Slice)) {  // a slice object: block = slice(i, j), then a[block]
            out.operands.emplace_back(name, std::move(e));
            lowered.push_back({"{" + name + "}", 1, 1});
            continue;
        }
        if (e->type.is_array()) {
            if (!check_index_array(*item, *e)) return std::nullopt;
            const Type t = e->type;
            const int consumed = t.dtype == DType::Bool ? t.rank : 1;  // a mask covers as many axes as it has
            out.operands.emplace_back(name, std::move(e));
            lowered.push_back({"{" + name + "}", consumed, 0, false, true, t});
            continue;
        }
        if (!is_int_like(e->type)) {
            diags_.error(item->loc, fmt::format("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices, not {}", e->type.to_string()), "");
            return std::nullopt;
        }
        out.operands.emplace_back(name, ir::promote(std::move(e), Type::integer()));
        lowered.push_back({"{" + name + "}", 1, 0, true});
    }
    int consumed = 0;
    for (const Item& item : lowered) consumed += item.consumed;
    if (consumed > array.rank) {
        diags_.error(index.loc, fmt::format("too many indices for array: array is {}-dimensional, but {} were indexed", array.rank, consumed), "");
        return std::nullopt;
    }
    if (ellipsis)  // `...` stands for as many `:` as the other items leave axes
        lowered.insert(lowered.begin() + static_cast<std::ptrdiff_t>(ellipsis_at), static_cast<std::size_t>(array.rank - consumed),
                       Item{"py::all", 1, 1});
    std::vector<std::string> parts;
    int arrays = 0;
    int made = 0;
    int broadcast_rank = 0;
    for (const Item& item : lowered) {
        parts.push_back(item.cpp);
        made += item.made;
        out.integers += item.integer;
        if (!item.array) continue;
        ++arrays;
        broadcast_rank = std::max(broadcast_rank, item.type.dtype == DType::Bool ? 1 : item.type.rank);
    }
    out.items = consumed;
    out.items_cpp = fmt::format("{}", fmt::join(parts, ", "));
    if (arrays == 0) return out;
    // a[idx] and a[mask], possibly followed by whole axes: take/masked.
    const Item& first = lowered.front();
    const Type& first_type = first.type;
    const bool rest_whole = std::all_of(lowered.begin() + 1, lowered.end(), [](const Item& i) { return i.cpp == "py::all"; });
    if (arrays == 1 && first.array && rest_whole && out.operands.size() == 1 &&
        (first_type.dtype == DType::Bool ? first_type.rank == array.rank : (array.rank == 1 || first_type.rank == 1))) {
        out.index_array = std::move(out.operands.front().second);
        out.operands.clear();
        return out;
    }
    out.advanced = true;
    out.rank = made + (array.rank - consumed) + broadcast_rank;
    return out;
}

ExprPtr FunctionLowering::lower_array_subscript(const ast::Subscript& s, ExprPtr array) {
    array = stored_array(std::move(array));
    const Type t = array->type;
    auto index = lower_array_index(*s.index, t);
    if (!index) return nullptr;
    if (index->index_array) {  // a copy, as NumPy's advanced indexing makes
        const Type& i = index->index_array->type;
        const bool mask = i.dtype == DType::Bool;
        const int rank = mask ? 1 : (t.rank == 1 ? i.rank : t.rank);
        std::vector<std::pair<std::string, ExprPtr>> operands;
        operands.emplace_back("a", std::move(array));
        operands.emplace_back("i", std::move(index->index_array));
        return runtime_call(s.loc, Type::array(t.dtype, rank), mask ? "masked" : "take",
                            mask ? "py::np::masked({a}, {i})" : "py::np::take({a}, {i})", std::move(operands));
    }
    if (index->advanced) {
        index->operands.insert(index->operands.begin(), {"a", std::move(array)});
        return runtime_call(s.loc, Type::array(t.dtype, index->rank), "fancy_get", "py::np::fancy_get({a}, " + index->items_cpp + ")",
                            std::move(index->operands));
    }
    if (index->integers == t.rank && index->new_axes == 0) {
        index->operands.insert(index->operands.begin(), {"a", std::move(array)});
        return runtime_call(s.loc, element_type(t.dtype), "getitem", "{a}.at(" + index->items_cpp + ")", std::move(index->operands));
    }
    return array_view(s.loc, std::move(array), std::move(*index));
}

// a[items] with at least one slice, `:` or None: a view sharing the array's elements.
ExprPtr FunctionLowering::array_view(SourceLoc loc, ExprPtr array, ArrayIndex index) {
    const Type t = array->type;
    index.operands.insert(index.operands.begin(), {"a", std::move(array)});
    return runtime_call(loc, Type::array(t.dtype, t.rank - index.integers + index.new_axes), "view", "{a}.view(" + index.items_cpp + ")",
                        std::move(index.operands));
}

// a[i] = v, a[1:] = v, a[:, 0] = v, and their augmented forms (`op` non-empty).
void FunctionLowering::store_to_subscript(const ast::Subscript& target, const std::string& op, ExprPtr value, ir::Block& out) {
    auto array = lower_expr(*target.value);
    if (!array) return;
    if (array->type.is(TypeKind::List)) {
        store_to_list(target, std::move(array), op, std::move(value), out);
        return;
    }
    if (array->type.is(TypeKind::Object)) {  // obj[i] = v: __setitem__
        auto index = lower_expr(*target.index);
        if (!index) return;
        if (!op.empty()) {
            // obj[i] op= v: the object and the index evaluated once, then __getitem__, the
            // operation and __setitem__, as Python does.
            VarVersion& object = hold_once(std::move(array), "container", target.loc, out);
            VarVersion& key = hold_once(std::move(index), "key", target.loc, out);
            auto current = call_object_dunder(target.loc, "indexing", "__getitem__", read_variable(object, target.loc),
                                              read_variable(key, target.loc));
            if (!current) return;
            value = lower_arithmetic(target.loc, op, std::move(current), std::move(value));
            if (!value) return;
            array = read_variable(object, target.loc);
            index = read_variable(key, target.loc);
        }
        if (auto call = call_object_dunder(target.loc, "item assignment", "__setitem__", std::move(array), std::move(index), std::move(value)))
            out.push_back(std::make_unique<ir::ExprStmt>(target.loc, std::move(call)));
        return;
    }
    if (array->type.is_dict()) {
        store_to_dict(target, std::move(array), op, std::move(value), out);
        return;
    }
    if (!array->type.is_array()) {
        diags_.error(target.loc, fmt::format("assignment to an element of a value of type '{}' is not supported", array->type.to_string()),
                     array->type.is(TypeKind::Tuple) ? "tuples are immutable" : "only NumPy arrays support item assignment here");
        return;
    }
    const Type t = array->type;
    auto index = lower_array_index(*target.index, t);
    if (!index) return;
    if (index->index_array) {
        const bool mask = index->index_array->type.dtype == DType::Bool;
        const int max_value_rank = mask ? 1 : t.rank;  // a[mask] = values; rows of a matrix take a row or a block of rows
        if (op.empty() && (mask || (index->index_array->type.rank == 1 && t.rank <= 2)) && storable(value->type, t.dtype) &&
            (!value->type.is_array() || value->type.rank <= max_value_rank)) {
            store_to_index_array(target, std::move(array), std::move(index->index_array), std::move(value), out);
            return;
        }
        // Any other store through one index array is the general case.
        const Type& i = index->index_array->type;
        index->rank = mask ? 1 + t.rank - i.rank : i.rank + t.rank - 1;
        index->operands.emplace_back("i0", std::move(index->index_array));
        index->advanced = true;
    }
    if (index->advanced) {
        store_to_fancy(target, std::move(array), std::move(*index), op, std::move(value), out);
        return;
    }
    if (index->integers == t.rank && index->new_axes == 0) {
        store_to_element(target, t, std::move(array), std::move(*index), op, std::move(value), out);
        return;
    }
    store_into_array(target.loc, array_view(target.loc, std::move(array), std::move(*index)), op, std::move(value), out);
}

// a[mask] = v and a[idx] = v for a 1-D idx: v a number, a 1-D array, or rows for the rows of a
// matrix (the other stores through index arrays are store_to_fancy's).
void FunctionLowering::store_to_index_array(const ast::Subscript& target, ExprPtr array, ExprPtr index, ExprPtr value, ir::Block& out) {
    const Type t = array->type;
    const bool mask = index->type.dtype == DType::Bool;
    if (value->type.is_array()) value = ir::promote(std::move(value), with_dtype(value->type, t.dtype));
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("a", std::move(array));
    operands.emplace_back("i", std::move(index));
    operands.emplace_back("v", std::move(value));
    out.push_back(std::make_unique<ir::ExprStmt>(
        target.loc, runtime_call(target.loc, Type::none(), "setitem", mask ? "py::np::set_masked({a}, {i}, {v})" : "py::np::set_taken({a}, {i}, {v})",
                                 std::move(operands))));
}

// a[items] (op)= v with index arrays among the items: v (a number, or an array that broadcasts to
// the shape of a[items]) is converted to the array's dtype and written through fancy_set. The
// augmented form is NumPy's `a[items] = a[items] op v`: the array and every index are evaluated
// once, and repeated indices are updated once, not accumulated (np.add.at does that).
void FunctionLowering::store_to_fancy(const ast::Subscript& target, ExprPtr array, ArrayIndex index, const std::string& op, ExprPtr value,
                                      ir::Block& out) {
    const Type t = array->type;
    if (!storable(value->type, t.dtype)) {
        report_unstorable(diags_, target.loc, value->type, t.dtype);
        return;
    }
    if (value->type.is_array() && value->type.rank > index.rank) {
        diags_.error(target.loc, fmt::format("could not broadcast a {}-dimensional value into the {}-dimensional result of this indexing",
                                             value->type.rank, index.rank), "");
        return;
    }
    if (!op.empty()) {
        VarVersion& held = hold_once(std::move(array), "indexed", target.loc, out);
        std::vector<VarVersion*> items;
        for (auto& [name, e] : index.operands) items.push_back(&hold_once(std::move(e), "index", target.loc, out));
        auto read_all = [&] {
            std::vector<std::pair<std::string, ExprPtr>> operands;
            operands.emplace_back("a", read_variable(held, target.loc));
            for (std::size_t k = 0; k < items.size(); ++k) operands.emplace_back(index.operands[k].first, read_variable(*items[k], target.loc));
            return operands;
        };
        auto current = runtime_call(target.loc, Type::array(t.dtype, index.rank), "fancy_get", "py::np::fancy_get({a}, " + index.items_cpp + ")",
                                    read_all());
        value = lower_arithmetic(target.loc, op, std::move(current), std::move(value));
        if (!value) return;
        const DType result = value->type.dtype;
        if (result != t.dtype && promote_dtypes(result, t.dtype) != t.dtype) {
            diags_.error(target.loc, fmt::format("cannot store the result of '{}=' ({}) into an array of dtype {}", op, dtype_name(result),
                                                 dtype_name(t.dtype)),
                         "NumPy refuses this cast in place (casting rule 'same_kind')");
            return;
        }
        index.operands = read_all();
    } else {
        index.operands.insert(index.operands.begin(), {"a", std::move(array)});
    }
    if (value->type.is_array()) value = ir::promote(std::move(value), with_dtype(value->type, t.dtype));
    index.operands.emplace_back("v", std::move(value));
    out.push_back(std::make_unique<ir::ExprStmt>(
        target.loc, runtime_call(target.loc, Type::none(), "setitem", "py::np::fancy_set({a}, {v}, " + index.items_cpp + ")",
                                 std::move(index.operands))));
}

// a[i, j] (op)= v: Python reads the element, applies the operator, and stores the result
// converted to the array's dtype (truncating a float stored into an int array, as NumPy does).
void FunctionLowering::store_to_element(const ast::Subscript& target, const Type& array_type, ExprPtr array, ArrayIndex index,
                                        const std::string& op, ExprPtr value, ir::Block& out) {
    const Type element = element_type(array_type.dtype);
    if (value->type.is(TypeKind::Complex) && !is_complex_dtype(array_type.dtype)) {
        report_unstorable(diags_, target.loc, value->type, array_type.dtype);
        return;
    }
    if (!value->type.is_number()) {
        diags_.error(target.loc, fmt::format("setting an array element with a value of type '{}'", value->type.to_string()),
                     value->type.is_array() ? "an element takes one number; use a slice to store an array" : "");
        return;
    }
    if (!op.empty()) {
        // The element is read again for the operator: its index expressions must be evaluated once.
        for (const auto& [name, e] : index.operands)
            if (ir::has_side_effects(*e)) {
                diags_.error(target.loc, "augmented assignment to an element whose index has side effects is not supported",
                             "compute the index into a variable first");
                return;
            }
        auto current = lower_expr(target);
        if (!current) return;
        value = lower_arithmetic(target.loc, op, std::move(current), std::move(value));
        if (!value) return;
    }
    std::string stored = "{v}";
    if (value->type != element) stored = fmt::format("static_cast<{}>({{v}})", cpp_element_type(array_type.dtype));
    index.operands.insert(index.operands.begin(), {"a", std::move(array)});
    index.operands.emplace_back("v", std::move(value));
    auto store = runtime_call(target.loc, Type::none(), "setitem", "{a}.at(" + index.items_cpp + ") = " + stored, std::move(index.operands));
    out.push_back(std::make_unique<ir::ExprStmt>(target.loc, std::move(store)));
}

// Stores into every element of `target` (a view, or an array variable for `x += y`): plain
// assignment broadcasts the value (NumPy's casting is 'unsafe' for setitem); in-place operators
// follow NumPy's 'same_kind' rule (a float result cannot be stored into an int array).
void FunctionLowering::store_into_array(SourceLoc loc, ExprPtr target, const std::string& op, ExprPtr value, ir::Block& out) {
    const Type t = target->type;
    if (!storable(value->type, t.dtype)) {
        report_unstorable(diags_, loc, value->type, t.dtype);
        return;
    }
    if (value->type.is_array() && value->type.rank > t.rank) {
        diags_.error(loc, fmt::format("could not broadcast a {}-dimensional value into a {}-dimensional array", value->type.rank, t.rank), "");
        return;
    }
    std::string cpp;
    if (op.empty()) {
        if (value->type.is_array()) value = ir::promote(std::move(value), with_dtype(value->type, t.dtype));
        cpp = "{a}.assign({v})";
    } else {
        // The arithmetic operators only (the runtime has no in-place bitwise operators on arrays).
        const auto bop = binary_op_from_spelling(op);
        if (!bop || *bop > ir::BinaryOp::Pow) {
            diags_.error(loc, fmt::format("in-place operator '{}=' on arrays is not supported", op), "write a = a " + op + " b");
            return;
        }
        // Type the operation as `target op value` would be, then check it fits the target.
        auto types = array_arithmetic_types(loc, *bop, op, t, value->type);
        if (!types) return;
        const DType result = types->first.dtype;
        if (result != t.dtype && promote_dtypes(result, t.dtype) != t.dtype) {
            diags_.error(loc, fmt::format("cannot store the result of '{}=' ({}) into an array of dtype {}", op,
                                          dtype_name(result), dtype_name(t.dtype)),
                         "NumPy refuses this cast in place (casting rule 'same_kind'); write a = a " + op + " b to get a new array");
            return;
        }
        if (value->type.is_array()) value = ir::promote(std::move(value), with_dtype(value->type, t.dtype));
        switch (*bop) {
            case ir::BinaryOp::FloorDiv: cpp = "{a}.assign(py::np::floor_divide({a}, {v}))"; break;
            case ir::BinaryOp::Mod: cpp = "{a}.assign(py::np::remainder({a}, {v}))"; break;
            case ir::BinaryOp::Pow: cpp = "{a}.assign(py::np::power({a}, {v}))"; break;
            default: cpp = "{a} " + op + "= {v}";
        }
        if (cpp.find("assign") != std::string::npos && target->kind != ir::ExprKind::Var) {
            diags_.error(loc, fmt::format("in-place '{}=' on a slice is not supported", op), "write v[...] = v[...] " + op + " b");
            return;
        }
    }
    // A template naming {a} twice repeats the target: lowered above only for variables.
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("a", std::move(target));
    operands.emplace_back("v", std::move(value));
    out.push_back(std::make_unique<ir::ExprStmt>(loc, runtime_call(loc, Type::none(), "store", cpp, std::move(operands))));
}

// ---- attributes and methods -------------------------------------------------------------------

ExprPtr FunctionLowering::lower_member(const ast::Expr& member_expr, const std::string& member, ExprPtr receiver,
                                       const ast::Call* call) {
    if (call && member == "sort" && receiver->type.is(TypeKind::List) && has_key_argument(*call))
        return lower_sort_with_key(*call, std::move(receiver));  // lower_callables.cpp
    const char* what = call ? "method" : "attribute";
    const std::string space = member_namespace(receiver->type);
    const FunctionSpec* spec = space.empty() ? nullptr : ctx_.tables.find_function(space + "." + member);
    if (const std::string base = member_base_namespace(receiver->type); !spec && !base.empty())
        spec = ctx_.tables.find_function(base + "." + member);  // a Counter's d.get(): builtins.dict.get
    if (!spec || spec->attribute != (call == nullptr)) {
        if (!spec && receiver->type.is(TypeKind::FrozenSet) && ctx_.tables.find_function("builtins.set." + member)) {
            diags_.error(member_expr.loc, fmt::format("'frozenset' object has no attribute '{}'", member),
                         "a frozenset never changes: build a new one (f | {x}, f - {x}), or use a set");
            return nullptr;
        }
        if (receiver->type.is_array()) {
            diags_.error(member_expr.loc, fmt::format("{} '{}' of an array is not supported", what, member),
                         spec ? (call ? "it is an attribute: remove the parentheses" : "it is a method: call it")
                              : "see mappings/numpy.json for the supported ndarray members");
        } else {
            diags_.error(member_expr.loc, fmt::format("{} '{}' of a value of type {} is not supported", what, member,
                                                      receiver->type.to_string()),
                         spec ? (call ? "it is an attribute: remove the parentheses" : "it is a method: call it")
                              : space.empty() ? "" : fmt::format("the supported members are the '{}.*' entries of mappings/", space));
        }
        return nullptr;
    }
    // Members written as methods of the C++ ndarray (`{self}.copy()`, `{self}.transposed()`) need
    // one; the others are functions that take lazy nodes as they are.
    if (std::any_of(spec->cases.begin(), spec->cases.end(), [](const CaseSpec& c) { return c.cpp.rfind("{self}.", 0) == 0; }))
        receiver = stored_array(std::move(receiver));
    TypedCallArgs args;
    args.positional.push_back(std::move(receiver));
    if (call && !lower_call_arguments(*call, args)) return nullptr;
    if (!refine_receiver_for(*spec, *args.positional.front(), args, call ? call->loc : member_expr.loc)) return nullptr;
    auto bound = bind_library_call(*spec, std::move(args), call ? call->loc : member_expr.loc, diags_);
    if (bound) ctx_.includes.insert(spec->includes.begin(), spec->includes.end());
    return bound;
}

const FunctionSpec* FunctionLowering::library_member(const Type& type, const std::string& member) const {
    if (!type.is(TypeKind::LibraryObject)) return nullptr;
    return ctx_.tables.find_function(member_namespace(type) + "." + member);
}

ExprPtr FunctionLowering::call_library_dunder(SourceLoc loc, ExprPtr receiver, const std::string& member) {
    const FunctionSpec* spec = library_member(receiver->type, member);
    if (!spec) return nullptr;
    TypedCallArgs args;
    args.positional.push_back(std::move(receiver));
    auto bound = bind_library_call(*spec, std::move(args), loc, diags_);
    if (bound) ctx_.includes.insert(spec->includes.begin(), spec->includes.end());
    return bound;
}

// ---- list literals ----------------------------------------------------------------------------

// A list of integers used as an index (`U[[k, p]]`): a 1-D int64 array, as NumPy converts it.
ExprPtr FunctionLowering::lower_index_list(const ast::List& l) {
    auto list = lower_list_literal(l);
    if (!list) return nullptr;
    int rank = 0;  // nested lists of ints: an index array of that rank (M[[[0, 1], [2, 3]], 0])
    const Type* t = &list->type;
    for (; t->is(TypeKind::List); t = &t->elements[0]) ++rank;
    if (!t->is(TypeKind::Int)) {
        diags_.error(l.loc, fmt::format("a list used as an index must hold integers, not {}", list->type.to_string()),
                     "index with a (nested) list of ints, or with an int or bool array");
        return nullptr;
    }
    std::vector<std::pair<std::string, ExprPtr>> operands;
    operands.emplace_back("l", std::move(list));
    return runtime_call(l.loc, Type::array(DType::Int64, rank), "array", "py::np::array<std::int64_t>({l})", std::move(operands));
}

// A list display as a library function's argument: [x, y] of arrays is a sequence of arrays for
// NumPy's joining functions (np.vstack([x, y])); anything else is a list value.
ExprPtr FunctionLowering::lower_list_literal(const ast::List& l) { return lower_list_display(l, true); }

ExprPtr FunctionLowering::array_sequence(SourceLoc loc, std::vector<ExprPtr> arrays) {
    std::vector<Type> types;
    for (const auto& a : arrays) types.push_back(a->type);
    const DType common = numpy_result_type(types)->dtype;
    auto tuple = std::make_unique<ir::TupleMake>(loc, Type::unknown());
    types.clear();
    for (auto& a : arrays) {
        a = ir::promote(std::move(a), with_dtype(a->type, common));
        types.push_back(a->type);
        tuple->elements.push_back(std::move(a));
    }
    tuple->type = Type::tuple(std::move(types));
    return tuple;
}

// Converts the numbers of a (nested) list literal to the element type of `to`.
ExprPtr FunctionLowering::promote_list(ExprPtr list, const Type& to) {
    auto& literal = static_cast<ir::TupleMake&>(*list);
    for (auto& e : literal.elements)
        e = e->type.is(TypeKind::List) ? promote_list(std::move(e), to.elements[0]) : ir::promote(std::move(e), to.elements[0]);
    literal.type = to;
    return list;
}

}  // namespace py2cpp
