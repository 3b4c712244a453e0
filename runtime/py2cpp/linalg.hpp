// py2cpp runtime: NumPy's products and numpy.linalg (dot, matmul, outer, inner, transpose, diag,
// trace, linalg_norm, linalg_solve, linalg_inv, linalg_det) on Eigen.
//
// Arrays are handed to Eigen without copying when they are C-contiguous (an Eigen::Map of the
// row-major data); other views are first copied to C order, except that products also map a
// transposed matrix (F order: a.T, M.T @ v) in place. A product operand of the form `s * A`
// (a number times an array, `2.0 * A.T @ x`) is not computed element-wise first: the product
// takes A as it is and s as its scale factor (BLAS's alpha), which saves a pass over A and may
// round differently from NumPy in the last bit, like the products themselves (see below).
// Products use Eigen's GEMM/GEMV kernels (`noalias()`, so no temporary for the result). Defining EIGEN_USE_BLAS before the
// first Eigen include and linking a BLAS (e.g. `-DEIGEN_USE_BLAS -lopenblas`) makes Eigen route
// these float/double products to that BLAS, as NumPy does.
//
// Exactness: NumPy computes float products with the BLAS it was built with (OpenBLAS here, with
// CPU-specific kernels using FMA and their own summation order), so float dot/matmul/norm/solve
// results agree with NumPy's to rounding, not bit for bit. Integer products are exact (wrapping
// like NumPy's). det follows NumPy's formula sign * exp(sum(log|u_ii|)) over the LU factors,
// which is why det([[1, 2], [3, 4]]) is -2.0000000000000004 in both.
//
// numpy.linalg's factorizations (LU for solve/inv/det/slogdet, the singular values of norm) run
// on LAPACK when PY2CPP_LAPACK is 1 (host builds: linalg_lapack.hpp, the routines NumPy calls, in
// double as NumPy 1.24 computes), on Eigen's decompositions otherwise (cross builds), whose headers
// are then the only ones included: LAPACK builds do not parse them.
//
// Error messages (shapes, LinAlgError) are NumPy 1.24's.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <Eigen/Core>
#if PY2CPP_LAPACK
#include "py2cpp/linalg_lapack.hpp"
#else
#include <Eigen/LU>
#include <Eigen/SVD>
#endif

#include "py2cpp/array_expr.hpp"
#include "py2cpp/exceptions.hpp"
#include "py2cpp/reductions.hpp"
#include "py2cpp/shape_ops.hpp"

