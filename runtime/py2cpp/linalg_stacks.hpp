// numpy.linalg over stacks of matrices, the LU-based part: arrays of rank 3 or more whose last two
// axes are the matrices and whose leading axes are walked (broadcast, for solve's two operands) as
// NumPy's gufuncs walk them: inv, det, slogdet, solve; and matrix_power (a matrix or a stack),
// norm along one axis or a pair of axes at any rank, and with keepdims.
// The decompositions' stacks (eigh, eigvalsh, cholesky, svd, pinv, matrix_rank) and cond are in
// linalg_decompositions.hpp, which only programs calling them include (the mapping entries'
// "includes"); this header is part of numpy.hpp, like linalg.hpp.
//
// Each matrix is computed as the rank-2 functions compute it (linalg.hpp), so a stack's results are
// those of its matrices one by one. The messages are NumPy 1.24's, including the broadcast error
// of solve's leading axes.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "py2cpp/linalg.hpp"
#include "py2cpp/reductions.hpp"
#include "py2cpp/ufuncs.hpp"

namespace py::np {

namespace la {

// The first K axes of a shape (the stack axes of a stack of matrices or vectors).
template <std::size_t K, std::size_t N>
std::array<std::int64_t, K> leading_shape(const std::array<std::int64_t, N>& shape) {
    static_assert(K <= N);
    std::array<std::int64_t, K> out{};
    std::copy(shape.begin(), shape.begin() + K, out.begin());
    return out;
}

// A stack of square matrices (rank >= 2) in the float type numpy.linalg computes in, in new
// C-order storage: matrix s starts at data() + s * n * n. LinAlgError when not square.
template <class X>
auto square_stack(const X& x) {
    const auto a = contiguous(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    static_assert(N >= 2, "numpy.linalg: expected a stack of matrices");
    using T = elem_t<decltype(a)>;
    using F = float_t<T>;
    if (a.shape()[N - 1] != a.shape()[N - 2]) raise_linalg("Last 2 dimensions of the array must be square");
    ndarray<F, N> out(a.shape());
    std::transform(a.data(), a.data() + a.size(), out.data(), [](T v) { return static_cast<F>(v); });
    return out;
}

// A stack of matrices (rank >= 2) in the float type numpy.linalg computes in, in new C-order
// storage.
template <class X>
auto float_stack(const X& x) {
    const auto a = contiguous(x);
    using T = elem_t<decltype(a)>;
    ndarray<float_t<T>, rank_v<decltype(a)>> out(a.shape());
    std::transform(a.data(), a.data() + a.size(), out.data(), [](T v) { return static_cast<float_t<T>>(v); });
    return out;
}

// Matrix s of a C-order stack, as a rank-2 view sharing its elements.
template <class F, std::size_t N>
ndarray<F, 2> matrix_view(const ndarray<F, N>& a, std::int64_t s) {
    const std::int64_t rows = a.shape()[N - 2], cols = a.shape()[N - 1];
    return ndarray<F, 2>::view_of(a.owner(), a.data() + s * rows * cols, {rows, cols}, {cols, 1});
}

// Matrix s of a C-order stack whose matrices are rows x cols.
template <class F, std::size_t N>
Eigen::Map<RowMatrix<F>> stack_matrix(const ndarray<F, N>& a, std::int64_t s) {
    const std::int64_t rows = a.shape()[N - 2], cols = a.shape()[N - 1];
    return {a.data() + s * rows * cols, static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols)};
}

// The number of matrices of a stack (the product of its leading axes).
template <class F, std::size_t N>
std::int64_t stack_count(const ndarray<F, N>& a) {
    return ::py::detail::shape_product(leading_shape<N - 2>(a.shape()));
}

// NumPy's text for shapes in a gufunc's broadcast error: "(3,3,3)->(3,newaxis)".
template <std::size_t N>
std::string remapped_shape(const std::array<std::int64_t, N>& shape, std::size_t core, std::size_t out_core) {
    std::string original = "(", mapped = "(";
    for (std::size_t k = 0; k < N; ++k) {
        original += (k ? "," : "") + std::to_string(shape[k]);
        if (k + core < N) mapped += std::to_string(shape[k]) + ",";
    }
    for (std::size_t k = 0; k < out_core; ++k) mapped += k + 1 < out_core ? "newaxis," : "newaxis";
    return original + ")->" + mapped + ")";
}

}  // namespace la

// numpy.linalg.inv(a) of a stack: the inverse of each matrix (LinAlgError if one is singular).
template <class X>
    requires is_array_like_v<X>
auto linalg_inv_stack(const X& x) {
    const auto a = la::square_stack(x);
    using F = la::elem_t<decltype(a)>;
    auto out = ndarray<F, rank_v<decltype(a)>>(a.shape());
    if (a.shape().back() == 0) return out;
    for (std::int64_t s = 0; s < la::stack_count(a); ++s)
        la::stack_matrix(out, s) = la::lu_inverse(la::RowMatrix<F>(la::stack_matrix(a, s)));
    return out;
}

// numpy.linalg.slogdet(a) of a stack -> (sign, logabsdet), arrays of the leading shape.
template <class X>
    requires is_array_like_v<X>
auto linalg_slogdet_stack(const X& x) {
    const auto a = la::square_stack(x);
    using F = la::elem_t<decltype(a)>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    ndarray<F, N - 2> sign(la::leading_shape<N - 2>(a.shape())), logdet(la::leading_shape<N - 2>(a.shape()));
    for (std::int64_t s = 0; s < la::stack_count(a); ++s) {
        const auto [sign_s, logdet_s] = la::slogdet_of(la::RowMatrix<F>(la::stack_matrix(a, s)));
        sign.data()[s] = static_cast<F>(sign_s);
        logdet.data()[s] = static_cast<F>(logdet_s);
    }
    return std::tuple{sign, logdet};
}

// numpy.linalg.det(a) of a stack: sign * exp(logabsdet) of each matrix.
template <class X>
    requires is_array_like_v<X>
auto linalg_det_stack(const X& x) {
    const auto a = la::square_stack(x);
    using F = la::elem_t<decltype(a)>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    ndarray<F, N - 2> det(la::leading_shape<N - 2>(a.shape()));
    for (std::int64_t s = 0; s < la::stack_count(a); ++s) det.data()[s] = la::det_of(la::RowMatrix<F>(la::stack_matrix(a, s)));
    return det;
}

// numpy.linalg.solve(a, b) with stacks: b is a stack of vectors when its rank is rank(a) - 1
// (gufunc solve1, (m,m),(m)->(m)), of matrices otherwise ((m,m),(m,n)->(m,n)); the leading axes
// of a and b broadcast.
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto linalg_solve_stack(const X& x, const Y& y) {
    const auto a = la::square_stack(x);
    using F = la::elem_t<decltype(a)>;
    const auto b_in = la::contiguous(y);
    constexpr std::size_t NA = rank_v<decltype(a)>, NB = rank_v<decltype(b_in)>;
    constexpr bool vectors = NB + 1 == NA;
    constexpr std::size_t core_b = vectors ? 1 : 2;
    static_assert(NB >= core_b, "numpy.linalg.solve: b has too few dimensions");
    constexpr std::size_t LA = NA - 2, LB = NB - core_b, K = std::max(LA, LB);
    const std::int64_t n = a.shape()[NA - 1];
    const std::int64_t cols = vectors ? 1 : b_in.shape()[NB - 1];
    const char* name = vectors ? "solve1" : "solve";
    const char* signature = vectors ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
    if (b_in.shape()[NB - core_b] != n)
        throw ValueError(std::string(name) + ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature " +
                         signature + " (size " + std::to_string(b_in.shape()[NB - core_b]) + " is different from " +
                         std::to_string(n) + ")");
    // The leading axes broadcast, aligned at the right.
    std::array<std::int64_t, K> lead{}, count_a{}, count_b{};
    for (std::size_t i = 0; i < K; ++i) {
        const bool in_a = i + LA >= K, in_b = i + LB >= K;
        const std::int64_t da = in_a ? a.shape()[i + LA - K] : 1, db = in_b ? b_in.shape()[i + LB - K] : 1;
        if (da != db && da != 1 && db != 1) {
            const std::string requested = vectors ? "(" + std::to_string(n) + ")" : "(" + std::to_string(n) + "," + std::to_string(cols) + ")";
            throw ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: " +
                             la::remapped_shape(a.shape(), 2, core_b) + " " + la::remapped_shape(b_in.shape(), core_b, core_b) +
                             "  and requested shape " + requested);
        }
        lead[i] = da == 1 ? db : da;
        count_a[i] = in_a ? da : 1;
        count_b[i] = in_b ? db : 1;
    }
    // b in C order and float: matrix (or vector) t at t * n * cols.
    ndarray<F, NB> bf(b_in.shape());
    std::transform(b_in.data(), b_in.data() + b_in.size(), bf.data(), [](auto v) { return static_cast<F>(v); });
    std::array<std::int64_t, K + core_b> out_shape{};
    std::copy(lead.begin(), lead.end(), out_shape.begin());
    out_shape[K] = n;
    if constexpr (!vectors) out_shape[K + 1] = cols;
    ndarray<F, K + core_b> out(out_shape);
    const std::int64_t total = ::py::detail::shape_product(lead);
    std::array<std::int64_t, K> index{};
    for (std::int64_t s = 0; s < total && n > 0; ++s) {
        // The matrix of a and the right-hand sides of b this output stack entry reads.
        std::int64_t sa = 0, sb = 0;
        for (std::size_t i = 0; i < K; ++i) {
            sa = sa * count_a[i] + (count_a[i] == 1 ? 0 : index[i]);
            sb = sb * count_b[i] + (count_b[i] == 1 ? 0 : index[i]);
        }
        const Eigen::Map<const la::RowMatrix<F>> rhs(bf.data() + sb * n * cols, n, cols);
        Eigen::Map<la::RowMatrix<F>>(out.data() + s * n * cols, n, cols) =
            la::lu_solve(la::RowMatrix<F>(la::stack_matrix(a, sa)), la::RowMatrix<F>(rhs));
        for (std::size_t i = K; i-- > 0;) {
            if (++index[i] < lead[i]) break;
            index[i] = 0;
        }
    }
    return out;
}

