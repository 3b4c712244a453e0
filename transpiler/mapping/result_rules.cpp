// Parsing and evaluation of mapping-table result rules (see result_rules.hpp).
#include "mapping/result_rules.hpp"

#include <algorithm>
#include <set>

namespace py2cpp {
namespace {

std::vector<std::string> split(const std::string& text, char sep) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        size_t at = text.find(sep, start);
        parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos) return parts;
        start = at + 1;
    }
}

// "promote:x,y|c" -> {"promote", {"x", "y"}, {"c"}}
struct Rule {
    std::string function;
    std::vector<std::string> operands, rank_only;
    std::string array_dtype, array_rank;  // array:DTYPE:RANK
    std::optional<int> fixed_rank;  // promote:a,b@2
    std::string rank_term;          // promote:a,b@rank(a)-1: a RANK term of array:DTYPE:RANK
};

const std::set<std::string>& operand_functions() {
    static const std::set<std::string> names = {"same", "promote", "float", "bool", "real", "elem", "sum", "reduce",
                                                "reduce_sum", "reduce_float", "reduce_index", "reduce_bool", "shape", "matmul", "dot",
                                                "item", "list_of", "iter_of", "generator_of", "product_of", "chain_of", "pairs_of", "flatten_of", "repeat_of", "enumerate", "zip", "sum_items", "tolist",
                                                "value", "values_of", "items_of", "pair", "dict_of", "set_of",
                                                "frozenset_of", "counter_of", "counts_of", "defaultdict_of", "decorated",
                                                "decorated_list", "item_or", "decorated_or", "value_or_none", "meshgrid", "multi_dot",
                                                "groups_of", "decorated_groups", "zip_longest"};
    return names;
}

std::optional<Rule> parse_rule(const std::string& text) {
    const size_t colon = text.find(':');
    if (colon == std::string::npos) return std::nullopt;
    Rule r;
    r.function = text.substr(0, colon);
    const std::string rest = text.substr(colon + 1);
    if (r.function == "array") {
        auto parts = split(rest, ':');
        if (parts.size() != 2) return std::nullopt;
        r.array_dtype = parts[0];
        r.array_rank = parts[1];
        return r;
    }
    if (!operand_functions().count(r.function)) return std::nullopt;
    std::string operands = rest;
    if (size_t at = rest.find('@'); at != std::string::npos) {
        const std::string term = rest.substr(at + 1);
        if (auto rank = parse_count(term)) r.fixed_rank = *rank;
        else if (term.find('(') != std::string::npos) r.rank_term = term;
        else return std::nullopt;
        operands = rest.substr(0, at);
    }
    auto groups = split(operands, '|');
    if (groups.size() > 2) return std::nullopt;
    r.operands = split(groups[0], ',');
    if (groups.size() == 2) r.rank_only = split(groups[1], ',');
    return r;
}

// "dtype(a,b)" -> {"a", "b"}; "rank(a)+1" -> {"a"}; otherwise empty.
std::vector<std::string> call_arguments(const std::string& term, const std::string& function) {
    if (term.rfind(function + "(", 0) != 0) return {};
    size_t close = term.find(')');
    if (close == std::string::npos) return {};
    return split(term.substr(function.size() + 1, close - function.size() - 1), ',');
}

int rank_of(const Type& t) {
    if (t.is_array()) return t.rank;
    if (t.is(TypeKind::List)) return 1 + rank_of(t.elements[0]);
    if (t.is(TypeKind::Tuple) && !t.elements.empty()) return rank_of(t.elements[0]);
    return 0;
}

std::optional<DType> dtype_of(const Type& t) {
    if (t.is_array() || t.is(TypeKind::DType)) return t.dtype;
    if (t.is(TypeKind::List)) return dtype_of(t.elements[0]);
    if (t.is(TypeKind::Tuple)) {  // a sequence of arrays (np.hstack): their promotion
        std::optional<DType> joined;
        for (const auto& e : t.elements) {
            auto d = dtype_of(e);
            if (!d) return std::nullopt;
            joined = joined ? promote_dtypes(*joined, *d) : *d;
        }
        return joined;
    }
    return scalar_dtype(t);
}

DType sum_dtype(DType d);

