// Tests of runtime/py2cpp/vector_math.hpp and of the SIMD kernels of array_eval.hpp: every vector
// function against the scalar function it replaces (glibc's exp/log, SciPy's Cephes erf/erfc/ndtr)
// lane by lane, on edge values (+-0, +-inf, NaN, subnormals, huge and tiny arguments, branch
// boundaries) and on random arguments; both kernels (SSE2 always, AVX2 when the CPU has it).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "py2cpp/numpy.hpp"
#include "py2cpp/vector_math.hpp"

#if PY2CPP_VECTOR_MATH

namespace {

using py::vmath::v2d;
using py::vmath::v4d;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMinSub = std::numeric_limits<double>::denorm_min();
constexpr double kMinNorm = std::numeric_limits<double>::min();
constexpr double kMax = std::numeric_limits<double>::max();

std::uint64_t bits(double x) {
    std::uint64_t u;
    std::memcpy(&u, &x, sizeof u);
    return u;
}

// Same value bit for bit (any NaN matches any NaN: NumPy prints them all as nan).
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || bits(a) == bits(b); }

// Values every function is checked on.
std::vector<double> edge_values() {
    std::vector<double> v = {0.0,      -0.0,     kInf,     -kInf,     kNaN,     -kNaN,    kMinSub,   -kMinSub,
                             kMinNorm, -kMinNorm, kMax,    -kMax,     1.0,      -1.0,     0.5,       -0.5,
                             2.0,      1e-300,   -1e-300,  1e-17,     0x1p-54,  0x1p-55,  -0x1p-54,  511.9,
                             512.0,    -512.0,   700.0,    709.78,    709.79,   710.0,    -708.0,    -708.4,
                             -709.0,   -720.0,   -744.0,   -745.1,    -745.2,   -746.0,   -1000.0,   1e300,
                             0.70710678118654752440, -0.70710678118654752440, 0.7071067811865475, 0.7071067811865476,
                             1.0 - 0x1p-53, 1.0 + 0x1p-52, 7.99999999, 8.0, 8.00000001, 26.0, 26.5, 26.7, 27.0,
                             37.5, 38.5, 40.0, -26.6, -37.6, -38.5, -40.0, 3.0e-5, 1.234567e-3, 123.456};
    for (double x = -12.0; x <= 12.0; x += 0.37) v.push_back(x);
    return v;
}

std::vector<double> random_values(std::size_t n, double lo, double hi, unsigned seed) {
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> dist(lo, hi);
    std::vector<double> v(n);
    for (double& x : v) x = dist(gen);
    return v;
}

// The vector function F on xs through vectors of V, kernel-compiled code as the engine uses it.
template <class V, class F>
[[gnu::always_inline]] inline void apply_lanes(const std::vector<double>& xs, std::vector<double>& out, F f) {
    constexpr int w = py::vmath::lanes<V>;
    out.assign(xs.size(), 0.0);
    std::size_t i = 0;
    for (; i + w <= xs.size(); i += w) py::vmath::store(out.data() + i, f(py::vmath::load<V>(xs.data() + i)));
    if (i < xs.size()) {
        const int rest = static_cast<int>(xs.size() - i);
        py::vmath::store_partial(out.data() + i, f(py::vmath::load_partial<V>(xs.data() + i, rest)), rest);
    }
}

#define PY2CPP_VECTOR_FUNCTIONS(X) \
    X(exp_exact, py::vmath::exp_exact) \
    X(exp, py::vmath::exp)             \
    X(log, py::vmath::log)             \
    X(sqrt, py::vmath::sqrt)           \
    X(ndtr, py::vmath::ndtr)           \
    X(erf, py::vmath::erf)             \
    X(erfc, py::vmath::erfc)           \
    X(sin, py::vmath::sin)             \
    X(cos, py::vmath::cos)             \
    X(tan, py::vmath::tan)             \
    X(arctan, py::vmath::arctan)

enum class fn { exp_exact, exp, log, sqrt, ndtr, erf, erfc, sin, cos, tan, arctan };