namespace la {

// One step of matrix_power: matmul, for bool matrices NumPy's logical product (any of ands).
template <class A>
A power_product(const A& a, const A& b) {
    using T = elem_t<A>;
    if constexpr (std::is_same_v<T, bool>) {
        const auto ia = ::py::np::eval(::py::np::astype<std::int64_t>(a));
        const auto ib = ::py::np::eval(::py::np::astype<std::int64_t>(b));
        return A(::py::np::eval(::py::np::matmul(ia, ib) != std::int64_t{0}));
    } else {
        return A(::py::np::matmul(a, b));
    }
}

}  // namespace la

// numpy.linalg.matrix_power(a, n) for n >= 0, and for n < 0 when a is a float matrix (or stack):
// NumPy's algorithm step for step (n == 0: the identity in a's dtype; n == 1: a itself, not a
// copy; n == 2, 3: products; otherwise binary decomposition), so float results round as NumPy's.
template <class X>
    requires is_array_like_v<X>
auto linalg_matrix_power(const X& x, std::int64_t n) {
    auto a = ::py::np::eval(x);
    using T = la::elem_t<decltype(a)>;
    using A = decltype(a);
    constexpr std::size_t N = rank_v<A>;
    if constexpr (N < 2) {  // NumPy's _assert_stacked_2d, when the call runs
        la::raise_linalg("1-dimensional array given. Array must be at least two-dimensional");
        return a;
    } else {
    if (a.shape()[N - 1] != a.shape()[N - 2]) la::raise_linalg("Last 2 dimensions of the array must be square");
    if (n == 0) {
        A out(a.shape());
        const std::int64_t m = a.shape()[N - 1], count = m == 0 ? 0 : out.size() / (m * m);
        std::fill(out.data(), out.data() + out.size(), T(0));
        for (std::int64_t s = 0; s < count; ++s)
            for (std::int64_t i = 0; i < m; ++i) out.data()[s * m * m + i * m + i] = T(1);
        return out;
    }
    if (n < 0) {
        if constexpr (std::is_floating_point_v<T>) {
            if constexpr (N == 2) a = linalg_inv(a);
            else a = linalg_inv_stack(a);
            n = -n;
        } else {
            // The mapping table sends int matrices with a negative n to linalg_matrix_power_inverse.
            throw TypeError("matrix_power: a negative exponent needs a float matrix here");
        }
    }
    if (n == 1) return a;
    if (n == 2) return la::power_product(a, a);
    if (n == 3) return la::power_product(la::power_product(a, a), a);
    A z, result;
    bool have_z = false, have_result = false;
    while (n > 0) {
        z = have_z ? la::power_product(z, z) : a;
        have_z = true;
        const bool bit = n % 2 != 0;
        n /= 2;
        if (bit) {
            result = have_result ? la::power_product(result, z) : z;
            have_result = true;
        }
    }
    return result;
    }
}

