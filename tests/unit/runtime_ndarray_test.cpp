// Unit tests for runtime/py2cpp/ndarray.hpp and array_expr.hpp: handle semantics, basic indexing
// (slices with Python's slice.indices rules), views writing through, broadcasting with NumPy's
// error messages, overlap-safe assignment and compound operators, truthiness, and the fast/row
// evaluation paths. Expected values and messages are NumPy 1.24's (Debian's /usr/bin/python3).
#include "py2cpp/numpy.hpp"

#include <cstdint>
#include <limits>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "runtime_test_support.hpp"

namespace {

namespace np = py::np;
using py::ndarray;
using py::slice;
using I64 = std::int64_t;

template <class T>
std::vector<T> values(const ndarray<T, 1>& a) {
    std::vector<T> out;
    for (T x : a) out.push_back(x);
    return out;
}

template <class T>
std::vector<std::vector<T>> values(const ndarray<T, 2>& a) {
    std::vector<std::vector<T>> out;
    for (const auto& row : a) out.push_back(values(row));
    return out;
}

ndarray<double, 2> matrix3x3() {  // np.arange(9.0).reshape(3, 3)
    return np::array<double>({{0, 1, 2}, {3, 4, 5}, {6, 7, 8}});
}

TEST(Ndarray, DefaultAndShapeConstruction) {
    const ndarray<double, 2> empty;
    EXPECT_EQ(empty.size(), 0);
    EXPECT_EQ(empty.shape()[0], 0);
    const ndarray<double, 2> a(std::array<I64, 2>{2, 3});
    EXPECT_EQ(a.size(), 6);
    EXPECT_EQ(a.strides()[0], 3);
    EXPECT_EQ(a.strides()[1], 1);
    EXPECT_EQ(a.shape(-1), 3);
    EXPECT_EQ(a.shape(0), 2);
    EXPECT_TRUE(a.is_c_contiguous());
    EXPECT_FALSE(a.transposed().is_c_contiguous());
    EXPECT_PY_RAISES(a.shape(2), IndexError, "tuple index out of range");
    EXPECT_PY_RAISES((ndarray<double, 1>(std::array<I64, 1>{-1})), ValueError, "negative dimensions are not allowed");
}

TEST(Ndarray, CopyingAHandleShares) {
    auto a = np::zeros<double>(I64{3});
    auto b = a;  // b = a in Python
    b.at(1) = 5.0;
    EXPECT_EQ(a.at(1), 5.0);
    auto c = a.copy();
    c.at(1) = 7.0;
    EXPECT_EQ(a.at(1), 5.0);
    // operator= with an expression rebinds, leaving the shared data alone
    b = a + 1.0;
    EXPECT_EQ(a.at(1), 5.0);
    EXPECT_EQ(b.at(1), 6.0);
}

TEST(Ndarray, AtIsBoundsCheckedWithNegativeIndices) {
    auto a = np::arange<I64>(3);
    EXPECT_EQ(a.at(-1), 2);
    EXPECT_EQ(a.at(-3), 0);
    EXPECT_PY_RAISES(a.at(5), IndexError, "index 5 is out of bounds for axis 0 with size 3");
    EXPECT_PY_RAISES(a.at(-4), IndexError, "index -4 is out of bounds for axis 0 with size 3");
    const auto m = np::zeros<double>(std::tuple<I64, I64>{3, 4});
    EXPECT_PY_RAISES(m.at(1, -5), IndexError, "index -5 is out of bounds for axis 1 with size 4");
    EXPECT_PY_RAISES(m.view(3), IndexError, "index 3 is out of bounds for axis 0 with size 3");
}

TEST(Ndarray, SlicesFollowPythonRules) {
    const auto x = np::arange<I64>(10);
    EXPECT_EQ(values(x.view(slice{.start = -3})), (std::vector<I64>{7, 8, 9}));
    EXPECT_EQ(values(x.view(slice{.step = -2})), (std::vector<I64>{9, 7, 5, 3, 1}));
    EXPECT_EQ(values(x.view(slice{.start = 8, .stop = 2, .step = -3})), (std::vector<I64>{8, 5}));
    EXPECT_EQ(values(x.view(slice{.start = -100, .stop = 100, .step = 4})), (std::vector<I64>{0, 4, 8}));
    EXPECT_EQ(values(x.view(slice{.start = 5, .stop = 2})), std::vector<I64>{});
    EXPECT_EQ(values(x.view(slice{.stop = -12, .step = -1})), (std::vector<I64>{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}));
    EXPECT_EQ(values(x.view(py::all)), values(x));
    EXPECT_PY_RAISES(x.view(slice{.step = 0}), ValueError, "slice step cannot be zero");
}

TEST(Ndarray, ViewsOfMatrices) {
    const auto m = matrix3x3();
    const auto col = m.view(py::all, 1);  // m[:, 1]
    EXPECT_EQ(values(col), (std::vector<double>{1, 4, 7}));
    const auto row = m.view(-1);  // m[-1]
    EXPECT_EQ(values(row), (std::vector<double>{6, 7, 8}));
    const auto sub = m.view(slice{.start = 1}, slice{.step = -2});  // m[1:, ::-2]
    EXPECT_EQ(values(sub), (std::vector<std::vector<double>>{{5, 3}, {8, 6}}));
    const auto t = m.transposed();
    EXPECT_EQ(t.at(0, 2), 6.0);
    EXPECT_EQ(values(m.view(slice{.step = 2}, 0)), (std::vector<double>{0, 6}));  // m[::2, 0]
}

TEST(Ndarray, ViewsWriteThroughAndKeepTheBaseAlive) {
    ndarray<double, 1> view;
    {
        auto m = matrix3x3();
        view = m.view(py::all, 2);
        view.at(0) = 100.0;
        EXPECT_EQ(m.at(0, 2), 100.0);
        m.view(1).assign(-1.0);  // m[1] = -1
        EXPECT_EQ(values(m.view(1)), (std::vector<double>{-1, -1, -1}));
        m.transposed().view(0) += 10.0;  // m.T[0] += 10, i.e. column 0
        EXPECT_EQ(m.at(2, 0), 16.0);
    }
    EXPECT_EQ(values(view), (std::vector<double>{100, -1, 8}));  // the storage outlived m
}

TEST(Ndarray, OverlappingAssignmentMatchesNumPy) {
    auto a = np::arange<double>(10);
    a.view(slice{.start = 1}).assign(a.view(slice{.stop = -1}));  // a[1:] = a[:-1]
    EXPECT_EQ(values(a), (std::vector<double>{0, 0, 1, 2, 3, 4, 5, 6, 7, 8}));
    auto b = np::arange<double>(10);
    b.view(slice{.stop = -1}).assign(b.view(slice{.start = 1}));  // b[:-1] = b[1:]
    EXPECT_EQ(values(b), (std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 9}));
    auto c = np::arange<double>(10);
    c.view(slice{.step = -1}).assign(c);  // c[::-1] = c
    EXPECT_EQ(values(c), (std::vector<double>{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}));
    auto m = matrix3x3();
    m.assign(m.transposed());  // m[:] = m.T
    EXPECT_EQ(values(m), (std::vector<std::vector<double>>{{0, 3, 6}, {1, 4, 7}, {2, 5, 8}}));
    auto n = matrix3x3();
    n += n.transposed();
    EXPECT_EQ(values(n), (std::vector<std::vector<double>>{{0, 4, 8}, {4, 8, 12}, {8, 12, 16}}));
    auto d = np::arange<double>(4);
    d += d;  // same layout: no temporary needed, still correct
    EXPECT_EQ(values(d), (std::vector<double>{0, 2, 4, 6}));
}

