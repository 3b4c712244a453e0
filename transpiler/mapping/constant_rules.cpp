// Result rules that read constant arguments (see constant_rules.hpp).
#include "mapping/constant_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "ir/conversions.hpp"

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

struct ParsedRule {
    std::string function;
    std::vector<std::string> params;
};

std::optional<ParsedRule> parse(const std::string& rule) {
    const size_t colon = rule.find(':');
    if (colon == std::string::npos) return std::nullopt;
    ParsedRule r{rule.substr(0, colon), split(rule.substr(colon + 1), ',')};
    if (r.function == "einsum" && r.params.size() == 2) return r;
    if (r.function == "tensordot" && r.params.size() == 3) return r;
    if ((r.function == "tuples" || r.function == "product") && r.params.size() == 2) return r;
    return std::nullopt;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A character of a subscripts string as NumPy's message shows it (the UTF-8 sequence it starts).
std::string shown_char(const std::string& s, size_t i) {
    size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
    return s.substr(i, n);
}

const ir::Expr* single(std::vector<ir::ExprPtr>* values) {
    return values && values->size() == 1 ? values->front().get() : nullptr;
}

// The common dtype of array operands (np.result_type of arrays), converting each to it.
std::optional<DType> convert_to_common_dtype(std::vector<std::vector<ir::ExprPtr>*> groups) {
    std::vector<Type> types;
    for (auto* g : groups)
        for (const auto& v : *g) types.push_back(v->type);
    auto common = numpy_result_type(types);
    if (!common || !common->is_array()) return std::nullopt;
    for (auto* g : groups)
        for (auto& v : *g) v = ir::promote(std::move(v), with_dtype(v->type, common->dtype));
    return common->dtype;
}

Type result_of(DType d, int rank) { return rank == 0 ? element_type(d) : Type::array(d, rank); }

ConstantRuleOutcome einsum_rule(const ParsedRule& r, const BoundArguments& args, SourceLoc call_loc) {
    auto* subscripts = args(r.params[0]);
    auto* operands = args(r.params[1]);
    const ir::Expr* s = single(subscripts);
    if (!s || !operands) return {};
    for (const auto& v : *operands)
        if (!v->type.is_array()) return {};
    const std::string* text = s->kind == ir::ExprKind::Const ? std::get_if<std::string>(&s->as<ir::Const>().value) : nullptr;
    if (!text)
        return {std::nullopt, ConstantRuleError{s->loc, "np.einsum's subscripts must be a string literal",
                                                "py2cpp reads the subscripts when compiling: they decide the rank of the result"}};
    if (operands->empty())
        return {std::nullopt, ConstantRuleError{call_loc, "must specify the einstein sum subscripts string and at least one operand",
                                                "NumPy raises ValueError here"}};
    std::vector<int> ranks;
    for (const auto& v : *operands) ranks.push_back(v->type.rank);
    auto parsed = parse_einsum_subscripts(*text, ranks);
    if (!parsed.error.empty()) return {std::nullopt, ConstantRuleError{s->loc, parsed.error, "NumPy raises ValueError here"}};
    auto d = convert_to_common_dtype({operands});
    if (!d) return {};
    const SourceLoc loc = s->loc;
    subscripts->front() = std::make_unique<ir::Const>(loc, Type::str(), parsed.canonical);
    return {result_of(*d, parsed.output_rank), std::nullopt};
}

// How many axes one side of tensordot's axes pair names: an int 1, a tuple its length, a list
// display its number of items; nullopt when that is only known at run time.
std::optional<int> axes_count(const ir::Expr& e) {
    if (e.type.is(TypeKind::Int) || e.type.is(TypeKind::Bool)) return 1;
    if (e.type.is(TypeKind::Tuple)) {
        for (const auto& t : e.type.elements)
            if (!t.is(TypeKind::Int)) return std::nullopt;
        return static_cast<int>(e.type.elements.size());
    }
    if (e.type.is(TypeKind::List) && e.kind == ir::ExprKind::TupleMake && e.type.elements[0].is(TypeKind::Int))
        return static_cast<int>(e.as<ir::TupleMake>().elements.size());
    if (e.type.is(TypeKind::List) && e.kind == ir::ExprKind::TupleMake && e.as<ir::TupleMake>().elements.empty()) return 0;
    return std::nullopt;
}

ConstantRuleOutcome tensordot_rule(const ParsedRule& r, const BoundArguments& args) {
    auto* a = args(r.params[0]);
    auto* b = args(r.params[1]);
    const ir::Expr* a0 = single(a);
    const ir::Expr* b0 = single(b);
    const ir::Expr* axes = single(args(r.params[2]));
    if (!a0 || !b0 || !axes || !a0->type.is_array() || !b0->type.is_array()) return {};
    const int ra = a0->type.rank, rb = b0->type.rank;
    const ConstantRuleError not_constant{axes->loc, "np.tensordot's axes must be an int constant or a pair of axis lists written in the call",
                                         "py2cpp counts the axes when compiling: they decide the rank of the result "
                                         "(e.g. axes=2, axes=(1, 0), axes=([1, 2], [0, 1]))"};
    int na = 0, nb = 0;
    if (axes->type.is(TypeKind::Int) || axes->type.is(TypeKind::Bool)) {
        const auto* n = axes->kind == ir::ExprKind::Const ? std::get_if<std::int64_t>(&axes->as<ir::Const>().value) : nullptr;
        if (!n) return {std::nullopt, not_constant};
        na = nb = static_cast<int>(std::max<std::int64_t>(*n, 0));  // NumPy: range(-n, 0) and range(0, n)
        if (na > ra || nb > rb)
            return {std::nullopt, ConstantRuleError{axes->loc, "tuple index out of range",
                                                    fmt::format("NumPy raises IndexError here: axes={} sums over more axes than the operands "
                                                                "have (ranks {} and {})", *n, ra, rb)}};
    } else {
        std::optional<int> first, second;
        if (axes->kind == ir::ExprKind::TupleMake && axes->as<ir::TupleMake>().elements.size() == 2) {
            first = axes_count(*axes->as<ir::TupleMake>().elements[0]);
            second = axes_count(*axes->as<ir::TupleMake>().elements[1]);
        } else if (axes->type.is(TypeKind::Tuple) && axes->type.elements.size() == 2) {
            for (int k = 0; k < 2; ++k) {
                const Type& t = axes->type.elements[static_cast<size_t>(k)];
                std::optional<int> n = t.is(TypeKind::Int) ? std::optional<int>(1) : std::nullopt;
                if (t.is(TypeKind::Tuple) && std::all_of(t.elements.begin(), t.elements.end(), [](const Type& e) { return e.is(TypeKind::Int); }))
                    n = static_cast<int>(t.elements.size());
                (k == 0 ? first : second) = n;
            }
        }
        if (!first || !second) return {std::nullopt, not_constant};
        if (*first != *second)
            return {std::nullopt, ConstantRuleError{axes->loc, "shape-mismatch for sum",
                                                    fmt::format("NumPy raises ValueError here: {} axes of a against {} of b", *first, *second)}};
        na = nb = *first;
        if (na > ra || nb > rb)
            return {std::nullopt, ConstantRuleError{axes->loc, "shape-mismatch for sum",
                                                    fmt::format("NumPy raises ValueError here: {} axes summed, the operands have ranks {} and {}", na, ra, rb)}};
    }
    auto d = convert_to_common_dtype({a, b});
    if (!d) return {};
    return {result_of(*d, ra + rb - na - nb), std::nullopt};
}

// itertools: tuples:P,R is a generator of R-tuples of P's items (combinations, permutations: R the
// constant r); product:P,R a generator of tuples of one item of each iterable P, all R times over
// (product(*P, repeat=R)). R must be an int constant (it is the tuple's length, a C++ type).
ConstantRuleOutcome tuples_rule(const ParsedRule& r, const BoundArguments& args) {
    auto* iterables = args(r.params[0]);
    const ir::Expr* count = single(args(r.params[1]));
    if (!iterables || !count) return {};
    std::vector<Type> items;
    for (const auto& e : *iterables) {
        auto item = item_type(e->type);
        if (!item || item->is_undetermined() || e->type.is_array()) return {};
        items.push_back(*item);
    }
    if (items.empty()) return {};
    const auto* n = count->kind == ir::ExprKind::Const ? std::get_if<std::int64_t>(&count->as<ir::Const>().value) : nullptr;
    const char* what = r.function == "tuples" ? "r" : "repeat";
    if (!n)
        return {std::nullopt, ConstantRuleError{count->loc, fmt::format("{} must be an int constant here", what),
                                                "it is the length of the tuples the iterator gives, which py2cpp must know when compiling (e.g. 2)"}};
    if (*n < 0)
        return {std::nullopt, ConstantRuleError{count->loc, r.function == "tuples" ? "r must be non-negative" : "repeat argument cannot be negative",
                                                "Python raises ValueError here"}};
    constexpr std::int64_t kMaxTupleLength = 16;
    const std::int64_t length = *n * static_cast<std::int64_t>(items.size());
    if (length > kMaxTupleLength)
        return {std::nullopt, ConstantRuleError{count->loc, fmt::format("tuples of {} items are not supported (at most {})", length, kMaxTupleLength),
                                                "each tuple length is a C++ type of its own; use a smaller r/repeat"}};
    std::vector<Type> tuple;
    for (std::int64_t k = 0; k < *n; ++k) tuple.insert(tuple.end(), items.begin(), items.end());
    return {Type::generator(Type::tuple(std::move(tuple))), std::nullopt};
}

}  // namespace

