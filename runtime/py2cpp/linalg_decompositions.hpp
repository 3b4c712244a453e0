// numpy.linalg's decompositions: eigh/eigvalsh, cholesky, qr, svd, and what NumPy derives from
// them: pinv, matrix_rank, lstsq, cond. eigh, eigvalsh, cholesky, svd, pinv, matrix_rank and cond
// also take stacks of matrices (rank >= 3). Non-finite input gets NumPy's (LAPACK's) answers: NaN
// results from eigh and from an SVD of a matrix holding an inf, "SVD did not converge" for one
// holding a NaN.
//
// With PY2CPP_LAPACK (host builds) each runs on the LAPACK routine NumPy 1.24 calls, on the same
// column-major double copy of the input (linalg_lapack.hpp): syevd (eigh), potrf (cholesky),
// geqrf + orgqr (qr), gesdd (svd), gelsd (lstsq). Results are then NumPy's, including the signs of
// eigenvectors and singular vectors, which are defined only up to sign.
//
// Without it (cross builds) Eigen's decompositions stand in: SelfAdjointEigenSolver, LLT,
// HouseholderQR and BDCSVD (divide and conquer, gesdd's method). Their results agree with NumPy's
// to rounding; the products a decomposition stands for (A @ V = V * w, U * S @ Vh = A) agree, but
// vector columns may differ in sign. qr's Householder reflections follow LAPACK's convention (R's
// diagonal has the sign opposite to the pivot column's leading element), so Q and R come out as
// NumPy's either way. Eigenvalues come in ascending order and singular values in descending order,
// as NumPy's. Error messages are NumPy 1.24's.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <tuple>

#if !PY2CPP_LAPACK
#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>
#endif

#include "py2cpp/linalg.hpp"
#include "py2cpp/linalg_stacks.hpp"
#include "py2cpp/sorting.hpp"