namespace py::np {

namespace la {

template <class T>
using RowMatrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <class T>
using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;

template <class A>
using elem_t = std::remove_const_t<std::remove_pointer_t<decltype(std::declval<const A&>().data())>>;

// numpy.linalg computes in double for bool/integer input, in float32 for float32.
template <class T>
using float_t = std::conditional_t<std::is_same_v<T, float>, float, double>;

// The argument as an ndarray whose data Eigen can map directly (C order, positive strides).
template <class X>
auto contiguous(const X& x) {
    auto a = ::py::np::eval(x);
    if (!a.is_c_contiguous()) a = a.copy();
    return a;
}

template <class T, class A>
Eigen::Map<const RowMatrix<T>> map_matrix(const A& a) {
    return {a.data(), static_cast<Eigen::Index>(a.shape()[0]), static_cast<Eigen::Index>(a.shape()[1])};
}

template <class T>
using ColMatrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;

// The transpose of a C-contiguous matrix: elements down each column are adjacent.
template <class T>
bool is_f_contiguous(const ndarray<T, 2>& a) {
    return (a.shape()[0] <= 1 || a.strides()[0] == 1) && (a.shape()[1] <= 1 || a.strides()[1] == a.shape()[0]);
}

// f(Eigen map of the matrix a): row-major for C order, column-major for F order (no copy), a
// C-order copy otherwise. Vectors are mapped when contiguous, copied otherwise.
template <class T, std::size_t N, class F>
auto with_eigen(const ndarray<T, N>& a, F&& f) {
    if constexpr (N == 1) {
        if (a.shape()[0] <= 1 || a.strides()[0] == 1) return f(Eigen::Map<const Vector<T>>(a.data(), a.shape()[0]));
        const auto c = a.copy();
        return f(Eigen::Map<const Vector<T>>(c.data(), c.shape()[0]));
    } else {
        if (a.is_c_contiguous()) return f(map_matrix<T>(a));
        if (is_f_contiguous(a)) return f(Eigen::Map<const ColMatrix<T>>(a.data(), a.shape()[0], a.shape()[1]));
        const auto c = a.copy();
        return f(map_matrix<T>(c));
    }
}

// `s * A` or `A * s` for an array A and a number s of A's element type.
template <class X>
struct is_scaled_array : std::false_type {};
template <class T, std::size_t N>
struct is_scaled_array<expr<detail::mul_op, detail::scalar_leaf<T>, ndarray<T, N>>> : std::true_type {};
template <class T, std::size_t N>
struct is_scaled_array<expr<detail::mul_op, ndarray<T, N>, detail::scalar_leaf<T>>> : std::true_type {};
template <class X>
inline constexpr bool is_scaled_array_v = is_scaled_array<std::remove_cvref_t<X>>::value;

// A product operand: the array, and the number it is multiplied by (`s * A` or `A * s`, 1 for
// any other operand, which is evaluated).
template <class T, std::size_t N>
struct scaled_operand {
    ndarray<T, N> array;
    T scale;
};
template <class X>
auto product_operand(const X& x) {
    using T = value_type_t<X>;
    constexpr std::size_t N = rank_v<X>;
    if constexpr (is_scaled_array_v<X>) {
        const auto& [first, second] = x.args();
        if constexpr (is_ndarray_v<std::remove_cvref_t<decltype(first)>>) return scaled_operand<T, N>{first, second.value};
        else return scaled_operand<T, N>{second, first.value};
    } else {
        return scaled_operand<T, N>{::py::np::eval(x), T(1)};
    }
}
template <class T, class A>
Eigen::Map<const Vector<T>> map_vector(const A& a) {
    return {a.data(), static_cast<Eigen::Index>(a.shape()[0])};
}

// NumPy's shape text: (2,3) and (3,) — no spaces, as in its error messages.
template <std::size_t N>
std::string shape_text(const std::array<std::int64_t, N>& shape) {
    std::string s = "(";
    for (std::size_t k = 0; k < N; ++k) {
        if (k > 0) s += ',';
        s += std::to_string(shape[k]);
    }
    if (N == 1) s += ',';
    return s + ")";
}

template <class SA, class SB>
[[noreturn, gnu::cold]] void raise_not_aligned(const SA& sa, const SB& sb, std::int64_t da, int ia, std::int64_t db, int ib) {
    throw ValueError("shapes " + shape_text(sa) + " and " + shape_text(sb) + " not aligned: " + std::to_string(da) +
                     " (dim " + std::to_string(ia) + ") != " + std::to_string(db) + " (dim " + std::to_string(ib) + ")");
}

[[noreturn, gnu::cold]] inline void raise_matmul_mismatch(std::int64_t got, std::int64_t want) {
    throw ValueError(
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
        "(n?,k),(k,m?)->(n?,m?) (size " +
        std::to_string(got) + " is different from " + std::to_string(want) + ")");
}

[[noreturn, gnu::cold]] inline void raise_linalg(const char* message) { throw LinAlgError(message); }

template <class T>
void check_product_type() {
    static_assert(!std::is_same_v<T, bool>, "py::np: matrix products of bool arrays are not supported");
}

// The product scale · a·b for ranks (1|2)x(1|2) once the inner dimensions are known to agree.
template <class T, std::size_t NA, std::size_t NB>
auto product(const ndarray<T, NA>& a, const ndarray<T, NB>& b, T scale = T(1)) {
    check_product_type<T>();
    return with_eigen(a, [&](const auto& ea) {
        return with_eigen(b, [&](const auto& eb) {
            if constexpr (NA == 1 && NB == 1) {
                return static_cast<T>(scale * ea.dot(eb));
            } else if constexpr (NA == 2 && NB == 2) {
                // scale is BLAS's alpha: 1 multiplies exactly, so unscaled products are unchanged.
                ndarray<T, 2> out(std::array<std::int64_t, 2>{a.shape()[0], b.shape()[1]});
                Eigen::Map<RowMatrix<T>>(out.data(), a.shape()[0], b.shape()[1]).noalias() = (scale * ea) * eb;
                return out;
            } else {
                const std::int64_t n = NA == 2 ? a.shape()[0] : b.shape()[1];
                ndarray<T, 1> out(std::array<std::int64_t, 1>{n});
                auto result = Eigen::Map<Vector<T>>(out.data(), n);
                if constexpr (NA == 2) result.noalias() = (scale * ea) * eb;
                else result.noalias() = (scale * eb.transpose()) * ea;
                return out;
            }
        });
    });
}

// The contracted dimension of each operand: last of a, first (rank 1) or second-to-last of b.
template <class A>
std::int64_t last_dim(const A& a) {
    return a.shape()[rank_v<A> - 1];
}

}  // namespace la

// np.dot(a, b) for ranks 1 and 2: inner product, matrix-vector, vector-matrix, matrix product.
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto dot(const X& x, const Y& y) {
    const auto [a, sa] = la::product_operand(x);
    const auto [b, sb] = la::product_operand(y);
    static_assert(rank_v<decltype(a)> <= 2 && rank_v<decltype(b)> <= 2, "py::np::dot supports ranks 1 and 2");
    static_assert(std::is_same_v<la::elem_t<decltype(a)>, la::elem_t<decltype(b)>>,
                  "py::np::dot: operands must have the same element type");
    if (la::last_dim(a) != b.shape()[0])
        la::raise_not_aligned(a.shape(), b.shape(), la::last_dim(a), rank_v<decltype(a)> - 1, b.shape()[0], 0);
    return la::product(a, b, sa * sb);
}

// np.matmul(a, b) / a @ b for ranks 1 and 2 (same results as dot there, different message).
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y> && rank_v<X> <= 2 && rank_v<Y> <= 2)
auto matmul(const X& x, const Y& y) {
    const auto [a, sa] = la::product_operand(x);
    const auto [b, sb] = la::product_operand(y);
    static_assert(rank_v<decltype(a)> <= 2 && rank_v<decltype(b)> <= 2, "py::np::matmul: ranks 1 and 2 here");
    static_assert(std::is_same_v<la::elem_t<decltype(a)>, la::elem_t<decltype(b)>>,
                  "py::np::matmul: operands must have the same element type");
    if (la::last_dim(a) != b.shape()[0]) la::raise_matmul_mismatch(b.shape()[0], la::last_dim(a));
    return la::product(a, b, sa * sb);
}