TEST(Broadcasting, SameShapeScalarRowAndColumn) {
    const auto a = np::array<double>({1, 2, 3});
    const ndarray<double, 1> s = a * 2.0 - 1.0;
    EXPECT_EQ(values(s), (std::vector<double>{1, 3, 5}));
    const ndarray<double, 1> r = 10.0 - a;  // scalar on the left
    EXPECT_EQ(values(r), (std::vector<double>{9, 8, 7}));
    const auto m = np::array<double>({{0, 0, 0}, {10, 10, 10}});
    const ndarray<double, 2> mr = m + a;  // (2,3) + (3,)
    EXPECT_EQ(values(mr), (std::vector<std::vector<double>>{{1, 2, 3}, {11, 12, 13}}));
    const auto col = np::array<double>({{1}, {2}, {3}});
    const auto row = np::array<double>({{10, 20, 30, 40}});
    const ndarray<double, 2> outer = col * row;  // (3,1) * (1,4)
    EXPECT_EQ(outer.shape()[0], 3);
    EXPECT_EQ(outer.shape()[1], 4);
    EXPECT_EQ(values(outer.view(2)), (std::vector<double>{30, 60, 90, 120}));
    const ndarray<double, 2> strided = m.view(py::all, slice{.step = -1}) + col.view(slice{.stop = 2});
    EXPECT_EQ(values(strided), (std::vector<std::vector<double>>{{1, 1, 1}, {12, 12, 12}}));
}