// DTYPE of array:DTYPE:RANK: a dtype name, dtype(P, ...) (the first array's dtype), or
// sum_dtype(P) (what NumPy accumulates P in: bool and 32-bit ints in int64).
std::optional<DType> array_dtype(const std::string& term, const ParamTypeLookup& types) {
    if (auto fixed = dtype_from_name(term)) return fixed;
    if (auto summed = call_arguments(term, "sum_dtype"); summed.size() == 1) {
        for (const auto& t : types(summed[0]))
            if (auto d = dtype_of(t)) return sum_dtype(*d);
        return std::nullopt;
    }
    auto params = call_arguments(term, "dtype");
    if (params.empty()) return std::nullopt;
    for (const auto& p : params)
        for (const auto& t : types(p))
            if (auto d = dtype_of(t)) return d;
    return DType::Float64;
}

// How many dimensions or axes an int (1) or a tuple (its length) names: len(shape), an axis argument.
std::optional<int> count_named(const Type& t) {
    if (t.is(TypeKind::Int) || t.is(TypeKind::Bool)) return 1;
    if (t.is(TypeKind::Tuple)) return static_cast<int>(t.elements.size());
    return std::nullopt;
}

// "max(rank(a),len(b))" -> {"rank(a)", "len(b)"}: the terms split at commas outside parentheses.
std::optional<std::vector<std::string>> max_terms(const std::string& term) {
    if (term.rfind("max(", 0) != 0 || term.back() != ')') return std::nullopt;
    std::vector<std::string> terms;
    std::string current;
    int depth = 0;
    for (char c : term.substr(4, term.size() - 5)) {
        if (c == ',' && depth == 0) {
            terms.push_back(current);
            current.clear();
            continue;
        }
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        current += c;
    }
    terms.push_back(current);
    return terms;
}

std::optional<int> array_rank(const std::string& term, const ParamTypeLookup& types) {
    if (!term.empty() && std::all_of(term.begin(), term.end(), ::isdigit)) return parse_count(term);
    if (auto terms = max_terms(term)) {  // max(R1,R2,...): the largest of the ranks (np.isclose, np.tile)
        std::optional<int> largest;
        for (const auto& t : *terms) {
            auto rank = array_rank(t, types);
            if (!rank) return std::nullopt;
            largest = std::max(largest.value_or(*rank), *rank);
        }
        return largest;
    }
    if (auto params = call_arguments(term, "atleast_2d"); params.size() == 1) {  // np.vstack: rank max(2, rank(P))
        auto values = types(params[0]);
        if (values.size() != 1) return std::nullopt;
        return std::max(2, rank_of(values[0]));
    }
    for (const char* function : {"len", "rank"}) {
        auto params = call_arguments(term, function);
        if (params.size() != 1) continue;
        auto values = types(params[0]);
        const bool is_len = std::string(function) == "len";
        // A variadic shape (a.reshape(n, 1)): one dimension per value.
        if (is_len && values.size() > 1 && std::all_of(values.begin(), values.end(), [](const Type& v) { return v.is(TypeKind::Int); }))
            return static_cast<int>(values.size());
        if (values.size() != 1) return std::nullopt;
        const Type& t = values[0];
        int rank = 0;
        if (is_len) {
            auto n = count_named(t);
            if (!n) return std::nullopt;
            rank = *n;
        } else {
            rank = rank_of(t);
        }
        const std::string suffix = term.substr(term.find(')') + 1);
        // rank(P)+N / rank(P)-N: N axes more / fewer (numpy.linalg.det of a stack: rank(a)-2).
        if (suffix.size() > 1 && (suffix[0] == '+' || suffix[0] == '-') &&
            std::all_of(suffix.begin() + 1, suffix.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; })) {
            const int n = std::stoi(suffix.substr(1));
            return suffix[0] == '+' ? rank + n : rank - n;
        }
        // rank(P)+rank(Q)-1: Q's axes replace one of P's (np.take(a, indices, axis)).
        if (!is_len && suffix.rfind("+rank(", 0) == 0 && suffix.size() > 8 && suffix.substr(suffix.size() - 3) == ")-1") {
            auto q = types(suffix.substr(6, suffix.size() - 9));
            if (q.size() != 1) return std::nullopt;
            return rank + rank_of(q[0]) - 1;
        }
        // rank(P)+len(Q) / rank(P)-len(Q): one more / fewer axis per int of Q (np.expand_dims, np.squeeze).
        if (!is_len && suffix.size() > 1 && (suffix[0] == '+' || suffix[0] == '-')) {
            auto counted = call_arguments(suffix.substr(1), "len");
            if (counted.size() != 1 || suffix.back() != ')') return std::nullopt;
            auto q = types(counted[0]);
            auto n = q.size() == 1 ? count_named(q[0]) : std::nullopt;
            if (!n) return std::nullopt;
            return suffix[0] == '+' ? rank + *n : rank - *n;
        }
        return suffix.empty() ? std::optional<int>(rank) : std::nullopt;
    }
    return std::nullopt;
}