namespace la {

// NumPy's message when the leading (stack) axes of matmul's operands do not broadcast.
template <std::size_t NA, std::size_t NB>
[[noreturn, gnu::cold]] void raise_stack_mismatch(const std::array<std::int64_t, NA>& a, const std::array<std::int64_t, NB>& b) {
    auto remapped = [](const auto& shape) {
        std::string original = "(", mapped = "(";
        for (std::size_t k = 0; k < shape.size(); ++k) {
            original += (k ? "," : "") + std::to_string(shape[k]);
            if (k + 2 < shape.size()) mapped += std::to_string(shape[k]) + ",";
        }
        return original + ")->" + mapped + "newaxis,newaxis)";
    };
    throw ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: " + remapped(a) +
                     " " + remapped(b) + "  and requested shape (" + std::to_string(a[NA - 2]) + "," +
                     std::to_string(b[NB - 1]) + ")");
}

// A matmul operand as a stack of matrices: a vector is a (1, n) row on the left, an (n, 1)
// column on the right (NumPy drops that axis from the result again).
template <bool Left, class T, std::size_t N>
auto as_matrices(const ndarray<T, N>& v) {
    if constexpr (N >= 2) {
        return v;
    } else if constexpr (Left) {
        return ndarray<T, 2>::view_of(v.owner(), v.data(), {1, v.shape()[0]}, {0, v.strides()[0]});
    } else {
        return ndarray<T, 2>::view_of(v.owner(), v.data(), {v.shape()[0], 1}, {v.strides()[0], 0});
    }
}

}  // namespace la

