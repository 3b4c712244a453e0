// Unit tests of mapping-table loading and validation (mapping/).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "diag/diagnostics.hpp"
#include "mapping/mapping_table.hpp"

using namespace py2cpp;

namespace {

std::string write_table(const std::string& name, const std::string& json) {
    // One directory per process: ctest runs each test as its own process, in parallel.
    auto dir = std::filesystem::temp_directory_path() / ("py2cpp-unit-mappings-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto path = (dir / name).string();
    std::ofstream(path) << json;
    return path;
}

// The ToolError message of loading `json`, or "" when it loads.
std::string load_error(const std::string& json) {
    MappingTables tables;
    try {
        tables.load_file(write_table("t.json", json));
    } catch (const ToolError& e) {
        return e.message;
    }
    return "";
}

}  // namespace

TEST(MappingTables, LoadsTheShippedTables) {
    MappingTables tables;
    ASSERT_NO_THROW(tables.load_directory(std::string(PY2CPP_SOURCE_DIR) + "/mappings"));
    ASSERT_NE(tables.find_function("math.sqrt"), nullptr);
    ASSERT_NE(tables.find_function("builtins.print"), nullptr);
    ASSERT_NE(tables.find_constant("math.pi"), nullptr);
    EXPECT_TRUE(tables.knows_module("math"));
    EXPECT_TRUE(tables.knows_module("os"));
    EXPECT_FALSE(tables.knows_module("subprocess"));
    // sys.exit never returns; sys.stdout is an object of the library class builtins.TextIOWrapper.
    ASSERT_NE(tables.find_function("sys.exit"), nullptr);
    EXPECT_TRUE(tables.find_function("sys.exit")->noreturn);
    EXPECT_FALSE(tables.find_function("sys.getrecursionlimit")->noreturn);
    ASSERT_NE(tables.find_constant("sys.stdout"), nullptr);
    EXPECT_EQ(tables.find_constant("sys.stdout")->type.class_name, "builtins.TextIOWrapper");
}

TEST(MappingTables, SuggestsSimilarNames) {
    MappingTables tables;
    tables.load_directory(std::string(PY2CPP_SOURCE_DIR) + "/mappings");
    auto similar = tables.similar_names("math.sqr");
    ASSERT_FALSE(similar.empty());
    EXPECT_EQ(similar.front(), "math.sqrt");
}

TEST(MappingTables, AcceptsAWellFormedEntry) {
    EXPECT_EQ(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x", {"name": "k", "default": 2}],
        "cases": [{"when": {"x": "float"}, "result": "promote:x,k", "cpp": "f({x}, {k})"}]}}})J"), "");
}

TEST(MappingTables, RejectsInvalidJsonNamingTheFile) {
    std::string e = load_error("{ not json");
    EXPECT_NE(e.find("t.json"), std::string::npos);
    EXPECT_NE(e.find("not valid JSON"), std::string::npos);
}

// Found by tests/fuzz/fuzz_mapping_table: a number JSON cannot hold (1e999) made the parser throw
// out_of_range, which escaped load_file and terminated the tool.
TEST(MappingTables, RejectsAnOutOfRangeNumberNamingTheFile) {
    std::string e = load_error(R"J({"module": "m", "functions": {"f": {"params": [{"name": "k", "default": 1e999}]}}})J");
    EXPECT_NE(e.find("t.json"), std::string::npos);
    EXPECT_NE(e.find("not valid JSON"), std::string::npos);
}

TEST(MappingTables, RejectsMissingModule) {
    EXPECT_NE(load_error(R"J({"functions": {}})J").find("\"module\""), std::string::npos);
}

TEST(MappingTables, RejectsUnknownPlaceholderNamingTheEntry) {
    std::string e = load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"result": "float", "cpp": "g({y})"}]}}})J");
    EXPECT_NE(e.find("'m.f'"), std::string::npos);
    EXPECT_NE(e.find("{y}"), std::string::npos);
}

TEST(MappingTables, RejectsPlaceholderUsedTwice) {
    EXPECT_NE(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"result": "float", "cpp": "{x} * {x}"}]}}})J").find("twice"), std::string::npos);
}

TEST(MappingTables, RejectsUnknownPatternAndResultRule) {
    EXPECT_NE(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"when": {"x": "floaty"}, "result": "float", "cpp": "f({x})"}]}}})J").find("unknown pattern"), std::string::npos);
    EXPECT_NE(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"result": "same:y", "cpp": "f({x})"}]}}})J").find("result rule"), std::string::npos);
}

TEST(MappingTables, RejectsEntryWithoutCases) {
    EXPECT_NE(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"]}}})J").find("cases"), std::string::npos);
}

TEST(MappingTables, PatternsCoerceLikePython) {
    EXPECT_TRUE(pattern_accepts("float", Type::integer(), true));
    EXPECT_EQ(pattern_target_type("float", Type::integer()), Type::floating());
    EXPECT_TRUE(pattern_accepts("int", Type::boolean(), true));
    EXPECT_FALSE(pattern_accepts("int", Type::floating(), true));
    EXPECT_TRUE(pattern_accepts("default", Type::none(), false));
    EXPECT_FALSE(pattern_accepts("default", Type::none(), true));
}