// Two-argument functions, on pairs (xs[i], ys[i]).
#define PY2CPP_VECTOR_FUNCTIONS2(X)    \
    X(arctan2, py::vmath::arctan2)     \
    X(hypot, py::vmath::hypot)         \
    X(maximum, py::np::detail::maximum_fn::simd) \
    X(minimum, py::np::detail::minimum_fn::simd) \
    X(fmax, py::np::detail::fmax_fn::simd) \
    X(fmin, py::np::detail::fmin_fn::simd) \
    X(clip_lower, py::np::detail::clip_lower_fn::simd) \
    X(clip_upper, py::np::detail::clip_upper_fn::simd)

enum class fn2 { arctan2, hypot, maximum, minimum, fmax, fmin, clip_lower, clip_upper };

// One out-of-line function per instruction set, as the engine's kernels.
#define PY2CPP_CASE(name, f) \
    case fn::name: apply_lanes<V>(xs, out, [](const V& x) __attribute__((always_inline)) { return f(x); }); break;
template <class V>
[[gnu::always_inline]] inline void run_lanes(fn which, const std::vector<double>& xs, std::vector<double>& out) {
    switch (which) { PY2CPP_VECTOR_FUNCTIONS(PY2CPP_CASE) }
}
#undef PY2CPP_CASE

template <class V>
[[gnu::always_inline]] inline void run_lanes2(fn2 which, const std::vector<double>& xs, const std::vector<double>& ys,
                                              std::vector<double>& out) {
    constexpr int w = py::vmath::lanes<V>;
    out.assign(xs.size(), 0.0);
    const auto apply = [&](auto f) __attribute__((always_inline)) {
        std::size_t i = 0;
        for (; i + w <= xs.size(); i += w)
            py::vmath::store(out.data() + i, f(py::vmath::load<V>(xs.data() + i), py::vmath::load<V>(ys.data() + i)));
        if (i < xs.size()) {
            const int rest = static_cast<int>(xs.size() - i);
            const V x = py::vmath::load_partial<V>(xs.data() + i, rest), y = py::vmath::load_partial<V>(ys.data() + i, rest);
            py::vmath::store_partial(out.data() + i, f(x, y), rest);
        }
    };
#define PY2CPP_CASE(name, f) \
    case fn2::name: apply([](const V& x, const V& y) __attribute__((always_inline)) { return f(x, y); }); break;
    switch (which) { PY2CPP_VECTOR_FUNCTIONS2(PY2CPP_CASE) }
#undef PY2CPP_CASE
}

[[gnu::noinline]] void run_sse2(fn2 which, const std::vector<double>& xs, const std::vector<double>& ys, std::vector<double>& out) {
    run_lanes2<v2d>(which, xs, ys, out);
}
[[gnu::noinline, gnu::target("avx2")]] void run_avx2(fn2 which, const std::vector<double>& xs, const std::vector<double>& ys,
                                                     std::vector<double>& out) {
    run_lanes2<v4d>(which, xs, ys, out);
}

[[gnu::noinline]] void run_sse2(fn which, const std::vector<double>& xs, std::vector<double>& out) {
    run_lanes<v2d>(which, xs, out);
}
[[gnu::noinline, gnu::target("avx2")]] void run_avx2(fn which, const std::vector<double>& xs, std::vector<double>& out) {
    run_lanes<v4d>(which, xs, out);
}

bool have_avx2() { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }

double opaque(double x) {
    __asm__("" : "+x"(x));
    return x;
}
double glibc_exp(double x) { return std::exp(opaque(x)); }
double glibc_log(double x) { return std::log(opaque(x)); }
double glibc_sqrt(double x) { return std::sqrt(opaque(x)); }

// Distance in ulps between two finite doubles of the same sign (large otherwise).
double ulps(double a, double b) {
    if (same(a, b)) return 0;
    if (!std::isfinite(a) || !std::isfinite(b) || (a < 0) != (b < 0)) return 1e300;
    const auto ia = static_cast<std::int64_t>(bits(std::fabs(a)));
    const auto ib = static_cast<std::int64_t>(bits(std::fabs(b)));
    return static_cast<double>(ia > ib ? ia - ib : ib - ia);
}

