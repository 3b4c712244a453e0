// Unit tests for runtime/py2cpp/creation.hpp: filled arrays, *_like, arange and linspace
// bit-identical to NumPy 1.24 (values from Debian's /usr/bin/python3 as hex floats), eye,
// identity, array() from initializer lists (ragged -> ValueError), copy and asarray.
#include "py2cpp/numpy.hpp"

#include <cstdint>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "runtime_test_support.hpp"

namespace {

namespace np = py::np;
using py::ndarray;
using runtime_test::describe;
using runtime_test::same_double;
using I64 = std::int64_t;

void expect_bits(const ndarray<double, 1>& got, const std::vector<double>& want) {
    ASSERT_EQ(got.size(), static_cast<I64>(want.size()));
    for (std::size_t i = 0; i < want.size(); ++i) {
        const double g = got.at(static_cast<I64>(i));
        EXPECT_TRUE(same_double(g, want[i])) << "[" << i << "] " << describe(g) << " vs " << describe(want[i]);
    }
}

TEST(Creation, FilledArrays) {
    const auto z = np::zeros<double>(std::tuple<I64, I64>{2, 3});
    EXPECT_EQ(z.shape()[0], 2);
    EXPECT_EQ(z.shape()[1], 3);
    EXPECT_EQ(z.at(1, 2), 0.0);
    const auto o = np::ones<I64>(I64{4});
    EXPECT_EQ(o.at(3), 1);
    const auto f = np::full<double>(std::tuple<I64, I64>{2, 2}, 7);
    EXPECT_EQ(f.at(1, 1), 7.0);
    const auto e = np::empty<float>(std::array<I64, 1>{5});
    EXPECT_EQ(e.size(), 5);
    const auto b = np::zeros<bool>(3);  // an int literal shape works too
    EXPECT_FALSE(b.at(2));
    EXPECT_PY_RAISES(np::zeros<double>(std::tuple<I64, I64>{2, -1}), ValueError, "negative dimensions are not allowed");
}

TEST(Creation, LikeFunctionsKeepShapeAndType) {
    const auto a = np::arange<I64>(6);
    const auto zl = np::zeros_like(a);
    const auto ol = np::ones_like(a * 2);
    const auto fl = np::full_like(a, 2.9);  // converted to the element type, as NumPy
    const auto el = np::empty_like(a);
    static_assert(std::is_same_v<decltype(zl), const ndarray<I64, 1>>);
    EXPECT_EQ(zl.at(5), 0);
    EXPECT_EQ(ol.at(5), 1);
    EXPECT_EQ(fl.at(0), 2);
    EXPECT_EQ(el.size(), 6);
}

TEST(Creation, ArangeMatchesNumPyBitForBit) {
    expect_bits(np::arange<double>(0.0, 1.0, 0.1),
                {0x0.0p+0, 0x1.999999999999ap-4, 0x1.999999999999ap-3, 0x1.3333333333334p-2, 0x1.999999999999ap-2,
                 0x1.0000000000000p-1, 0x1.3333333333334p-1, 0x1.6666666666667p-1, 0x1.999999999999ap-1,
                 0x1.ccccccccccccdp-1});
    expect_bits(np::arange<double>(0.5, 3.2, 0.7),
                {0x1.0000000000000p-1, 0x1.3333333333333p+0, 0x1.e666666666666p+0, 0x1.4ccccccccccccp+1});
    expect_bits(np::arange<double>(-2.5, I64{4}, 0.3),
                {-0x1.4000000000000p+1, -0x1.199999999999ap+1, -0x1.e666666666668p+0, -0x1.999999999999cp+0,
                 -0x1.4ccccccccccd0p+0, -0x1.0000000000004p+0, -0x1.6666666666670p-1, -0x1.99999999999b0p-2,
                 -0x1.9999999999a00p-4, 0x1.9999999999960p-3,  0x1.fffffffffffe0p-2,  0x1.9999999999988p-1,
                 0x1.1999999999990p+0,  0x1.666666666665cp+0,  0x1.b333333333328p+0,  0x1.ffffffffffff4p+0,
                 0x1.2666666666660p+1,  0x1.4ccccccccccc6p+1,  0x1.733333333332cp+1,  0x1.9999999999992p+1,
                 0x1.bfffffffffff8p+1,  0x1.e66666666665ep+1});
    const auto f = np::arange<float>(0.0, 1.0, 0.1);  // float32 fill arithmetic
    const std::vector<float> want_f = {0x0.0p+0F,        0x1.99999ap-4F, 0x1.99999ap-3F, 0x1.333334p-2F, 0x1.99999ap-2F,
                                       0x1.000000p-1F,   0x1.333334p-1F, 0x1.666666p-1F, 0x1.99999ap-1F, 0x1.cccccep-1F};
    ASSERT_EQ(f.size(), 10);
    for (I64 i = 0; i < 10; ++i) EXPECT_EQ(f.at(i), want_f[static_cast<std::size_t>(i)]) << i;
    EXPECT_EQ(np::arange<double>(0.1, 0.7, 0.05).size(), 12);
    EXPECT_EQ(np::arange<double>(1, 2, 0.1).size(), 10);
}

TEST(Creation, ArangeIntegersAndErrors) {
    const auto a = np::arange<I64>(1, 10, 3);
    EXPECT_EQ(a.size(), 3);
    EXPECT_EQ(a.at(2), 7);
    const auto d = np::arange<I64>(10, 1, -3);
    EXPECT_EQ(d.at(0), 10);
    EXPECT_EQ(d.at(2), 4);
    EXPECT_EQ(np::arange<I64>(5, 1).size(), 0);
    EXPECT_EQ(np::arange<I64>(4).at(3), 3);
    EXPECT_EQ(np::arange<double>(2.5).size(), 3);
    EXPECT_PY_RAISES(np::arange<I64>(0, 10, 0), ZeroDivisionError, "division by zero");
    EXPECT_PY_RAISES(np::arange<double>(0.0, 1.0, 0.0), ZeroDivisionError, "float division by zero");
    EXPECT_PY_RAISES(np::arange<double>(0.0, std::numeric_limits<double>::quiet_NaN(), 1.0), ValueError,
                     "arange: cannot compute length");
    EXPECT_PY_RAISES(np::arange<double>(0.0, 1e30, 1e-30), ValueError, "Maximum allowed size exceeded");
    EXPECT_PY_RAISES(np::arange<I64>(I64{0}, I64{1} << 62, I64{1}), ValueError,
                     "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
}

TEST(Creation, LinspaceMatchesNumPyBitForBit) {
    expect_bits(np::linspace(-1.3, 7.9, 11),
                {-0x1.4cccccccccccdp+0, -0x1.851eb851eb850p-2, 0x1.147ae147ae14ap-1, 0x1.75c28f5c28f5fp+0,
                 0x1.30a3d70a3d70cp+1, 0x1.a666666666668p+1, 0x1.0e147ae147ae3p+2, 0x1.48f5c28f5c291p+2,
                 0x1.83d70a3d70a3fp+2, 0x1.beb851eb851edp+2, 0x1.f99999999999ap+2});
    expect_bits(np::linspace(0, 1, 7), {0x0.0p+0, 0x1.5555555555555p-3, 0x1.5555555555555p-2, 0x1.0000000000000p-1,
                                        0x1.5555555555555p-1, 0x1.aaaaaaaaaaaaap-1, 0x1.0000000000000p+0});
    expect_bits(np::linspace(2.0, 3.0, 5, false), {0x1.0000000000000p+1, 0x1.199999999999ap+1, 0x1.3333333333333p+1,
                                                   0x1.4cccccccccccdp+1, 0x1.6666666666666p+1});
    // A step that underflows to 0 takes NumPy's (i / div) * delta branch.
    expect_bits(np::linspace(0.0, 1e-320, 4),
                {0x0.0p+0, 0x0.00000000002a3p-1022, 0x0.0000000000546p-1022, 0x0.00000000007e8p-1022});
    expect_bits(np::linspace(1, 10, 1), {1.0});
    expect_bits(np::linspace(1, 10, 1, false), {1.0});
    const auto fifty = np::linspace(0.1, 0.7);
    ASSERT_EQ(fifty.size(), 50);
    EXPECT_EQ(fifty.at(13), 0.25918367346938775);
    EXPECT_EQ(fifty.at(27), 0.43061224489795913);
    EXPECT_EQ(fifty.at(48), 0.6877551020408162);
    EXPECT_EQ(np::linspace(0, 1, 0).size(), 0);
    EXPECT_PY_RAISES(np::linspace(0, 1, -1), ValueError, "Number of samples, -1, must be non-negative.");
}

TEST(Creation, EyeAndIdentity) {
    const auto e = np::eye<double>(3, 4, 1);
    EXPECT_EQ(e.shape()[1], 4);
    EXPECT_EQ(e.at(0, 1), 1.0);
    EXPECT_EQ(e.at(2, 3), 1.0);
    EXPECT_EQ(e.at(0, 0), 0.0);
    const auto lower = np::eye<double>(3, py::None, -2);
    EXPECT_EQ(lower.at(2, 0), 1.0);
    EXPECT_EQ(lower.at(1, 0), 0.0);
    const auto far = np::eye<I64>(2, 3, 5);
    EXPECT_EQ(far.at(0, 0) + far.at(1, 2), 0);
    const auto id = np::identity<I64>(3);
    EXPECT_EQ(id.at(1, 1), 1);
    EXPECT_EQ(id.at(1, 2), 0);
}

TEST(Creation, ArrayFromListsAndCopies) {
    const auto v = np::array<double>({1, 2.5, 3});
    EXPECT_EQ(v.at(1), 2.5);
    const auto m = np::array<I64>({{1, 2, 3}, {4, 5, 6}});
    EXPECT_EQ(m.shape()[0], 2);
    EXPECT_EQ(m.at(1, 0), 4);
    EXPECT_PY_RAISES(np::array<I64>({{1, 2}, {3}}), ValueError,
                     "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                     "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
    const auto from_vector = np::array<double>(py::list<I64>{1, 2});
    EXPECT_EQ(from_vector.at(1), 2.0);
    auto c = np::copy(v);
    c.at(0) = 9.0;
    EXPECT_EQ(v.at(0), 1.0);
    auto converted = np::array<I64>(v);
    EXPECT_EQ(converted.at(1), 2);
    const auto same = np::asarray(v);
    EXPECT_EQ(same.data(), v.data());
    const auto as_int = np::asarray<I64>(v);
    EXPECT_EQ(as_int.at(2), 3);
    const auto from_node = np::array(v + 1.0);
    EXPECT_EQ(from_node.at(0), 2.0);
}

}  // namespace