std::vector<Type> collect(const std::vector<std::string>& params, const ParamTypeLookup& types) {
    std::vector<Type> out;
    for (const auto& p : params)
        for (const auto& t : types(p)) out.push_back(t);
    return out;
}

// np.matmul's result rank: vector @ vector is a scalar, a vector operand drops its axis, and
// operands of rank 3 or more are stacks of matrices whose leading axes broadcast. np.dot (stacked
// takes a different contraction) is typed for ranks 1 and 2 only.
std::optional<int> matmul_rank(const std::vector<Type>& operands, bool stacked) {
    if (operands.size() != 2 || !operands[0].is_array() || !operands[1].is_array()) return std::nullopt;
    const int a = operands[0].rank, b = operands[1].rank;
    if (a < 1 || b < 1) return std::nullopt;
    if (a <= 2 && b <= 2) return (a - 1) + (b - 1);
    if (!stacked) return std::nullopt;
    return std::max(std::max(a, 2), std::max(b, 2)) - (a == 1 ? 1 : 0) - (b == 1 ? 1 : 0);
}

// promote over the operands, with the rank widened by the rank-only parameters (or fixed by @N).
std::optional<Type> promoted(const Rule& r, const ParamTypeLookup& types) {
    auto result = numpy_result_type(collect(r.operands, types));
    if (!result) return std::nullopt;
    int rank = result->is_array() ? result->rank : 0;
    for (const auto& t : collect(r.rank_only, types)) rank = std::max(rank, rank_of(t));
    if (r.function == "matmul" || r.function == "dot") {
        auto m = matmul_rank(collect(r.operands, types), r.function == "matmul");
        if (!m) return std::nullopt;
        rank = *m;
    }
    if (r.fixed_rank) rank = *r.fixed_rank;
    if (!r.rank_term.empty()) {
        auto term_rank = array_rank(r.rank_term, types);
        if (!term_rank || *term_rank < 0) return std::nullopt;
        rank = *term_rank;
    }
    if (rank == 0 && result->is_array()) return element_type(result->dtype);
    if (rank > 0 && !result->is_array()) {
        auto d = scalar_dtype(*result);
        if (!d) return std::nullopt;
        return Type::array(*d, rank);
    }
    if (result->is_array()) result->rank = rank;
    return result;
}

// The scalar type an array's elements read as; a scalar is its own element.
std::optional<Type> element_of(const Type& t) {
    if (t.is_array()) return element_type(t.dtype);
    if (t.is_numeric_scalar()) return t;
    return std::nullopt;
}

std::optional<Type> reduced(const Type& t, std::optional<DType> dtype) {
    if (!t.is_array()) return std::nullopt;
    DType d = dtype.value_or(t.dtype);
    return t.rank == 1 ? element_type(d) : Type::array(d, t.rank - 1);
}

DType sum_dtype(DType d) {
    return d == DType::Bool || d == DType::Int32 || d == DType::UInt32 ? DType::Int64 : d;
}

std::optional<Type> single(const Rule& r, const ParamTypeLookup& types) {
    auto values = collect(r.operands, types);
    if (values.size() != 1) return std::nullopt;
    return values[0];
}

// tuple:R1;R2;... is a tuple of the results of the rules R1, R2, ...; an item `rank(P)*R` stands
// for rank(P) items of rule R (np.nonzero: one index array per axis).
struct TupleItem {
    std::string rule;
    std::string repeat_param;  // empty: once
};

std::optional<std::vector<TupleItem>> tuple_items(const std::string& rule) {
    if (rule.rfind("tuple:", 0) != 0) return std::nullopt;
    std::vector<TupleItem> items;
    for (const auto& part : split(rule.substr(6), ';')) {
        TupleItem item{part, ""};
        if (part.rfind("rank(", 0) == 0) {
            const size_t close = part.find(")*");
            if (close == std::string::npos) return std::vector<TupleItem>{};
            item.repeat_param = part.substr(5, close - 5);
            item.rule = part.substr(close + 2);
        }
        items.push_back(item);
    }
    return items;
}

}  // namespace