// np.matmul(a, b) / a @ b with an operand of rank 3 or more: a product per matrix of the stacks,
// whose leading axes broadcast (a vector operand is a row on the left, a column on the right).
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y> && (rank_v<X> >= 3 || rank_v<Y> >= 3))
auto matmul(const X& x, const Y& y) {
    const auto a0 = ::py::np::eval(x);
    const auto b0 = ::py::np::eval(y);
    using T = la::elem_t<decltype(a0)>;
    static_assert(std::is_same_v<T, la::elem_t<decltype(b0)>>, "py::np::matmul: operands must have the same element type");
    constexpr std::size_t NA = rank_v<decltype(a0)>, NB = rank_v<decltype(b0)>;
    const auto a = la::as_matrices<true>(a0);
    const auto b = la::as_matrices<false>(b0);
    constexpr std::size_t PA = rank_v<decltype(a)>, PB = rank_v<decltype(b)>;
    constexpr std::size_t K = std::max(PA, PB) - 2;  // stack axes
    const std::int64_t n = a.shape()[PA - 2], k = a.shape()[PA - 1], m = b.shape()[PB - 1];
    if (b.shape()[PB - 2] != k) la::raise_matmul_mismatch(b.shape()[PB - 2], k);
    std::array<std::int64_t, K + 2> shape{};
    std::array<std::int64_t, K> stride_a{}, stride_b{};
    for (std::size_t i = 0; i < K; ++i) {
        const bool in_a = i + (PA - 2) >= K, in_b = i + (PB - 2) >= K;
        const std::int64_t da = in_a ? a.shape()[i + (PA - 2) - K] : 1, db = in_b ? b.shape()[i + (PB - 2) - K] : 1;
        if (da != db && da != 1 && db != 1) la::raise_stack_mismatch(a.shape(), b.shape());
        shape[i] = da == 1 ? db : da;
        stride_a[i] = in_a && da != 1 ? a.strides()[i + (PA - 2) - K] : 0;
        stride_b[i] = in_b && db != 1 ? b.strides()[i + (PB - 2) - K] : 0;
    }
    shape[K] = n;
    shape[K + 1] = m;
    ndarray<T, K + 2> out(shape);
    std::array<std::int64_t, K> index{};
    const std::int64_t count = ::py::detail::shape_product(shape) / std::max<std::int64_t>(n * m, 1);
    for (std::int64_t s = 0; s < count && n * m > 0; ++s) {
        std::int64_t oa = 0, ob = 0, oo = 0;
        for (std::size_t i = 0; i < K; ++i) {
            oa += index[i] * stride_a[i];
            ob += index[i] * stride_b[i];
            oo += index[i] * out.strides()[i];
        }
        const auto ma = ndarray<T, 2>::view_of(a.owner(), a.data() + oa, {n, k}, {a.strides()[PA - 2], a.strides()[PA - 1]});
        const auto mb = ndarray<T, 2>::view_of(b.owner(), b.data() + ob, {k, m}, {b.strides()[PB - 2], b.strides()[PB - 1]});
        ndarray<T, 2>::view_of(out.owner(), out.data() + oo, {n, m}, {out.strides()[K], out.strides()[K + 1]})
            .assign(la::product(la::contiguous(ma), la::contiguous(mb)));
        for (std::size_t i = K; i-- > 0;) {
            if (++index[i] < shape[i]) break;
            index[i] = 0;
        }
    }
    // A vector operand's axis leaves the result again.
    if constexpr (NA == 1) return py::np::squeeze(out, static_cast<std::int64_t>(K));
    else if constexpr (NB == 1) return py::np::squeeze(out, static_cast<std::int64_t>(K + 1));
    else return out;
}

// np.inner(a, b): contracts the last axes of both (a @ b.T for matrices).
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto inner(const X& x, const Y& y) {
    const auto a = la::contiguous(x);
    const auto bt = ::py::np::eval(y).transposed();
    if (la::last_dim(a) != bt.shape()[0])
        la::raise_not_aligned(a.shape(), bt.shape(), la::last_dim(a), rank_v<decltype(a)> - 1, bt.shape()[0], 0);
    return la::product(a, bt);
}

// np.outer(a, b): both flattened (C order); out[i, j] = a[i] * b[j].
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto outer(const X& x, const Y& y) {
    const auto a = la::contiguous(x);
    const auto b = la::contiguous(y);
    using T = la::elem_t<decltype(a)>;
    ndarray<T, 2> out(std::array<std::int64_t, 2>{a.size(), b.size()});
    for (std::int64_t i = 0; i < a.size(); ++i)
        for (std::int64_t j = 0; j < b.size(); ++j) out.data()[i * b.size() + j] = static_cast<T>(a.data()[i] * b.data()[j]);
    return out;
}