namespace py::np {

namespace la {

// NumPy reads UPLO upper-cased: 'L'/'l' or 'U'/'u'.
inline bool check_uplo(std::string_view uplo) {
    if (uplo != "L" && uplo != "l" && uplo != "U" && uplo != "u") throw ValueError("UPLO argument must be 'L' or 'U'");
    return uplo == "L" || uplo == "l";
}

// The matrix of a Hermitian problem from the triangle UPLO names ('L' or 'U'), as LAPACK reads it.
template <class F>
RowMatrix<F> symmetric_from(const RowMatrix<F>& m, std::string_view uplo) {
    const bool lower = check_uplo(uplo);
    RowMatrix<F> s = m;
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < i; ++j) {
            if (lower) s(j, i) = m(i, j);
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

// Eigenvalues (ascending) and, if asked, eigenvectors of a symmetric matrix m (n > 0, symmetric_from
// the triangle UPLO names: `lower`, which LAPACK is told, as NumPy tells it). A matrix holding an inf
// or a NaN gives NaN for all of them, as NumPy's LAPACK (syevd) does.
template <class F>
std::tuple<Vector<F>, RowMatrix<F>> eigh_of(const RowMatrix<F>& m, bool vectors, bool lower) {
    const F nan = std::numeric_limits<F>::quiet_NaN();
    if (!m.allFinite())
        return {Vector<F>::Constant(m.rows(), nan), vectors ? RowMatrix<F>::Constant(m.rows(), m.cols(), nan) : RowMatrix<F>()};
#if PY2CPP_LAPACK
    lapack::Matrix a = lapack_matrix(m);
    lapack::Vector w;
    if (lapack::syevd(vectors, lower ? 'L' : 'U', a, w) != 0) raise_linalg("Eigenvalues did not converge");
    return {w.template cast<F>(), vectors ? RowMatrix<F>(a.template cast<F>()) : RowMatrix<F>()};
#else
    (void)lower;  // Eigen reads the lower triangle of the symmetric matrix
    const Eigen::SelfAdjointEigenSolver<RowMatrix<F>> solver(m, vectors ? Eigen::ComputeEigenvectors : Eigen::EigenvaluesOnly);
    if (solver.info() != Eigen::Success) raise_linalg("Eigenvalues did not converge");
    return {solver.eigenvalues(), vectors ? RowMatrix<F>(solver.eigenvectors()) : RowMatrix<F>()};
#endif
}

// The lower Cholesky factor of a square matrix (n > 0), read from its lower triangle.
template <class F>
RowMatrix<F> cholesky_of(const RowMatrix<F>& m) {
#if PY2CPP_LAPACK
    lapack::Matrix a = lapack_matrix(m);
    if (lapack::potrf_lower(a) != 0) raise_linalg("Matrix is not positive definite");
    a.template triangularView<Eigen::StrictlyUpper>().setZero();  // potrf leaves it as it was; NumPy zeroes it
    return a.template cast<F>();
#else
    const Eigen::LLT<RowMatrix<F>, Eigen::Lower> llt(m);
    if (llt.info() != Eigen::Success) raise_linalg("Matrix is not positive definite");
    return llt.matrixL();
#endif
}

// The SVD of a finite, non-empty matrix (svd_input_finite first): u, the singular values
// (descending), vt; u and vt square with full_matrices, of min(M, N) columns / rows otherwise.
template <class F>
struct Svd {
    RowMatrix<F> u;
    Vector<F> s;
    RowMatrix<F> vt;
};

template <class F>
Svd<F> svd_of(const RowMatrix<F>& m, bool full_matrices) {
#if PY2CPP_LAPACK
    lapack::Matrix a = lapack_matrix(m), u, vt;
    lapack::Vector s;
    if (lapack::gesdd(full_matrices ? 'A' : 'S', a, s, u, vt) != 0) raise_linalg("SVD did not converge");
    return {u.template cast<F>(), s.template cast<F>(), vt.template cast<F>()};
#else
    const unsigned options = full_matrices ? (Eigen::ComputeFullU | Eigen::ComputeFullV) : (Eigen::ComputeThinU | Eigen::ComputeThinV);
    const Eigen::BDCSVD<RowMatrix<F>> svd(m, options);
    return {svd.matrixU(), svd.singularValues(), svd.matrixV().transpose()};
#endif
}

// What NumPy's SVD (LAPACK gesdd) does with non-finite input: a NaN is "SVD did not converge";
// an inf (and no NaN) gives NaN for every result. True when the matrix is finite.
template <class F>
bool svd_input_finite(const RowMatrix<F>& m) {
    if (m.hasNaN()) raise_linalg("SVD did not converge");
    return m.allFinite();
}

// The singular values of a matrix, descending (NaN ones for a matrix holding an inf).
template <class F>
Vector<F> singular_values_of(const RowMatrix<F>& m) {
    return norm_singular_values(m);
}

// matrix_rank of one matrix: singular values above tol, or above S.max() * max(M, N) * eps.
template <class F>
std::int64_t rank_of(const RowMatrix<F>& m, std::optional<double> tol) {
    if (std::min(m.rows(), m.cols()) == 0) {
        if (!tol) red::raise_empty("maximum");  // NumPy's S.max() of no singular values
        return 0;
    }
    const auto s = singular_values_of(m);
    const F cutoff = tol ? static_cast<F>(*tol) : s.maxCoeff() * static_cast<F>(std::max(m.rows(), m.cols())) * std::numeric_limits<F>::epsilon();
    return static_cast<std::int64_t>((s.array() > cutoff).count());
}

}  // namespace la

// numpy.linalg.eigh(a, UPLO='L') -> (w, v): ascending eigenvalues, eigenvectors as columns.
template <class X>
    requires is_array_like_v<X>
auto linalg_eigh(const X& x, std::string_view uplo = "L") {
    la::check_uplo(uplo);
    using F = typename decltype(la::square_matrix(x))::Scalar;
    const la::RowMatrix<F> m = la::symmetric_from(la::square_matrix(x), uplo);
    if (m.rows() == 0) return std::tuple{ndarray<F, 1>(std::array<std::int64_t, 1>{0}), la::from_eigen<F, 2>(m)};
    const auto [w, v] = la::eigh_of(m, true, la::check_uplo(uplo));
    return std::tuple{la::vector_from_eigen<F>(w), la::from_eigen<F, 2>(v)};
}

// numpy.linalg.eigvalsh(a, UPLO='L'): the ascending eigenvalues.
template <class X>
    requires is_array_like_v<X>
auto linalg_eigvalsh(const X& x, std::string_view uplo = "L") {
    la::check_uplo(uplo);
    using F = typename decltype(la::square_matrix(x))::Scalar;
    const la::RowMatrix<F> m = la::symmetric_from(la::square_matrix(x), uplo);
    if (m.rows() == 0) return ndarray<F, 1>(std::array<std::int64_t, 1>{0});
    return la::vector_from_eigen<F>(std::get<0>(la::eigh_of(m, false, la::check_uplo(uplo))));
}

// numpy.linalg.cholesky(a): the lower factor L (a = L @ L.T) from a's lower triangle.
template <class X>
    requires is_array_like_v<X>
auto linalg_cholesky(const X& x) {
    const auto m = la::square_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (m.rows() == 0) return la::from_eigen<F, 2>(m);
    return la::from_eigen<F, 2>(la::cholesky_of(m));
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
#if PY2CPP_LAPACK
        // NumPy's qr: geqrf; R the upper triangle of its first q_cols rows; Q from orgqr, given the
        // k reflectors in the first columns of an m x q_cols matrix.
        lapack::Matrix a = la::lapack_matrix(m), qa = lapack::Matrix::Zero(rows, q_cols);
        lapack::Vector tau;
        if (lapack::geqrf(a, tau) != 0) la::raise_linalg("Incorrect argument found while performing QR factorization");
        qa.leftCols(k) = a.leftCols(k);
        if (lapack::orgqr(qa, tau) != 0) la::raise_linalg("Incorrect argument found while performing QR factorization");
        q = qa.template cast<F>();
        const lapack::Matrix upper = a.template triangularView<Eigen::Upper>();
        r = upper.topRows(q_cols).template cast<F>();
#else
        const Eigen::HouseholderQR<la::RowMatrix<F>> qr(m);
        q = qr.householderQ() * la::RowMatrix<F>::Identity(rows, q_cols);
        const la::RowMatrix<F> upper = qr.matrixQR().template triangularView<Eigen::Upper>();
        r.topRows(std::min(q_cols, rows)) = upper.topRows(std::min(q_cols, rows));
#endif
    }
    return std::tuple{la::from_eigen<F, 2>(q), la::from_eigen<F, 2>(r)};
}

// numpy.linalg.qr(a, mode='r'): R alone.
template <class X>
    requires is_array_like_v<X>
auto linalg_qr_r(const X& x) {
    return std::get<1>(linalg_qr(x, "reduced"));
}

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
    if (!la::svd_input_finite(m)) {  // an inf: every result NaN, as NumPy's
        const F nan = std::numeric_limits<F>::quiet_NaN();
        const Eigen::Index u_cols = full_matrices ? rows : k, v_rows = full_matrices ? cols : k;
        return std::tuple{la::from_eigen<F, 2>(la::RowMatrix<F>::Constant(rows, u_cols, nan)),
                          la::vector_from_eigen<F>(la::Vector<F>::Constant(k, nan)),
                          la::from_eigen<F, 2>(la::RowMatrix<F>::Constant(v_rows, cols, nan))};
    }
    const auto svd = la::svd_of(m, full_matrices);
    return std::tuple{la::from_eigen<F, 2>(svd.u), la::vector_from_eigen<F>(svd.s), la::from_eigen<F, 2>(svd.vt)};
}

