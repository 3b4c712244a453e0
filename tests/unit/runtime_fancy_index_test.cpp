// Unit tests of advanced indexing (runtime/py2cpp/fancy_index.hpp): masks and integer index
// arrays, reads (copies) and stores, with NumPy's results and error messages.
#include "py2cpp/numpy.hpp"

#include <cstdint>

#include <gtest/gtest.h>

#include "runtime_test_support.hpp"

using py::ndarray;
using I64 = std::int64_t;

namespace {

ndarray<double, 1> vec(std::initializer_list<double> values) { return py::np::array<double>(values); }
ndarray<I64, 1> ivec(std::initializer_list<I64> values) { return py::np::array<I64>(values); }

}  // namespace

TEST(FancyIndex, MaskSelectsInCOrderAndCopies) {
    auto a = vec({1.0, -2.0, 3.0, -4.0});
    ndarray<double, 1> picked = py::np::masked(a, a > 0.0);
    ASSERT_EQ(picked.size(), 2);
    EXPECT_EQ(picked.at(0), 1.0);
    EXPECT_EQ(picked.at(1), 3.0);
    picked.at(0) = 99.0;  // a copy: the source is unchanged
    EXPECT_EQ(a.at(0), 1.0);
    auto m = py::np::array<double>({{1.0, 5.0}, {7.0, 2.0}});
    ndarray<double, 1> big = py::np::masked(m, m > 1.5);
    ASSERT_EQ(big.size(), 3);
    EXPECT_EQ(big.at(0), 5.0);
    EXPECT_EQ(big.at(1), 7.0);
    EXPECT_EQ(big.at(2), 2.0);
}

TEST(FancyIndex, MaskStoresScalarsAndArrays) {
    auto a = vec({1.0, -2.0, 3.0, -4.0});
    py::np::set_masked(a, a < 0.0, 0.0);
    EXPECT_EQ(a.at(1), 0.0);
    EXPECT_EQ(a.at(3), 0.0);
    auto b = vec({1.0, 2.0, 3.0});
    py::np::set_masked(b, b > 1.5, vec({20.0, 30.0}));
    EXPECT_EQ(b.at(1), 20.0);
    EXPECT_EQ(b.at(2), 30.0);
    EXPECT_PY_RAISES(py::np::set_masked(b, b > 0.0, vec({1.0, 2.0})), ValueError,
                     "NumPy boolean array indexing assignment cannot assign 2 input values to the 3 output values where the mask is true");
}

TEST(FancyIndex, MaskOfAnotherShapeIsAnIndexError) {
    auto a = vec({1.0, 2.0, 3.0});
    auto other = vec({1.0, 2.0});
    EXPECT_PY_RAISES(py::np::masked(a, other > 0.0), IndexError,
                     "boolean index did not match indexed array along dimension 0; dimension is 3 but corresponding boolean dimension is 2");
}

TEST(FancyIndex, IntegerIndicesGatherWithNegativesAndRepeats) {
    auto a = vec({10.0, 11.0, 12.0, 13.0});
    ndarray<double, 1> g = py::np::take(a, ivec({3, -1, 0, 0}));
    EXPECT_EQ(g.at(0), 13.0);
    EXPECT_EQ(g.at(1), 13.0);
    EXPECT_EQ(g.at(2), 10.0);
    EXPECT_EQ(g.at(3), 10.0);
    auto m = py::np::array<double>({{1.0, 2.0}, {3.0, 4.0}, {5.0, 6.0}});
    ndarray<double, 2> rows = py::np::take(m, ivec({2, 0}));
    EXPECT_EQ(rows.shape(0), 2);
    EXPECT_EQ(rows.at(0, 1), 6.0);
    EXPECT_EQ(rows.at(1, 0), 1.0);
    EXPECT_PY_RAISES(py::np::take(a, ivec({4})), IndexError, "index 4 is out of bounds for axis 0 with size 4");
}

TEST(FancyIndex, IntegerIndicesScatterLastValueWins) {
    auto a = vec({0.0, 0.0, 0.0});
    py::np::set_taken(a, ivec({0, 2, 0}), vec({1.0, 2.0, 3.0}));
    EXPECT_EQ(a.at(0), 3.0);
    EXPECT_EQ(a.at(2), 2.0);
    py::np::set_taken(a, ivec({-1}), 9.0);
    EXPECT_EQ(a.at(2), 9.0);
    EXPECT_PY_RAISES(py::np::set_taken(a, ivec({0, 1}), vec({1.0, 2.0, 3.0})), ValueError,
                     "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)");
}