// np.transpose(a) / a.T: a view with the axes reversed.
template <class X>
    requires is_array_like_v<X>
auto transpose(const X& x) {
    return ::py::np::eval(x).transposed();
}

// np.diag(v, k): a 1-D v becomes a square matrix with v on diagonal k; a matrix gives a copy of
// its diagonal k.
template <class X>
    requires is_array_like_v<X>
auto diag(const X& x, std::int64_t k = 0) {
    const auto a = ::py::np::eval(x);
    using T = la::elem_t<decltype(a)>;
    constexpr int N = rank_v<decltype(a)>;
    static_assert(N == 1 || N == 2, "py::np::diag: Input must be 1- or 2-d.");
    if constexpr (N == 1) {
        const std::int64_t n = a.shape()[0], size = n + (k < 0 ? -k : k);
        ndarray<T, 2> out(std::array<std::int64_t, 2>{size, size});
        std::fill(out.data(), out.data() + size * size, T(0));
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int64_t row = k >= 0 ? i : i - k, col = k >= 0 ? i + k : i;
            out.data()[row * size + col] = a.data()[i * a.strides()[0]];
        }
        return out;
    } else {
        const std::int64_t row0 = k >= 0 ? 0 : -k, col0 = k >= 0 ? k : 0;
        const std::int64_t n = std::max<std::int64_t>(0, std::min(a.shape()[0] - row0, a.shape()[1] - col0));
        ndarray<T, 1> out(std::array<std::int64_t, 1>{n});
        for (std::int64_t i = 0; i < n; ++i)
            out.data()[i] = a.data()[(row0 + i) * a.strides()[0] + (col0 + i) * a.strides()[1]];
        return out;
    }
}

// np.trace(a, offset): the sum of a diagonal, summed as NumPy sums it (add.reduce of the
// diagonal view, i.e. pairwise for floats).
template <class X>
    requires is_array_like_v<X>
auto trace(const X& x, std::int64_t offset = 0) {
    const auto a = ::py::np::eval(x);
    static_assert(rank_v<decltype(a)> == 2, "py::np::trace: diag requires an array of at least two dimensions");
    using T = la::elem_t<decltype(a)>;
    using R = red::sum_t<T>;
    const std::int64_t row0 = offset >= 0 ? 0 : -offset, col0 = offset >= 0 ? offset : 0;
    const std::int64_t n = std::max<std::int64_t>(0, std::min(a.shape()[0] - row0, a.shape()[1] - col0));
    const red::Lines<T> line{a.data() + row0 * a.strides()[0] + col0 * a.strides()[1], 1, 0, n,
                             a.strides()[0] + a.strides()[1]};
    if constexpr (std::is_floating_point_v<T>) {
        return red::chunked_sum<R>(line);
    } else {
        R total = 0;
        red::for_each(line, [&](T v) { total += static_cast<R>(v); });
        return total;
    }
}

// ---- numpy.linalg ----------------------------------------------------------------------------