// numpy.linalg.svd(a, compute_uv=False): the singular values alone.
template <class X>
    requires is_array_like_v<X>
auto linalg_svdvals(const X& x) {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (std::min(m.rows(), m.cols()) == 0) return ndarray<F, 1>(std::array<std::int64_t, 1>{0});
    return la::vector_from_eigen<F>(la::singular_values_of(m));
}

// numpy.linalg.pinv(a, rcond=1e-15): V diag(1/s) U.T over the singular values above rcond * max(s).
template <class X>
    requires is_array_like_v<X>
auto linalg_pinv(const X& x, double rcond = 1e-15) {
    const auto m = la::float_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (std::min(m.rows(), m.cols()) == 0) return la::from_eigen<F, 2>(la::RowMatrix<F>::Zero(m.cols(), m.rows()));
    if (!la::svd_input_finite(m))
        return la::from_eigen<F, 2>(la::RowMatrix<F>::Constant(m.cols(), m.rows(), std::numeric_limits<F>::quiet_NaN()));
    const auto svd = la::svd_of(m, false);
    const auto& s = svd.s;
    // NumPy: cutoff = rcond * amax(s) (a float64 array, so float32 s are compared in double);
    // vt.T @ (1/s * u.T).
    const double cutoff = rcond * static_cast<double>(s.maxCoeff());
    Eigen::Matrix<F, Eigen::Dynamic, 1> inverse(s.size());
    for (Eigen::Index i = 0; i < s.size(); ++i) inverse(i) = s(i) > cutoff ? F(1) / s(i) : F(0);
    const la::RowMatrix<F> p = svd.vt.transpose() * (inverse.asDiagonal() * svd.u.transpose());
    return la::from_eigen<F, 2>(p);
}

