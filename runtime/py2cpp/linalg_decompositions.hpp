// numpy.linalg's decompositions on Eigen: eigh/eigvalsh (SelfAdjointEigenSolver), cholesky (LLT),
// qr (HouseholderQR), svd (JacobiSVD), and what NumPy derives from them: pinv, matrix_rank.
//
// Results agree with NumPy's LAPACK to rounding. Where a decomposition is defined only up to signs
// (eigenvectors, singular vectors, the Householder reflections of qr) LAPACK and Eigen may choose
// differently: the products the decomposition stands for (A @ V = V * w, U * S @ Vh = A, Q @ R = A)
// agree, the columns themselves may differ in sign. Eigenvalues come in ascending order and singular
// values in descending order, as NumPy's. Error messages are NumPy 1.24's.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>
#include <tuple>

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

#include "py2cpp/linalg.hpp"

namespace py::np {

namespace la {

// The matrix of a Hermitian problem from the triangle UPLO names ('L' or 'U'), as LAPACK reads it.
template <class F>
RowMatrix<F> symmetric_from(const RowMatrix<F>& m, std::string_view uplo) {
    if (uplo != "L" && uplo != "U") throw ValueError("UPLO argument must be 'L' or 'U'");
    RowMatrix<F> s = m;
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < i; ++j) {
            if (uplo == "L") s(j, i) = m(i, j);
            else s(i, j) = m(j, i);
        }
    return s;
}

// Any matrix (not necessarily square) as the float type numpy.linalg computes in.
template <class X>
auto float_matrix(const X& x) {
    const auto a = contiguous(x);
    static_assert(rank_v<decltype(a)> == 2, "numpy.linalg: expected a matrix");
    using F = float_t<elem_t<decltype(a)>>;
    return RowMatrix<F>(map_matrix<elem_t<decltype(a)>>(a).template cast<F>());
}

template <class F>
ndarray<F, 1> vector_from_eigen(const Eigen::Matrix<F, Eigen::Dynamic, 1>& v) {
    ndarray<F, 1> out(std::array<std::int64_t, 1>{v.size()});
    std::copy(v.data(), v.data() + v.size(), out.data());
    return out;
}

template <class F>
void check_finite(const RowMatrix<F>& m) {
    if (!m.allFinite()) raise_linalg("Array must not contain infs or NaNs");
}

}  // namespace la

// numpy.linalg.eigh(a, UPLO='L') -> (w, v): ascending eigenvalues, eigenvectors as columns.
template <class X>
    requires is_array_like_v<X>
auto linalg_eigh(const X& x, std::string_view uplo = "L") {
    using F = typename decltype(la::square_matrix(x))::Scalar;
    const la::RowMatrix<F> m = la::symmetric_from(la::square_matrix(x), uplo);
    if (m.rows() == 0) return std::tuple{ndarray<F, 1>(std::array<std::int64_t, 1>{0}), la::from_eigen<F, 2>(m)};
    la::check_finite(m);
    const Eigen::SelfAdjointEigenSolver<la::RowMatrix<F>> solver(m);
    if (solver.info() != Eigen::Success) la::raise_linalg("Eigenvalues did not converge");
    return std::tuple{la::vector_from_eigen<F>(solver.eigenvalues()), la::from_eigen<F, 2>(solver.eigenvectors())};
}

// numpy.linalg.eigvalsh(a, UPLO='L'): the ascending eigenvalues.
template <class X>
    requires is_array_like_v<X>
auto linalg_eigvalsh(const X& x, std::string_view uplo = "L") {
    using F = typename decltype(la::square_matrix(x))::Scalar;
    const la::RowMatrix<F> m = la::symmetric_from(la::square_matrix(x), uplo);
    if (m.rows() == 0) return ndarray<F, 1>(std::array<std::int64_t, 1>{0});
    la::check_finite(m);
    const Eigen::SelfAdjointEigenSolver<la::RowMatrix<F>> solver(m, Eigen::EigenvaluesOnly);
    if (solver.info() != Eigen::Success) la::raise_linalg("Eigenvalues did not converge");
    return la::vector_from_eigen<F>(solver.eigenvalues());
}

// numpy.linalg.cholesky(a): the lower factor L (a = L @ L.T) from a's lower triangle.
template <class X>
    requires is_array_like_v<X>
