// Unit tests for runtime/py2cpp/shape_ops.hpp. Expected shapes, values and messages are NumPy
// 1.24's (checked with /usr/bin/python3; the values are rearrangements of small aranges, so they
// are written out here).
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "py2cpp/shape_ops.hpp"
#include "runtime_numpy_support.hpp"

namespace {

using namespace numpy_test;
namespace np = py::np;

template <class A>
std::vector<double> elements(const A& a) {
    const auto c = a.copy();
    return std::vector<double>(c.data(), c.data() + c.size());
}

py::ndarray<double, 1> arange(std::int64_t n) {
    py::ndarray<double, 1> a(std::array<std::int64_t, 1>{n});
    for (std::int64_t i = 0; i < n; ++i) a.data()[i] = static_cast<double>(i);
    return a;
}

TEST(RuntimeShapeOps, ReshapeIsAViewOfContiguousData) {
    const auto a = arange(6);
    const auto m = np::reshape(a, std::make_tuple(std::int64_t{2}, std::int64_t{-1}));
    EXPECT_EQ(m.shape(), (std::array<std::int64_t, 2>{2, 3}));
    EXPECT_EQ(m.at(1, 0), 3.0);
    m.at(0, 1) = 10;  // writes through, as numpy's view does
    EXPECT_EQ(a.at(1), 10.0);
    const auto back = np::reshape(m, 6);
    EXPECT_EQ(back.data(), a.data());
    const auto t = np::reshape(m.transposed(), std::make_tuple(-1));  // not contiguous: a copy
    EXPECT_EQ(elements(t), (std::vector<double>{0, 3, 10, 4, 2, 5}));
    EXPECT_NE(t.data(), a.data());
    const auto three = np::reshape(a, std::make_tuple(3, 1, 2));
    EXPECT_EQ(three.shape(), (std::array<std::int64_t, 3>{3, 1, 2}));
}

TEST(RuntimeShapeOps, ReshapeErrors) {
    const auto a = arange(6);
    EXPECT_NP_RAISES(np::reshape(a, 4), ValueError, "ValueError", "cannot reshape array of size 6 into shape (4,)");
    EXPECT_NP_RAISES(np::reshape(a, std::make_tuple(4, -1)), ValueError, "ValueError",
                     "cannot reshape array of size 6 into shape (4,newaxis)");
    EXPECT_NP_RAISES(np::reshape(a, std::make_tuple(-1, -1)), ValueError, "ValueError",
                     "can only specify one unknown dimension");
    EXPECT_NP_RAISES(np::reshape(arange(0), std::make_tuple(0, -1)), ValueError, "ValueError",
                     "cannot reshape array of size 0 into shape (0,newaxis)");
}

TEST(RuntimeShapeOps, RavelAndFlatten) {
    const auto m = np::reshape(arange(6), std::make_tuple(2, 3));
    EXPECT_EQ(np::ravel(m).data(), m.data());
    EXPECT_NE(np::flatten(m).data(), m.data());
    EXPECT_EQ(elements(np::ravel(m.transposed())), (std::vector<double>{0, 3, 1, 4, 2, 5}));
    EXPECT_EQ(elements(np::flatten(m * 2.0)), (std::vector<double>{0, 2, 4, 6, 8, 10}));
}

TEST(RuntimeShapeOps, Concatenate) {
    const auto a = np::reshape(arange(6), std::make_tuple(2, 3));
    const auto b = np::reshape(arange(4), std::make_tuple(2, 2));
    const auto c1 = np::concatenate(std::make_tuple(a, b), 1);
    EXPECT_EQ(c1.shape(), (std::array<std::int64_t, 2>{2, 5}));
    EXPECT_EQ(elements(c1), (std::vector<double>{0, 1, 2, 0, 1, 3, 4, 5, 2, 3}));
    const auto c0 = np::concatenate(std::make_tuple(a, a + 1.0));
    EXPECT_EQ(c0.shape(), (std::array<std::int64_t, 2>{4, 3}));
    EXPECT_EQ(c0.at(3, 2), 6.0);
    EXPECT_EQ(elements(np::concatenate(std::make_tuple(arange(2), arange(3)), -1)), (std::vector<double>{0, 1, 0, 1, 2}));
    EXPECT_NP_RAISES(np::concatenate(std::make_tuple(a, b)), ValueError, "ValueError",
                     "all the input array dimensions except for the concatenation axis must match exactly, but along "
                     "dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2");
    EXPECT_NP_RAISES(np::concatenate(std::make_tuple(a, b), 2), AxisError, "numpy.AxisError",
                     "axis 2 is out of bounds for array of dimension 2");
}

TEST(RuntimeShapeOps, HstackVstack) {
    const auto h = np::hstack(std::make_tuple(arange(2), arange(3)));
    static_assert(std::is_same_v<decltype(h), const py::ndarray<double, 1>>);
    EXPECT_EQ(elements(h), (std::vector<double>{0, 1, 0, 1, 2}));
    const auto v = np::vstack(std::make_tuple(arange(3), arange(3) * 2.0));
    EXPECT_EQ(v.shape(), (std::array<std::int64_t, 2>{2, 3}));
    EXPECT_EQ(elements(v), (std::vector<double>{0, 1, 2, 0, 2, 4}));
    const auto m = np::reshape(arange(6), std::make_tuple(2, 3));
    const auto mv = np::vstack(std::make_tuple(m, arange(3)));
    EXPECT_EQ(mv.shape(), (std::array<std::int64_t, 2>{3, 3}));
    EXPECT_EQ(mv.at(2, 2), 2.0);
    const auto mh = np::hstack(std::make_tuple(m, m));
    EXPECT_EQ(mh.shape(), (std::array<std::int64_t, 2>{2, 6}));
    EXPECT_EQ(mh.at(1, 3), 3.0);
    EXPECT_NP_RAISES(np::vstack(std::make_tuple(arange(3), arange(2))), ValueError, "ValueError",
                     "all the input array dimensions except for the concatenation axis must match exactly, but along "
                     "dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2");
}

TEST(RuntimeShapeOps, Stack) {
    const auto s0 = np::stack(std::make_tuple(arange(3), arange(3) + 10.0));
    EXPECT_EQ(s0.shape(), (std::array<std::int64_t, 2>{2, 3}));
    EXPECT_EQ(elements(s0), (std::vector<double>{0, 1, 2, 10, 11, 12}));
    const auto s1 = np::stack(std::make_tuple(arange(3), arange(3) + 10.0), -1);
    EXPECT_EQ(s1.shape(), (std::array<std::int64_t, 2>{3, 2}));
    EXPECT_EQ(elements(s1), (std::vector<double>{0, 10, 1, 11, 2, 12}));
    const auto m = np::reshape(arange(4), std::make_tuple(2, 2));
    const auto s2 = np::stack(std::make_tuple(m, m * 2.0), 2);
    EXPECT_EQ(s2.shape(), (std::array<std::int64_t, 3>{2, 2, 2}));
    EXPECT_EQ(s2.at(1, 1, 1), 6.0);
    EXPECT_NP_RAISES(np::stack(std::make_tuple(arange(3), arange(2))), ValueError, "ValueError",
                     "all input arrays must have the same shape");
    EXPECT_NP_RAISES(np::stack(std::make_tuple(arange(3), arange(3)), 2), AxisError, "numpy.AxisError",
                     "axis 2 is out of bounds for array of dimension 2");
}

}  // namespace