// numpy.linalg.matrix_rank(A): singular values above S.max() * max(M, N) * eps.
template <class X>
    requires is_array_like_v<X>
std::int64_t linalg_matrix_rank(const X& x) {
    return la::rank_of(la::float_matrix(x), std::nullopt);
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
    la::Vector<F> residual_norms;  // gelsd's, when it computed them
    if (std::min(rows, cols) > 0) {
        // (NumPy 1.24 raises a SystemError here, for the LinAlgError its gelsd loop meant to raise.)
        if (!m.allFinite()) la::raise_linalg("SVD did not converge in Linear Least Squares");
#if PY2CPP_LAPACK
        // NumPy's lstsq: gelsd in double (float32 too, and eps is double's for rcond=None), with b
        // in max(M, N) rows (a zero column when b has none: LAPACK needs one); the residuals are the
        // squared norms of the rows N..M-1 gelsd leaves below x, summed in order as NumPy sums them.
        lapack::Matrix a = la::lapack_matrix(m), rhs = lapack::Matrix::Zero(std::max(rows, cols), std::max<Eigen::Index>(k, 1));
        rhs.topLeftCorner(rows, k) = b.template cast<double>();
        const double cutoff = default_rcond ? std::numeric_limits<double>::epsilon() * static_cast<double>(std::max(rows, cols)) : rcond;
        lapack::Vector values;
        int lapack_rank = 0;
        if (lapack::gelsd(a, rhs, cutoff, values, lapack_rank) != 0) la::raise_linalg("SVD did not converge in Linear Least Squares");
        rank = lapack_rank;
        s = values.template cast<F>();
        solution = rhs.topLeftCorner(cols, k).template cast<F>();
        if (rows > cols) {
            residual_norms.resize(k);
            for (Eigen::Index j = 0; j < k; ++j) {
                double sum = 0;
                for (Eigen::Index i = cols; i < rows; ++i) sum += rhs(i, j) * rhs(i, j);
                residual_norms(j) = static_cast<F>(sum);
            }
        }
#else
        const auto svd = la::svd_of(m, false);
        s = svd.s;
        const double relative = default_rcond ? std::numeric_limits<F>::epsilon() * static_cast<double>(std::max(rows, cols))
                                : rcond < 0 ? std::numeric_limits<F>::epsilon() : rcond;
        const F cutoff = static_cast<F>(relative) * s.maxCoeff();
        Eigen::Matrix<F, Eigen::Dynamic, 1> inverse(s.size());
        for (Eigen::Index i = 0; i < s.size(); ++i) {
            inverse(i) = s(i) > cutoff ? F(1) / s(i) : F(0);
            rank += s(i) > cutoff;
        }
        solution = svd.vt.transpose() * (inverse.asDiagonal() * (svd.u.transpose() * b));
#endif
    }
    ndarray<F, 1> residuals(std::array<std::int64_t, 1>{0});
    if (rank == cols && rows > cols) {
        residuals = ndarray<F, 1>(std::array<std::int64_t, 1>{k});
        if (residual_norms.size() != k) {  // the norms of b - a @ x
            const la::RowMatrix<F> r = b - m * solution;
            residual_norms.resize(k);
            for (Eigen::Index j = 0; j < k; ++j) residual_norms(j) = r.col(j).squaredNorm();
        }
        std::copy(residual_norms.data(), residual_norms.data() + k, residuals.data());
    }
    auto x_out = la::from_eigen<F, NB>(solution);
    return std::tuple{std::move(x_out), std::move(residuals), rank, la::vector_from_eigen<F>(s)};
}

