// Unit tests for runtime/py2cpp/str.hpp and unicode.hpp: str()/repr() of every supported type,
// float repr against CPython (runtime_python_cases.inc), string repr quoting and escaping, len()
// in code points, concatenation.
#include "py2cpp/str.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "py2cpp/unicode.hpp"
#include "runtime_python_cases.inc"
#include "runtime_test_support.hpp"

namespace {

using py::int_t;

TEST(RuntimeStrPython, FloatRepr) {
    for (const auto& c : python_cases::float_repr) {
        EXPECT_EQ(py::repr(c.value), c.repr) << runtime_test::describe(c.value);
        EXPECT_EQ(py::str(c.value), c.repr) << runtime_test::describe(c.value);
    }
}

TEST(RuntimeStrPython, StringReprAndLen) {
    for (const auto& c : python_cases::str_repr) {
        EXPECT_EQ(py::repr(std::string(c.value)), c.repr) << c.value;
        EXPECT_EQ(py::str(std::string(c.value)), c.value);
        EXPECT_EQ(py::len(c.value), c.len) << c.value;
    }
}

TEST(RuntimeStr, FloatReprLayout) {
    EXPECT_EQ(py::repr(0.1), "0.1");
    EXPECT_EQ(py::repr(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(py::repr(1e16), "1e+16");
    EXPECT_EQ(py::repr(1e15), "1000000000000000.0");
    EXPECT_EQ(py::repr(1e-5), "1e-05");
    EXPECT_EQ(py::repr(1.5e-5), "1.5e-05");
    EXPECT_EQ(py::repr(1e-4), "0.0001");
    EXPECT_EQ(py::repr(123456789.0), "123456789.0");
    EXPECT_EQ(py::repr(1e22), "1e+22");
    EXPECT_EQ(py::repr(1.7976931348623157e308), "1.7976931348623157e+308");
    EXPECT_EQ(py::repr(5e-324), "5e-324");
    EXPECT_EQ(py::repr(-0.0), "-0.0");
    EXPECT_EQ(py::repr(3.0), "3.0");
    EXPECT_EQ(py::repr(std::numeric_limits<double>::infinity()), "inf");
    EXPECT_EQ(py::repr(-std::numeric_limits<double>::infinity()), "-inf");
    EXPECT_EQ(py::repr(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(py::repr(-std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(py::str(0.5f), "0.5");  // float widens to double
}

TEST(RuntimeStr, ScalarsNoneAndStrings) {
    EXPECT_EQ(py::str(true), "True");
    EXPECT_EQ(py::str(false), "False");
    EXPECT_EQ(py::repr(true), "True");
    EXPECT_EQ(py::str(int_t{-9223372036854775807} - 1), "-9223372036854775808");
    EXPECT_EQ(py::str(42), "42");
    EXPECT_EQ(py::str(0u), "0");
    EXPECT_EQ(py::str(py::None), "None");
    EXPECT_EQ(py::repr(py::None), "None");
    EXPECT_EQ(py::str("text"), "text");
    EXPECT_EQ(py::repr("text"), "'text'");
    EXPECT_EQ(py::repr(std::string_view("a'b")), "\"a'b\"");
    EXPECT_EQ(py::repr(std::string("a'b\"c")), "'a\\'b\"c'");
    EXPECT_EQ(py::repr(std::string("tab\there\n")), "'tab\\there\\n'");
    EXPECT_EQ(py::repr(std::string("\x01\x7f")), "'\\x01\\x7f'");
    EXPECT_EQ(py::repr(std::string("\xc3\xa9")), "'\xc3\xa9'");  // printable non-ASCII is kept
    EXPECT_EQ(py::repr(std::string("\xff")), "'\\udcff'");       // invalid UTF-8, as surrogateescape
}

TEST(RuntimeStr, Tuples) {
    EXPECT_EQ(py::str(std::make_tuple(1, 2.0, std::string("three"), true, py::None)), "(1, 2.0, 'three', True, None)");
    EXPECT_EQ(py::str(std::make_tuple(int_t{42})), "(42,)");
    EXPECT_EQ(py::str(std::tuple<>()), "()");
    EXPECT_EQ(py::repr(std::make_tuple(std::make_tuple(1, 2), std::make_tuple(3.5, std::string("x")))),
              "((1, 2), (3.5, 'x'))");
    EXPECT_EQ(py::str(std::make_tuple(-0.0, 1e16)), "(-0.0, 1e+16)");
}

TEST(RuntimeStr, LenCountsCodePoints) {
    EXPECT_EQ(py::len(""), 0);
    EXPECT_EQ(py::len("abc"), 3);
    EXPECT_EQ(py::len("h\xc3\xa9llo"), 5);                    // héllo
    EXPECT_EQ(py::len("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), 3);  // 日本語
    EXPECT_EQ(py::len(std::string("\xf0\x9f\x98\x80")), 1);   // one emoji
    EXPECT_EQ(py::len(std::string("a\0b", 3)), 3);
}

TEST(RuntimeStr, Concat) {
    EXPECT_EQ(py::str_concat("ab", "cd"), "abcd");
    EXPECT_EQ(py::str_concat(std::string("x"), std::string()), "x");
    EXPECT_EQ(py::str_concat(std::string("n="), py::str(7)), "n=7");
}

TEST(RuntimeUnicode, DecodeAndWhitespace) {
    using py::detail::decode_utf8;
    EXPECT_EQ(decode_utf8("\xe2\x82\xac", 0).value, U'\u20ac');
    EXPECT_EQ(decode_utf8("\xe2\x82\xac", 0).size, 3u);
    EXPECT_EQ(decode_utf8("\xe2\x82", 0).size, 1u);    // truncated sequence
    EXPECT_EQ(decode_utf8("\xc0\x80", 0).size, 1u);    // overlong encoding
    EXPECT_EQ(decode_utf8("\xed\xa0\x80", 0).size, 1u);  // encoded surrogate
    EXPECT_EQ(py::detail::strip_python_space("\xc2\xa0 x y\xe3\x80\x80\n"), "x y");
    EXPECT_EQ(py::detail::strip_python_space(" \t "), "");
    std::string s;
    py::detail::append_utf8(s, U'\U0001F600');
    EXPECT_EQ(s, "\xf0\x9f\x98\x80");
}

}  // namespace