TEST(MappingTables, EffectsFlagLoadsAndExcludesElementwise) {
    MappingTables tables;
    tables.load_directory(std::string(PY2CPP_SOURCE_DIR) + "/mappings");
    const FunctionSpec* seed = tables.find_function("numpy.random.seed");
    ASSERT_NE(seed, nullptr);
    EXPECT_TRUE(seed->effects);
    EXPECT_FALSE(tables.find_function("math.sqrt")->effects);
    EXPECT_TRUE(tables.knows_module("numpy.random"));
    std::string e = load_error(R"J({"module": "m", "functions": {"f": {"effects": true, "elementwise": true, "params": ["x"],
        "cases": [{"result": "float", "cpp": "g({x})"}]}}})J");
    EXPECT_NE(e.find("'m.f'"), std::string::npos);
    EXPECT_NE(e.find("\"effects\""), std::string::npos);
}

// Templates are pasted into the generated C++: a malformed one must fail when the table loads,
// naming the file and the entry, not as a C++ error in the user's build.
TEST(MappingTables, RejectsUnclosedPlaceholderNamingFileAndEntry) {
    std::string e = load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"result": "float", "cpp": "2*{x"}]}}})J");
    EXPECT_NE(e.find("t.json"), std::string::npos) << e;
    EXPECT_NE(e.find("'m.f'"), std::string::npos) << e;
    EXPECT_NE(e.find("{x is not closed"), std::string::npos) << e;
}

TEST(MappingTables, RejectsUnbalancedBrackets) {
    EXPECT_NE(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"result": "float", "cpp": "g({x}"}]}}})J").find("'(' is never closed"), std::string::npos);
    EXPECT_NE(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"result": "float", "cpp": "g({x}))"}]}}})J").find("unbalanced ')'"), std::string::npos);
    EXPECT_NE(load_error(R"J({"module": "m", "constants": {"c": {"type": "float", "cpp": "std::sqrt(2.0"}}})J").find("'m.c'"),
              std::string::npos);
}

TEST(MappingTables, AcceptsCppBracesAndBracketsInStrings) {
    EXPECT_EQ(load_error(R"J({"module": "m", "functions": {"f": {"params": ["x"],
        "cases": [{"result": "float", "cpp": "h(py::slice{.start = {x}}, \")(\", '{')"}]}}})J"), "");
}

// "types": a library class whose objects are values (numpy.random.Generator): a result naming it
// gives its object type, with the C++ spelling and member namespace the table declares.
TEST(MappingTables, LibraryTypesTypeResultsAndMembers) {
    MappingTables tables;
    tables.load_file(write_table("t.json", R"J({"module": "m", "types": {"Box": {"doc": "a box", "cpp": "ns::Box"}},
        "functions": {
          "make": {"params": ["n"], "cases": [{"when": {"n": "int"}, "result": "m.Box", "cpp": "ns::make({n})"}]},
          "Box.size": {"params": ["self"], "cases": [{"result": "int", "cpp": "{self}.size()"}]},
          "unbox": {"params": ["b"], "cases": [{"when": {"b": "m.Box"}, "result": "int", "cpp": "{b}.size()"}]}}})J"));
    const FunctionSpec* make = tables.find_function("m.make");
    ASSERT_NE(make, nullptr);
    ASSERT_TRUE(make->cases[0].result_type.has_value());
    const Type box = *make->cases[0].result_type;
    EXPECT_TRUE(box.is(TypeKind::LibraryObject));
    EXPECT_EQ(box.to_string(), "m.Box");
    EXPECT_EQ(box.library_cpp, "ns::Box");
    EXPECT_EQ(member_namespace(box), "m.Box");
    EXPECT_EQ(python_type_name(box), "Box");
    EXPECT_NE(tables.find_function(member_namespace(box) + ".size"), nullptr);
    EXPECT_TRUE(pattern_accepts("m.Box", box, true));
    EXPECT_FALSE(pattern_accepts("m.Box", Type::integer(), true));
    EXPECT_FALSE(pattern_accepts("m.Box", Type::library_object("m.Other", "ns::Other"), true));
    EXPECT_FALSE(assignable(Type::library_object("m.Other", "ns::Other"), box));
    EXPECT_TRUE(assignable(box, box));
    const FunctionSpec* rng = nullptr;
    MappingTables shipped;
    shipped.load_directory(std::string(PY2CPP_SOURCE_DIR) + "/mappings");
    rng = shipped.find_function("numpy.random.default_rng");
    ASSERT_NE(rng, nullptr);
    EXPECT_EQ(rng->cases[0].result_type->library_cpp, "py::np::random::Generator");
    EXPECT_NE(shipped.find_function("numpy.random.Generator.integers"), nullptr);
}