// ---- stacks of matrices (rank >= 3; the helpers are linalg_stacks.hpp's) ----------------------

// numpy.linalg.cholesky(a) of a stack: the lower factor of each matrix.
template <class X>
    requires is_array_like_v<X>
auto linalg_cholesky_stack(const X& x) {
    const auto a = la::square_stack(x);
    using F = la::elem_t<decltype(a)>;
    auto out = ndarray<F, rank_v<decltype(a)>>(a.shape());
    if (a.shape().back() == 0) return out;
    for (std::int64_t s = 0; s < la::stack_count(a); ++s) la::stack_matrix(out, s) = la::cholesky_of(la::RowMatrix<F>(la::stack_matrix(a, s)));
    return out;
}

// numpy.linalg.eigh(a, UPLO) of a stack -> (w, v): w of shape (..., n), v of shape (..., n, n).
template <class X>
    requires is_array_like_v<X>
auto linalg_eigh_stack(const X& x, std::string_view uplo = "L") {
    la::check_uplo(uplo);
    const auto a = la::square_stack(x);
    using F = la::elem_t<decltype(a)>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    const std::int64_t n = a.shape()[N - 1];
    ndarray<F, N - 1> w(la::leading_shape<N - 1>(a.shape()));
    ndarray<F, N> v(a.shape());
    if (n == 0) return std::tuple{w, v};
    for (std::int64_t s = 0; s < la::stack_count(a); ++s) {
        const auto [values, vectors] = la::eigh_of(la::symmetric_from(la::RowMatrix<F>(la::stack_matrix(a, s)), uplo), true, la::check_uplo(uplo));
        std::copy(values.data(), values.data() + n, w.data() + s * n);
        la::stack_matrix(v, s) = vectors;
    }
    return std::tuple{w, v};
}

// numpy.linalg.eigvalsh(a, UPLO) of a stack: the ascending eigenvalues of each matrix.
template <class X>
    requires is_array_like_v<X>
auto linalg_eigvalsh_stack(const X& x, std::string_view uplo = "L") {
    la::check_uplo(uplo);
    const auto a = la::square_stack(x);
    using F = la::elem_t<decltype(a)>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    const std::int64_t n = a.shape()[N - 1];
    ndarray<F, N - 1> w(la::leading_shape<N - 1>(a.shape()));
    if (n == 0) return w;
    for (std::int64_t s = 0; s < la::stack_count(a); ++s) {
        const auto values = std::get<0>(la::eigh_of(la::symmetric_from(la::RowMatrix<F>(la::stack_matrix(a, s)), uplo), false, la::check_uplo(uplo)));
        std::copy(values.data(), values.data() + n, w.data() + s * n);
    }
    return w;
}