auto linalg_cholesky(const X& x) {
    const auto m = la::square_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (m.rows() == 0) return la::from_eigen<F, 2>(m);
    const Eigen::LLT<la::RowMatrix<F>, Eigen::Lower> llt(m);
    if (llt.info() != Eigen::Success) la::raise_linalg("Matrix is not positive definite");
    const la::RowMatrix<F> lower = llt.matrixL();
    return la::from_eigen<F, 2>(lower);
}

// numpy.linalg.qr(a, mode='reduced') -> (Q, R); mode 'complete' gives the square Q.
template <class X>
    requires is_array_like_v<X>
auto linalg_qr(const X& x, std::string_view mode = "reduced") {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (mode != "reduced" && mode != "complete")
        throw ValueError("Unrecognized mode '" + std::string(mode) + "'");
    const Eigen::Index rows = m.rows(), cols = m.cols(), k = std::min(rows, cols);
    const Eigen::Index q_cols = mode == "complete" ? rows : k;
    la::RowMatrix<F> q = la::RowMatrix<F>::Identity(rows, q_cols);
    la::RowMatrix<F> r = la::RowMatrix<F>::Zero(q_cols, cols);
    if (rows > 0 && cols > 0) {
        const Eigen::HouseholderQR<la::RowMatrix<F>> qr(m);
        q = qr.householderQ() * la::RowMatrix<F>::Identity(rows, q_cols);
        const la::RowMatrix<F> upper = qr.matrixQR().template triangularView<Eigen::Upper>();
        r.topRows(std::min(q_cols, rows)) = upper.topRows(std::min(q_cols, rows));
    }
    return std::tuple{la::from_eigen<F, 2>(q), la::from_eigen<F, 2>(r)};
}

// numpy.linalg.qr(a, mode='r'): R alone.
template <class X>
    requires is_array_like_v<X>
auto linalg_qr_r(const X& x) {
    return std::get<1>(linalg_qr(x, "reduced"));
}

namespace la {

template <class F>
Eigen::JacobiSVD<RowMatrix<F>> svd_of(const RowMatrix<F>& m, bool full_matrices) {
    check_finite(m);
    const unsigned options = full_matrices ? (Eigen::ComputeFullU | Eigen::ComputeFullV) : (Eigen::ComputeThinU | Eigen::ComputeThinV);
    return Eigen::JacobiSVD<RowMatrix<F>>(m, options);
}

}  // namespace la

// numpy.linalg.svd(a, full_matrices=True) -> (U, S, Vh): descending singular values, U * S @ Vh == a.
template <class X>
    requires is_array_like_v<X>
auto linalg_svd(const X& x, bool full_matrices = true) {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    const Eigen::Index rows = m.rows(), cols = m.cols(), k = std::min(rows, cols);
    if (k == 0) {
        const Eigen::Index u_cols = full_matrices ? rows : 0, v_rows = full_matrices ? cols : 0;
        return std::tuple{la::from_eigen<F, 2>(la::RowMatrix<F>::Identity(rows, u_cols)), ndarray<F, 1>(std::array<std::int64_t, 1>{0}),
                          la::from_eigen<F, 2>(la::RowMatrix<F>::Identity(v_rows, cols))};
    }
    const auto svd = la::svd_of(m, full_matrices);
    const la::RowMatrix<F> u = svd.matrixU();
    const la::RowMatrix<F> vh = svd.matrixV().transpose();
    return std::tuple{la::from_eigen<F, 2>(u), la::vector_from_eigen<F>(svd.singularValues()), la::from_eigen<F, 2>(vh)};
}

// numpy.linalg.svd(a, compute_uv=False): the singular values alone.
template <class X>
    requires is_array_like_v<X>
auto linalg_svdvals(const X& x) {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (std::min(m.rows(), m.cols()) == 0) return ndarray<F, 1>(std::array<std::int64_t, 1>{0});
    la::check_finite(m);
    return la::vector_from_eigen<F>(Eigen::JacobiSVD<la::RowMatrix<F>>(m).singularValues());
}

// numpy.linalg.pinv(a, rcond=1e-15): V diag(1/s) U.T over the singular values above rcond * max(s).
template <class X>
    requires is_array_like_v<X>