std::optional<std::string> check_result_rule(const std::string& rule, const std::vector<std::string>& params) {
    if (parse_type_name(rule)) return std::nullopt;
    if (auto items = tuple_items(rule)) {
        if (items->empty()) return "tuple: needs items R1;R2;... (rank(P)*R for rank(P) items of R)";
        for (const auto& item : *items) {
            if (!item.repeat_param.empty() && std::find(params.begin(), params.end(), item.repeat_param) == params.end())
                return "names unknown parameter \"" + item.repeat_param + "\"";
            if (item.rule.rfind("tuple:", 0) == 0) return "tuple: items cannot be tuple: rules";
            if (auto problem = check_result_rule(item.rule, params)) return problem;
        }
        return std::nullopt;
    }
    auto r = parse_rule(rule);
    if (!r)
        return "not a type, nor one of same:, promote:, float:, real:, bool:, matmul:, dot:, elem:, sum:, reduce*:, shape:, array:, item:, list_of:, "
               "iter_of:, generator_of:, product_of:, chain_of:, pairs_of:, flatten_of:, repeat_of:, enumerate:, zip:, sum_items:, tolist:, value:, values_of:, items_of:, pair:, dict_of:, set_of:, "
               "frozenset_of:, counter_of:, counts_of:, defaultdict_of:, decorated:, decorated_list:, item_or:, decorated_or:, value_or_none:, meshgrid:, multi_dot:, tuple:";
    auto known = [&](const std::string& p) { return std::find(params.begin(), params.end(), p) != params.end(); };
    std::vector<std::string> named = r->operands;
    named.insert(named.end(), r->rank_only.begin(), r->rank_only.end());
    for (const char* f : {"len", "rank", "atleast_2d"})  // @RANK-term
        for (const auto& p : call_arguments(r->rank_term, f)) named.push_back(p);
    if (r->function == "array") {
        auto d = call_arguments(r->array_dtype, "dtype");
        if (d.empty()) d = call_arguments(r->array_dtype, "sum_dtype");
        if (d.empty() && !dtype_from_name(r->array_dtype)) return "array:DTYPE:RANK needs a dtype name, dtype(PARAMS) or sum_dtype(P)";
        named = d;
        std::vector<std::string> rank_terms = max_terms(r->array_rank).value_or(std::vector<std::string>{r->array_rank});
        for (const auto& term : rank_terms)
            for (const char* f : {"len", "rank", "atleast_2d"})
                for (const auto& p : call_arguments(term, f)) named.push_back(p);
        if (const auto plus = r->array_rank.find_first_of("+-", r->array_rank.find(')')); plus != std::string::npos)
            for (const char* f : {"len", "rank"})
                for (const auto& p : call_arguments(r->array_rank.substr(plus + 1), f)) named.push_back(p);
        bool numeric = !r->array_rank.empty() && std::all_of(r->array_rank.begin(), r->array_rank.end(), ::isdigit);
        if (!numeric && named.size() == d.size()) return "array:DTYPE:RANK needs a number, len(P), rank(P), rank(P)+N, rank(P)-N, rank(P)+len(Q), rank(P)-len(Q), atleast_2d(P) or max(R1,R2,...) as RANK";
    }
    for (const auto& p : named)
        if (!known(p)) return "names unknown parameter \"" + p + "\"";
    return std::nullopt;
}