namespace la {

// The norm numpy.linalg.cond multiplies (norm(x, p) * norm(inv(x), p)) for p = ±1, ±inf and
// 'fro'/'nuc' of one matrix; 2 and -2 go through the singular values.
template <class F>
F cond_norm(const RowMatrix<F>& m, double p) {
    if (p == 1 || p == -1) {
        const auto sums = m.cwiseAbs().colwise().sum();
        return p > 0 ? sums.maxCoeff() : sums.minCoeff();
    }
    if (std::isinf(p)) {
        const auto sums = m.cwiseAbs().rowwise().sum();
        return p > 0 ? sums.maxCoeff() : sums.minCoeff();
    }
    throw ValueError("Invalid norm order for matrices.");
}

template <class F>
F cond_norm(const RowMatrix<F>& m, std::string_view p) {
    if (p == "fro" || p == "f") return std::sqrt(m.squaredNorm());
    if (p == "nuc") return singular_values_of(m).sum();
    throw ValueError("Invalid norm order for matrices.");
}

// numpy.linalg.cond(x, p) of one matrix; p is None (std::nullopt), a number or 'fro'/'nuc'. NaN
// becomes inf unless the matrix holds a NaN (NumPy's rule).
template <class F, class P>
F cond_of(const RowMatrix<F>& m, const P& p) {
    bool by_svd = true, minus_two = false;
    if constexpr (std::is_arithmetic_v<P>) {
        by_svd = p == 2 || p == -2;
        minus_two = p == -2;
    } else if constexpr (!std::is_same_v<P, std::nullopt_t>) {
        by_svd = false;
    }
    F r = 0;
    if (by_svd) {
        const auto s = singular_values_of(m);
        r = minus_two ? s(s.size() - 1) / s(0) : s(0) / s(s.size() - 1);
    } else if constexpr (!std::is_same_v<P, std::nullopt_t>) {
        if (m.rows() != m.cols()) raise_linalg("Last 2 dimensions of the array must be square");
        // inv(x) with errors ignored: a singular matrix's inverse is NaN (NumPy's inv gufunc's result).
        const auto solved = try_inverse(m);
        const RowMatrix<F> inverse = solved ? *solved : RowMatrix<F>::Constant(m.rows(), m.cols(), std::numeric_limits<F>::quiet_NaN());
        r = cond_norm(m, p) * cond_norm(inverse, p);
    }
    if (std::isnan(r) && !m.hasNaN()) r = std::numeric_limits<F>::infinity();
    return r;
}

template <class X, class P>
auto cond_any(const X& x, const P& p) {
    const auto a = contiguous(x);
    constexpr std::size_t N = rank_v<decltype(a)>;
    static_assert(N >= 2, "numpy.linalg.cond: expected a stack of matrices");
    using T = elem_t<decltype(a)>;
    using F = float_t<T>;
    const std::int64_t rows = a.shape()[N - 2], cols = a.shape()[N - 1];
    if (rows * cols == 0 && a.size() == 0) raise_linalg("cond is not defined on empty arrays");
    auto matrix = [&](std::int64_t s) {
        return RowMatrix<F>(Eigen::Map<const RowMatrix<T>>(a.data() + s * rows * cols, rows, cols).template cast<F>());
    };
    if constexpr (N == 2) {
        return cond_of(matrix(0), p);
    } else {
        ndarray<F, N - 2> out(leading_shape<N - 2>(a.shape()));
        for (std::int64_t s = 0; s < out.size(); ++s) out.data()[s] = cond_of(matrix(s), p);
        return out;
    }
}

}  // namespace la

// numpy.linalg.cond(x, p=None): the condition number of a matrix (a number) or of each matrix of
// a stack (an array): s[0] / s[-1] of the singular values for p None or 2 (s[-1] / s[0] for -2),
// norm(x, p) * norm(inv(x), p) otherwise (square matrices; inf for a singular one).
template <class X>
    requires is_array_like_v<X>
auto linalg_cond(const X& x) {
    return la::cond_any(x, std::nullopt);
}

template <class X>
    requires is_array_like_v<X>
auto linalg_cond(const X& x, double p) {
    return la::cond_any(x, p);
}

template <class X>
    requires is_array_like_v<X>
auto linalg_cond(const X& x, std::string_view p) {
    return la::cond_any(x, p);
}

// numpy.linalg.svd(a, full_matrices) of a stack -> (U, S, Vh), each stacked over a's leading axes.
template <class X>
    requires is_array_like_v<X>
auto linalg_svd_stack(const X& x, bool full_matrices = true) {
    const auto a = la::float_stack(x);
    using F = la::elem_t<decltype(a)>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    const std::int64_t rows = a.shape()[N - 2], cols = a.shape()[N - 1], k = std::min(rows, cols);
    auto shape_u = a.shape(), shape_vh = a.shape();
    shape_u[N - 1] = full_matrices ? rows : k;
    shape_vh[N - 2] = full_matrices ? cols : k;
    std::array<std::int64_t, N - 1> shape_s = la::leading_shape<N - 1>(a.shape());
    shape_s[N - 2] = k;
    ndarray<F, N> u(shape_u), vh(shape_vh);
    ndarray<F, N - 1> s(shape_s);
    const std::int64_t count = ::py::detail::shape_product(la::leading_shape<N - 2>(a.shape()));
    for (std::int64_t t = 0; t < count; ++t) {
        const auto [ut, st, vht] = linalg_svd(la::matrix_view(a, t), full_matrices);
        std::copy(ut.data(), ut.data() + ut.size(), u.data() + t * ut.size());
        std::copy(st.data(), st.data() + st.size(), s.data() + t * st.size());
        std::copy(vht.data(), vht.data() + vht.size(), vh.data() + t * vht.size());
    }
    return std::tuple{u, s, vh};
}