// Checks the vector function against `scalar` on xs for both kernels: bit for bit, or within
// max_ulps ulps for finite results (special values must still be identical).
template <class S>
void check(fn which, const char* name, S scalar, const std::vector<double>& xs, double max_ulps = 0) {
    std::vector<double> got;
    for (int isa = 0; isa < 2; ++isa) {
        if (isa == 1 && !have_avx2()) continue;
        if (isa == 0) run_sse2(which, xs, got);
        else run_avx2(which, xs, got);
        int failures = 0;
        for (std::size_t i = 0; i < xs.size() && failures < 10; ++i) {
            const double want = scalar(xs[i]);
            const bool special = !std::isfinite(want) || want == 0 || std::fabs(want) < kMinNorm;
            const bool ok = (max_ulps == 0 || special) ? same(got[i], want) : ulps(got[i], want) <= max_ulps;
            if (!ok) ++failures;
            EXPECT_TRUE(ok) << name << (isa ? " (AVX2)" : " (SSE2)") << "(" << xs[i] << " = " << std::hexfloat << xs[i]
                            << std::defaultfloat << "): " << std::hexfloat << got[i] << " vs scalar " << want;
        }
    }
}

TEST(VectorMath, ExactExpIsGlibcExpBitForBit) {
    check(fn::exp_exact, "exp_exact", glibc_exp, edge_values());
    check(fn::exp_exact, "exp_exact", glibc_exp, random_values(200000, -745.5, 710.0, 1));
    check(fn::exp_exact, "exp_exact", glibc_exp, random_values(200000, -2.0, 2.0, 2));
    check(fn::exp_exact, "exp_exact", glibc_exp, random_values(20000, -1e-6, 1e-6, 3));
}

TEST(VectorMath, ExpAndLogAreGlibcsOrWithinOneUlp) {
    // The default build gives glibc's scalar results; -DPY2CPP_LIBMVEC gives libmvec's (measured
    // up to 3 ulps away), whose special values (NaN, inf, 0, subnormal results, overflow) are still
    // exactly glibc's.
    const double tolerance = py::vmath::kUseLibmvec ? 4 : 0;
    check(fn::exp, "exp", glibc_exp, edge_values(), tolerance);
    check(fn::exp, "exp", glibc_exp, random_values(100000, -745.5, 710.0, 4), tolerance);
    std::vector<double> logs = edge_values();
    for (double x : random_values(1000, 0.0, 1.0, 5)) logs.push_back(x * 1e-310);  // subnormals
    for (double x : random_values(1000, -300.0, 300.0, 6)) logs.push_back(std::pow(10.0, x));
    check(fn::log, "log", glibc_log, logs, tolerance);
    check(fn::log, "log", glibc_log, random_values(100000, 0.5, 2.0, 7), tolerance);
}

// check() for two-argument functions on the pairs (xs[i], ys[i]).
template <class S>
void check2(fn2 which, const char* name, S scalar, const std::vector<double>& xs, const std::vector<double>& ys,
            double max_ulps = 0) {
    std::vector<double> got;
    for (int isa = 0; isa < 2; ++isa) {
        if (isa == 1 && !have_avx2()) continue;
        if (isa == 0) run_sse2(which, xs, ys, got);
        else run_avx2(which, xs, ys, got);
        int failures = 0;
        for (std::size_t i = 0; i < xs.size() && failures < 10; ++i) {
            const double want = scalar(xs[i], ys[i]);
            const bool special = !std::isfinite(want) || want == 0 || std::fabs(want) < kMinNorm;
            const bool ok = (max_ulps == 0 || special) ? same(got[i], want) : ulps(got[i], want) <= max_ulps;
            if (!ok) ++failures;
            EXPECT_TRUE(ok) << name << (isa ? " (AVX2)" : " (SSE2)") << "(" << xs[i] << ", " << ys[i] << "): " << std::hexfloat
                            << got[i] << " vs scalar " << want;
        }
    }
}