auto linalg_pinv(const X& x, double rcond = 1e-15) {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (std::min(m.rows(), m.cols()) == 0) return la::from_eigen<F, 2>(la::RowMatrix<F>::Zero(m.cols(), m.rows()));
    const auto svd = la::svd_of(m, false);
    const auto& s = svd.singularValues();
    const F cutoff = static_cast<F>(rcond) * s.maxCoeff();
    Eigen::Matrix<F, Eigen::Dynamic, 1> inverse(s.size());
    for (Eigen::Index i = 0; i < s.size(); ++i) inverse(i) = s(i) > cutoff ? F(1) / s(i) : F(0);
    const la::RowMatrix<F> p = svd.matrixV() * inverse.asDiagonal() * svd.matrixU().transpose();
    return la::from_eigen<F, 2>(p);
}

// numpy.linalg.matrix_rank(A): singular values above S.max() * max(M, N) * eps.
template <class X>
    requires is_array_like_v<X>
std::int64_t linalg_matrix_rank(const X& x) {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (std::min(m.rows(), m.cols()) == 0) return 0;
    la::check_finite(m);
    const auto s = Eigen::JacobiSVD<la::RowMatrix<F>>(m).singularValues();
    const F tol = s.maxCoeff() * static_cast<F>(std::max(m.rows(), m.cols())) * std::numeric_limits<F>::epsilon();
    return static_cast<std::int64_t>((s.array() > tol).count());
}

// numpy.linalg.lstsq(a, b, rcond) -> (x, residuals, rank, s): the minimum-norm least-squares
// solution through the SVD, singular values at or below rcond * max(s) taken as zero (rcond < 0:
// machine precision, NumPy 1.24's default; `rcond=None`: eps * max(M, N), use_default_rcond).
// residuals: the squared 2-norms of the columns of b - a @ x when rank == N < M, else empty.
template <class X, class Y>
    requires(is_array_like_v<X> && is_array_like_v<Y>)
auto linalg_lstsq(const X& x, const Y& y, double rcond = -1.0, bool default_rcond = false) {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    const auto b_array = la::contiguous(y);
    using TB = la::elem_t<decltype(b_array)>;
    constexpr int NB = rank_v<decltype(b_array)>;
    static_assert(NB == 1 || NB == 2, "numpy.linalg.lstsq: b must be 1- or 2-d");
    const Eigen::Index rows = m.rows(), cols = m.cols();
    if (b_array.shape()[0] != rows) la::raise_linalg("Incompatible dimensions");
    const Eigen::Index k = NB == 1 ? 1 : b_array.shape()[1];
    const la::RowMatrix<F> b = Eigen::Map<const la::RowMatrix<TB>>(b_array.data(), rows, k).template cast<F>();
    la::RowMatrix<F> solution = la::RowMatrix<F>::Zero(cols, k);
    Eigen::Matrix<F, Eigen::Dynamic, 1> s(std::min(rows, cols));
    std::int64_t rank = 0;
    if (std::min(rows, cols) > 0) {
        const auto svd = la::svd_of(m, false);
        s = svd.singularValues();
        const double relative = default_rcond ? std::numeric_limits<F>::epsilon() * static_cast<double>(std::max(rows, cols))
                                : rcond < 0 ? std::numeric_limits<F>::epsilon() : rcond;
        const F cutoff = static_cast<F>(relative) * s.maxCoeff();
        Eigen::Matrix<F, Eigen::Dynamic, 1> inverse(s.size());
        for (Eigen::Index i = 0; i < s.size(); ++i) {
            inverse(i) = s(i) > cutoff ? F(1) / s(i) : F(0);
            rank += s(i) > cutoff;
        }
        solution = svd.matrixV() * (inverse.asDiagonal() * (svd.matrixU().transpose() * b));
    }
    ndarray<F, 1> residuals(std::array<std::int64_t, 1>{0});
    if (rank == cols && rows > cols) {
        residuals = ndarray<F, 1>(std::array<std::int64_t, 1>{k});
        const la::RowMatrix<F> r = b - m * solution;
        for (Eigen::Index j = 0; j < k; ++j) residuals.data()[j] = r.col(j).squaredNorm();
    }
    auto x_out = la::from_eigen<F, NB>(solution);
    return std::tuple{std::move(x_out), std::move(residuals), rank, la::vector_from_eigen<F>(s)};
}

}  // namespace py::np