// numpy.linalg.svd(a, compute_uv=False) of a stack: the singular values of each matrix.
template <class X>
    requires is_array_like_v<X>
auto linalg_svdvals_stack(const X& x) {
    const auto a = la::contiguous(x);
    using T = la::elem_t<decltype(a)>;
    using F = la::float_t<T>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    const std::int64_t rows = a.shape()[N - 2], cols = a.shape()[N - 1], k = std::min(rows, cols);
    std::array<std::int64_t, N - 1> shape_s = la::leading_shape<N - 1>(a.shape());
    shape_s[N - 2] = k;
    ndarray<F, N - 1> s(shape_s);
    const std::int64_t count = ::py::detail::shape_product(la::leading_shape<N - 2>(a.shape()));
    for (std::int64_t t = 0; t < count && k > 0; ++t) {
        const auto m = la::RowMatrix<F>(Eigen::Map<const la::RowMatrix<T>>(a.data() + t * rows * cols, rows, cols).template cast<F>());
        const auto values = la::singular_values_of(m);
        std::copy(values.data(), values.data() + k, s.data() + t * k);
    }
    return s;
}

// numpy.linalg.pinv(a, rcond) of a stack: the pseudo-inverse of each matrix, shape (..., N, M).
template <class X>
    requires is_array_like_v<X>
auto linalg_pinv_stack(const X& x, double rcond = 1e-15) {
    const auto a = la::float_stack(x);
    using F = la::elem_t<decltype(a)>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    const std::int64_t rows = a.shape()[N - 2], cols = a.shape()[N - 1];
    auto shape = a.shape();
    std::swap(shape[N - 2], shape[N - 1]);
    ndarray<F, N> out(shape);
    const std::int64_t count = ::py::detail::shape_product(la::leading_shape<N - 2>(a.shape()));
    for (std::int64_t t = 0; t < count; ++t) {
        const auto p = linalg_pinv(la::matrix_view(a, t), rcond);
        std::copy(p.data(), p.data() + p.size(), out.data() + t * rows * cols);
    }
    return out;
}

// numpy.linalg.matrix_rank(A, tol=None): of a vector, 1 unless all its elements are 0; of a matrix,
// the number of singular values above tol (default S.max() * max(M, N) * eps); of a stack, an
// int64 array of the ranks of its matrices.
template <class X>
    requires is_array_like_v<X>
auto linalg_matrix_rank_tol(const X& x, std::optional<double> tol) {
    const auto a = la::contiguous(x);
    using T = la::elem_t<decltype(a)>;
    using F = la::float_t<T>;
    constexpr std::size_t N = rank_v<decltype(a)>;
    if constexpr (N == 1) {
        return static_cast<std::int64_t>(std::any_of(a.data(), a.data() + a.size(), [](T v) { return v != T(0); }));
    } else {
        const std::int64_t rows = a.shape()[N - 2], cols = a.shape()[N - 1];
        auto matrix = [&](std::int64_t t) {
            return la::RowMatrix<F>(Eigen::Map<const la::RowMatrix<T>>(a.data() + t * rows * cols, rows, cols).template cast<F>());
        };
        if constexpr (N == 2) {
            return la::rank_of(matrix(0), tol);
        } else {
            ndarray<std::int64_t, N - 2> out(la::leading_shape<N - 2>(a.shape()));
            for (std::int64_t t = 0; t < out.size(); ++t) out.data()[t] = la::rank_of(matrix(t), tol);
            return out;
        }
    }
}

// ---- hermitian=True: the SVD of a symmetric matrix through eigh (NumPy's way) ----------------