// Every pair of edge values, then random pairs.
void pairs(std::vector<double>& xs, std::vector<double>& ys, std::size_t random, double lo, double hi, unsigned seed) {
    for (double x : edge_values())
        for (double y : edge_values()) {
            xs.push_back(x);
            ys.push_back(y);
        }
    for (double x : random_values(random, lo, hi, seed)) xs.push_back(x);
    for (double y : random_values(random, lo, hi, seed + 1)) ys.push_back(y);
}

double glibc_sin(double x) { return std::sin(opaque(x)); }
double glibc_cos(double x) { return std::cos(opaque(x)); }
double glibc_tan(double x) { return std::tan(opaque(x)); }
double glibc_atan(double x) { return std::atan(opaque(x)); }
double glibc_atan2(double y, double x) { return std::atan2(opaque(y), x); }
double glibc_hypot(double x, double y) { return std::hypot(opaque(x), y); }

TEST(VectorMath, TrigonometryIsGlibcsOrWithinThreeUlps) {
    // Default build: glibc's scalar results lane by lane. -DPY2CPP_LIBMVEC: libmvec's, measured up
    // to 3 ulps from glibc's on these arguments (2 for atan, atan2 and hypot); special values exact.
    const double tolerance = py::vmath::kUseLibmvec ? 3 : 0;
    const std::pair<fn, double (*)(double)> unary[] = {
        {fn::sin, glibc_sin}, {fn::cos, glibc_cos}, {fn::tan, glibc_tan}, {fn::arctan, glibc_atan}};
    const char* names[] = {"sin", "cos", "tan", "arctan"};
    for (int k = 0; k < 4; ++k) {
        check(unary[k].first, names[k], unary[k].second, edge_values(), tolerance);
        check(unary[k].first, names[k], unary[k].second, random_values(100000, -10.0, 10.0, 20 + k), tolerance);
        check(unary[k].first, names[k], unary[k].second, random_values(20000, -1e6, 1e6, 30 + k), tolerance);
        check(unary[k].first, names[k], unary[k].second, random_values(20000, -1e-4, 1e-4, 40 + k), tolerance);
    }
    std::vector<double> xs, ys;
    pairs(xs, ys, 100000, -10.0, 10.0, 50);
    check2(fn2::arctan2, "arctan2", glibc_atan2, xs, ys, tolerance);
    check2(fn2::hypot, "hypot", glibc_hypot, xs, ys, tolerance);
}

TEST(VectorMath, MaximumMinimumAndClipChooseAsTheScalarCode) {
    // NaN on either side, -0.0 against 0.0, ties: the same operand wins in every lane.
    std::vector<double> xs, ys;
    pairs(xs, ys, 1000, -2.0, 2.0, 60);
    using namespace py::np::detail;
    check2(fn2::maximum, "maximum", [](double a, double b) { return maximum_fn{}(a, b); }, xs, ys);
    check2(fn2::minimum, "minimum", [](double a, double b) { return minimum_fn{}(a, b); }, xs, ys);
    check2(fn2::fmax, "fmax", [](double a, double b) { return fmax_fn{}(a, b); }, xs, ys);
    check2(fn2::fmin, "fmin", [](double a, double b) { return fmin_fn{}(a, b); }, xs, ys);
    check2(fn2::clip_lower, "clip_lower", [](double a, double b) { return clip_lower_fn{}(a, b); }, xs, ys);
    check2(fn2::clip_upper, "clip_upper", [](double a, double b) { return clip_upper_fn{}(a, b); }, xs, ys);
}

TEST(VectorMath, SqrtIsExact) {
    check(fn::sqrt, "sqrt", glibc_sqrt, edge_values());
    check(fn::sqrt, "sqrt", glibc_sqrt, random_values(10000, 0.0, 1e6, 8));
}

