// Unit tests of the type lattice and the signature type parser (ir/types).
#include <gtest/gtest.h>

#include "ir/types.hpp"

using namespace py2cpp;

TEST(Types, NumericJoinFollowsPythonPromotion) {
    EXPECT_EQ(*join_types(Type::boolean(), Type::integer()), Type::integer());
    EXPECT_EQ(*join_types(Type::integer(), Type::floating()), Type::floating());
    EXPECT_EQ(*join_types(Type::floating(), Type::boolean()), Type::floating());
    EXPECT_FALSE(join_types(Type::str(), Type::integer()).has_value());
    EXPECT_FALSE(join_types(Type::none(), Type::floating()).has_value());
}

TEST(Types, UnknownIsNeutral) {
    EXPECT_EQ(*join_types(Type::unknown(), Type::str()), Type::str());
    EXPECT_EQ(*join_types(Type::integer(), Type::unknown()), Type::integer());
    EXPECT_FALSE(Type::tuple({Type::integer(), Type::unknown()}).is_known());
}

TEST(Types, TuplesJoinElementWise) {
    auto a = Type::tuple({Type::integer(), Type::floating()});
    auto b = Type::tuple({Type::floating(), Type::boolean()});
    EXPECT_EQ(*join_types(a, b), Type::tuple({Type::floating(), Type::floating()}));
    EXPECT_FALSE(join_types(a, Type::tuple({Type::integer()})).has_value());
}

TEST(Types, ParsesSignatureSpellings) {
    EXPECT_EQ(*parse_type_name("float"), Type::floating());
    EXPECT_EQ(*parse_type_name(" int64 "), Type::integer());
    EXPECT_EQ(*parse_type_name("tuple[int, tuple[float, str]]"),
              Type::tuple({Type::integer(), Type::tuple({Type::floating(), Type::str()})}));
    EXPECT_EQ(*parse_type_name("float64[:]"), Type::array(DType::Float64, 1));
    EXPECT_EQ(*parse_type_name("float[:,:]"), Type::array(DType::Float64, 2));
    EXPECT_EQ(*parse_type_name("int32[][]"), Type::array(DType::Int32, 2));
    EXPECT_FALSE(parse_type_name("floot").has_value());
    EXPECT_FALSE(parse_type_name("tuple[int, nope]").has_value());
}

TEST(Types, PrintsPythonSpelling) {
    EXPECT_EQ(Type::tuple({Type::integer(), Type::floating()}).to_string(), "tuple[int, float]");
    EXPECT_EQ(Type::array(DType::Float32, 2).to_string(), "ndarray[float32, 2]");
}