// numpy.linalg.matrix_power(a, n) for n < 0 and a matrix of ints or bools: inv(a) (float64) to
// the power -n.
template <class X>
    requires is_array_like_v<X>
auto linalg_matrix_power_inverse(const X& x, std::int64_t n) {
    const auto a = ::py::np::eval(x);
    if constexpr (rank_v<decltype(a)> == 2) return linalg_matrix_power(linalg_inv(a), -n);
    else return linalg_matrix_power(linalg_inv_stack(a), -n);
}

namespace la {

template <class V>
auto materialize(const V& v) {
    if constexpr (is_array_like_v<V>) return ::py::np::eval(v);
    else return v;
}

}  // namespace la

// numpy.linalg.norm(x, ord, axis) with one axis: the vector norm of each line along the axis, x
// taken as float first, with NumPy's formulas: max/min of |x| (ord inf/-inf), the count of
// non-zeros (0), the sum of |x| (1), the square root of the sum of squares (2, or ord=None), and
// (sum |x|**ord) ** (1/ord) otherwise. A vector gives a number.
template <class X>
    requires is_array_like_v<X>
auto linalg_norm_axis(const X& x, double ord, std::int64_t axis) {
    const auto x0 = ::py::np::eval(x);
    using F = la::float_t<la::elem_t<decltype(x0)>>;
    const auto a = ::py::np::eval(::py::np::astype<F>(x0));
    using R = decltype(la::materialize(::py::np::sum(a, axis)));
    R out{};
    if (std::isinf(ord)) {
        const auto absx = ::py::np::eval(::py::np::absolute(a));
        out = ord > 0 ? R(la::materialize(::py::np::max(absx, axis))) : R(la::materialize(::py::np::min(absx, axis)));
    } else if (ord == 0) {
        out = la::materialize(::py::np::sum(::py::np::eval(::py::np::astype<F>(a != F(0))), axis));
    } else if (ord == 1) {
        out = la::materialize(::py::np::sum(::py::np::eval(::py::np::absolute(a)), axis));
    } else if (ord == 2) {
        out = la::materialize(::py::np::sum(::py::np::eval(a * a), axis));
        if constexpr (is_array_like_v<R>) out = ::py::np::eval(::py::np::sqrt(out));
        else out = std::sqrt(out);
    } else {
        const F p = static_cast<F>(ord);
        out = la::materialize(::py::np::sum(::py::np::eval(::py::np::power(::py::np::absolute(a), p)), axis));
        const F reciprocal = F(1) / p;
        if constexpr (is_array_like_v<R>) out = ::py::np::eval(::py::np::power(out, reciprocal));
        else out = std::pow(out, reciprocal);
    }
    return out;
}