TEST(VectorMath, CephesFunctionsMatchTheScalarPortBitForBit) {
    for (const auto& xs : {edge_values(), random_values(200000, -40.0, 40.0, 9), random_values(100000, -3.0, 3.0, 10)}) {
        check(fn::ndtr, "ndtr", py::np::cephes::ndtr, xs);
        check(fn::erf, "erf", py::np::cephes::erf, xs);
        check(fn::erfc, "erfc", py::np::cephes::erfc, xs);
    }
}

TEST(VectorMath, IsaSelection) {
    if (std::getenv("PY2CPP_VECTOR_MATH") != nullptr) GTEST_SKIP() << "PY2CPP_VECTOR_MATH overrides the choice";
    // AVX2 where the CPU has it; otherwise SSE2 if its kernels were compiled, else the scalar path.
    const auto expected = have_avx2() ? py::vmath::isa::avx2 : PY2CPP_SSE2_KERNELS ? py::vmath::isa::sse2 : py::vmath::isa::none;
    EXPECT_EQ(py::vmath::detect_isa(), expected);
    EXPECT_EQ(py::vmath::vector_isa(), expected);
}

// ---- The engine: SIMD kernels give the scalar path's values, wherever an element sits -------

using py::ndarray;
namespace np = py::np;

ndarray<double, 1> from(const std::vector<double>& v) {
    ndarray<double, 1> a({static_cast<std::int64_t>(v.size())});
    for (std::size_t i = 0; i < v.size(); ++i) a.data()[i] = v[i];
    return a;
}

TEST(VectorKernels, BlackScholesPutMatchesElementByElementScalarCode) {
    // Sizes around the block and lane widths (8 vectors of 4), so every tail path runs.
    for (std::int64_t n : {1, 3, 4, 5, 31, 32, 33, 37, 64, 100, 1031}) {
        const auto S = from(random_values(static_cast<std::size_t>(n), 10.0, 200.0, 11));
        const auto K = from(random_values(static_cast<std::size_t>(n), 10.0, 200.0, 12));
        const auto T = from(random_values(static_cast<std::size_t>(n), 0.05, 3.0, 13));
        const auto r = from(random_values(static_cast<std::size_t>(n), 0.0, 0.08, 14));
        const auto sigma = from(random_values(static_cast<std::size_t>(n), 0.05, 0.9, 15));
        const ndarray<double, 1> put =
            K * np::exp(-r * T) *
                np::norm_cdf(-((np::log(S / K) + (r - 0.5 * np::square(sigma)) * T) / (sigma * np::sqrt(T))), 0.0, 1.0) -
            S * np::norm_cdf(-((np::log(S / K) + (r + 0.5 * np::square(sigma)) * T) / (sigma * np::sqrt(T))), 0.0, 1.0);
        for (std::int64_t i = 0; i < n; ++i) {
            const double s = S.at(i), k = K.at(i), t = T.at(i), rr = r.at(i), sg = sigma.at(i);
            const double d1 = (np::log(s / k) + (rr + 0.5 * np::square(sg)) * t) / (sg * np::sqrt(t));
            const double d2 = (np::log(s / k) + (rr - 0.5 * np::square(sg)) * t) / (sg * np::sqrt(t));
            const double want = k * np::exp(-rr * t) * np::norm_cdf(-d2, 0.0, 1.0) - s * np::norm_cdf(-d1, 0.0, 1.0);
            // libmvec: validate.json's tolerances (prices of 1e-30 are cancellation noise).
            const double tolerance = py::vmath::kUseLibmvec ? 1e-12 + 1e-12 * std::fabs(want) : 0.0;
            if (tolerance == 0.0) {
                EXPECT_TRUE(same(put.at(i), want)) << "n=" << n << " i=" << i << ": " << put.at(i) << " vs " << want;
            } else {
                EXPECT_NEAR(put.at(i), want, tolerance) << "n=" << n << " i=" << i;
            }
        }
    }
}