TEST(Broadcasting, MismatchRaisesNumPysMessages) {
    const auto a = np::zeros<double>(I64{3});
    const auto b = np::zeros<double>(I64{4});
    EXPECT_PY_RAISES(a + b, ValueError, "operands could not be broadcast together with shapes (3,) (4,) ");
    const auto m23 = np::zeros<double>(std::tuple<I64, I64>{2, 3});
    const auto m32 = np::zeros<double>(std::tuple<I64, I64>{3, 2});
    EXPECT_PY_RAISES(m23 * m32, ValueError, "operands could not be broadcast together with shapes (2,3) (3,2) ");
    auto c = np::zeros<double>(I64{3});
    EXPECT_PY_RAISES(c += m23, ValueError,
                     "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)");
    EXPECT_PY_RAISES(c.assign(m23), ValueError, "could not broadcast input array from shape (2,3) into shape (3,)");
    EXPECT_PY_RAISES(c.assign(b), ValueError, "could not broadcast input array from shape (4,) into shape (3,)");
    m23.assign(a);  // (3,) into (2,3) is fine
    m23.view(0).assign(np::array<double>({1, 2, 3}));
    EXPECT_EQ(m23.at(0, 2), 3.0);
}

TEST(Expressions, ComparisonsBitwiseAndUnary) {
    const auto a = np::array<I64>({1, 2, 3, 4});
    const ndarray<bool, 1> gt = a > I64{2};
    const ndarray<bool, 1> le = a <= 2;
    const ndarray<bool, 1> eq = a == a;
    const ndarray<bool, 1> ne = a != 3;
    EXPECT_EQ(values(gt), (std::vector<bool>{false, false, true, true}));
    EXPECT_EQ(values(le), (std::vector<bool>{true, true, false, false}));
    EXPECT_EQ(values(eq), (std::vector<bool>{true, true, true, true}));
    EXPECT_EQ(values(ne), (std::vector<bool>{true, true, false, true}));
    const ndarray<bool, 1> both = (a > 1) & (a < 4);
    const ndarray<bool, 1> either = (a < 2) | (a > 3);
    const ndarray<bool, 1> inverted = ~(a > 2);
    EXPECT_EQ(values(both), (std::vector<bool>{false, true, true, false}));
    EXPECT_EQ(values(either), (std::vector<bool>{true, false, false, true}));
    EXPECT_EQ(values(inverted), (std::vector<bool>{true, true, false, false}));
    const ndarray<I64, 1> bits = (a & 1) ^ 3;
    EXPECT_EQ(values(bits), (std::vector<I64>{2, 3, 2, 3}));
    const ndarray<I64, 1> neg = -a;
    EXPECT_EQ(values(neg), (std::vector<I64>{-1, -2, -3, -4}));
    const ndarray<I64, 1> inv = ~a;
    EXPECT_EQ(inv.at(0), -2);
}

TEST(Expressions, AstypePromotesAndCopies) {
    const auto i = np::array<I64>({1, 2, 3});
    const ndarray<double, 1> half = np::astype<double>(i) / 2.0;  // int / float in NumPy
    EXPECT_EQ(values(half), (std::vector<double>{0.5, 1.0, 1.5}));
    const auto d = np::array<double>({-1.7, 0.0, 2.9});
    const ndarray<I64, 1> truncated = np::astype<I64>(d);
    EXPECT_EQ(values(truncated), (std::vector<I64>{-1, 0, 2}));
    const ndarray<bool, 1> nonzero = np::astype<bool>(d);
    EXPECT_EQ(values(nonzero), (std::vector<bool>{true, false, true}));
    ndarray<double, 1> same = np::astype<double>(d);  // astype copies even for the same dtype
    same.at(0) = 99.0;
    EXPECT_EQ(d.at(0), -1.7);
    EXPECT_EQ(np::astype<I64>(2.9), 2);
    auto acc = np::zeros<double>(I64{3});
    acc += i;  // same-kind in-place cast, as NumPy
    acc.assign(acc * 2.0);
    EXPECT_EQ(values(acc), (std::vector<double>{2, 4, 6}));
    static_assert(np::is_array_like_v<decltype(i + 1)>);
    static_assert(std::is_same_v<np::value_type_t<decltype(i > 1)>, bool>);
    static_assert(np::rank_v<decltype(i + np::zeros<I64>(std::tuple<I64, I64>{2, 3}))> == 2);
    static_assert(np::rank_v<double> == 0 && !np::is_array_like_v<double>);
}

