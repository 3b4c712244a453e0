// Unit tests of the type lattice and the signature type parser (ir/types).
#include <gtest/gtest.h>

#include "ir/types.hpp"

using namespace py2cpp;

TEST(Types, NumericJoinFollowsPythonPromotion) {
    EXPECT_EQ(*join_types(Type::boolean(), Type::integer()), Type::integer());
    EXPECT_EQ(*join_types(Type::integer(), Type::floating()), Type::floating());
    EXPECT_EQ(*join_types(Type::floating(), Type::boolean()), Type::floating());
    EXPECT_FALSE(join_types(Type::str(), Type::integer()).has_value());
}

TEST(Types, NoneJoinsAValueAsOptional) {
    const Type opt_float = Type::optional(Type::floating());
    EXPECT_EQ(*join_types(Type::none(), Type::floating()), opt_float);
    EXPECT_EQ(*join_types(Type::floating(), Type::none()), opt_float);
    EXPECT_EQ(*join_types(Type::optional(Type::integer()), Type::floating()), opt_float);  // the value promotes inside
    EXPECT_EQ(*join_types(opt_float, Type::none()), opt_float);
    EXPECT_EQ(*join_types(Type::none(), Type::none()), Type::none());
    EXPECT_FALSE(join_types(Type::optional(Type::str()), Type::integer()).has_value());
    EXPECT_EQ(Type::optional(Type::none()), Type::none());  // Optional[None] is None
    EXPECT_EQ(Type::optional(opt_float), opt_float);        // and never nested
    EXPECT_EQ(opt_float.to_string(), "float | None");
    EXPECT_TRUE(assignable(Type::none(), opt_float));
    EXPECT_TRUE(assignable(Type::integer(), opt_float));
    EXPECT_TRUE(assignable(Type::optional(Type::integer()), opt_float));
    EXPECT_FALSE(assignable(opt_float, Type::floating()));
    EXPECT_FALSE(assignable(Type::str(), opt_float));
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

// NumPy 1.24's promotion table (np.promote_types) and its rules for Python scalars with arrays.
TEST(NumpyTypes, PromotesDtypesLikeNumpy) {
    EXPECT_EQ(promote_dtypes(DType::Int32, DType::UInt32), DType::Int64);
    EXPECT_EQ(promote_dtypes(DType::Int64, DType::UInt32), DType::Int64);
    EXPECT_EQ(promote_dtypes(DType::Int32, DType::Int64), DType::Int64);
    EXPECT_EQ(promote_dtypes(DType::Float32, DType::Int32), DType::Float64);
    EXPECT_EQ(promote_dtypes(DType::Float32, DType::Float64), DType::Float64);
    EXPECT_EQ(promote_dtypes(DType::Bool, DType::Float32), DType::Float32);
    EXPECT_EQ(promote_dtypes(DType::Bool, DType::Bool), DType::Bool);
}

TEST(NumpyTypes, PythonScalarsOnlyRaiseTheKind) {
    const Type i32 = Type::array(DType::Int32, 1), f32 = Type::array(DType::Float32, 2);
    EXPECT_EQ(*numpy_result_type({i32, Type::integer()}), i32);  // int32_array + 1 stays int32
    EXPECT_EQ(*numpy_result_type({i32, Type::floating()}), Type::array(DType::Float64, 1));
    EXPECT_EQ(*numpy_result_type({f32, Type::floating()}), f32);
    EXPECT_EQ(*numpy_result_type({Type::array(DType::Bool, 1), Type::integer()}), Type::array(DType::Int64, 1));
    EXPECT_EQ(*numpy_result_type({Type::array(DType::Float64, 1), f32}), Type::array(DType::Float64, 2));
    EXPECT_EQ(*numpy_result_type({Type::integer(), Type::floating()}), Type::floating());  // Python's rule
    EXPECT_FALSE(numpy_result_type({Type::str(), i32}).has_value());
}

// complex64 holds bool and float32 exactly; every other mix with a complex dtype is complex128, and
// a Python complex with a float32 (or complex64) array is complex64 (NumPy 1.24's value-based casting).
TEST(NumpyTypes, PromotesComplexDtypesLikeNumpy) {
    EXPECT_EQ(promote_dtypes(DType::Complex64, DType::Float32), DType::Complex64);
    EXPECT_EQ(promote_dtypes(DType::Bool, DType::Complex64), DType::Complex64);
    EXPECT_EQ(promote_dtypes(DType::Complex64, DType::Float64), DType::Complex128);
    EXPECT_EQ(promote_dtypes(DType::Int32, DType::Complex64), DType::Complex128);
    EXPECT_EQ(promote_dtypes(DType::Complex64, DType::Complex128), DType::Complex128);
    EXPECT_EQ(promote_dtypes(DType::Int64, DType::Complex128), DType::Complex128);
    const Type f32 = Type::array(DType::Float32, 1), c64 = Type::array(DType::Complex64, 1);
    EXPECT_EQ(*numpy_result_type({f32, Type::complex()}), c64);
    EXPECT_EQ(*numpy_result_type({c64, Type::floating()}), c64);
    EXPECT_EQ(*numpy_result_type({c64, Type::complex()}), c64);
    EXPECT_EQ(*numpy_result_type({Type::array(DType::Int32, 2), Type::complex()}), Type::array(DType::Complex128, 2));
    EXPECT_EQ(*numpy_result_type({Type::array(DType::Bool, 1), Type::complex()}), Type::array(DType::Complex128, 1));
    EXPECT_EQ(to_inexact(c64), c64);
    EXPECT_EQ(element_type(DType::Complex64), Type::complex());
    EXPECT_EQ(real_part_dtype(DType::Complex64), DType::Float32);
    EXPECT_EQ(real_part_dtype(DType::Complex128), DType::Float64);
    EXPECT_EQ(*dtype_from_name("complex64"), DType::Complex64);
    EXPECT_EQ(cpp_element_type(DType::Complex64), "std::complex<float>");
    // Real numbers and arrays are "numeric" (what the real table patterns take); complex ones are not.
    EXPECT_FALSE(c64.is_numeric());
    EXPECT_TRUE(c64.is_numeric_or_complex());
    EXPECT_TRUE(c64.is_complex_array());
}

TEST(NumpyTypes, InexactAndElementTypes) {
    EXPECT_EQ(to_inexact(Type::array(DType::Int64, 2)), Type::array(DType::Float64, 2));
    EXPECT_EQ(to_inexact(Type::array(DType::Float32, 1)), Type::array(DType::Float32, 1));
    EXPECT_EQ(to_inexact(Type::integer()), Type::floating());
    EXPECT_EQ(element_type(DType::UInt32), Type::integer());
    EXPECT_EQ(element_type(DType::Float32), Type::floating());
    EXPECT_EQ(with_dtype(Type::array(DType::Float64, 2), DType::Bool), Type::array(DType::Bool, 2));
    EXPECT_EQ(with_dtype(Type::floating(), DType::Bool), Type::boolean());
}

TEST(NumpyTypes, ParsesArrayAndDtypeSpellings) {
    EXPECT_EQ(*parse_type_name("ndarray[int32, 2]"), Type::array(DType::Int32, 2));
    EXPECT_EQ(*parse_type_name("dtype[float32]"), Type::dtype_object(DType::Float32));
    EXPECT_EQ(Type::array(DType::Float64, 1).to_string(), "ndarray[float64, 1]");
    EXPECT_FALSE(parse_type_name("ndarray[float64]").has_value());
    // A rank beyond int's range is no type (it threw std::out_of_range: found by fuzz_signature).
    EXPECT_FALSE(parse_type_name("ndarray[int64, 33333333333333333333333333333]").has_value());
}

TEST(ContainerTypes, ParseAndPrintSetsAndCollections) {
    EXPECT_EQ(*parse_type_name("set[int]"), Type::set(Type::integer()));
    EXPECT_EQ(*parse_type_name("frozenset[tuple[int, str]]"), Type::frozenset(Type::tuple({Type::integer(), Type::str()})));
    EXPECT_EQ(*parse_type_name("defaultdict[str, list[int]]"), Type::defaultdict(Type::str(), Type::list(Type::integer())));
    EXPECT_EQ(*parse_type_name("Counter[str]"), Type::counter(Type::str()));
    EXPECT_EQ(Type::counter(Type::str()).to_string(), "Counter[str]");
    EXPECT_TRUE(hashable(Type::frozenset(Type::integer())));
    EXPECT_FALSE(hashable(Type::set(Type::integer())));
    EXPECT_FALSE(hashable(Type::tuple({Type::integer(), Type::list(Type::integer())})));
    // A set joins with a set (member types widen), never with a frozenset or a list.
    EXPECT_EQ(*join_types(Type::set(Type::integer()), Type::set(Type::floating())), Type::set(Type::floating()));
    EXPECT_FALSE(join_types(Type::set(Type::integer()), Type::frozenset(Type::integer())).has_value());
    EXPECT_FALSE(join_types(Type::counter(Type::str()), Type::dict(Type::str(), Type::integer())).has_value());
    EXPECT_EQ(*item_type(Type::counter(Type::str())), Type::str());
}