TEST(VectorKernels, SpecialValuesFlowThroughFusedExpressions) {
    const auto x = from(edge_values());
    const ndarray<double, 1> y = np::sqrt(np::abs(x)) + np::ndtr(x) * np::erfc(x) - np::erf(x) / 3.0;
    const ndarray<double, 1> z = np::norm_cdf(x, 0.0, 2.0) + np::norm_pdf(x, 1.0, 0.5);
    const ndarray<double, 1> bad_scale = np::norm_cdf(x, 0.0, -1.0);
    for (std::int64_t i = 0; i < x.size(); ++i) {
        const double v = x.at(i);
        EXPECT_TRUE(same(y.at(i), np::sqrt(np::abs(v)) + np::ndtr(v) * np::erfc(v) - np::erf(v) / 3.0)) << v;
        EXPECT_TRUE(same(z.at(i), np::norm_cdf(v, 0.0, 2.0) + np::norm_pdf(v, 1.0, 0.5))) << v;
        EXPECT_TRUE(std::isnan(bad_scale.at(i))) << v;
    }
}

TEST(VectorKernels, ContiguousRowsOfMatricesAndBroadcastRows) {
    ndarray<double, 2> m({5, 7});
    const auto v = random_values(35, -4.0, 4.0, 16);
    for (std::size_t i = 0; i < v.size(); ++i) m.data()[i] = v[i];
    const auto row = from(random_values(7, 0.5, 2.0, 17));
    const ndarray<double, 2> out = np::ndtr(m) * np::log(row) + np::exp(m / 4.0);
    for (std::int64_t i = 0; i < 5; ++i)
        for (std::int64_t j = 0; j < 7; ++j) {
            const double want = np::ndtr(m.at(i, j)) * np::log(row.at(j)) + np::exp(m.at(i, j) / 4.0);
            if (py::vmath::kUseLibmvec) {
                EXPECT_NEAR(out.at(i, j), want, 1e-15 * std::fabs(want));
            } else {
                EXPECT_TRUE(same(out.at(i, j), want)) << i << "," << j;
            }
        }
}

TEST(VectorKernels, TransposedColumnAndSteppedOperandsOfNewArrays) {
    // A transpose and a[::2] are gathered lane by lane, a (k, 1) column is one value per row:
    // the same values as element-by-element code, for rows that end in a partial vector (7 = 4 + 3).
    ndarray<double, 2> m({7, 5});
    const auto v = random_values(35, -4.0, 4.0, 19);
    for (std::size_t i = 0; i < v.size(); ++i) m.data()[i] = v[i];
    const auto column = from(random_values(5, 0.5, 2.0, 20));
    const auto long_row = from(random_values(14, -1.0, 1.0, 21));
    const auto col = column.view(py::all, py::newaxis);
    const auto stepped = long_row.view(py::slice{.step = 2});
    const ndarray<double, 2> out = np::maximum(np::cos(m.transposed()) * col - stepped, np::arctan2(col, m.transposed()));
    for (std::int64_t i = 0; i < 5; ++i)
        for (std::int64_t j = 0; j < 7; ++j) {
            const double a = np::cos(m.at(j, i)) * column.at(i) - long_row.at(2 * j);
            const double b = np::arctan2(column.at(i), m.at(j, i));
            const double want = a > b ? a : b;
            if (py::vmath::kUseLibmvec) {
                EXPECT_NEAR(out.at(i, j), want, 1e-14 * (1.0 + std::fabs(want)));
            } else {
                EXPECT_TRUE(same(out.at(i, j), want)) << i << "," << j;
            }
        }
}

TEST(VectorKernels, InPlaceUpdatesReadBeforeWriting) {
    auto a = from(random_values(1003, -3.0, 3.0, 18));
    const auto before = np::materialize(a);
    a += np::ndtr(a) * 2.0;
    for (std::int64_t i = 0; i < a.size(); ++i) EXPECT_TRUE(same(a.at(i), before.at(i) + np::ndtr(before.at(i)) * 2.0));
}

}  // namespace

#endif  // PY2CPP_VECTOR_MATH
