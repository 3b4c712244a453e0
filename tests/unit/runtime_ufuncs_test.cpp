// Unit tests for runtime/py2cpp/ufuncs.hpp: every element-wise function on arrays (lazy nodes) and
// on scalars, bit for bit (values written as hex floats; NaN/inf/signed-zero cases included).
// Expected values come from Debian's /usr/bin/python3: NumPy 1.24.2 for the exactly rounded
// functions (floor, rint, sqrt, maximum, floor_divide, ...), SciPy 1.10.1 for erf/erfc/ndtr/
// norm.cdf, and glibc itself (through ctypes) for the transcendental functions, which the runtime
// computes with the C library (NumPy's AVX-512 SVML kernels can differ from glibc by 1-2 ulp).
#include "py2cpp/numpy.hpp"

#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "runtime_test_support.hpp"

namespace {

namespace np = py::np;
using py::ndarray;
using runtime_test::describe;
using runtime_test::same_double;
using I64 = std::int64_t;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Case {
    std::string name;
    std::vector<double> expected;
};

// Generated with /usr/bin/python3 (numpy 1.24.2, scipy 1.10.1): X = np.array(kX), Y = np.array(kY);
// np.<name>(X) / np.<name>(X, Y), scipy.special.<name>(X), or libm's function via ctypes for
// exp log log1p log2 log10 expm1 sin cos tan arcsin arccos arctan sinh cosh tanh arctan2 hypot
// power; norm_pdf is SciPy's formula exp(-(z*z)/2) / sqrt(2*pi) / scale with libm's exp.
const std::vector<double> kX = {-0x1.c000000000000p+1, -0x1.0000000000000p+0, -0x1.0000000000000p-1, -0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-2, 0x1.0000000000000p-1, 0x1.6666666666666p-1, 0x1.0000000000000p+0, 0x1.4000000000000p+1, 0x1.4000000000000p+3, kInf, -kInf, kNaN};
const std::vector<double> kY = {0x1.0000000000000p+1, -0x1.0000000000000p+1, 0x1.0000000000000p-1, 0x1.8000000000000p+1, -0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, -0x1.8000000000000p+0, kInf, -kInf, kNaN, 0x1.c000000000000p+2, 0x1.0000000000000p-2, 0x1.0000000000000p+1};
const std::vector<Case> kUnaryCases = {
    {"exp", {0x1.eec1018e4ff66p-6, 0x1.78b56362cef38p-2, 0x1.368b2fc6f960ap-1, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.48b5e3c3e8186p+0, 0x1.a61298e1e069cp+0, 0x1.01c2a61268987p+1, 0x1.5bf0a8b145769p+1, 0x1.85d6fd931e0bbp+3, 0x1.5829dcf950560p+14, kInf, 0x0.0p+0, kNaN}},
    {"log", {kNaN, kNaN, kNaN, -kInf, -kInf, -0x1.62e42fefa39efp+0, -0x1.62e42fefa39efp-1, -0x1.6d3c324e13f50p-2, 0x0.0p+0, 0x1.d5240f0e0e078p-1, 0x1.26bb1bbb55516p+1, kInf, kNaN, kNaN}},
    {"log1p", {kNaN, -kInf, -0x1.62e42fefa39efp-1, -0x0.0p+0, 0x0.0p+0, 0x1.c8ff7c79a9a22p-3, 0x1.9f323ecbf984cp-2, 0x1.0fae81914a991p-1, 0x1.62e42fefa39efp-1, 0x1.40b512eb53d60p+0, 0x1.32ee3b77f374cp+1, kInf, kNaN, kNaN}},
    {"log2", {kNaN, kNaN, kNaN, -kInf, -kInf, -0x1.0000000000000p+1, -0x1.0000000000000p+0, -0x1.0776228967d13p-1, 0x0.0p+0, 0x1.5269e12f346e3p+0, 0x1.a934f0979a371p+1, kInf, kNaN, kNaN}},
    {"log10", {kNaN, kNaN, kNaN, -kInf, -kInf, -0x1.34413509f79ffp-1, -0x1.34413509f79ffp-2, -0x1.3d3d3d21ccf04p-3, 0x0.0p+0, 0x1.977d95ec10c02p-2, 0x1.0000000000000p+0, kInf, kNaN, kNaN}},
    {"expm1", {-0x1.f089f7f38d805p-1, -0x1.43a54e4e98864p-1, -0x1.92e9a0720d3ecp-2, -0x0.0p+0, 0x0.0p+0, 0x1.22d78f0fa061ap-2, 0x1.4c2531c3c0d38p-1, 0x1.03854c24d130dp+0, 0x1.b7e151628aed2p+0, 0x1.65d6fd931e0bbp+3, 0x1.5825dcf950560p+14, kInf, -0x1.0000000000000p+0, kNaN}},
    {"sqrt", {kNaN, kNaN, kNaN, -0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-1, 0x1.6a09e667f3bcdp-1, 0x1.ac5eb3f7ab2f8p-1, 0x1.0000000000000p+0, 0x1.94c583ada5b53p+0, 0x1.94c583ada5b53p+1, kInf, kNaN, kNaN}},
    {"square", {0x1.8800000000000p+3, 0x1.0000000000000p+0, 0x1.0000000000000p-2, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-4, 0x1.0000000000000p-2, 0x1.f5c28f5c28f5bp-2, 0x1.0000000000000p+0, 0x1.9000000000000p+2, 0x1.9000000000000p+6, kInf, kInf, kNaN}},
    {"sin", {0x1.6733b7eba621fp-2, -0x1.aed548f090ceep-1, -0x1.eaee8744b05f0p-2, -0x0.0p+0, 0x0.0p+0, 0x1.faaeed4f31577p-3, 0x1.eaee8744b05f0p-2, 0x1.49d6e694619b8p-1, 0x1.aed548f090ceep-1, 0x1.326af0dcfcab1p-1, -0x1.1689ef5f34f52p-1, kNaN, kNaN, kNaN}},
    {"cos", {-0x1.df77403c11a5fp-1, 0x1.14a280fb5068cp-1, 0x1.c1528065b7d50p-1, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.f01549f7deea1p-1, 0x1.c1528065b7d50p-1, 0x1.87996529f9d93p-1, 0x1.14a280fb5068cp-1, -0x1.9a2f7ef858b7dp-1, -0x1.ad9ac890c6b1fp-1, kNaN, kNaN, kNaN}},
    {"tan", {-0x1.7f9360c8212a7p-2, -0x1.8eb245cbee3a6p+0, -0x1.17b4f5bf3474ap-1, -0x0.0p+0, 0x0.0p+0, 0x1.05785a43c4c56p-2, 0x1.17b4f5bf3474ap-1, 0x1.af406c2fc78aep-1, 0x1.8eb245cbee3a6p+0, -0x1.7e79b4e00bb15p-1, 0x1.4bf5f34be3782p-1, kNaN, kNaN, kNaN}},
    {"arcsin", {kNaN, -0x1.921fb54442d18p+0, -0x1.0c152382d7366p-1, -0x0.0p+0, 0x0.0p+0, 0x1.02be9ce0b87cdp-2, 0x1.0c152382d7366p-1, 0x1.8d00e692afd95p-1, 0x1.921fb54442d18p+0, kNaN, kNaN, kNaN, kNaN, kNaN}},
    {"arccos", {kNaN, 0x1.921fb54442d18p+1, 0x1.0c152382d7366p+1, 0x1.921fb54442d18p+0, 0x1.921fb54442d18p+0, 0x1.51700e0c14b25p+0, 0x1.0c152382d7366p+0, 0x1.973e83f5d5c9bp-1, 0x0.0p+0, kNaN, kNaN, kNaN, kNaN, kNaN}},
    {"arctan", {-0x1.4ae10fc6589a5p+0, -0x1.921fb54442d18p-1, -0x1.dac670561bb4fp-2, -0x0.0p+0, 0x0.0p+0, 0x1.f5b75f92c80ddp-3, 0x1.dac670561bb4fp-2, 0x1.38b112d7bd4adp-1, 0x1.921fb54442d18p-1, 0x1.30b6d796a4da8p+0, 0x1.789bd2c160054p+0, 0x1.921fb54442d18p+0, -0x1.921fb54442d18p+0, kNaN}},
    {"sinh", {-0x1.08ae99f364f3bp+4, -0x1.2cd9fc44eb982p+0, -0x1.0acd00fe63b97p-1, -0x0.0p+0, 0x0.0p+0, 0x1.02accd9d08102p-2, 0x1.0acd00fe63b97p-1, 0x1.8465153d5bdbcp-1, 0x1.2cd9fc44eb982p+0, 0x1.83368cdb0b6d3p+2, 0x1.5829dced69992p+13, kInf, -kInf, kNaN}},
    {"cosh", {0x1.092a4a33c887bp+4, 0x1.8b07551d9f550p+0, 0x1.20ac1862ae8d0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.080ab05ca6146p+0, 0x1.20ac1862ae8d0p+0, 0x1.4152c1862342fp+0, 0x1.8b07551d9f550p+0, 0x1.88776e4b30aa3p+2, 0x1.5829dd053712ep+13, kInf, kInf, kNaN}},
    {"tanh", {-0x1.ff112c63a9077p-1, -0x1.85efab514f394p-1, -0x1.d9353d7568af3p-2, -0x0.0p+0, 0x0.0p+0, 0x1.f597ea69a1c86p-3, 0x1.d9353d7568af3p-2, 0x1.356fb17af2e92p-1, 0x1.85efab514f394p-1, 0x1.f9258260a71c2p-1, 0x1.ffffffdc96f35p-1, 0x1.0000000000000p+0, -0x1.0000000000000p+0, kNaN}},
    {"absolute", {0x1.c000000000000p+1, 0x1.0000000000000p+0, 0x1.0000000000000p-1, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-2, 0x1.0000000000000p-1, 0x1.6666666666666p-1, 0x1.0000000000000p+0, 0x1.4000000000000p+1, 0x1.4000000000000p+3, kInf, kInf, kNaN}},
    {"sign", {-0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, -0x1.0000000000000p+0, kNaN}},
    {"floor", {-0x1.0000000000000p+2, -0x1.0000000000000p+0, -0x1.0000000000000p+0, -0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+1, 0x1.4000000000000p+3, kInf, -kInf, kNaN}},
    {"ceil", {-0x1.8000000000000p+1, -0x1.0000000000000p+0, -0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.8000000000000p+1, 0x1.4000000000000p+3, kInf, -kInf, kNaN}},
    {"trunc", {-0x1.8000000000000p+1, -0x1.0000000000000p+0, -0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+1, 0x1.4000000000000p+3, kInf, -kInf, kNaN}},
    {"rint", {-0x1.0000000000000p+2, -0x1.0000000000000p+0, -0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+1, 0x1.4000000000000p+3, kInf, -kInf, kNaN}},
    {"negative", {0x1.c000000000000p+1, 0x1.0000000000000p+0, 0x1.0000000000000p-1, 0x0.0p+0, -0x0.0p+0, -0x1.0000000000000p-2, -0x1.0000000000000p-1, -0x1.6666666666666p-1, -0x1.0000000000000p+0, -0x1.4000000000000p+1, -0x1.4000000000000p+3, -kInf, kInf, kNaN}},
    {"reciprocal", {-0x1.2492492492492p-2, -0x1.0000000000000p+0, -0x1.0000000000000p+1, -kInf, kInf, 0x1.0000000000000p+2, 0x1.0000000000000p+1, 0x1.6db6db6db6db7p+0, 0x1.0000000000000p+0, 0x1.999999999999ap-2, 0x1.999999999999ap-4, 0x0.0p+0, -0x0.0p+0, kNaN}},
    {"erf", {-0x1.ffffe710d565ep-1, -0x1.af767a741088ap-1, -0x1.0a7ef5c18edd2p-1, -0x0.0p+0, 0x0.0p+0, 0x1.1af54e232d608p-2, 0x1.0a7ef5c18edd2p-1, 0x1.5b08c21171645p-1, 0x1.af767a741088ap-1, 0x1.ffcaa8f4c9beap-1, 0x1.0000000000000p+0, 0x1.0000000000000p+0, -0x1.0000000000000p+0, kNaN}},
    {"erfc", {0x1.fffff3886ab2fp+0, 0x1.d7bb3d3a08445p+0, 0x1.853f7ae0c76e9p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.728558ee694fcp-1, 0x1.eb02147ce245cp-2, 0x1.49ee7bdd1d376p-2, 0x1.4226162fbddd6p-3, 0x1.aab859b20ac9dp-12, 0x1.7d8a7f2a8a2cfp-149, 0x0.0p+0, 0x1.0000000000000p+1, kNaN}},
    {"ndtr", {0x1.e7dbc92b77dd4p-13, 0x1.44ed0bb7cb20cp-3, 0x1.3bf143b9aa712p-2, 0x1.0000000000000p-1, 0x1.0000000000000p-1, 0x1.3289a2b16ed6cp-1, 0x1.62075e232ac77p-1, 0x1.841d5715c32a8p-1, 0x1.aec4bd120d37dp-1, 0x1.fcd21635036c6p-1, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x0.0p+0, kNaN}},
};
const std::vector<Case> kBinaryCases = {
    {"arctan2", {-0x1.0d38f2c5ba09fp+0, -0x1.56c6e7397f5aep+1, -0x1.921fb54442d18p-1, -0x0.0p+0, 0x1.921fb54442d18p+1, 0x1.921fb54442d18p+0, 0x1.dac670561bb4fp-2, 0x1.5a3c4f2e49eb5p+1, 0x0.0p+0, 0x1.921fb54442d18p+1, kNaN, 0x1.921fb54442d18p+0, -0x1.921fb54442d18p+0, kNaN}},
    {"hypot", {0x1.01fe03f61bad0p+2, 0x1.1e3779b97f4a8p+1, 0x1.6a09e667f3bcdp-1, 0x1.8000000000000p+1, 0x0.0p+0, 0x1.0000000000000p-2, 0x1.1e3779b97f4a8p+0, 0x1.a7c161f82f5ddp+0, kInf, kInf, kNaN, kInf, kInf, kNaN}},
    {"power", {0x1.8800000000000p+3, 0x1.0000000000000p+0, kNaN, -0x0.0p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p-1, 0x1.b51cb7a3e8261p+0, 0x1.0000000000000p+0, 0x0.0p+0, kNaN, kInf, kInf, kNaN}},
    {"floor_divide", {-0x1.0000000000000p+1, 0x0.0p+0, -0x1.0000000000000p+0, -0x0.0p+0, kNaN, kInf, 0x0.0p+0, -0x1.0000000000000p+0, 0x0.0p+0, -0x1.0000000000000p+0, kNaN, kNaN, kNaN, kNaN}},
    {"remainder", {0x1.0000000000000p-1, -0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, kNaN, kNaN, 0x1.0000000000000p-1, -0x1.999999999999ap-1, 0x1.0000000000000p+0, -kInf, kNaN, kNaN, kNaN, kNaN}},
    {"maximum", {0x1.0000000000000p+1, -0x1.0000000000000p+0, 0x1.0000000000000p-1, 0x1.8000000000000p+1, -0x0.0p+0, 0x1.0000000000000p-2, 0x1.0000000000000p+0, 0x1.6666666666666p-1, kInf, 0x1.4000000000000p+1, kNaN, kInf, 0x1.0000000000000p-2, kNaN}},
    {"minimum", {-0x1.c000000000000p+1, -0x1.0000000000000p+1, -0x1.0000000000000p-1, -0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-1, -0x1.8000000000000p+0, 0x1.0000000000000p+0, -kInf, kNaN, 0x1.c000000000000p+2, -kInf, kNaN}},
    {"fmax", {0x1.0000000000000p+1, -0x1.0000000000000p+0, 0x1.0000000000000p-1, 0x1.8000000000000p+1, -0x0.0p+0, 0x1.0000000000000p-2, 0x1.0000000000000p+0, 0x1.6666666666666p-1, kInf, 0x1.4000000000000p+1, 0x1.4000000000000p+3, kInf, 0x1.0000000000000p-2, 0x1.0000000000000p+1}},
    {"fmin", {-0x1.c000000000000p+1, -0x1.0000000000000p+1, -0x1.0000000000000p-1, -0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-1, -0x1.8000000000000p+0, 0x1.0000000000000p+0, -kInf, 0x1.4000000000000p+3, 0x1.c000000000000p+2, -kInf, 0x1.0000000000000p+1}},
};
const std::vector<double> k_norm_cdf = {0x1.74bcf82c9d85cp-6, 0x1.d0220056b3a4ep-3, 0x1.3bf143b9aa712p-2, 0x1.9aecba9d22528p-2, 0x1.9aecba9d22528p-2, 0x1.cd116c3bf96a6p-2, 0x1.0000000000000p-1, 0x1.1464507526871p-1, 0x1.3289a2b16ed6cp-1, 0x1.aec4bd120d37dp-1, 0x1.ffffdddf524c0p-1, 0x1.0000000000000p+0, 0x0.0p+0, kNaN};
const std::vector<double> k_norm_pdf = {0x1.ba4b436e83ad6p-6, 0x1.345d5efad3415p-3, 0x1.6883d022086adp-3, 0x1.8bf2ba104becep-3, 0x1.8bf2ba104becep-3, 0x1.9556797fced54p-3, 0x1.9884533d43651p-3, 0x1.967aba85e91dep-3, 0x1.8bf2ba104becep-3, 0x1.ef8e58e331738p-4, 0x1.518646fbb0c6dp-19, 0x0.0p+0, 0x0.0p+0, kNaN};
const std::vector<double> k_norm_pdf_std = {0x1.c9897d147e620p-11, 0x1.ef8e58e331738p-3, 0x1.6883d022086adp-2, 0x1.9884533d43651p-2, 0x1.9884533d43651p-2, 0x1.8bf2ba104becep-2, 0x1.6883d022086adp-2, 0x1.3fbf7ebf6e2f7p-2, 0x1.ef8e58e331738p-3, 0x1.1f2f0557f5257p-6, 0x1.7416846b4d5dap-74, 0x0.0p+0, 0x0.0p+0, kNaN};
const std::vector<double> k_R = {0x1.5f5d05b204c00p+2, 0x1.62bf6f269a18ap+2, 0x1.1a7b11d9c1e00p-2, -0x1.ed837c9e53f10p+1, -0x1.00ef98274bcb6p+3, -0x1.0cb7d5507faa0p+1, -0x1.a5c16671b7fbcp+0, -0x1.05ebe6a874825p+3, -0x1.03ea620cbf6a5p+3, 0x1.1f86836295b7ap+3, 0x1.5f0ef578b805cp+1, -0x1.31d8209d9fb3cp+2, -0x1.2bc2fd6aeb738p+0, 0x1.1121996c97a00p+3, 0x1.ca1fe6154cbc4p+2, 0x1.8c8ddd1f96efep+2, -0x1.efcc9f5deab78p+0, -0x1.01330e5590500p-3, 0x1.97179ec8fe280p+1, -0x1.f9f48ce1844f2p+2};
const std::vector<double> k_erfR = {0x1.fffffffffffb6p-1, 0x1.fffffffffffd7p-1, 0x1.36d75f10a9fc9p-2, -0x1.fffffe559f934p-1, -0x1.0000000000000p+0, -0x1.fe7852d187791p-1, -0x1.f5db37f7352a9p-1, -0x1.0000000000000p+0, -0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.fff23c03f9924p-1, -0x1.ffffffffe14a5p-1, -0x1.cdf679d635bcap-1, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, -0x1.fcd8143b2f271p-1, -0x1.20b32e6d2b4ffp-3, 0x1.ffff1996d02e8p-1, -0x1.0000000000000p+0};
const std::vector<double> k_erfcR = {0x1.283ce82ba4364p-47, 0x1.4787334174531p-48, 0x1.64945077ab01cp-1, 0x1.ffffff2acfc9ap+0, 0x1.0000000000000p+1, 0x1.ff3c2968c3bc9p+0, 0x1.faed9bfb9a954p+0, 0x1.0000000000000p+1, 0x1.0000000000000p+1, 0x1.7036cece3e33cp-121, 0x1.b87f80cdb8ef4p-14, 0x1.fffffffff0a52p+0, 0x1.e6fb3ceb1ade5p+0, 0x1.f49a27b30ba76p-110, 0x1.5136ff8054eb0p-78, 0x1.1956c09635141p-59, 0x1.fe6c0a1d97939p+0, 0x1.241665cda56a0p+0, 0x1.ccd25fa2f822fp-18, 0x1.0000000000000p+1};
const std::vector<double> k_ndtrR = {0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.5c6428fc75a0ap-1, 0x1.eb2597dc75b93p-36, 0x1.698c21491edadp-140, 0x1.77e11b5d2af25p-13, 0x1.4e28ee71935a0p-9, 0x1.26f1d6bd74322p-145, 0x1.45753038b5bf6p-143, 0x1.0000000000000p+0, 0x1.ffffcb969119ep-1, 0x1.040c3c8c1f26fp-52, 0x1.7d209d581505cp-6, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0000000000000p+0, 0x1.0463500ca53c4p-11, 0x1.a9710524177a9p-2, 0x1.fffffeec44dd5p-1, 0x1.8bfb340b11da6p-136};

ndarray<double, 1> from_vector(const std::vector<double>& v) {
    ndarray<double, 1> a(std::array<I64, 1>{static_cast<I64>(v.size())});
    for (std::size_t i = 0; i < v.size(); ++i) a.at(static_cast<I64>(i)) = v[i];
    return a;
}

void expect_close(const std::string& name, double got, double want, std::size_t i) {
    EXPECT_TRUE(same_double(got, want)) << name << "[" << i << "]: " << describe(got) << " vs " << describe(want);
}

using Unary = std::function<ndarray<double, 1>(const ndarray<double, 1>&)>;
using UnaryScalar = std::function<double(double)>;

#define UNARY(f) {#f, {[](const ndarray<double, 1>& x) { return ndarray<double, 1>(np::f(x)); }, [](double x) { return np::f(x); }}}
const std::map<std::string, std::pair<Unary, UnaryScalar>> kUnary = {
    UNARY(exp),    UNARY(log),    UNARY(log1p),  UNARY(log2),     UNARY(log10),  UNARY(expm1), UNARY(sqrt),
    UNARY(square), UNARY(sin),    UNARY(cos),    UNARY(tan),      UNARY(arcsin), UNARY(arccos), UNARY(arctan),
    UNARY(sinh),   UNARY(cosh),   UNARY(tanh),   UNARY(absolute), UNARY(sign),   UNARY(floor), UNARY(ceil),
    UNARY(trunc),  UNARY(rint),   UNARY(negative), UNARY(reciprocal), UNARY(erf), UNARY(erfc), UNARY(ndtr)};
#undef UNARY

using Binary = std::function<ndarray<double, 1>(const ndarray<double, 1>&, const ndarray<double, 1>&)>;
using BinaryScalar = std::function<double(double, double)>;
#define BINARY(f)                                                                                                  \
    {#f,                                                                                                           \
     {[](const ndarray<double, 1>& x, const ndarray<double, 1>& y) { return ndarray<double, 1>(np::f(x, y)); },     \
      [](double x, double y) { return np::f(x, y); }}}
const std::map<std::string, std::pair<Binary, BinaryScalar>> kBinary = {
    BINARY(arctan2), BINARY(hypot),   BINARY(power), BINARY(floor_divide), BINARY(remainder),
    BINARY(maximum), BINARY(minimum), BINARY(fmax),  BINARY(fmin)};
#undef BINARY

TEST(Ufuncs, UnaryOnArraysAndScalarsMatchNumPy) {
    const auto x = from_vector(kX);
    for (const auto& c : kUnaryCases) {
        SCOPED_TRACE(c.name);
        const auto& [array_fn, scalar_fn] = kUnary.at(c.name);
        const auto got = array_fn(x);
        ASSERT_EQ(got.size(), static_cast<I64>(c.expected.size()));
        for (std::size_t i = 0; i < c.expected.size(); ++i) {
            expect_close(c.name, got.at(static_cast<I64>(i)), c.expected[i], i);
            expect_close(c.name, scalar_fn(kX[i]), c.expected[i], i);
        }
    }
}

TEST(Ufuncs, BinaryOnArraysAndScalarsMatchNumPy) {
    const auto x = from_vector(kX);
    const auto y = from_vector(kY);
    for (const auto& c : kBinaryCases) {
        SCOPED_TRACE(c.name);
        const auto& [array_fn, scalar_fn] = kBinary.at(c.name);
        const auto got = array_fn(x, y);
        for (std::size_t i = 0; i < c.expected.size(); ++i) {
            expect_close(c.name, got.at(static_cast<I64>(i)), c.expected[i], i);
            expect_close(c.name, scalar_fn(kX[i], kY[i]), c.expected[i], i);
        }
    }
}

TEST(Ufuncs, CephesFunctionsAreBitIdenticalToSciPy) {
    const auto r = from_vector(k_R);
    const ndarray<double, 1> e = np::erf(r);
    const ndarray<double, 1> ec = np::erfc(r);
    const ndarray<double, 1> n = np::ndtr(r * 1.7);
    for (I64 i = 0; i < r.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        EXPECT_TRUE(same_double(e.at(i), k_erfR[k])) << describe(e.at(i)) << " vs " << describe(k_erfR[k]);
        EXPECT_TRUE(same_double(ec.at(i), k_erfcR[k])) << describe(ec.at(i)) << " vs " << describe(k_erfcR[k]);
        EXPECT_TRUE(same_double(n.at(i), k_ndtrR[k])) << describe(n.at(i)) << " vs " << describe(k_ndtrR[k]);
    }
}

TEST(Ufuncs, NormCdfAndPdfMatchSciPy) {
    const auto x = from_vector(kX);
    const ndarray<double, 1> cdf = np::norm_cdf(x, 0.5, 2.0);
    const ndarray<double, 1> pdf = np::norm_pdf(x, 0.5, 2.0);
    const ndarray<double, 1> pdf_std = np::norm_pdf(x);
    for (std::size_t i = 0; i < kX.size(); ++i) {
        const auto k = static_cast<I64>(i);
        EXPECT_TRUE(same_double(cdf.at(k), k_norm_cdf[i])) << i << ": " << describe(cdf.at(k));
        expect_close("norm_pdf", pdf.at(k), k_norm_pdf[i], i);
        expect_close("norm_pdf", pdf_std.at(k), k_norm_pdf_std[i], i);
        EXPECT_TRUE(same_double(np::norm_cdf(kX[i], 0.5, 2.0), k_norm_cdf[i]));
    }
    EXPECT_TRUE(std::isnan(np::norm_cdf(1.0, 0.0, -1.0)));  // scale <= 0 is NaN in SciPy
    EXPECT_TRUE(std::isnan(np::norm_pdf(1.0, 0.0, 0.0)));
}

TEST(Ufuncs, ScalarResultsFollowNumPyNotPython) {
    EXPECT_TRUE(std::isnan(np::log(-1.0)));
    EXPECT_EQ(np::log(0.0), -kInf);
    EXPECT_TRUE(std::isnan(np::sqrt(-1.0)));
    EXPECT_EQ(np::floor_divide(1.0, 0.0), kInf);
    EXPECT_EQ(np::floor_divide(I64{7}, I64{0}), 0);
    EXPECT_EQ(np::remainder(I64{7}, I64{0}), 0);
    EXPECT_EQ(np::exp(I64{0}), 1.0);  // int argument -> float64 result
    static_assert(std::is_same_v<decltype(np::exp(I64{0})), double>);
    EXPECT_EQ(np::power(I64{2}, I64{10}), 1024);
    EXPECT_PY_RAISES(np::power(I64{2}, I64{-1}), ValueError, "Integers to negative integer powers are not allowed.");
}

TEST(Ufuncs, IntegerArithmeticMatchesNumPy) {
    const auto a = np::array<I64>({7, -7, 7, -7, 0, 5, std::numeric_limits<I64>::min()});
    const auto b = np::array<I64>({2, 2, -2, -2, 3, 0, -1});
    const ndarray<I64, 1> q = np::floor_divide(a, b);
    const ndarray<I64, 1> r = np::remainder(a, b);
    const std::vector<I64> want_q = {3, -4, -4, 3, 0, 0, std::numeric_limits<I64>::min()};
    const std::vector<I64> want_r = {1, 1, -1, -1, 0, 0, 0};
    for (I64 i = 0; i < a.size(); ++i) {
        EXPECT_EQ(q.at(i), want_q[static_cast<std::size_t>(i)]) << i;
        EXPECT_EQ(r.at(i), want_r[static_cast<std::size_t>(i)]) << i;
    }
    const ndarray<I64, 1> p = np::power(np::array<I64>({2, 3, -2, 0, 5}), np::array<I64>({10, 0, 3, 0, 1}));
    EXPECT_EQ(p.at(0), 1024);
    EXPECT_EQ(p.at(1), 1);
    EXPECT_EQ(p.at(2), -8);
    EXPECT_EQ(p.at(3), 1);
    EXPECT_EQ(p.at(4), 5);
    ndarray<I64, 1> bad;
    EXPECT_PY_RAISES(bad = np::power(a, I64{-1}), ValueError, "Integers to negative integer powers are not allowed.");
    const ndarray<I64, 1> s = np::sign(np::array<I64>({-5, 0, 9}));
    EXPECT_EQ(s.at(0), -1);
    EXPECT_EQ(s.at(1), 0);
    EXPECT_EQ(s.at(2), 1);
    const ndarray<I64, 1> ab = np::absolute(np::array<I64>({-5, 0, 9}));
    EXPECT_EQ(ab.at(0), 5);
    const ndarray<I64, 1> rec = np::reciprocal(np::array<I64>({0, 2, -1, 1}));
    EXPECT_EQ(rec.at(0), std::numeric_limits<I64>::min());
    EXPECT_EQ(rec.at(1), 0);
    EXPECT_EQ(rec.at(2), -1);
    EXPECT_EQ(rec.at(3), 1);
    const ndarray<double, 1> ex = np::sqrt(np::array<I64>({4, 9}));  // ints become float64
    EXPECT_EQ(ex.at(1), 3.0);
}

TEST(Ufuncs, RintRoundsHalfToEven) {
    const ndarray<double, 1> r = np::rint(np::array<double>({0.5, 1.5, 2.5, -0.5, -2.5, 2.4999}));
    const std::vector<double> want = {0.0, 2.0, 2.0, -0.0, -2.0, 2.0};
    for (std::size_t i = 0; i < want.size(); ++i) EXPECT_TRUE(same_double(r.at(static_cast<I64>(i)), want[i])) << i;
    EXPECT_EQ(np::rint(2.5), 2.0);
}

TEST(Ufuncs, PredicatesAndLogical) {
    const auto x = np::array<double>({kNaN, kInf, -kInf, 0.0, 1.5});
    const ndarray<bool, 1> nan = np::isnan(x);
    const ndarray<bool, 1> inf = np::isinf(x);
    const ndarray<bool, 1> fin = np::isfinite(x);
    const ndarray<bool, 1> lnot = np::logical_not(x);  // NaN is truthy
    const std::vector<bool> want_nan = {true, false, false, false, false};
    const std::vector<bool> want_inf = {false, true, true, false, false};
    const std::vector<bool> want_fin = {false, false, false, true, true};
    const std::vector<bool> want_not = {false, false, false, true, false};
    for (I64 i = 0; i < 5; ++i) {
        const auto k = static_cast<std::size_t>(i);
        EXPECT_EQ(nan.at(i), want_nan[k]) << i;
        EXPECT_EQ(inf.at(i), want_inf[k]) << i;
        EXPECT_EQ(fin.at(i), want_fin[k]) << i;
        EXPECT_EQ(lnot.at(i), want_not[k]) << i;
    }
    const ndarray<bool, 1> land = np::logical_and(np::array<I64>({0, 1, 2, 0}), np::array<I64>({0, 0, 3, 5}));
    const ndarray<bool, 1> lor = np::logical_or(np::array<I64>({0, 1, 2, 0}), np::array<I64>({0, 0, 3, 5}));
    EXPECT_FALSE(land.at(0));
    EXPECT_FALSE(land.at(1));
    EXPECT_TRUE(land.at(2));
    EXPECT_FALSE(land.at(3));
    EXPECT_FALSE(lor.at(0));
    EXPECT_TRUE(lor.at(1));
    EXPECT_TRUE(lor.at(3));
    EXPECT_TRUE(np::isnan(kNaN));
    EXPECT_FALSE(np::isinf(I64{3}));
}

TEST(Ufuncs, WhereBroadcastsAndConvertsScalars) {
    const auto a = np::arange<double>(6);
    const ndarray<double, 1> w = np::where(a > 2.5, a, 0.0);
    EXPECT_EQ(w.at(2), 0.0);
    EXPECT_EQ(w.at(3), 3.0);
    const ndarray<double, 1> s = np::where(a > 2.5, 1.0, -1.0);
    EXPECT_EQ(s.at(0), -1.0);
    EXPECT_EQ(s.at(5), 1.0);
    // (2, 1) condition with (3,) values -> (2, 3)
    const ndarray<double, 2> m = np::where(np::array<bool>({{true}, {false}}), np::array<double>({1, 2, 3}), -1.0);
    EXPECT_EQ(m.shape()[0], 2);
    EXPECT_EQ(m.shape()[1], 3);
    EXPECT_EQ(m.at(0, 2), 3.0);
    EXPECT_EQ(m.at(1, 0), -1.0);
    const ndarray<I64, 1> wi = np::where(np::array<I64>({0, 4}), I64{1}, I64{2});  // non-bool condition: != 0
    EXPECT_EQ(wi.at(0), 2);
    EXPECT_EQ(wi.at(1), 1);
    EXPECT_EQ(np::where(true, 1.5, 2.5), 1.5);
    EXPECT_PY_RAISES(np::where(a > 1.0, np::arange<double>(4), 0.0), ValueError,
                     "operands could not be broadcast together with shapes (6,) (4,) () ");
}

TEST(Ufuncs, ClipFollowsNumPyNaNRules) {
    const auto x = np::array<double>({1.0, kNaN, -0.0, 5.0, -3.0});
    const ndarray<double, 1> c = np::clip(x, 0.0, 2.0);
    const std::vector<double> want = {1.0, kNaN, 0.0, 2.0, 0.0};
    for (std::size_t i = 0; i < want.size(); ++i) EXPECT_TRUE(same_double(c.at(static_cast<I64>(i)), want[i])) << i;
    const ndarray<double, 1> nan_bound = np::clip(x, 0.0, kNaN);  // a NaN bound is ignored (NumPy 1.24)
    EXPECT_EQ(nan_bound.at(3), 5.0);
    EXPECT_TRUE(std::isnan(nan_bound.at(1)));
    const ndarray<I64, 1> ci = np::clip(np::arange<I64>(6), I64{1}, I64{3});
    EXPECT_EQ(ci.at(0), 1);
    EXPECT_EQ(ci.at(5), 3);
    EXPECT_EQ(np::clip(7.0, 0.0, 2.0), 2.0);
}

TEST(Ufuncs, MaximumPropagatesNaNFmaxIgnoresIt) {
    EXPECT_TRUE(std::isnan(np::maximum(1.0, kNaN)));
    EXPECT_TRUE(std::isnan(np::maximum(kNaN, 1.0)));
    EXPECT_EQ(np::fmax(1.0, kNaN), 1.0);
    EXPECT_EQ(np::fmax(kNaN, 1.0), 1.0);
    EXPECT_TRUE(std::signbit(np::maximum(0.0, -0.0)));  // ties: the second operand, as NumPy's loops
    EXPECT_TRUE(std::isnan(np::minimum(kNaN, 1.0)));
    EXPECT_EQ(np::fmin(kNaN, 1.0), 1.0);
    const ndarray<double, 1> m = np::maximum(np::array<double>({1.0, 5.0}), 3.0);
    EXPECT_EQ(m.at(0), 3.0);
    EXPECT_EQ(m.at(1), 5.0);
}

TEST(Ufuncs, FunctionsComposeLazilyAndBroadcast) {
    const auto col = np::array<double>({{0.0}, {1.0}});
    const auto row = np::array<double>({1.0, 2.0, 3.0});
    const ndarray<double, 2> h = np::hypot(col * 3.0, row + 1.0);
    EXPECT_EQ(h.shape()[0], 2);
    EXPECT_EQ(h.shape()[1], 3);
    EXPECT_EQ(h.at(1, 2), 5.0);
    const ndarray<double, 2> p = np::power(col + 2.0, row);
    EXPECT_EQ(p.at(1, 2), 27.0);
    const ndarray<float, 1> f = np::sqrt(np::array<float>({4.0F, 2.0F}));  // float32 stays float32
    EXPECT_EQ(f.at(0), 2.0F);
    EXPECT_EQ(f.at(1), std::sqrt(2.0F));
}

}  // namespace