bool is_constant_rule(const std::string& rule) {
    for (const char* prefix : {"einsum:", "tensordot:", "tuples:", "product:"})
        if (rule.rfind(prefix, 0) == 0) return true;
    return false;
}

std::optional<std::string> check_constant_rule(const std::string& rule, const std::vector<std::string>& params) {
    auto r = parse(rule);
    if (!r)
        return "einsum: takes two parameters (einsum:SUBSCRIPTS,OPERANDS), tensordot: three (tensordot:A,B,AXES), tuples: and product: "
               "two (tuples:ITERABLE,R, product:ITERABLES,REPEAT)";
    for (const auto& p : r->params)
        if (std::find(params.begin(), params.end(), p) == params.end()) return "names unknown parameter \"" + p + "\"";
    return std::nullopt;
}

ConstantRuleOutcome evaluate_constant_rule(const std::string& rule, const BoundArguments& args, SourceLoc call_loc) {
    auto r = parse(rule);
    if (!r) return {};
    if (r->function == "tuples" || r->function == "product") return tuples_rule(*r, args);
    return r->function == "einsum" ? einsum_rule(*r, args, call_loc) : tensordot_rule(*r, args);
}

// NumPy 1.24's c_einsum parse (numpy/core/src/multiarray/einsum.c.src): operands' subscripts up to
// ',' or '-', then either nothing (the implicit output: the broadcast dimensions, then the letters
// used exactly once, in code order) or '->' and the output's subscripts. A '...' stands for the
// operand's dimensions that no letter names (0 in the label lists below); they broadcast against
// each other aligned to the right.
EinsumParse parse_einsum_subscripts(const std::string& s, const std::vector<int>& ranks) {
    EinsumParse out;
    auto fail = [&](std::string message) {
        out.error = std::move(message);
        out.canonical.clear();
        return out;
    };
    const int nop = static_cast<int>(ranks.size());
    std::array<int, 128> counts{};
    std::vector<std::vector<char>> labels(static_cast<size_t>(nop));
    std::vector<int> broadcast(static_cast<size_t>(nop), 0);
    size_t pos = 0;
    for (int iop = 0; iop < nop; ++iop) {
        size_t end = pos;
        while (end < s.size() && s[end] != ',' && s[end] != '-') ++end;
        auto& ls = labels[static_cast<size_t>(iop)];
        int ellipsis = -1;
        for (size_t i = pos; i < end; ++i) {
            const char c = s[i];
            if (is_letter(c)) {
                if (static_cast<int>(ls.size()) >= ranks[static_cast<size_t>(iop)])
                    return fail(fmt::format("einstein sum subscripts string contains too many subscripts for operand {}", iop));
                ls.push_back(c);
                ++counts[static_cast<unsigned char>(c)];
            } else if (c == '.') {
                if (ellipsis != -1 || i + 2 >= end || s[++i] != '.' || s[++i] != '.')
                    return fail(fmt::format("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand {}", iop));
                ellipsis = static_cast<int>(ls.size());
            } else if (c != ' ') {
                return fail(fmt::format("invalid subscript '{}' in einstein sum subscripts string, subscripts must be letters", shown_char(s, i)));
            }
        }
        const int missing = ranks[static_cast<size_t>(iop)] - static_cast<int>(ls.size());
        if (ellipsis == -1 && missing != 0)
            return fail("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        if (ellipsis != -1) ls.insert(ls.begin() + ellipsis, static_cast<size_t>(missing), '\0');
        broadcast[static_cast<size_t>(iop)] = ellipsis == -1 ? 0 : missing;
        pos = end;
        if (iop < nop - 1) {
            if (pos >= s.size() || s[pos] != ',')
                return fail("fewer operands provided to einstein sum function than specified in the subscripts string");
            ++pos;
        }
    }
    if (pos < s.size() && s[pos] == ',') return fail("more operands provided to einstein sum function than specified in the subscripts string");
    const int nbroadcast = nop == 0 ? 0 : *std::max_element(broadcast.begin(), broadcast.end());
    std::vector<char> output;
    if (pos == s.size()) {
        output.assign(static_cast<size_t>(nbroadcast), '\0');
        for (int c = 0; c < 128; ++c)
            if (counts[static_cast<size_t>(c)] == 1) output.push_back(static_cast<char>(c));
    } else {
        if (s[pos] != '-' || pos + 1 >= s.size() || s[pos + 1] != '>')
            return fail("einstein sum subscript string does not contain proper '->' output specified");
        int ellipsis = -1;
        for (size_t i = pos + 2; i < s.size(); ++i) {
            const char c = s[i];
            if (is_letter(c)) {
                if (s.find(c, i + 1) != std::string::npos)
                    return fail(fmt::format("einstein sum subscripts string includes output subscript '{}' multiple times", c));
                if (counts[static_cast<unsigned char>(c)] == 0)
                    return fail(fmt::format("einstein sum subscripts string included output subscript '{}' which never appeared in an input", c));
                output.push_back(c);
            } else if (c == '.') {
                if (ellipsis != -1 || i + 2 >= s.size() || s[++i] != '.' || s[++i] != '.')
                    return fail("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
                ellipsis = static_cast<int>(output.size());
            } else if (c != ' ') {
                return fail(fmt::format("invalid subscript '{}' in einstein sum subscripts string, subscripts must be letters", shown_char(s, i)));
            }
        }
        if (ellipsis == -1 && nbroadcast > 0)
            return fail("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        if (ellipsis != -1) output.insert(output.begin() + ellipsis, static_cast<size_t>(nbroadcast), '\0');
    }
    // The broadcast dimensions get letters the string does not use, shared right-aligned.
    std::string fresh;
    for (char c = 'a'; c <= 'z' && static_cast<int>(fresh.size()) < nbroadcast; ++c)
        if (counts[static_cast<unsigned char>(c)] == 0) fresh += c;
    for (char c = 'A'; c <= 'Z' && static_cast<int>(fresh.size()) < nbroadcast; ++c)
        if (counts[static_cast<unsigned char>(c)] == 0) fresh += c;
    if (static_cast<int>(fresh.size()) < nbroadcast) return fail("py2cpp: the subscripts leave too few letters unused to name the '...' dimensions");
    auto spell = [&](const std::vector<char>& ls, int nb) {
        std::string text;
        int k = 0;
        for (char c : ls) text += c != '\0' ? c : fresh[static_cast<size_t>(nbroadcast - nb + k++)];
        return text;
    };
    for (int iop = 0; iop < nop; ++iop)
        out.canonical += (iop ? "," : "") + spell(labels[static_cast<size_t>(iop)], broadcast[static_cast<size_t>(iop)]);
    out.canonical += "->" + spell(output, nbroadcast);
    out.output_rank = static_cast<int>(output.size());
    return out;
}

}  // namespace py2cpp
