// Unit tests for runtime/py2cpp/none.hpp: None's comparisons.
#include "py2cpp/none.hpp"

#include <string>

#include <gtest/gtest.h>

namespace {

TEST(RuntimeNone, Comparisons) {
    static_assert(py::None == py::None);
    static_assert(!(py::None != py::None));
    static_assert(py::NoneType{} == py::None);
    static_assert(!(py::None == 0));
    static_assert(!(1.5 == py::None));
    static_assert(py::None != 0);
    static_assert(0.0 != py::None);
    EXPECT_FALSE(std::string("None") == py::None);
    EXPECT_TRUE(py::None != std::string());
    static_assert(std::is_empty_v<py::NoneType>);
}

}  // namespace
