// Unit tests for runtime/py2cpp/format.hpp: Python's format-spec mini-language (f-strings).
// The table runtime_python_cases.inc holds several hundred (value, spec) pairs with CPython's
// output or error; the hand-written tests repeat the common forms readably.
#include "py2cpp/format.hpp"

#include <limits>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "runtime_python_cases.inc"
#include "runtime_test_support.hpp"

namespace {

using py::int_t;
using runtime_test::capture;

std::string format_case(const python_cases::FormatCase& c) {
    switch (c.kind) {
        case 'b': return py::format_value(c.i != 0, c.spec);
        case 'i': return py::format_value(c.i, c.spec);
        case 'f': return py::format_value(c.f, c.spec);
        case 's': return py::format_value(std::string(c.s), c.spec);
        default: return py::format_value(py::None, c.spec);
    }
}

TEST(RuntimeFormatPython, AllCases) {
    for (const auto& c : python_cases::format_cases) {
        const auto got = capture([&] { return format_case(c); });
        const std::string what = std::string("kind ") + c.kind + " spec '" + c.spec + "' value " +
                                 (c.kind == 'f' ? runtime_test::describe(c.f) : c.kind == 's' ? c.s : std::to_string(c.i));
        if (c.error != nullptr) {
            EXPECT_EQ(got.error, c.error) << what;
            EXPECT_EQ(got.message, c.message) << what;
        } else {
            ASSERT_TRUE(got.value.has_value()) << what << " raised " << got.error << ": " << got.message;
            EXPECT_EQ(*got.value, c.expected) << what;
        }
    }
}

TEST(RuntimeFormat, EmptySpecIsStr) {
    EXPECT_EQ(py::format_value(3.141592653589793, ""), "3.141592653589793");
    EXPECT_EQ(py::format_value(true, ""), "True");
    EXPECT_EQ(py::format_value(py::None, ""), "None");
    EXPECT_EQ(py::format_value(std::make_tuple(1, 2), ""), "(1, 2)");
    EXPECT_EQ(py::format_value("text", ""), "text");
}

TEST(RuntimeFormat, CommonFloatForms) {
    const double pi = 3.141592653589793;
    EXPECT_EQ(py::format_value(pi, ".3f"), "3.142");
    EXPECT_EQ(py::format_value(pi, "10.4f"), "    3.1416");
    EXPECT_EQ(py::format_value(pi, "e"), "3.141593e+00");
    EXPECT_EQ(py::format_value(pi * pi, "12.3e"), "   9.870e+00");
    EXPECT_EQ(py::format_value(pi, "+.2f"), "+3.14");
    EXPECT_EQ(py::format_value(-pi, "+.2f"), "-3.14");
    EXPECT_EQ(py::format_value(1e20, "g"), "1e+20");
    EXPECT_EQ(py::format_value(123456789.0, "g"), "1.23457e+08");
    EXPECT_EQ(py::format_value(2.5, ".0f"), "2");
    EXPECT_EQ(py::format_value(3.5, ".0f"), "4");
    EXPECT_EQ(py::format_value(-0.0, ".2f"), "-0.00");
    EXPECT_EQ(py::format_value(-0.0, "z.2f"), "0.00");
    EXPECT_EQ(py::format_value(std::numeric_limits<double>::infinity(), ".2f"), "inf");
    EXPECT_EQ(py::format_value(1.0, ".3"), "1.0");
    EXPECT_EQ(py::format_value(0.5, ".1%"), "50.0%");
    EXPECT_EQ(py::format_value(1234567.891, ",.2f"), "1,234,567.89");
    EXPECT_EQ(py::format_value(1.5, ">10"), "       1.5");
}

TEST(RuntimeFormat, CommonIntForms) {
    EXPECT_EQ(py::format_value(42, "5d"), "   42");
    EXPECT_EQ(py::format_value(42, "05d"), "00042");
    EXPECT_EQ(py::format_value(-42, "05d"), "-0042");
    EXPECT_EQ(py::format_value(42, "<5d"), "42   ");
    EXPECT_EQ(py::format_value(42, "^7d"), "  42   ");
    EXPECT_EQ(py::format_value(int_t{1} << 62, "d"), "4611686018427387904");
    EXPECT_EQ(py::format_value(255, "#x"), "0xff");
    EXPECT_EQ(py::format_value(255, "08b"), "11111111");
    EXPECT_EQ(py::format_value(1234567, "_"), "1_234_567");
    EXPECT_EQ(py::format_value(1234, "010,"), "00,001,234");
    EXPECT_EQ(py::format_value(65, "c"), "A");
    EXPECT_EQ(py::format_value(7, ".2f"), "7.00");
    EXPECT_EQ(py::format_value(true, ">5"), "    1");
}

TEST(RuntimeFormat, Strings) {
    EXPECT_EQ(py::format_value(std::string("abc"), ">6"), "   abc");
    EXPECT_EQ(py::format_value(std::string("abc"), "<6"), "abc   ");
    EXPECT_EQ(py::format_value(std::string("abc"), "^7"), "  abc  ");
    EXPECT_EQ(py::format_value(std::string("abc"), "*^8"), "**abc***");
    EXPECT_EQ(py::format_value(std::string("h\xc3\xa9llo"), ">8"), "   h\xc3\xa9llo");  // width in code points
    EXPECT_EQ(py::format_value(std::string("abcdef"), ".2"), "ab");
    EXPECT_EQ(py::format_value(std::string("ab"), "\xc3\xa9^6"), "\xc3\xa9\xc3\xa9" "ab" "\xc3\xa9\xc3\xa9");
}

TEST(RuntimeFormat, Errors) {
    EXPECT_PY_RAISES(py::format_value(1.5, "d"), ValueError, "Unknown format code 'd' for object of type 'float'");
    EXPECT_PY_RAISES(py::format_value(1, "s"), ValueError, "Unknown format code 's' for object of type 'int'");
    EXPECT_PY_RAISES(py::format_value(std::string("a"), "+"), ValueError, "Sign not allowed in string format specifier");
    EXPECT_PY_RAISES(py::format_value(1, ".2"), ValueError, "Precision not allowed in integer format specifier");
    EXPECT_PY_RAISES(py::format_value(1, "10."), ValueError, "Format specifier missing precision");
    EXPECT_PY_RAISES(py::format_value(1, ",x"), ValueError, "Cannot specify ',' with 'x'.");
    EXPECT_PY_RAISES(py::format_value(1, ",_"), ValueError, "Cannot specify both ',' and '_'.");
    EXPECT_PY_RAISES(py::format_value(-1, "c"), OverflowError, "%c arg not in range(0x110000)");
    EXPECT_PY_RAISES(py::format_value(py::None, ">5"), TypeError, "unsupported format string passed to NoneType.__format__");
    EXPECT_PY_RAISES(py::format_value(std::make_tuple(1), "x"), TypeError, "unsupported format string passed to tuple.__format__");
}

}  // namespace
