// Unit tests for runtime/py2cpp/exceptions.hpp: the class hierarchy, type names and messages, and
// the traceback text report_uncaught() writes to stderr.
#include "py2cpp/exceptions.hpp"

#include <cstdio>
#include <string>
#include <type_traits>

#include <gtest/gtest.h>

namespace {

template <class E>
std::string report_of(const E& e) {
    testing::internal::CaptureStderr();
    py::report_uncaught(e);
    return testing::internal::GetCapturedStderr();
}

TEST(RuntimeExceptions, HierarchyMirrorsPython) {
    static_assert(std::is_base_of_v<std::runtime_error, py::Exception>);
    static_assert(std::is_base_of_v<py::ArithmeticError, py::ZeroDivisionError>);
    static_assert(std::is_base_of_v<py::ArithmeticError, py::OverflowError>);
    static_assert(std::is_base_of_v<py::LookupError, py::IndexError>);
    static_assert(std::is_base_of_v<py::LookupError, py::KeyError>);
    static_assert(std::is_base_of_v<py::RuntimeError, py::NotImplementedError>);
    static_assert(std::is_base_of_v<py::Exception, py::ValueError>);
    static_assert(std::is_base_of_v<py::Exception, py::TypeError>);
    static_assert(std::is_base_of_v<py::Exception, py::AssertionError>);
    static_assert(!std::is_base_of_v<py::ArithmeticError, py::ValueError>);
    try {
        throw py::ZeroDivisionError("division by zero");
    } catch (const py::ArithmeticError& e) {
        EXPECT_STREQ(e.type_name(), "ZeroDivisionError");
        EXPECT_STREQ(e.what(), "division by zero");
    }
}

TEST(RuntimeExceptions, TypeNamesAndMessages) {
    EXPECT_STREQ(py::Exception("x").type_name(), "Exception");
    EXPECT_STREQ(py::ArithmeticError().type_name(), "ArithmeticError");
    EXPECT_STREQ(py::ZeroDivisionError().type_name(), "ZeroDivisionError");
    EXPECT_STREQ(py::OverflowError().type_name(), "OverflowError");
    EXPECT_STREQ(py::ValueError().type_name(), "ValueError");
    EXPECT_STREQ(py::TypeError().type_name(), "TypeError");
    EXPECT_STREQ(py::IndexError().type_name(), "IndexError");
    EXPECT_STREQ(py::KeyError().type_name(), "KeyError");
    EXPECT_STREQ(py::AssertionError().type_name(), "AssertionError");
    EXPECT_STREQ(py::RuntimeError().type_name(), "RuntimeError");
    EXPECT_STREQ(py::NotImplementedError().type_name(), "NotImplementedError");
    EXPECT_EQ(py::ValueError(std::string("bad ") + "value").message(), "bad value");
    EXPECT_EQ(py::ValueError().message(), "");
    EXPECT_EQ(py::KeyError("name").message(), "'name'");  // Python shows repr(key)
    EXPECT_EQ(py::KeyError("it's").message(), "\"it's\"");
    EXPECT_STREQ(py::KeyError("name").what(), "name");
}

TEST(RuntimeExceptions, ReportMatchesPythonTraceback) {
    EXPECT_EQ(report_of(py::ValueError("the message")),
              "Traceback (most recent call last):\n  File \"<compiled>\", in <module>\nValueError: the message\n");
    EXPECT_EQ(report_of(py::AssertionError("")),
              "Traceback (most recent call last):\n  File \"<compiled>\", in <module>\nAssertionError\n");
    EXPECT_EQ(report_of(py::ZeroDivisionError("float division by zero")),
              "Traceback (most recent call last):\n  File \"<compiled>\", in <module>\n"
              "ZeroDivisionError: float division by zero\n");
    EXPECT_EQ(report_of(py::KeyError("k")),
              "Traceback (most recent call last):\n  File \"<compiled>\", in <module>\nKeyError: 'k'\n");
    const py::Exception& base = py::TypeError("unsupported unit 'ft'");
    EXPECT_EQ(report_of(base),
              "Traceback (most recent call last):\n  File \"<compiled>\", in <module>\nTypeError: unsupported unit 'ft'\n");
}

}  // namespace
