// Unit tests of the C++ spelling of Python identifiers (ir/names.hpp): injective, never in the
// reserved space of generated names, never a keyword or macro.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "ir/names.hpp"

using namespace py2cpp;

namespace {

const std::vector<std::string> kTrickyNames = {
    "x", "x_", "x__", "_x", "_x_", "__x", "__x__", "_", "__", "___", "x_1", "x_1_", "x_u", "x_u_", "new", "new_", "py_new",
    "py", "py_", "pyt_new", "pyt_", "pyu_", "pyu_ux_u", "pyu_unew", "class_", "pyt_class", "M_PI", "py_M_PI", "EOF", "errno",
    "linux", "_m_empty", "_M", "t", "t_", "t0", "t0_", "arg0", "arg0_", "i_iter", "i_iter_", "x_items", "x_items_", "main",
    "main_", "int", "true", "update_", "upy_ux_", "py_x_", "a_b_c", "a_b_c_", "Eigen", "std", "fmt"};

}  // namespace

TEST(Names, KeepsOrdinaryNames) {
    EXPECT_EQ(cpp_identifier("x"), "x");
    EXPECT_EQ(cpp_identifier("total_sum"), "total_sum");
    EXPECT_EQ(cpp_identifier("_private"), "_private");
    EXPECT_EQ(cpp_identifier("_"), "_");
}

TEST(Names, EscapesKeywordsMacrosAndTrailingUnderscores) {
    EXPECT_EQ(cpp_identifier("new"), "py_new");
    EXPECT_EQ(cpp_identifier("M_PI"), "py_M_PI");
    EXPECT_EQ(cpp_identifier("linux"), "py_linux");
    // The runtime's configuration macros, present and future, are all PY2CPP_…
    EXPECT_EQ(cpp_identifier("PY2CPP_SSE2_KERNELS"), "py_PY2CPP_SSE2_KERNELS");
    EXPECT_EQ(cpp_identifier("PY2CPP_SOME_FUTURE_OPTION"), "py_PY2CPP_SOME_FUTURE_OPTION");
    EXPECT_EQ(cpp_identifier("class_"), "pyt_class");
    EXPECT_EQ(cpp_identifier("__init__"), "pyu_u_u_uinit_u_u");
}

TEST(Names, IsInjectiveAndStaysOutOfTheGeneratedSpace) {
    std::map<std::string, std::string> seen;
    for (const auto& n : kTrickyNames) {
        const std::string c = cpp_identifier(n);
        auto [it, inserted] = seen.emplace(c, n);
        EXPECT_TRUE(inserted) << n << " and " << it->second << " both become " << c;
        if (n != "_") EXPECT_NE(c.back(), '_') << n << " -> " << c;
        EXPECT_EQ(c.find("__"), std::string::npos) << n << " -> " << c;
        EXPECT_FALSE(is_reserved_cpp_name(c)) << n << " -> " << c;
    }
}

TEST(Names, GeneratedNamesEndInUnderscore) {
    EXPECT_EQ(generated_name("x", "items"), "x_items_");
    EXPECT_EQ(generated_name("_", "items"), "_items_");
    EXPECT_EQ(generated_name("x_1", "iter"), "x_1_iter_");
}