TEST(FancyIndex, RowsOfAMatrixTakeNumbersRowsOrBlocks) {
    auto m = py::np::array<double>({{0.0, 1.0}, {2.0, 3.0}, {4.0, 5.0}});
    py::np::set_taken(m, ivec({0, 2}), py::np::take(m, ivec({2, 0})));  // a row swap
    EXPECT_EQ(m.at(0, 1), 5.0);
    EXPECT_EQ(m.at(2, 0), 0.0);
    py::np::set_taken(m, ivec({-1}), 7.0);
    EXPECT_EQ(m.at(2, 0), 7.0);
    EXPECT_EQ(m.at(2, 1), 7.0);
    py::np::set_taken(m, ivec({0, 1}), vec({8.0, 9.0}));  // one row for every index
    EXPECT_EQ(m.at(1, 0), 8.0);
    EXPECT_EQ(m.at(1, 1), 9.0);
    EXPECT_PY_RAISES(py::np::set_taken(m, ivec({0, 1}), vec({1.0, 2.0, 3.0})), ValueError,
                     "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,2)");
    EXPECT_PY_RAISES(py::np::set_taken(m, ivec({3}), 0.0), IndexError, "index 3 is out of bounds for axis 0 with size 3");
}

TEST(FancyIndex, AViewOfTheTargetIsReadAsItIsWrittenLikeNumPy) {
    // NumPy 1.24: b = np.arange(12.).reshape(4, 3); b[[1, 2, 3]] = b[:3] makes every row [0, 1, 2].
    auto b = py::np::reshape(py::np::arange<double>(0.0, 12.0, 1.0), std::make_tuple(I64{4}, I64{3}));
    py::np::set_taken(b, ivec({1, 2, 3}), b.view(py::slice{.stop = 3}));
    for (I64 r = 0; r < 4; ++r) EXPECT_EQ(b.at(r, 2), 2.0) << r;
    // w = np.arange(8.); w[np.arange(8)] = w[::-1] gives [7, 6, 5, 4, 4, 5, 6, 7].
    auto w = py::np::arange<double>(0.0, 8.0, 1.0);
    py::np::set_taken(w, py::np::arange<I64>(0, 8, 1), w.view(py::slice{.step = -1}));
    EXPECT_EQ(w.at(3), 4.0);
    EXPECT_EQ(w.at(4), 4.0);
    EXPECT_EQ(w.at(7), 7.0);
}

// The general case: where NumPy puts the broadcast dimensions of the index arrays.
TEST(FancyIndex, MixedSubscriptsPlaceBroadcastDimensionsAsNumPy) {
    auto t = py::np::reshape(py::np::arange<double>(60), std::array<I64, 3>{3, 4, 5});
    // Together (`t[:, [0, 3], [1, 4]]`): in place, after the leading slice.
    ndarray<double, 2> together = py::np::fancy_get(t, py::all, ivec({0, 3}), ivec({1, 4}));
    EXPECT_EQ(together.shape(), (std::array<I64, 2>{3, 2}));
    EXPECT_EQ(together.at(1, 0), t.at(1, 0, 1));
    EXPECT_EQ(together.at(2, 1), t.at(2, 3, 4));
    // Separated by a slice (`t[0, :, [1, 2]]`): the index dimension comes first.
    ndarray<double, 2> apart = py::np::fancy_get(t, I64{0}, py::all, ivec({1, 2}));
    EXPECT_EQ(apart.shape(), (std::array<I64, 2>{2, 4}));
    EXPECT_EQ(apart.at(1, 3), t.at(0, 3, 2));
    // A mask over two axes stands for the index arrays of its true positions.
    ndarray<bool, 2> mask = py::np::zeros<bool>(std::array<I64, 2>{4, 5});
    mask.at(0, 1) = true;
    mask.at(3, 4) = true;
    ndarray<double, 2> masked = py::np::fancy_get(t, py::all, mask);
    EXPECT_EQ(masked.shape(), (std::array<I64, 2>{3, 2}));
    EXPECT_EQ(masked.at(2, 1), t.at(2, 3, 4));
}

TEST(FancyIndex, MixedSubscriptsStoreAndReportNumPyErrors) {
    auto m = py::np::zeros<double>(std::array<I64, 2>{3, 4});
    py::np::fancy_set(m, 7.0, py::slice{.start = 1}, ivec({0, 3}));
    EXPECT_EQ(m.at(0, 0), 0.0);
    EXPECT_EQ(m.at(1, 0), 7.0);
    EXPECT_EQ(m.at(2, 3), 7.0);
    py::np::fancy_set(m, vec({1.0, 2.0}), ivec({0, 2}), ivec({1, 2}));
    EXPECT_EQ(m.at(0, 1), 1.0);
    EXPECT_EQ(m.at(2, 2), 2.0);
    EXPECT_PY_RAISES(py::np::fancy_get(m, ivec({0, 1}), ivec({0, 1, 2})), IndexError,
                    "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ");
    EXPECT_PY_RAISES(py::np::fancy_get(m, py::all, ivec({4})), IndexError, "index 4 is out of bounds for axis 1 with size 4");
    EXPECT_PY_RAISES(py::np::fancy_set(m, vec({1.0, 2.0, 3.0}), py::all, ivec({0, 1})), ValueError,
                    "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (3,2)");
}
