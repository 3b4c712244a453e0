// Unit tests of the result rules that read constant arguments (mapping/constant_rules): NumPy's
// einsum parse (the explicit forms the runtime receives, '...' letters, the errors' order) and the
// table patterns P&Q, number_list and str:V1|V2; itertools' tuples:/product: and the generator patterns.
#include <gtest/gtest.h>

#include "mapping/constant_rules.hpp"
#include "mapping/mapping_table.hpp"

using namespace py2cpp;

TEST(EinsumParse, ExplicitAndImplicitForms) {
    EXPECT_EQ(parse_einsum_subscripts("ij,jk->ik", {2, 2}).canonical, "ij,jk->ik");
    EXPECT_EQ(parse_einsum_subscripts("ij,jk", {2, 2}).canonical, "ij,jk->ik");
    EXPECT_EQ(parse_einsum_subscripts("ii", {2}).canonical, "ii->");
    EXPECT_EQ(parse_einsum_subscripts("ji", {2}).canonical, "ji->ij");  // implicit: letters in code order
    EXPECT_EQ(parse_einsum_subscripts("Ba,aA", {2, 2}).canonical, "Ba,aA->AB");
    EXPECT_EQ(parse_einsum_subscripts(" i j -> j i ", {2}).canonical, "ij->ji");
    auto p = parse_einsum_subscripts("bij,bjk->bik", {3, 3});
    EXPECT_EQ(p.output_rank, 3);
    EXPECT_EQ(parse_einsum_subscripts("i,i->", {1, 1}).output_rank, 0);
}

TEST(EinsumParse, EllipsisDimensionsGetUnusedLettersAlignedRight) {
    // Broadcast dimensions first in the implicit output; 'a' is used, so they are b, c.
    EXPECT_EQ(parse_einsum_subscripts("...a,a", {3, 1}).canonical, "bca,a->bc");
    EXPECT_EQ(parse_einsum_subscripts("...ij,...jk->...ik", {4, 3}).canonical, "abij,bjk->abik");
    EXPECT_EQ(parse_einsum_subscripts("i...", {1}).canonical, "i->i");  // an empty ellipsis
    EXPECT_EQ(parse_einsum_subscripts("...i,...i->...", {2, 2}).output_rank, 1);
}