namespace la {

// NumPy's svd(a, hermitian=True) of one square matrix (n > 0): eigh of its lower triangle, the
// singular values |w| in descending order (NumPy's argsort of |w|, reversed, so ties fall as in
// NumPy), u the eigenvectors in that order and vt = (u * sign(w)).T (a zero eigenvalue gives a zero
// row, as np.sign(0) is 0).
template <class F>
std::tuple<RowMatrix<F>, Vector<F>, RowMatrix<F>> hermitian_svd_of(const RowMatrix<F>& m, bool uv) {
    const auto [w, v] = eigh_of(symmetric_from(m, "L"), uv, true);
    const Eigen::Index n = w.size();
    ndarray<F, 1> absw(std::array<std::int64_t, 1>{n});
    for (Eigen::Index i = 0; i < n; ++i) absw.data()[i] = std::abs(w(i));
    const auto order = ::py::np::argsort(absw);
    Vector<F> s(n);
    RowMatrix<F> u, vt;
    if (uv) {
        u.resize(n, n);
        vt.resize(n, n);
    }
    for (Eigen::Index k = 0; k < n; ++k) {
        const Eigen::Index i = static_cast<Eigen::Index>(order.data()[n - 1 - k]);
        s(k) = absw.data()[i];
        if (uv) {
            const F sign = w(i) > 0 ? F(1) : w(i) < 0 ? F(-1) : w(i);  // np.sign (NaN stays NaN)
            u.col(k) = v.col(i);
            vt.row(k) = (v.col(i) * sign).transpose();
        }
    }
    return {u, s, vt};
}

template <class X>
auto hermitian_matrix(const X& x) {
    return square_matrix(x);  // LinAlgError "Last 2 dimensions of the array must be square"
}

}  // namespace la

// numpy.linalg.svd(a, hermitian=True) -> (U, S, Vh) of a symmetric matrix (full_matrices has no
// effect: the matrix is square).
template <class X>
    requires is_array_like_v<X>
auto linalg_svd_hermitian(const X& x) {
    const auto m = la::hermitian_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (m.rows() == 0)
        return std::tuple{la::from_eigen<F, 2>(m), ndarray<F, 1>(std::array<std::int64_t, 1>{0}), la::from_eigen<F, 2>(m)};
    const auto [u, s, vt] = la::hermitian_svd_of(m, true);
    return std::tuple{la::from_eigen<F, 2>(u), la::vector_from_eigen<F>(s), la::from_eigen<F, 2>(vt)};
}

// numpy.linalg.svd(a, compute_uv=False, hermitian=True): |eigenvalues| in descending order.
template <class X>
    requires is_array_like_v<X>
auto linalg_svdvals_hermitian(const X& x) {
    const auto m = la::hermitian_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (m.rows() == 0) return ndarray<F, 1>(std::array<std::int64_t, 1>{0});
    return la::vector_from_eigen<F>(std::get<1>(la::hermitian_svd_of(m, false)));
}

// numpy.linalg.pinv(a, rcond, hermitian=True): Vh.T diag(1/s) U.T over the hermitian SVD.
template <class X>
    requires is_array_like_v<X>
auto linalg_pinv_hermitian(const X& x, double rcond = 1e-15) {
    const auto m = la::hermitian_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (m.rows() == 0) return la::from_eigen<F, 2>(m);
    const auto [u, s, vt] = la::hermitian_svd_of(m, true);
    const F cutoff = static_cast<F>(rcond) * s.maxCoeff();
    la::Vector<F> inverse(s.size());
    for (Eigen::Index i = 0; i < s.size(); ++i) inverse(i) = s(i) > cutoff ? F(1) / s(i) : F(0);
    const la::RowMatrix<F> p = vt.transpose() * (inverse.asDiagonal() * u.transpose());
    return la::from_eigen<F, 2>(p);
}

// numpy.linalg.matrix_rank(A, tol, hermitian=True): |eigenvalues| above tol (default
// S.max() * n * eps).
template <class X>
    requires is_array_like_v<X>
std::int64_t linalg_matrix_rank_hermitian(const X& x, std::optional<double> tol) {
    const auto m = la::hermitian_matrix(x);
    using F = typename std::remove_cv_t<decltype(m)>::Scalar;
    if (m.rows() == 0) {
        if (!tol) red::raise_empty("maximum");
        return 0;
    }
    const auto s = std::get<1>(la::hermitian_svd_of(m, false));
    const F cutoff = tol ? static_cast<F>(*tol) : s.maxCoeff() * static_cast<F>(m.rows()) * std::numeric_limits<F>::epsilon();
    return static_cast<std::int64_t>((s.array() > cutoff).count());
}

}  // namespace py::np