namespace la {

// norm's ord as the functions below take it: None, a double or a string_view.
template <class Ord>
auto norm_ord(const Ord& ord) {
    if constexpr (std::is_same_v<Ord, NoneType>) return None;
    else if constexpr (std::is_arithmetic_v<Ord>) return static_cast<double>(ord);
    else return std::string_view(ord);
}

// norm's ord as NumPy compares it: None, a number or a string.
inline bool ord_is(NoneType, double) { return false; }
inline bool ord_is(double ord, double value) { return ord == value; }
inline bool ord_is(std::string_view, double) { return false; }
inline bool ord_is_str(NoneType, std::string_view) { return false; }
inline bool ord_is_str(double, std::string_view) { return false; }
inline bool ord_is_str(std::string_view ord, std::string_view value) { return ord == value; }

// _multi_svd_norm: op (sum, max, min) of the singular values of each matrix whose rows run along
// axis r and columns along axis c; the other axes, in order, are the result's.
template <class F, std::size_t N, class Op>
auto svd_norms(const ndarray<F, N>& a, int r, int c, Op op) {
    constexpr std::size_t K = N - 2;
    const std::int64_t rows = a.shape()[static_cast<std::size_t>(r)], cols = a.shape()[static_cast<std::size_t>(c)];
    RowMatrix<F> m(rows, cols);
    auto gather = [&](std::int64_t offset) {
        for (std::int64_t i = 0; i < rows; ++i)
            for (std::int64_t j = 0; j < cols; ++j)
                m(i, j) = a.data()[offset + i * a.strides()[static_cast<std::size_t>(r)] + j * a.strides()[static_cast<std::size_t>(c)]];
        return op(norm_singular_values(m));
    };
    if constexpr (K == 0) {
        return gather(0);
    } else {
    std::array<std::int64_t, K> shape{}, strides{};
    for (std::size_t i = 0, j = 0; i < N; ++i)
        if (static_cast<int>(i) != r && static_cast<int>(i) != c) {
            shape[j] = a.shape()[i];
            strides[j++] = a.strides()[i];
        }
    ndarray<F, K> out(shape);
    std::array<std::int64_t, K> index{};
    for (std::int64_t s = 0; s < out.size(); ++s) {
        std::int64_t offset = 0;
        for (std::size_t i = 0; i < K; ++i) offset += index[i] * strides[i];
        out.data()[s] = gather(offset);
        for (std::size_t i = K; i-- > 0;) {
            if (++index[i] < shape[i]) break;
            index[i] = 0;
        }
    }
    return out;
    }
}

// A norm's result with the reduced axes kept as length 1 (keepdims=True): `shape` is x's shape
// with those axes set to 1.
template <class F, std::size_t N, class R>
ndarray<F, N> with_kept_dims(const R& r, const std::array<std::int64_t, N>& shape) {
    ndarray<F, N> out(shape);
    if constexpr (is_array_like_v<R>) {
        const auto c = contiguous(r);
        std::copy(c.data(), c.data() + c.size(), out.data());
    } else {
        out.data()[0] = static_cast<F>(r);
    }
    return out;
}

}  // namespace la