std::optional<Type> evaluate_result_rule(const std::string& rule, const ParamTypeLookup& types) {
    if (auto fixed = parse_type_name(rule)) return fixed;
    if (auto items = tuple_items(rule)) {
        std::vector<Type> elements;
        for (const auto& item : *items) {
            int count = 1;
            if (!item.repeat_param.empty()) {
                auto values = types(item.repeat_param);
                if (values.size() != 1 || !values[0].is_array()) return std::nullopt;
                count = values[0].rank;
            }
            auto t = evaluate_result_rule(item.rule, types);
            if (!t) return std::nullopt;
            for (int k = 0; k < count; ++k) elements.push_back(*t);
        }
        if (elements.empty()) return std::nullopt;
        return Type::tuple(std::move(elements));
    }
    auto r = parse_rule(rule);
    if (!r) return std::nullopt;
    const std::string& f = r->function;
    if (f == "array") {
        auto d = array_dtype(r->array_dtype, types);
        auto rank = array_rank(r->array_rank, types);
        if (!d || !rank || *rank < 0) return std::nullopt;
        return *rank == 0 ? element_type(*d) : Type::array(*d, *rank);
    }
    if (f == "same") {
        auto values = types(r->operands[0]);
        return values.empty() ? Type::none() : values.front();
    }
    if (f == "promote" || f == "matmul" || f == "dot") return promoted(*r, types);
    if (f == "float") {
        auto p = promoted(*r, types);
        return p ? std::optional<Type>(to_inexact(*p)) : std::nullopt;
    }
    if (f == "real") {  // the parts of complex numbers: complex64 -> float32, complex128 (and complex) -> float64
        auto p = promoted(*r, types);
        if (!p) return std::nullopt;
        if (p->is(TypeKind::Complex)) return Type::floating();
        return p->is_array() ? with_dtype(*p, real_part_dtype(p->dtype)) : *p;
    }
    if (f == "bool") {
        auto p = promoted(*r, types);
        return p ? std::optional<Type>(with_dtype(*p, DType::Bool)) : std::nullopt;
    }
    if (f == "multi_dot") {  // np.linalg.multi_dot(arrays): matrices, the first and the last may be vectors
        auto values = collect(r->operands, types);
        if (values.size() != 1 || !values[0].is(TypeKind::Tuple) || values[0].elements.size() < 2) return std::nullopt;
        const auto& items = values[0].elements;
        for (size_t i = 0; i < items.size(); ++i) {
            const bool end = i == 0 || i + 1 == items.size();
            if (!items[i].is_array() || !(items[i].rank == 2 || (end && items[i].rank == 1))) return std::nullopt;
        }
        auto common = numpy_result_type(items);
        if (!common || !common->is_array() || common->dtype == DType::Bool) return std::nullopt;
        const int rank = (items.front().rank == 2 ? 1 : 0) + (items.back().rank == 2 ? 1 : 0);
        return rank == 0 ? element_type(common->dtype) : Type::array(common->dtype, rank);
    }
    if (f == "meshgrid") {  // np.meshgrid(x1, ..., xn): a list of n arrays of rank n, when the inputs share a dtype
        auto values = collect(r->operands, types);
        if (values.empty() || !values[0].is_array()) return std::nullopt;
        for (const auto& v : values)
            if (!v.is_array() || v.dtype != values[0].dtype) return std::nullopt;
        return Type::list(Type::array(values[0].dtype, static_cast<int>(values.size())));
    }
    // zip(*P), itertools.product(*P): tuples of one item of each iterable.
    auto item_tuple = [&]() -> std::optional<Type> {
        std::vector<Type> items;
        for (const auto& t : collect(r->operands, types)) {
            auto item = item_type(t);
            if (!item || item->is_undetermined()) return std::nullopt;
            items.push_back(*item);
        }
        return Type::tuple(std::move(items));
    };
    if (f == "product_of") {  // a generator of them
        auto tuple = item_tuple();
        return tuple ? std::optional<Type>(Type::generator(*tuple)) : std::nullopt;
    }
    if (f == "repeat_of") {  // itertools.repeat(P): a generator of P itself
        auto values = collect(r->operands, types);
        if (values.size() != 1 || values[0].is_undetermined() || holds_iterator(values[0]) || holds_type_object(values[0]) ||
            values[0].is(TypeKind::None))
            return std::nullopt;
        return Type::generator(values[0]);
    }
    if (f == "chain_of" || f == "pairs_of" || f == "flatten_of") {
        // chain(*P): the items of every iterable, of one type; pairwise(P): (item, next item);
        // chain.from_iterable(P): the items of P's items.
        std::optional<Type> item;
        for (const auto& t : collect(r->operands, types)) {
            auto own = item_type(t);
            if (own && f == "flatten_of") own = item_type(*own);
            if (!own || own->is_undetermined() || (item && *item != *own)) return std::nullopt;
            item = own;
        }
        if (!item) return std::nullopt;
        return Type::generator(f == "pairs_of" ? Type::tuple({*item, *item}) : *item);
    }
    if (f == "zip_longest") {  // itertools.zip_longest(*P, fillvalue=F): tuples of each item or F (None: the item or None)
        auto values = collect(r->operands, types);
        if (values.size() < 2) return std::nullopt;
        const Type fill = values.back();
        std::vector<Type> items;
        for (size_t i = 0; i + 1 < values.size(); ++i) {
            auto item = item_type(values[i]);
            if (!item || item->is_undetermined()) return std::nullopt;
            // Python yields the fill value itself: an int fill among float items would print as a
            // float, so the types must be equal (None: the item or None).
            if (!fill.is(TypeKind::None) && !(*item == fill)) return std::nullopt;
            items.push_back(fill.is(TypeKind::None) ? Type::optional(*item) : *item);
        }
        return Type::generator(Type::tuple(std::move(items)));
    }
    if (f == "zip") {  // an iterator of them
        auto tuple = item_tuple();
        return tuple ? std::optional<Type>(Type::iterator(*tuple)) : std::nullopt;
    }
    if (f == "item_or" || f == "decorated_or") {  // max(P, default=D): P's item (of (key, item) pairs: the item) when D has its type
        auto values = collect(r->operands, types);
        if (values.size() != 2) return std::nullopt;
        auto item = item_type(values[0]);
        if (item && f == "decorated_or")
            item = item->is(TypeKind::Tuple) && item->elements.size() == 2 ? std::optional<Type>(item->elements[1]) : std::nullopt;
        if (!item) return std::nullopt;
        if (item->is(TypeKind::Undetermined)) return values[1];  // an always-empty iterable: the default
        if (values[1].is(TypeKind::None)) return Type::optional(*item);  // default=None: the item or None
        // Python returns the item or the default object itself: one type only (an int item with a
        // float default would print as a float).
        if (!(*item == values[1]) || item->is(TypeKind::None)) return std::nullopt;
        return *item;
    }
    if (f == "sum_items") {  // sum(iterable, start): the items joined with start; bools count as ints
        auto values = collect(r->operands, types);
        if (values.empty()) return std::nullopt;
        auto item = item_type(values[0]);
        if (!item || !(item->is_number() || item->is(TypeKind::Undetermined))) return std::nullopt;
        std::optional<Type> joined = item->is(TypeKind::Undetermined) ? Type::integer() : *item;
        for (size_t i = 1; i < values.size() && joined; ++i)
            joined = values[i].is_number() ? join_types(*joined, values[i]) : std::nullopt;
        if (joined && joined->is(TypeKind::Bool)) return Type::integer();
        return joined;
    }
    if (f.rfind("reduce", 0) == 0 && r->operands.size() == 2) {  // reduce*:P,AXIS: one axis per int of AXIS
        auto values = collect(r->operands, types);
        if (values.size() != 2 || !values[0].is_array()) return std::nullopt;
        const int axes = count_named(values[1]).value_or(0);
        if (axes < 1 || axes > values[0].rank) return std::nullopt;
        Type t = f == "reduce_float" ? to_inexact(values[0]) : values[0];
        DType d = f == "reduce_sum"     ? sum_dtype(t.dtype)
                  : f == "reduce_index" ? DType::Int64
                  : f == "reduce_bool"  ? DType::Bool
                                        : t.dtype;
        return axes == values[0].rank ? element_type(d) : Type::array(d, values[0].rank - axes);
    }
    auto operand = single(*r, types);
    if (!operand) return std::nullopt;
    if (f == "elem") return element_of(*operand);
    if (f == "tolist") {  // ndarray.tolist(): lists nested rank deep, of Python scalars
        if (!operand->is_array()) return std::nullopt;
        Type t = element_type(operand->dtype);
        for (int k = 0; k < operand->rank; ++k) t = Type::list(t);
        return t;
    }
    if (f == "dict_of") {  // dict(iterable of pairs), dict(a dict)
        if (operand->is_dict()) return Type::dict(operand->elements[0], operand->elements[1]);
        auto item = item_type(*operand);
        if (!item || !item->is(TypeKind::Tuple) || item->elements.size() != 2) return std::nullopt;
        return Type::dict(item->elements[0], item->elements[1]);
    }
    if (f == "defaultdict_of") {  // defaultdict(factory): values made by calling the factory (a class)
        if (operand->is(TypeKind::Class)) return Type::defaultdict(Type::undetermined(), operand->elements[0]);
        if (operand->is(TypeKind::DType)) return Type::defaultdict(Type::undetermined(), element_type(operand->dtype));
        return std::nullopt;
    }
    if (f == "counter_of") {  // Counter(iterable): its items counted; Counter(mapping of int counts)
        if (operand->is_dict()) {
            if (!operand->elements[1].is(TypeKind::Int) && !operand->elements[1].is_undetermined()) return std::nullopt;
            return Type::counter(operand->elements[0]);
        }
        auto item = item_type(*operand);
        return item ? std::optional<Type>(Type::counter(*item)) : std::nullopt;
    }
    if (f == "decorated" || f == "decorated_list") {  // a list of (key, item) pairs: its items, a list of them
        auto pair = item_type(*operand);
        if (!pair || !pair->is(TypeKind::Tuple) || pair->elements.size() != 2) return std::nullopt;
        return f == "decorated" ? pair->elements[1] : Type::list(pair->elements[1]);
    }
    if (f == "groups_of" || f == "decorated_groups") {
        // itertools.groupby(P): (item, list of the equal items that follow); of a list of (key, item)
        // pairs (groupby(P, key=K)): (key, list of the items)
        auto item = item_type(*operand);
        if (!item || item->is_undetermined()) return std::nullopt;
        if (f == "groups_of") return Type::generator(Type::tuple({*item, Type::list(*item)}));
        if (!item->is(TypeKind::Tuple) || item->elements.size() != 2) return std::nullopt;
        return Type::generator(Type::tuple({item->elements[0], Type::list(item->elements[1])}));
    }
    if (f == "counts_of") {  // c.most_common(): (key, count) tuples
        if (!operand->is(TypeKind::Counter)) return std::nullopt;
        return Type::list(Type::tuple({operand->elements[0], Type::integer()}));
    }
    if (f == "value" || f == "values_of" || f == "items_of" || f == "pair" || f == "value_or_none") {  // of a dict
        if (!operand->is_dict()) return std::nullopt;
        const Type& key = operand->elements[0];
        const Type& value = operand->elements[1];
        if (f == "value") return value;
        if (f == "value_or_none") return Type::optional(value);
        if (f == "values_of") return Type::iterator(value);
        if (f == "items_of") return Type::iterator(Type::tuple({key, value}));
        return Type::tuple({key, value});
    }
    if (f == "item" || f == "list_of" || f == "iter_of" || f == "generator_of" || f == "enumerate" || f == "set_of" || f == "frozenset_of") {
        auto item = item_type(*operand);
        if (!item) return std::nullopt;
        if (f == "set_of") return Type::set(*item);
        if (f == "frozenset_of") return Type::frozenset(*item);
        if (f == "item") return item;  // of an always-empty list: never produced (max([]) raises)
        if (f == "list_of") return Type::list(*item);
        if (f == "iter_of") return Type::iterator(*item);
        if (f == "generator_of") return Type::generator(*item);
        return Type::iterator(Type::tuple({Type::integer(), *item}));
    }
    if (f == "sum") {
        auto e = element_of(*operand);
        return e && e->is(TypeKind::Bool) ? Type::integer() : e;
    }
    if (f == "reduce") return reduced(*operand, std::nullopt);
    if (f == "reduce_sum") return operand->is_array() ? reduced(*operand, sum_dtype(operand->dtype)) : std::nullopt;
    if (f == "reduce_float") return operand->is_array() ? reduced(to_inexact(*operand), std::nullopt) : std::nullopt;
    if (f == "reduce_index") return reduced(*operand, DType::Int64);
    if (f == "reduce_bool") return reduced(*operand, DType::Bool);
    if (f == "shape") {
        if (!operand->is_array()) return std::nullopt;
        return Type::tuple(std::vector<Type>(static_cast<size_t>(operand->rank), Type::integer()));
    }
    return std::nullopt;
}

bool float16_in_numpy(const std::string& rule, const ParamTypeLookup& types) {
    auto r = parse_rule(rule);
    if (!r || r->function != "float") return false;
    auto p = promoted(*r, types);
    return p && (p->is(TypeKind::Bool) || (p->is_array() && p->dtype == DType::Bool));
}

std::optional<OperandConversion> operand_conversion(const std::string& rule, const ParamTypeLookup& types) {
    auto r = parse_rule(rule);
    if (!r || (r->function != "promote" && r->function != "float" && r->function != "real" && r->function != "bool" && r->function != "matmul" &&
               r->function != "dot"))
        return std::nullopt;
    auto common = numpy_result_type(collect(r->operands, types));
    if (!common) return std::nullopt;
    if (r->function == "float") common = to_inexact(*common);
    return OperandConversion{r->operands, *common};
}

}  // namespace py2cpp