namespace la {

// A square matrix as the float type numpy.linalg computes in, or LinAlgError.
template <class X>
auto square_matrix(const X& x) {
    const auto a = contiguous(x);
    static_assert(rank_v<decltype(a)> == 2, "numpy.linalg: expected a matrix");
    using F = float_t<elem_t<decltype(a)>>;
    if (a.shape()[0] != a.shape()[1]) raise_linalg("Last 2 dimensions of the array must be square");
    return RowMatrix<F>(map_matrix<elem_t<decltype(a)>>(a).template cast<F>());
}

// The float type the factorizations compute in for results of type F: double on LAPACK, as NumPy
// 1.24 computes float32 input (its results are cast to float32 afterwards); F on Eigen.
#if PY2CPP_LAPACK
template <class F>
using compute_t = double;

// A matrix as LAPACK takes it: a column-major double copy, which the routine may overwrite.
template <class M>
lapack::Matrix lapack_matrix(const M& m) {
    return m.template cast<double>();
}
#else
template <class F>
using compute_t = F;

// LU with partial pivoting (LAPACK getrf's algorithm). LAPACK reports a singular matrix by an
// exactly zero pivot, and NumPy turns that report into LinAlgError; Eigen does not report, so
// the pivots are checked here the same way.
template <class F>
std::optional<Eigen::PartialPivLU<RowMatrix<F>>> try_factor(const RowMatrix<F>& m) {
    Eigen::PartialPivLU<RowMatrix<F>> lu(m);
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        if (lu.matrixLU()(i, i) == F(0)) return std::nullopt;
    return lu;
}
#endif

// solve(m, rhs) for a square m with rows > 0: LAPACK's gesv, as NumPy's solve.
template <class F>
RowMatrix<F> lu_solve(const RowMatrix<F>& m, const RowMatrix<F>& rhs) {
#if PY2CPP_LAPACK
    lapack::Matrix a = lapack_matrix(m), b = lapack_matrix(rhs);
    if (lapack::gesv(a, b) != 0) raise_linalg("Singular matrix");
    return b.template cast<F>();
#else
    const auto lu = try_factor(m);
    if (!lu) raise_linalg("Singular matrix");
    return lu->solve(rhs);
#endif
}

// inv(m) for a square m with rows > 0, nothing for a singular one: NumPy's inv solves m x = I
// with gesv.
template <class F>
std::optional<RowMatrix<F>> try_inverse(const RowMatrix<F>& m) {
#if PY2CPP_LAPACK
    lapack::Matrix a = lapack_matrix(m), b = lapack::Matrix::Identity(m.rows(), m.rows());
    if (lapack::gesv(a, b) != 0) return std::nullopt;
    return RowMatrix<F>(b.template cast<F>());
#else
    const auto lu = try_factor(m);
    if (!lu) return std::nullopt;
    return RowMatrix<F>(lu->inverse());
#endif
}

template <class F>
RowMatrix<F> lu_inverse(const RowMatrix<F>& m) {
    auto inverse = try_inverse(m);
    if (!inverse) raise_linalg("Singular matrix");
    return std::move(*inverse);
}

// sign, log|det| of one square matrix, NumPy's slogdet: LU with partial pivoting (getrf), the sign
// from the row swaps and the signs of U's diagonal, the log from the sum of log|u_ii| in order;
// (0, -inf) for a singular matrix (an exactly zero pivot).
template <class F>
std::pair<compute_t<F>, compute_t<F>> slogdet_of(const RowMatrix<F>& m) {
    using C = compute_t<F>;
    if (m.rows() == 0) return {C(1), C(0)};
#if PY2CPP_LAPACK
    lapack::Matrix lu = lapack_matrix(m);
    std::vector<int> pivots;
    if (lapack::getrf(lu, pivots) != 0) return {C(0), -std::numeric_limits<C>::infinity()};
    C sign = 1;
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        if (pivots[static_cast<std::size_t>(i)] != i + 1) sign = -sign;  // (1-based)
#else
    const Eigen::PartialPivLU<RowMatrix<F>> factors(m);
    const auto& lu = factors.matrixLU();
    C sign = static_cast<C>(factors.permutationP().determinant());
#endif
    C logdet = 0;
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        C u = lu(i, i);
        if (u == C(0)) return {C(0), -std::numeric_limits<C>::infinity()};
        if (u < 0) {
            sign = -sign;
            u = -u;
        }
        logdet += std::log(u);
    }
    return {sign, logdet};
}

// det of one square matrix: sign * exp(logdet), as NumPy computes it (0 for a singular matrix).
template <class F>
F det_of(const RowMatrix<F>& m) {
    const auto [sign, logdet] = slogdet_of(m);
    return static_cast<F>(sign == 0 ? sign : sign * std::exp(logdet));
}

template <class F, int N>
ndarray<F, N> from_eigen(const RowMatrix<F>& m) {
    if constexpr (N == 1) {
        ndarray<F, 1> out(std::array<std::int64_t, 1>{m.rows()});
        std::copy(m.data(), m.data() + m.size(), out.data());
        return out;
    } else {
        ndarray<F, 2> out(std::array<std::int64_t, 2>{m.rows(), m.cols()});
        std::copy(m.data(), m.data() + m.size(), out.data());
        return out;
    }
}

// The elements in NumPy's ravel(order='K') order, as float.
template <class F, class A>
std::vector<F> k_order_values(const A& a) {
    std::vector<F> v;
    v.reserve(static_cast<std::size_t>(a.size()));
    red::for_each(red::k_order_lines(a), [&](elem_t<A> x) { v.push_back(static_cast<F>(x)); });
    return v;
}

