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