TEST(EinsumParse, NumpysMessagesInNumpysOrder) {
    EXPECT_EQ(parse_einsum_subscripts("ij", {1}).error, "einstein sum subscripts string contains too many subscripts for operand 0");
    EXPECT_EQ(parse_einsum_subscripts("i", {2}).error,
              "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
    EXPECT_EQ(parse_einsum_subscripts("ij->", {2, 2}).error,
              "fewer operands provided to einstein sum function than specified in the subscripts string");
    EXPECT_EQ(parse_einsum_subscripts("i,j", {1}).error, "more operands provided to einstein sum function than specified in the subscripts string");
    EXPECT_EQ(parse_einsum_subscripts("i-", {1}).error, "einstein sum subscript string does not contain proper '->' output specified");
    EXPECT_EQ(parse_einsum_subscripts("i->ii", {1}).error, "einstein sum subscripts string includes output subscript 'i' multiple times");
    EXPECT_EQ(parse_einsum_subscripts("i->j", {1}).error, "einstein sum subscripts string included output subscript 'j' which never appeared in an input");
    EXPECT_EQ(parse_einsum_subscripts("i2", {2}).error, "invalid subscript '2' in einstein sum subscripts string, subscripts must be letters");
    EXPECT_EQ(parse_einsum_subscripts("..i", {1}).error,
              "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand 0");
    EXPECT_EQ(parse_einsum_subscripts("...i->i", {2}).error,
              "output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
    EXPECT_TRUE(parse_einsum_subscripts("ij->..", {2}).canonical.empty());
}

TEST(ConstantRules, CheckedAgainstParameters) {
    EXPECT_FALSE(check_constant_rule("einsum:s,ops", {"s", "ops"}));
    EXPECT_FALSE(check_constant_rule("tensordot:a,b,axes", {"a", "b", "axes"}));
    EXPECT_TRUE(check_constant_rule("einsum:s", {"s"}));
    EXPECT_TRUE(check_constant_rule("tensordot:a,b,c", {"a", "b"}));
    EXPECT_TRUE(is_constant_rule("einsum:s,ops"));
    EXPECT_FALSE(is_constant_rule("promote:a,b"));
}

// The array patterns take real arrays; the any_ forms and complex_array take complex ones.
TEST(Patterns, ComplexArraysOnlyWhereAnEntryOptsIn) {
    const Type c128 = Type::array(DType::Complex128, 1), c64_2 = Type::array(DType::Complex64, 2), f64 = Type::array(DType::Float64, 1);
    for (const char* real : {"array", "array1", "numeric", "nonbool_array", "float_array"}) EXPECT_FALSE(pattern_accepts(real, c128, true)) << real;
    EXPECT_FALSE(pattern_accepts("matrices", c64_2, true));
    EXPECT_FALSE(pattern_accepts("arrays", Type::tuple({f64, c128}), true));
    EXPECT_TRUE(pattern_accepts("any_array", c128, true));
    EXPECT_TRUE(pattern_accepts("any_array1", c128, true));
    EXPECT_FALSE(pattern_accepts("any_array2", c128, true));
    EXPECT_TRUE(pattern_accepts("any_matrices", c64_2, true));
    EXPECT_TRUE(pattern_accepts("any_numeric", c128, true));
    EXPECT_TRUE(pattern_accepts("any_numeric", Type::complex(), true));
    EXPECT_TRUE(pattern_accepts("any_arrays", Type::tuple({f64, c128}), true));
    EXPECT_TRUE(pattern_accepts("any_array", f64, true));
    EXPECT_TRUE(pattern_accepts("complex_array", c64_2, true));
    EXPECT_FALSE(pattern_accepts("complex_array", f64, true));
    EXPECT_TRUE(is_known_pattern("any_array2"));
    EXPECT_TRUE(is_known_pattern("complex_array"));
}

TEST(Patterns, BothNumberListAndConstantChoices) {
    const Type i64_1 = Type::array(DType::Int64, 1), i64_2 = Type::array(DType::Int64, 2), f64_1 = Type::array(DType::Float64, 1);
    EXPECT_TRUE(is_known_pattern("array1&int_array"));
    EXPECT_FALSE(is_known_pattern("array1&nonsense"));
    EXPECT_TRUE(pattern_accepts("array1&int_array", i64_1, true));
    EXPECT_FALSE(pattern_accepts("array1&int_array", i64_2, true));
    EXPECT_FALSE(pattern_accepts("array1&int_array", f64_1, true));
    EXPECT_TRUE(pattern_accepts("number_list", Type::list(Type::integer()), true));
    EXPECT_TRUE(pattern_accepts("number_list", Type::list(Type::list(Type::floating())), true));
    EXPECT_FALSE(pattern_accepts("number_list", Type::list(Type::str()), true));
    EXPECT_FALSE(pattern_accepts("number_list", f64_1, true));
    EXPECT_TRUE(is_known_pattern("str:full|same"));
    EXPECT_FALSE(is_known_pattern("str:"));
    EXPECT_TRUE(pattern_accepts("str:full|same", Type::str(), true));  // the value is checked when binding
    EXPECT_FALSE(pattern_accepts("str:full|same", Type::integer(), true));
}

// itertools: the tuple length of combinations/product comes from an int constant argument.
TEST(ConstantRules, TuplesAndProductReadTheirLengthFromAConstant) {
    EXPECT_TRUE(is_constant_rule("tuples:iterable,r"));
    EXPECT_TRUE(is_constant_rule("product:iterables,repeat"));
    EXPECT_FALSE(check_constant_rule("tuples:iterable,r", {"iterable", "r"}).has_value());
    EXPECT_TRUE(check_constant_rule("tuples:iterable,k", {"iterable", "r"}).has_value());  // unknown parameter
    const SourceLoc loc{};
    std::vector<ir::ExprPtr> pool, count;
    pool.push_back(std::make_unique<ir::Const>(loc, Type::list(Type::integer()), ir::NoneValue{}));
    count.push_back(std::make_unique<ir::Const>(loc, Type::integer(), std::int64_t{3}));
    auto args = [&](const std::string& p) -> std::vector<ir::ExprPtr>* { return p == "iterable" ? &pool : &count; };
    auto out = evaluate_constant_rule("tuples:iterable,r", args, loc);
    ASSERT_TRUE(out.type.has_value());
    EXPECT_EQ(*out.type, Type::generator(Type::tuple({Type::integer(), Type::integer(), Type::integer()})));
    count[0] = std::make_unique<ir::Const>(loc, Type::integer(), std::int64_t{-1});
    out = evaluate_constant_rule("tuples:iterable,r", args, loc);
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->message, "r must be non-negative");
    count[0] = std::make_unique<ir::Const>(loc, Type::integer(), std::int64_t{17});
    EXPECT_TRUE(evaluate_constant_rule("product:iterable,r", args, loc).error.has_value());  // longer than 16
}

TEST(Patterns, GeneratorsAndIterablesOfNumbers) {
    const Type gen = Type::generator(Type::floating());
    EXPECT_TRUE(pattern_accepts("generator", gen, true));
    EXPECT_TRUE(pattern_accepts("iterable", gen, true));
    EXPECT_FALSE(pattern_accepts("reversible", gen, true));  // reversed(g) is Python's TypeError
    EXPECT_TRUE(pattern_accepts("reversible", Type::list(Type::integer()), true));
    EXPECT_TRUE(pattern_accepts("numbers", gen, true));
    EXPECT_FALSE(pattern_accepts("numbers", Type::list(Type::str()), true));
    EXPECT_FALSE(pattern_accepts("numbers", Type::array(DType::Float64, 1), true));
    EXPECT_EQ(parse_type_name("generator[int]"), Type::generator(Type::integer()));
}
