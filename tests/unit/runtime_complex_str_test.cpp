// Unit tests for runtime/py2cpp/complex_str.hpp: repr(complex) as CPython prints it. The expected
// strings were printed by /usr/bin/python3 (CPython 3.11) for complex(re, im).
#include "py2cpp/complex_str.hpp"

#include <complex>
#include <limits>
#include <string>

#include <gtest/gtest.h>

namespace {

constexpr double NAN_ = std::numeric_limits<double>::quiet_NaN();
constexpr double INF = std::numeric_limits<double>::infinity();

struct ComplexCase {
    double re;
    double im;
    const char* repr;
};

TEST(RuntimeComplexStr, MatchesCPython) {
    const ComplexCase cases[] = {
        {0.0, 1.0, "1j"},
        {1.0, 2.0, "(1+2j)"},
        {-0.0, -1.0, "(-0-1j)"},
        {1.5, 0.0, "(1.5+0j)"},
        {NAN_, INF, "(nan+infj)"},
        {0.0, -NAN_, "nanj"},
        {-NAN_, -NAN_, "(nan+nanj)"},
        {0.0, 0.0, "0j"},
        {-0.0, 0.0, "(-0+0j)"},
        {0.0, 1e16, "1e+16j"},
        {1e-5, -2.5, "(1e-05-2.5j)"},
        {-INF, -0.0, "(-inf-0j)"},
        {0.1, 0.2, "(0.1+0.2j)"},
        {1e16, 1e-16, "(1e+16+1e-16j)"},
        {123456789.0, -0.0001, "(123456789-0.0001j)"},
        {2.0, -INF, "(2-infj)"},
        {0.0, -0.0, "-0j"},
    };
    for (const ComplexCase& c : cases) {
        EXPECT_EQ(py::complex_repr({c.re, c.im}), c.repr) << c.re << " " << c.im;
    }
}

}  // namespace

// NumPy's ComplexFloatingFormat (runtime/py2cpp/array_str.hpp), element by element: the strings
// np.array2string printed (NumPy 1.24), split at the separator.
#include "py2cpp/numpy.hpp"

#include <vector>

namespace {

std::vector<std::string> formatted(const std::vector<std::complex<double>>& values) {
    const py::arrstr::ComplexFormat<std::complex<double>> format(values);
    std::vector<std::string> out;
    for (const auto& z : values) out.push_back(format(z));
    return out;
}

TEST(ComplexArrayFormat, PositionalPartsAlignedAndJBeforePadding) {
    // '[ 1.+2.j   3.-1.j  -0.-0.5j]'
    EXPECT_EQ(formatted({{1, 2}, {3, -1}, {-0.0, -0.5}}), (std::vector<std::string>{" 1.+2.j ", " 3.-1.j ", "-0.-0.5j"}));
}

TEST(ComplexArrayFormat, ScientificRealParts) {
    // '[ 1.0e-09+1.j -3.0e+00+0.j  2.5e+00+0.j]'
    EXPECT_EQ(formatted({{1e-9, 1}, {-3, 0}, {2.5, 0}}), (std::vector<std::string>{" 1.0e-09+1.j", "-3.0e+00+0.j", " 2.5e+00+0.j"}));
}

TEST(ComplexArrayFormat, NonFiniteParts) {
    // '[nan+infj  1. -1.j]'
    EXPECT_EQ(formatted({{NAN_, INF}, {1, -1}}), (std::vector<std::string>{"nan+infj", " 1. -1.j"}));
}

}  // namespace