// numpy.linalg.norm(x, ord, axis) with a tuple of axes: one axis is a vector norm along it (as
// linalg_norm_axis), two a matrix norm over them, NumPy's formulas: the square root of the sum of
// squares (ord None/'fro'), the sum/max/min of the singular values ('nuc'/2/-2), the max/min of
// the column sums (1/-1) or of the row sums (inf/-inf) of |x|. More axes: NumPy's ValueError.
namespace la {

template <class X, class Ord, class... I>
auto norm_axes(const X& x, const Ord& ord, const std::tuple<I...>& axes) {
    const auto x0 = ::py::np::eval(x);
    using F = la::float_t<la::elem_t<decltype(x0)>>;
    constexpr std::size_t N = rank_v<decltype(x0)>;
    constexpr std::size_t K = sizeof...(I);
    static_assert(K >= 1 && K <= N, "numpy.linalg.norm: axis names more axes than the array has");
    if constexpr (K == 1) {
        if constexpr (std::is_same_v<Ord, std::string_view>) {
            throw ValueError("Invalid norm order '" + std::string(ord) + "' for vectors");
            return linalg_norm_axis(x0, 2.0, static_cast<std::int64_t>(std::get<0>(axes)));
        } else if constexpr (std::is_same_v<Ord, NoneType>) {
            return linalg_norm_axis(x0, 2.0, static_cast<std::int64_t>(std::get<0>(axes)));
        } else {
            return linalg_norm_axis(x0, ord, static_cast<std::int64_t>(std::get<0>(axes)));
        }
    } else if constexpr (K != 2) {
        throw ValueError("Improper number of dimensions to norm.");
        if constexpr (N == K) return F(0);
        else return ndarray<F, N - K>(std::array<std::int64_t, N - K>{});
    } else {
        const auto a = ::py::np::eval(::py::np::astype<F>(x0));
        const int r = red::normalize_axis(static_cast<std::int64_t>(std::get<0>(axes)), static_cast<int>(N));
        const int c = red::normalize_axis(static_cast<std::int64_t>(std::get<1>(axes)), static_cast<int>(N));
        if (r == c) throw ValueError("Duplicate axes given.");
        using R = decltype(la::materialize(::py::np::sum(a, std::tuple<std::int64_t, std::int64_t>{r, c})));
        R out{};
        auto sums_then = [&](int first, int second, bool largest) {
            // add.reduce(abs(x), axis=first) then max/min along `second`, renumbered after the first.
            const auto sums = la::materialize(::py::np::sum(::py::np::eval(::py::np::absolute(a)), static_cast<std::int64_t>(first)));
            const std::int64_t then = second > first ? second - 1 : second;
            return largest ? R(la::materialize(::py::np::max(sums, then))) : R(la::materialize(::py::np::min(sums, then)));
        };
        if (la::ord_is(ord, 2) || la::ord_is(ord, -2) || la::ord_is_str(ord, "nuc")) {
            const bool nuc = la::ord_is_str(ord, "nuc"), largest = la::ord_is(ord, 2);
            out = la::svd_norms(a, r, c, [&](const la::Vector<F>& sv) {
                if (nuc) return sv.sum();
                if (sv.size() == 0) red::raise_empty(largest ? "maximum" : "minimum");
                return largest ? sv.maxCoeff() : sv.minCoeff();
            });
        } else if (la::ord_is(ord, 1) || la::ord_is(ord, -1)) {
            out = sums_then(r, c, la::ord_is(ord, 1));
        } else if (la::ord_is(ord, std::numeric_limits<double>::infinity()) || la::ord_is(ord, -std::numeric_limits<double>::infinity())) {
            out = sums_then(c, r, la::ord_is(ord, std::numeric_limits<double>::infinity()));
        } else if (std::is_same_v<Ord, NoneType> || la::ord_is_str(ord, "fro") || la::ord_is_str(ord, "f")) {
            out = la::materialize(::py::np::sum(::py::np::eval(a * a), std::tuple<std::int64_t, std::int64_t>{r, c}));
            if constexpr (is_array_like_v<R>) out = ::py::np::eval(::py::np::sqrt(out));
            else out = std::sqrt(out);
        } else {
            throw ValueError("Invalid norm order for matrices.");
        }
        return out;
    }
}

}  // namespace la