TEST(MappingTables, RejectsMalformedLibraryTypes) {
    std::string e = load_error(R"J({"module": "m", "types": {"Box": {"doc": "no C++ type"}}})J");
    EXPECT_NE(e.find("'m.Box'"), std::string::npos) << e;
    EXPECT_NE(e.find("\"cpp\""), std::string::npos) << e;
    e = load_error(R"J({"module": "m", "types": {"Box": {"cpp": "ns::Box", "methods": []}}})J");
    EXPECT_NE(e.find("unknown field \"methods\""), std::string::npos) << e;
    // A result naming an undeclared class is no type and no rule.
    e = load_error(R"J({"module": "m", "functions": {"f": {"params": [], "cases": [{"result": "m.Nope", "cpp": "f()"}]}}})J");
    EXPECT_NE(e.find("result rule \"m.Nope\""), std::string::npos) << e;
}

TEST(MappingTables, EntryIncludesAddToTheTables) {
    MappingTables tables;
    tables.load_file(write_table("t.json", R"J({"module": "m", "includes": ["a.hpp"], "functions": {
        "light": {"params": [], "cases": [{"result": "int", "cpp": "f()"}]},
        "heavy": {"includes": ["b.hpp"], "params": [], "cases": [{"result": "int", "cpp": "g()"}]}}})J"));
    EXPECT_EQ(tables.find_function("m.light")->includes, (std::set<std::string>{"a.hpp"}));
    EXPECT_EQ(tables.find_function("m.heavy")->includes, (std::set<std::string>{"a.hpp", "b.hpp"}));
    std::string e = load_error(R"J({"module": "m", "functions": {"f": {"includes": "b.hpp", "params": [], "cases": []}}})J");
    EXPECT_NE(e.find("\"includes\" must be a list of strings"), std::string::npos) << e;
}

// A function known and refused (numpy.linalg.eig: complex results) loads with its reason alone.
TEST(MappingTables, UnsupportedEntriesCarryTheirReason) {
    MappingTables tables;
    tables.load_file(write_table("t.json", R"J({"module": "m", "functions": {
        "eig": {"doc": "m.eig(a)", "unsupported": "complex results"}}})J"));
    ASSERT_NE(tables.find_function("m.eig"), nullptr);
    EXPECT_EQ(tables.find_function("m.eig")->unsupported, "complex results");
    EXPECT_TRUE(tables.find_function("m.eig")->cases.empty());
    std::string e = load_error(R"J({"module": "m", "functions": {"f": {"unsupported": "", "params": []}}})J");
    EXPECT_NE(e.find("non-empty string"), std::string::npos) << e;
    e = load_error(R"J({"module": "m", "functions": {"f": {"unsupported": "why", "params": [],
        "cases": [{"result": "int", "cpp": "f()"}]}}})J");
    EXPECT_NE(e.find("only \"doc\" and the reason"), std::string::npos) << e;
    MappingTables shipped;
    shipped.load_directory(std::string(PY2CPP_SOURCE_DIR) + "/mappings");
    ASSERT_NE(shipped.find_function("numpy.linalg.eig"), nullptr);
    EXPECT_NE(shipped.find_function("numpy.linalg.eig")->unsupported.find("complex"), std::string::npos);
}

TEST(MappingTables, ConstantAndRankPatterns) {
    EXPECT_TRUE(is_known_pattern("str:r"));
    EXPECT_TRUE(is_known_pattern("str:reduced|complete"));
    EXPECT_FALSE(is_known_pattern("str:"));
    EXPECT_FALSE(is_known_pattern("str:a||b"));
    EXPECT_EQ(*str_constant_values("str:reduced|complete"), (std::vector<std::string>{"reduced", "complete"}));
    EXPECT_TRUE(pattern_accepts("str:r", Type::str(), true));  // the value is the binder's check
    EXPECT_FALSE(pattern_accepts("str:r", Type::integer(), true));
    EXPECT_TRUE(pattern_accepts("nonnegative_int", Type::integer(), true));
    EXPECT_FALSE(pattern_accepts("negative_int", Type::floating(), true));
    const Type f64_2 = Type::array(DType::Float64, 2), f64_3 = Type::array(DType::Float64, 3);
    EXPECT_FALSE(pattern_accepts("matrices", Type::array(DType::Float64, 1), true));
    EXPECT_TRUE(pattern_accepts("matrices", f64_2, true));
    EXPECT_TRUE(pattern_accepts("matrices", f64_3, true));
    EXPECT_TRUE(is_known_pattern("vectors:a"));
    EXPECT_EQ(pattern_reference("vectors:a"), std::optional<std::string>("a"));
    EXPECT_TRUE(pattern_accepts("vectors:a", f64_2, true, &f64_3));
    EXPECT_FALSE(pattern_accepts("vectors:a", f64_3, true, &f64_3));
    EXPECT_FALSE(pattern_accepts("vectors:a", f64_2, true, nullptr));
    std::string e = load_error(R"J({"module": "m", "functions": {"f": {"params": ["a", "b"],
        "cases": [{"when": {"b": "vectors:c"}, "result": "int", "cpp": "f({a}, {b})"}]}}})J");
    EXPECT_NE(e.find("unknown parameter \"c\""), std::string::npos) << e;
}