TEST(Expressions, CompoundOperatorsBroadcastTheRightSide) {
    auto m = np::zeros<double>(std::tuple<I64, I64>{2, 3});
    m += np::array<double>({1, 2, 3});
    m *= 2.0;
    m -= np::array<double>({{1}, {2}});
    m /= 2.0;
    EXPECT_EQ(values(m), (std::vector<std::vector<double>>{{0.5, 1.5, 2.5}, {0, 1, 2}}));
}

TEST(Expressions, EvalAndMaterialize) {
    const auto a = np::arange<double>(4);
    const auto shared = np::eval(a);
    EXPECT_EQ(shared.data(), a.data());
    const auto fresh = np::materialize(a);
    EXPECT_NE(fresh.data(), a.data());
    const auto node = np::eval(a * a);
    EXPECT_EQ(values(node), (std::vector<double>{0, 1, 4, 9}));
    const auto filled = np::eval<double>(2.5, std::array<I64, 2>{2, 2});
    EXPECT_EQ(values(filled), (std::vector<std::vector<double>>{{2.5, 2.5}, {2.5, 2.5}}));
    const auto rows = np::eval<double>(a, std::array<I64, 2>{2, 4});
    EXPECT_EQ(values(rows.view(1)), (std::vector<double>{0, 1, 2, 3}));
    // a strided (non-contiguous) source through the row path
    const auto reversed = np::materialize(matrix3x3().transposed().view(slice{.step = -1}));
    EXPECT_EQ(values(reversed), (std::vector<std::vector<double>>{{2, 5, 8}, {1, 4, 7}, {0, 3, 6}}));
    EXPECT_TRUE(reversed.is_c_contiguous());
}

TEST(Ndarray, TruthinessAndLen) {
    EXPECT_TRUE(py::truthy(np::array<double>({2.0})));
    EXPECT_FALSE(py::truthy(np::array<double>({0.0})));
    EXPECT_FALSE(py::truthy(np::zeros<double>(I64{0})));
    EXPECT_TRUE(py::truthy(np::array<double>({1.0}) > 0.5));
    EXPECT_PY_RAISES(py::truthy(np::zeros<double>(I64{2})), ValueError,
                     "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    EXPECT_EQ(py::len(np::zeros<double>(std::tuple<I64, I64>{4, 2})), 4);
    EXPECT_EQ(py::len(np::arange<double>(5) + 1.0), 5);
}

TEST(Ndarray, ViewOfForeignMemory) {
    auto storage = std::make_shared<std::vector<double>>(std::vector<double>{1, 2, 3, 4, 5, 6});
    // Fortran-ordered 2x3 view: element (i, j) at i + 2 j
    const auto f = ndarray<double, 2>::view_of(storage, storage->data(), {2, 3}, {1, 2});
    EXPECT_EQ(f.at(1, 2), 6.0);
    EXPECT_FALSE(f.is_c_contiguous());
    const ndarray<double, 2> doubled = f * 2.0;
    EXPECT_EQ(values(doubled), (std::vector<std::vector<double>>{{2, 6, 10}, {4, 8, 12}}));
}

TEST(Ndarray, EmptyArraysEvaluateToNothing) {
    const auto e = np::zeros<double>(std::tuple<I64, I64>{0, 3});
    const ndarray<double, 2> r = e + 1.0;
    EXPECT_EQ(r.size(), 0);
    EXPECT_EQ(r.shape()[1], 3);
    EXPECT_EQ(values(np::arange<I64>(5).view(slice{.start = 4, .stop = 1})).size(), 0U);
}

TEST(Ndarray, LargeRowBroadcastUsesBothPaths) {
    // Enough elements for Eigen's vectorised loops (flat path and contiguous-row path).
    const auto big = np::arange<double>(1000);
    const ndarray<double, 1> flat = big * 2.0 + big;
    EXPECT_EQ(flat.at(999), 2997.0);
    auto m = np::zeros<double>(std::tuple<I64, I64>{3, 1000});
    m += big;
    const ndarray<double, 2> col = m * np::array<double>({{1}, {2}, {3}});
    EXPECT_EQ(col.at(2, 999), 2997.0);
    EXPECT_EQ(col.at(1, 10), 20.0);
}

}  // namespace