template <class X, class Ord, class... I>
    requires is_array_like_v<X>
auto linalg_norm_axes(const X& x, const Ord& ord, const std::tuple<I...>& axes) {
    return la::norm_axes(x, la::norm_ord(ord), axes);
}

// numpy.linalg.norm(..., keepdims=True): the norm with the reduced axes kept, of length 1 (all of
// x's axes when axis is None).
template <class X, class Ord>
    requires is_array_like_v<X>
auto linalg_norm_keepdims(const X& x, const Ord& ord0, NoneType) {
    const auto ord = la::norm_ord(ord0);
    const auto a = ::py::np::eval(x);
    using F = la::float_t<la::elem_t<decltype(a)>>;
    std::array<std::int64_t, rank_v<decltype(a)>> shape{};
    shape.fill(1);
    if constexpr (std::is_same_v<Ord, NoneType>) return la::with_kept_dims<F>(linalg_norm(a), shape);
    else return la::with_kept_dims<F>(linalg_norm(a, ord), shape);
}

template <class X, class Ord>
    requires is_array_like_v<X>
auto linalg_norm_keepdims(const X& x, const Ord& ord0, std::int64_t axis) {
    const auto ord = la::norm_ord(ord0);
    const auto a = ::py::np::eval(x);
    using F = la::float_t<la::elem_t<decltype(a)>>;
    auto shape = a.shape();
    shape[static_cast<std::size_t>(red::normalize_axis(axis, static_cast<int>(shape.size())))] = 1;
    if constexpr (std::is_same_v<Ord, NoneType>) return la::with_kept_dims<F>(linalg_norm_axis(a, 2.0, axis), shape);
    else return la::with_kept_dims<F>(linalg_norm_axis(a, ord, axis), shape);
}

template <class X, class Ord, class... I>
    requires is_array_like_v<X>
auto linalg_norm_keepdims(const X& x, const Ord& ord, const std::tuple<I...>& axes) {
    const auto a = ::py::np::eval(x);
    using F = la::float_t<la::elem_t<decltype(a)>>;
    const auto r = linalg_norm_axes(a, ord, axes);  // NumPy's errors first
    auto shape = a.shape();
    std::apply([&](auto... k) { ((shape[static_cast<std::size_t>(red::normalize_axis(static_cast<std::int64_t>(k), static_cast<int>(shape.size())))] = 1), ...); }, axes);
    return la::with_kept_dims<F>(r, shape);
}

