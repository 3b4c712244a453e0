// Unit tests of type inference: specialization, promotion, variable versions, recursion.
#include <gtest/gtest.h>

#include "transpiler_test_util.hpp"

using namespace py2cpp;
using namespace py2cpp::testing;

TEST(Infer, OneSpecializationPerArgumentTypeTuple) {
    auto ir = ir_of("def sq(x):\n    return x * x\n\ndef f(a: int, b: float) -> float:\n    return sq(a) + sq(b)\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    EXPECT_EQ(function_of(ir, "sq", {"int"})["returns"], "int");
    EXPECT_EQ(function_of(ir, "sq", {"float"})["returns"], "float");
}

TEST(Infer, TrueDivisionIsFloatAndFloorDivisionKeepsInt) {
    auto ir = ir_of("def f(a: int, b: int):\n    return a / b, a // b, a % b, a ** 2, a ** -1\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    EXPECT_EQ(function_of(ir, "f", {"int", "int"})["returns"], "tuple[float, int, int, int, float]");
}

TEST(Infer, VariableWidenedInsideLoopBecomesFloatFromTheStart) {
    auto ir = ir_of("def f(n: int):\n    s = 0\n    for i in range(n):\n        s = s + 0.5\n    return s\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    auto f = function_of(ir, "f", {"int"});
    EXPECT_EQ(f["returns"], "float");
    EXPECT_EQ(f["body"][0]["stmt"], "Assign");
    EXPECT_EQ(f["body"][0]["value"]["type"], "float");  // `s = 0` became `s = 0.0`
}

TEST(Infer, StraightLineTypeChangeStartsANewVariable) {
    auto ir = ir_of("def f(a: int):\n    x = a\n    print(x)\n    x = a + 0.5\n    return x\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    auto body = function_of(ir, "f", {"int"})["body"];
    EXPECT_EQ(body[0]["target"], "x");
    EXPECT_EQ(body[2]["target"], "x_1");
    EXPECT_EQ(body[2]["value"]["type"], "float");
}

TEST(Infer, RecursionSettlesOnAFixedPoint) {
    auto ir = ir_of("def fib(n: int):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    EXPECT_EQ(function_of(ir, "fib", {"int"})["returns"], "int");
}

TEST(Infer, MutualRecursionSettles) {
    auto ir = ir_of("def even(n: int) -> bool:\n    return True if n == 0 else odd(n - 1)\n\n"
                    "def odd(n):\n    return False if n == 0 else even(n - 1)\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    EXPECT_EQ(function_of(ir, "odd", {"int"})["returns"], "bool");
}

TEST(Infer, ConflictingTypesInALoopAreADiagnostic) {
    auto r = transpile_source("def f(n: int):\n    x = 'a'\n    for i in range(n):\n        x = 1\n    return x\n");
    ASSERT_FALSE(r.project);
    EXPECT_NE(r.diagnostics.find("case.py:4:9: error: variable 'x' is assigned a value of type int here but holds a str"), std::string::npos)
        << r.diagnostics;
}

TEST(Infer, DefaultsAndKeywordsBindLikePython) {
    auto ir = ir_of("def g(a, b=2, c=0.5):\n    return a + b + c\n\ndef f(x: int):\n    return g(x, c=1)\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    EXPECT_EQ(function_of(ir, "g", {"int", "int", "int"})["returns"], "int");
}

TEST(Infer, WrongArgumentsGetPythonsMessages) {
    auto r = transpile_source("def g(a, b):\n    return a\n\ndef f(x: int):\n    return g(x) + g(x, 1, 2) + g(x, d=1)\n");
    ASSERT_FALSE(r.project);
    EXPECT_NE(r.diagnostics.find("g() missing 1 required positional argument: 'b'"), std::string::npos) << r.diagnostics;
    EXPECT_NE(r.diagnostics.find("g() takes 2 positional arguments but 3 were given"), std::string::npos) << r.diagnostics;
    EXPECT_NE(r.diagnostics.find("g() got an unexpected keyword argument 'd'"), std::string::npos) << r.diagnostics;
}

TEST(Infer, SignaturesFromPythranCommentsAndSigOption) {
    auto r = transpile_source("#pythran export f(int)\n#pythran export f(float)\ndef f(x):\n    return x + 1\n");
    ASSERT_TRUE(r.project) << r.diagnostics;
    auto ir = nlohmann::json::parse(r.ir_json);
    EXPECT_FALSE(function_of(ir, "f", {"int"}).is_null());
    EXPECT_FALSE(function_of(ir, "f", {"float"}).is_null());
    auto s = transpile_source("def f(x):\n    return x + 1\n", "sig", {"f(bool)"});
    ASSERT_TRUE(s.project) << s.diagnostics;
    EXPECT_EQ(function_of(nlohmann::json::parse(s.ir_json), "f", {"bool"})["returns"], "int");
}

TEST(Infer, UnknownLibraryFunctionSuggestsASpelling) {
    auto r = transpile_source("import math\n\ndef f(x: float):\n    return math.sqr(x)\n");
    ASSERT_FALSE(r.project);
    EXPECT_NE(r.diagnostics.find("error: unknown library function 'math.sqr'"), std::string::npos) << r.diagnostics;
    EXPECT_NE(r.diagnostics.find("did you mean 'math.sqrt'?"), std::string::npos) << r.diagnostics;
}

TEST(Infer, MathFunctionsAcceptIntsByConverting) {
    auto ir = ir_of("import math\n\ndef f(n: int):\n    return math.sqrt(n)\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    auto ret = function_of(ir, "f", {"int"})["body"][0]["value"];
    EXPECT_EQ(ret["type"], "float");
    EXPECT_EQ(ret["args"]["x"][0]["node"], "Cast");
}

TEST(Infer, SideEffectsAreSequencedLeftToRightButPureCallsAreNot) {
    auto ir = ir_of("def noisy(x):\n    print(x)\n    return x\n\ndef quiet(x):\n    return x * 2\n\n"
                    "def f(a: int):\n    return noisy(a) + noisy(a + 1), quiet(a) + quiet(a + 1)\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    auto ret = function_of(ir, "f", {"int"})["body"][0]["value"];
    EXPECT_EQ(ret["elements"][0]["node"], "Let");     // noisy(a) is evaluated first, into a temporary
    EXPECT_EQ(ret["elements"][1]["node"], "Binary");  // quiet() has no effects: left as written
}

TEST(Infer, IntLiteralArithmeticIsFoldedIn64Bits) {
    auto ir = ir_of("def f() -> int:\n    return 1000000007 * 998244353\n");
    ASSERT_FALSE(ir.contains("error")) << ir["error"];
    EXPECT_EQ(function_of(ir, "f", {})["body"][0]["value"]["value"], 998244359987710471LL);
    auto r = transpile_source("def f() -> int:\n    return 2 ** 64\n");
    ASSERT_FALSE(r.project);
    EXPECT_NE(r.diagnostics.find("integer constant expression does not fit in 64 bits"), std::string::npos) << r.diagnostics;
}
