// Unit tests of mapping-table result rules (mapping/result_rules): how library calls are typed.
#include <gtest/gtest.h>

#include <map>

#include "mapping/result_rules.hpp"

using namespace py2cpp;

namespace {

// A lookup over fixed argument types, one per parameter.
ParamTypeLookup args(std::map<std::string, Type> types) {
    return [types](const std::string& name) {
        auto it = types.find(name);
        return it == types.end() ? std::vector<Type>{} : std::vector<Type>{it->second};
    };
}

const Type f64_1 = Type::array(DType::Float64, 1);
const Type f64_2 = Type::array(DType::Float64, 2);
const Type i64_1 = Type::array(DType::Int64, 1);
const Type i32_2 = Type::array(DType::Int32, 2);

}  // namespace

TEST(ResultRules, ChecksRulesAgainstParameters) {
    EXPECT_FALSE(check_result_rule("float:x,y", {"x", "y"}).has_value());
    EXPECT_FALSE(check_result_rule("array:dtype(dtype,a):len(shape)", {"a", "dtype", "shape"}).has_value());
    EXPECT_FALSE(check_result_rule("promote:a,b@2", {"a", "b"}).has_value());
    EXPECT_TRUE(check_result_rule("float:x,z", {"x"}).has_value());
    EXPECT_TRUE(check_result_rule("flaot:x", {"x"}).has_value());
    EXPECT_TRUE(check_result_rule("array:float64:many", {"x"}).has_value());
    EXPECT_TRUE(check_result_rule("array:dtype(q):1", {"x"}).has_value());
    EXPECT_FALSE(check_result_rule("array:bool:max(rank(a),len(b))", {"a", "b"}).has_value());
    EXPECT_TRUE(check_result_rule("array:bool:max(rank(a),rank(c))", {"a", "b"}).has_value());
    EXPECT_FALSE(check_result_rule("tuple:array:dtype(a):1;array:int64:1", {"a"}).has_value());
    EXPECT_FALSE(check_result_rule("tuple:rank(a)*array:int64:1", {"a"}).has_value());
    EXPECT_TRUE(check_result_rule("tuple:rank(b)*array:int64:1", {"a"}).has_value());
    EXPECT_TRUE(check_result_rule("tuple:array:dtype(a):1;flaot:a", {"a"}).has_value());
}

TEST(ResultRules, TuplesAndLargestRanks) {
    const Type t3 = Type::array(DType::Float32, 3);
    EXPECT_EQ(*evaluate_result_rule("array:bool:max(rank(a),rank(b))", args({{"a", f64_1}, {"b", t3}})), Type::array(DType::Bool, 3));
    EXPECT_EQ(*evaluate_result_rule("array:bool:max(rank(a),rank(b))", args({{"a", f64_2}, {"b", Type::floating()}})),
              Type::array(DType::Bool, 2));
    EXPECT_EQ(*evaluate_result_rule("array:dtype(a):max(rank(a),len(r))",
                                    args({{"a", f64_1}, {"r", Type::tuple({Type::integer(), Type::integer(), Type::integer()})}})),
              Type::array(DType::Float64, 3));
    // np.unique(a, return_counts=True), np.nonzero(a)
    EXPECT_EQ(*evaluate_result_rule("tuple:array:dtype(a):1;array:int64:1", args({{"a", i32_2}})),
              Type::tuple({Type::array(DType::Int32, 1), i64_1}));
    EXPECT_EQ(*evaluate_result_rule("tuple:rank(a)*array:int64:1", args({{"a", t3}})), Type::tuple({i64_1, i64_1, i64_1}));
    EXPECT_FALSE(evaluate_result_rule("tuple:rank(a)*array:int64:1", args({{"a", Type::floating()}})).has_value());
    // np.average(a, axis, weights): the promoted float dtype, one axis fewer
    EXPECT_EQ(*evaluate_result_rule("float:a,w@rank(a)-1", args({{"a", Type::array(DType::Int32, 3)}, {"w", i64_1}})), f64_2);
    EXPECT_EQ(*evaluate_result_rule("float:a,w@rank(a)-1", args({{"a", i64_1}, {"w", i64_1}})), Type::floating());
    EXPECT_FALSE(check_result_rule("float:a,w@rank(a)-1", {"a", "w"}).has_value());
    EXPECT_TRUE(check_result_rule("float:a,w@rank(b)-1", {"a", "w"}).has_value());
    // numpy.linalg over stacks: det drops the two matrix axes, a float32 stack stays float32
    EXPECT_EQ(*evaluate_result_rule("float:a@rank(a)-2", args({{"a", Type::array(DType::Float32, 4)}})), Type::array(DType::Float32, 2));
    EXPECT_EQ(*evaluate_result_rule("float:a@rank(a)-2", args({{"a", i32_2}})), Type::floating());
    EXPECT_FALSE(evaluate_result_rule("float:a@rank(a)-2", args({{"a", f64_1}})).has_value());
    EXPECT_EQ(*evaluate_result_rule("array:int64:rank(a)+12", args({{"a", f64_1}})), Type::array(DType::Int64, 13));
    EXPECT_FALSE(check_result_rule("float:a@rank(a)-2", {"a"}).has_value());
    EXPECT_FALSE(evaluate_result_rule("float:a@rank(a)-x", args({{"a", f64_2}})).has_value());
    // np.linalg.multi_dot: a vector first/last drops an axis; middles must be matrices; dtypes promote
    const Type chain = Type::tuple({f64_1, i32_2, Type::array(DType::Float32, 2)});
    EXPECT_EQ(*evaluate_result_rule("multi_dot:p", args({{"p", chain}})), f64_1);
    EXPECT_EQ(*evaluate_result_rule("multi_dot:p", args({{"p", Type::tuple({f64_1, f64_2, f64_1})}})), Type::floating());
    EXPECT_EQ(*evaluate_result_rule("multi_dot:p", args({{"p", Type::tuple({i32_2, i32_2})}})), i32_2);
    EXPECT_FALSE(evaluate_result_rule("multi_dot:p", args({{"p", Type::tuple({f64_2, f64_1, f64_2})}})).has_value());
    EXPECT_FALSE(evaluate_result_rule("multi_dot:p", args({{"p", Type::tuple({f64_2})}})).has_value());
    EXPECT_EQ(*evaluate_result_rule("meshgrid:x", args({{"x", f64_1}})), Type::list(f64_1));
}