template <class F>
F abs_sum(const std::vector<F>& v) {
    std::vector<F> a(v.size());
    std::transform(v.begin(), v.end(), a.begin(), [](F x) { return std::abs(x); });
    return red::chunked_sum<F>(red::Lines<F>{a.data(), 1, 0, static_cast<std::int64_t>(a.size()), 1});
}

// Vector norms of numpy.linalg.norm(x, ord) for a 1-D x.
template <class F>
F vector_norm(const std::vector<F>& v, double ord) {
    if (std::isinf(ord)) {
        if (v.empty()) red::raise_empty(ord > 0 ? "maximum" : "minimum");
        F best = std::abs(v[0]);
        for (F x : v) {
            if (ord > 0) red::max_step(best, std::abs(x));
            else red::min_step(best, std::abs(x));
        }
        return best;
    }
    if (ord == 0) return static_cast<F>(std::count_if(v.begin(), v.end(), [](F x) { return x != F(0); }));
    if (ord == 1) return abs_sum(v);
    std::vector<F> p(v.size());
    std::transform(v.begin(), v.end(), p.begin(), [ord](F x) { return std::pow(std::abs(x), static_cast<F>(ord)); });
    const F total = red::chunked_sum<F>(red::Lines<F>{p.data(), 1, 0, static_cast<std::int64_t>(p.size()), 1});
    return std::pow(total, static_cast<F>(1.0 / ord));
}

// sqrt(x·x) over the elements in K order: numpy's norm for ord=None (vectors and Frobenius).
template <class F>
F two_norm(const std::vector<F>& v) {
    return std::sqrt(Eigen::Map<const Vector<F>>(v.data(), static_cast<Eigen::Index>(v.size())).squaredNorm());
}

// The singular values norm(x, 2 / -2 / 'nuc') reduces, with NumPy's answers for non-finite
// matrices (LAPACK's gesdd): a NaN is "SVD did not converge", an inf gives NaN values.
template <class F>
Vector<F> norm_singular_values(const RowMatrix<F>& m) {
    if (m.hasNaN()) raise_linalg("SVD did not converge");
    if (!m.allFinite()) return Vector<F>::Constant(std::min(m.rows(), m.cols()), std::numeric_limits<F>::quiet_NaN());
    if (std::min(m.rows(), m.cols()) == 0) return Vector<F>(0);  // (Eigen's SVD needs a non-empty matrix)
#if PY2CPP_LAPACK
    lapack::Matrix a = lapack_matrix(m), u, vt;
    lapack::Vector s;
    if (lapack::gesdd('N', a, s, u, vt) != 0) raise_linalg("SVD did not converge");
    return s.template cast<F>();
#else
    // BDCSVD: divide and conquer (LAPACK gesdd's method, which NumPy uses), Jacobi below 16 columns.
    return Eigen::BDCSVD<RowMatrix<F>>(m).singularValues();
#endif
}

}  // namespace la

// numpy.linalg.norm(x): 2-norm of a vector, Frobenius norm of a matrix.
template <class X>
    requires is_array_like_v<X>
auto linalg_norm(const X& x) {
    const auto a = ::py::np::eval(x);
    using F = la::float_t<la::elem_t<decltype(a)>>;
    return la::two_norm(la::k_order_values<F>(a));
}

// numpy.linalg.norm(x, ord) with a numeric ord: vectors any p (inf, -inf, 0, 1, 2, ...);
// matrices 1, -1, 2, -2, inf, -inf.
template <class X>
    requires is_array_like_v<X>