namespace la {

// multi_dot's operand as a matrix: a first vector is a row, a last one a column (NumPy's
// atleast_2d, and .T for the last).
template <class T, class X>
ndarray<T, 2> chain_matrix(const X& x, bool first) {
    const auto a = ::py::np::eval(::py::np::astype<T>(::py::np::eval(x)));
    if constexpr (rank_v<decltype(a)> == 1) return first ? as_matrices<true>(a) : as_matrices<false>(a);
    else return a;
}

// The product of matrices i..j in the order NumPy's _multi_dot_matrix_chain_order chose.
template <class T>
ndarray<T, 2> chain_product(const std::vector<ndarray<T, 2>>& m, const std::vector<std::vector<std::size_t>>& split, std::size_t i,
                            std::size_t j) {
    if (i == j) return m[i];
    return ::py::np::dot(chain_product(m, split, i, split[i][j]), chain_product(m, split, split[i][j] + 1, j));
}

}  // namespace la

// numpy.linalg.multi_dot(arrays): the product of the matrices (the first may be a vector, a row;
// the last a vector, a column), in the order of fewest multiplications NumPy chooses (its cost
// formula for three, its dynamic programme for more), so the result rounds as NumPy's would with
// the same products. T: the result's element type (the arrays' common dtype).
template <class T, class... A>
auto linalg_multi_dot(const std::tuple<A...>& arrays) {
    constexpr std::size_t n = sizeof...(A);
    static_assert(n >= 2, "numpy.linalg.multi_dot: Expecting at least two arrays.");
    if constexpr (n == 2) {
        return la::materialize(::py::np::dot(::py::np::eval(::py::np::astype<T>(::py::np::eval(std::get<0>(arrays)))),
                                             ::py::np::eval(::py::np::astype<T>(::py::np::eval(std::get<1>(arrays))))));
    } else {
        constexpr bool first_vector = rank_v<std::tuple_element_t<0, std::tuple<A...>>> == 1;
        constexpr bool last_vector = rank_v<std::tuple_element_t<n - 1, std::tuple<A...>>> == 1;
        std::vector<ndarray<T, 2>> m;
        m.reserve(n);
        std::apply([&](const auto&... a) { (m.push_back(la::chain_matrix<T>(a, m.empty())), ...); }, arrays);
        ndarray<T, 2> result;
        if constexpr (n == 3) {
            const double a0 = static_cast<double>(m[0].shape()[0]), a1b0 = static_cast<double>(m[0].shape()[1]);
            const double b1c0 = static_cast<double>(m[2].shape()[0]), c1 = static_cast<double>(m[2].shape()[1]);
            if (a0 * b1c0 * (a1b0 + c1) < a1b0 * c1 * (a0 + b1c0)) result = ::py::np::dot(::py::np::dot(m[0], m[1]), m[2]);
            else result = ::py::np::dot(m[0], ::py::np::dot(m[1], m[2]));
        } else {
            std::vector<double> p(n + 1);
            for (std::size_t i = 0; i < n; ++i) p[i] = static_cast<double>(m[i].shape()[0]);
            p[n] = static_cast<double>(m[n - 1].shape()[1]);
            std::vector<std::vector<double>> cost(n, std::vector<double>(n, 0.0));
            std::vector<std::vector<std::size_t>> split(n, std::vector<std::size_t>(n, 0));
            for (std::size_t l = 1; l < n; ++l)
                for (std::size_t i = 0; i + l < n; ++i) {
                    const std::size_t j = i + l;
                    cost[i][j] = std::numeric_limits<double>::infinity();
                    for (std::size_t k = i; k < j; ++k) {
                        const double q = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
                        if (q < cost[i][j]) {
                            cost[i][j] = q;
                            split[i][j] = k;
                        }
                    }
                }
            result = la::chain_product(m, split, 0, n - 1);
        }
        if constexpr (first_vector && last_vector) return result.data()[0];
        else if constexpr (first_vector || last_vector) return ::py::np::eval(::py::np::ravel(result));
        else return result;
    }
}

}  // namespace py::np