TEST(ResultRules, ElementWiseRulesFollowNumpy) {
    EXPECT_EQ(*evaluate_result_rule("float:x", args({{"x", i64_1}})), f64_1);  // np.sqrt of ints
    EXPECT_EQ(*evaluate_result_rule("float:x", args({{"x", Type::integer()}})), Type::floating());
    EXPECT_EQ(*evaluate_result_rule("promote:x,y", args({{"x", i32_2}, {"y", Type::integer()}})), i32_2);
    EXPECT_EQ(*evaluate_result_rule("promote:x,y", args({{"x", i64_1}, {"y", f64_2}})), f64_2);
    EXPECT_EQ(*evaluate_result_rule("bool:x", args({{"x", f64_2}})), Type::array(DType::Bool, 2));
    // np.where: the condition widens the rank without taking part in the dtype.
    EXPECT_EQ(*evaluate_result_rule("promote:x,y|c", args({{"c", Type::array(DType::Bool, 2)}, {"x", Type::floating()},
                                                         {"y", Type::integer()}})),
              f64_2);
}

// real:P gives the parts of complex values (np.abs, .real, np.angle); real values keep their type.
TEST(ResultRules, RealPartsOfComplexValues) {
    const Type c64_2 = Type::array(DType::Complex64, 2), c128_1 = Type::array(DType::Complex128, 1);
    EXPECT_EQ(*evaluate_result_rule("real:x", args({{"x", c64_2}})), Type::array(DType::Float32, 2));
    EXPECT_EQ(*evaluate_result_rule("real:x", args({{"x", c128_1}})), f64_1);
    EXPECT_EQ(*evaluate_result_rule("real:x", args({{"x", Type::complex()}})), Type::floating());
    EXPECT_EQ(*evaluate_result_rule("real:x", args({{"x", i64_1}})), i64_1);
    EXPECT_EQ(*evaluate_result_rule("float:x", args({{"x", c64_2}})), c64_2);  // np.exp keeps complex64
    EXPECT_EQ(*evaluate_result_rule("sum:a", args({{"a", c128_1}})), Type::complex());
    EXPECT_EQ(*evaluate_result_rule("dot:a,b", args({{"a", c128_1}, {"b", f64_1}})), Type::complex());
    EXPECT_FALSE(check_result_rule("real:x", {"x"}).has_value());
}

TEST(ResultRules, ReductionsAndProducts) {
    EXPECT_EQ(*evaluate_result_rule("sum:a", args({{"a", Type::array(DType::Bool, 1)}})), Type::integer());
    EXPECT_EQ(*evaluate_result_rule("elem:a", args({{"a", f64_2}})), Type::floating());
    EXPECT_EQ(*evaluate_result_rule("reduce_sum:a", args({{"a", i32_2}})), i64_1);
    EXPECT_EQ(*evaluate_result_rule("reduce_float:a", args({{"a", i32_2}})), f64_1);
    EXPECT_EQ(*evaluate_result_rule("reduce:a", args({{"a", f64_1}})), Type::floating());
    EXPECT_EQ(*evaluate_result_rule("matmul:a,b", args({{"a", f64_2}, {"b", f64_1}})), f64_1);
    EXPECT_EQ(*evaluate_result_rule("matmul:a,b", args({{"a", f64_1}, {"b", i64_1}})), Type::floating());
    EXPECT_EQ(*evaluate_result_rule("promote:a,b@2", args({{"a", f64_1}, {"b", f64_1}})), f64_2);
    EXPECT_EQ(*evaluate_result_rule("shape:a", args({{"a", f64_2}})), Type::tuple({Type::integer(), Type::integer()}));
}

TEST(ResultRules, CreationRulesReadDtypesAndShapes) {
    const Type pair = Type::tuple({Type::integer(), Type::integer()});
    EXPECT_EQ(*evaluate_result_rule("array:dtype(dtype):len(shape)", args({{"shape", pair}, {"dtype", Type::none()}})), f64_2);
    EXPECT_EQ(*evaluate_result_rule("array:dtype(dtype):len(shape)", args({{"shape", Type::integer()},
                                                                          {"dtype", Type::dtype_object(DType::Int32)}})),
              Type::array(DType::Int32, 1));
    EXPECT_EQ(*evaluate_result_rule("array:dtype(dtype,v):len(s)", args({{"s", Type::integer()}, {"v", Type::integer()}})), i64_1);
    EXPECT_EQ(*evaluate_result_rule("array:dtype(o):rank(o)", args({{"o", Type::list(Type::list(Type::floating()))}})), f64_2);
    EXPECT_EQ(*evaluate_result_rule("array:dtype(a):rank(a)+1", args({{"a", f64_1}})), f64_2);
}

TEST(ResultRules, ConversionsOfOperands) {
    auto c = operand_conversion("float:x,y", args({{"x", i64_1}, {"y", Type::integer()}}));
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->common, f64_1);
    EXPECT_EQ(c->params, (std::vector<std::string>{"x", "y"}));
    EXPECT_FALSE(operand_conversion("same:x", args({{"x", f64_1}})).has_value());
}