auto linalg_norm(const X& x, double ord) {
    const auto a = ::py::np::eval(x);
    using T = la::elem_t<decltype(a)>;
    using F = la::float_t<T>;
    if constexpr (rank_v<decltype(a)> == 1) {
        const std::vector<F> v = la::k_order_values<F>(a);
        return ord == 2 ? la::two_norm(v) : la::vector_norm(v, ord);
    } else {
        static_assert(rank_v<decltype(a)> == 2, "numpy.linalg.norm: ranks 1 and 2 are supported");
        if (ord == 2 || ord == -2) {
            const auto c = la::contiguous(a);
            const la::RowMatrix<F> m = la::map_matrix<T>(c).template cast<F>();
            const auto s = la::norm_singular_values(m);
            if (s.size() == 0) red::raise_empty(ord > 0 ? "maximum" : "minimum");
            return ord > 0 ? s.maxCoeff() : s.minCoeff();
        }
        if (!(ord == 1 || ord == -1 || std::isinf(ord))) throw ValueError("Invalid norm order for matrices.");
        // |x| summed along axis 0 (ord ±1: column sums) or axis 1 (ord ±inf: row sums), then the
        // max/min of those: numpy's add.reduce(abs(x), axis).max().
        ndarray<F, 2> absx(a.shape());
        for (std::int64_t i = 0; i < a.shape()[0]; ++i)
            for (std::int64_t j = 0; j < a.shape()[1]; ++j)
                absx.data()[i * a.shape()[1] + j] =
                    std::abs(static_cast<F>(a.data()[i * a.strides()[0] + j * a.strides()[1]]));
        const auto sums = red::sum_axis<F>(absx, std::isinf(ord) ? 1 : 0);
        return ord > 0 ? red::extreme<true>(sums) : red::extreme<false>(sums);
    }
}

// numpy.linalg.norm(x, "fro") / norm(x, "nuc") for matrices.
template <class X>
    requires is_array_like_v<X>
auto linalg_norm(const X& x, std::string_view ord) {
    const auto a = ::py::np::eval(x);
    using T = la::elem_t<decltype(a)>;
    using F = la::float_t<T>;
    static_assert(rank_v<decltype(a)> <= 2, "numpy.linalg.norm: ranks 1 and 2 are supported");
    if constexpr (rank_v<decltype(a)> == 2) {
        if (ord == "fro" || ord == "f") return la::two_norm(la::k_order_values<F>(a));
        if (ord != "nuc") throw ValueError("Invalid norm order for matrices.");
        const auto c = la::contiguous(a);
        const la::RowMatrix<F> m = la::map_matrix<T>(c).template cast<F>();
        return static_cast<F>(la::norm_singular_values(m).sum());
    } else {
        throw ValueError("Invalid norm order '" + std::string(ord) + "' for vectors");
    }
}

// numpy.linalg.solve(a, b): b a vector or a matrix of right-hand sides.
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto linalg_solve(const X& x, const Y& y) {
    const auto m = la::square_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    const auto b = la::contiguous(y);
    using TB = la::elem_t<decltype(b)>;
    constexpr int NB = rank_v<decltype(b)>;
    static_assert(NB == 1 || NB == 2, "numpy.linalg.solve: b must be 1- or 2-d");
    if (b.shape()[0] != m.rows())
        throw ValueError(std::string(NB == 1 ? "solve1" : "solve") +
                         ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature " +
                         (NB == 1 ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)") + " (size " +
                         std::to_string(b.shape()[0]) + " is different from " + std::to_string(m.rows()) + ")");
    const Eigen::Index cols = NB == 1 ? 1 : b.shape()[NB - 1];
    const la::RowMatrix<F> rhs =
        Eigen::Map<const la::RowMatrix<TB>>(b.data(), b.shape()[0], cols).template cast<F>();
    if (m.rows() == 0) return la::from_eigen<F, NB>(rhs);
    return la::from_eigen<F, NB>(la::lu_solve(m, rhs));
}

// numpy.linalg.inv(a).
template <class X>
    requires is_array_like_v<X>
auto linalg_inv(const X& x) {
    const auto m = la::square_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (m.rows() == 0) return la::from_eigen<F, 2>(m);
    return la::from_eigen<F, 2>(la::lu_inverse(m));
}

// numpy.linalg.slogdet(a) -> (sign, logabsdet): (0, -inf) for a singular matrix.
template <class X>
    requires is_array_like_v<X>
auto linalg_slogdet(const X& x) {
    const auto m = la::square_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    const auto [sign, logdet] = la::slogdet_of(m);
    return std::tuple{static_cast<F>(sign), static_cast<F>(logdet)};
}

// numpy.linalg.det(a): sign * exp(sum(log|u_ii|)) over the LU factors, as NumPy computes it
// (0.0 for a singular matrix, no exception).
template <class X>
    requires is_array_like_v<X>
auto linalg_det(const X& x) {
    return la::det_of(la::square_matrix(x));
}

}  // namespace py::np
