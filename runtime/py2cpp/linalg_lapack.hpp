// py2cpp runtime: the LAPACK routines numpy.linalg is built on, called as NumPy 1.24's
// _umath_linalg calls them. Host builds of generated projects define PY2CPP_LAPACK=1 and link the
// system's LAPACK (runtime/cmake/py2cpp_project.cmake), which on Debian is the library NumPy itself
// loads (liblapack.so.3, OpenBLAS's): the same routines on the same input give NumPy's results, bit
// for bit as a rule, including the signs of singular and eigen vectors. It also keeps Eigen's
// decompositions out of the compile: one Eigen::BDCSVD costs about 40 s of g++ -O3, a call of the
// routine here nothing. Without PY2CPP_LAPACK (cross builds, -DPY2CPP_LAPACK=OFF) linalg.hpp and
// linalg_decompositions.hpp use Eigen instead and this header is not included.
//
// The interface is LAPACK's Fortran one (every argument by pointer, matrices column-major), which
// liblapack-dev and OpenBLAS export, so no C wrapper library (LAPACKE) is needed. Matrices are
// Eigen::MatrixXd, column-major like LAPACK's: the callers copy their row-major input into one,
// which LAPACK may overwrite (NumPy copies too). Everything is double: NumPy 1.24 computes float32
// input in double as well (linalg's _commonType) and casts the results to float32 afterwards.
// Workspace sizes come from LAPACK's own query (lwork = -1), as NumPy asks for them, because the
// blocked algorithms some routines choose depend on the workspace they get.
//
// Each wrapper returns LAPACK's info: 0 on success, > 0 for a numerical failure (a singular or
// indefinite matrix, no convergence), which the caller turns into NumPy's LinAlgError; < 0 (an
// illegal argument) does not happen with the sizes used here.
#pragma once

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <Eigen/Core>

#include "py2cpp/exceptions.hpp"

// LAPACK's Fortran symbols. CHARACTER arguments carry hidden lengths at the end of the argument list
// (gfortran's convention); routines OpenBLAS writes in C (getrf, potrf, gesv) ignore them.
extern "C" {
void dgesdd_(const char* jobz, const int* m, const int* n, double* a, const int* lda, double* s, double* u, const int* ldu,
             double* vt, const int* ldvt, double* work, const int* lwork, int* iwork, int* info, std::size_t jobz_len);
void dsyevd_(const char* jobz, const char* uplo, const int* n, double* a, const int* lda, double* w, double* work,
             const int* lwork, int* iwork, const int* liwork, int* info, std::size_t jobz_len, std::size_t uplo_len);
void dgesv_(const int* n, const int* nrhs, double* a, const int* lda, int* ipiv, double* b, const int* ldb, int* info);
void dgetrf_(const int* m, const int* n, double* a, const int* lda, int* ipiv, int* info);
void dpotrf_(const char* uplo, const int* n, double* a, const int* lda, int* info, std::size_t uplo_len);
void dgeqrf_(const int* m, const int* n, double* a, const int* lda, double* tau, double* work, const int* lwork, int* info);
void dorgqr_(const int* m, const int* n, const int* k, double* a, const int* lda, const double* tau, double* work,
             const int* lwork, int* info);
void dgelsd_(const int* m, const int* n, const int* nrhs, double* a, const int* lda, double* b, const int* ldb, double* s,
             const double* rcond, int* rank, double* work, const int* lwork, int* iwork, int* info);
}

namespace py::lapack {

using Matrix = Eigen::MatrixXd;  // column-major, LAPACK's layout
using Vector = Eigen::VectorXd;

// A dimension as LAPACK's 32-bit INTEGER (the LP64 LAPACK Debian ships, as NumPy's).
inline int dim(Eigen::Index n) {
    if (n > INT_MAX) throw ValueError("numpy.linalg: a matrix dimension above 2**31 - 1 does not fit LAPACK's integers");
    return static_cast<int>(n);
}

// The leading dimension of an array LAPACK must be given even when it is not referenced (>= 1).
inline int lead(Eigen::Index n) { return std::max(1, dim(n)); }

// The optimal workspace a query returned in work[0] (at least `minimum`).
inline int queried(double size, int minimum = 1) { return std::max(minimum, static_cast<int>(size)); }

// gesdd (divide and conquer SVD) of the m x n matrix a (m, n > 0), destroyed. jobz 'N': singular
// values only; 'S': u m x k and vt k x n (k = min(m, n)); 'A': u m x m and vt n x n. s: descending.
inline int gesdd(char jobz, Matrix& a, Vector& s, Matrix& u, Matrix& vt) {
    const int m = dim(a.rows()), n = dim(a.cols()), k = std::min(m, n);
    if (jobz == 'N') {  // u and vt are not referenced, but their leading dimensions must be >= 1
        u.resize(1, 1);
        vt.resize(1, 1);
    } else {
        u.resize(m, jobz == 'A' ? m : k);
        vt.resize(jobz == 'A' ? n : k, n);
    }
    s.resize(k);
    const int lda = lead(m), ldu = lead(u.rows()), ldvt = lead(vt.rows());
    std::vector<int> iwork(static_cast<std::size_t>(8 * k));
    double size = 0;
    int lwork = -1, info = 0;
    dgesdd_(&jobz, &m, &n, a.data(), &lda, s.data(), u.data(), &ldu, vt.data(), &ldvt, &size, &lwork, iwork.data(), &info, 1);
    if (info != 0) return info;
    lwork = queried(size);
    std::vector<double> work(static_cast<std::size_t>(lwork));
    dgesdd_(&jobz, &m, &n, a.data(), &lda, s.data(), u.data(), &ldu, vt.data(), &ldvt, work.data(), &lwork, iwork.data(),
            &info, 1);
    return info;
}

// syevd (divide and conquer) of the symmetric n x n matrix whose triangle `uplo` ('L' or 'U') a
// holds: w the eigenvalues, ascending; with vectors, a is overwritten by the eigenvectors (columns).
inline int syevd(bool vectors, char uplo, Matrix& a, Vector& w) {
    const char jobz = vectors ? 'V' : 'N';
    const int n = dim(a.rows()), lda = lead(n);
    w.resize(n);
    double size = 0;
    int isize = 0, lwork = -1, liwork = -1, info = 0;
    dsyevd_(&jobz, &uplo, &n, a.data(), &lda, w.data(), &size, &lwork, &isize, &liwork, &info, 1, 1);
    if (info != 0) return info;
    lwork = queried(size);
    liwork = std::max(1, isize);
    std::vector<double> work(static_cast<std::size_t>(lwork));
    std::vector<int> iwork(static_cast<std::size_t>(liwork));
    dsyevd_(&jobz, &uplo, &n, a.data(), &lda, w.data(), work.data(), &lwork, iwork.data(), &liwork, &info, 1, 1);
    return info;
}

// gesv: b := a^-1 b for a square a (destroyed: its LU factors); info > 0 when a is singular.
inline int gesv(Matrix& a, Matrix& b) {
    const int n = dim(a.rows()), nrhs = dim(b.cols()), lda = lead(n), ldb = lead(n);
    std::vector<int> ipiv(static_cast<std::size_t>(std::max(1, n)));
    int info = 0;
    dgesv_(&n, &nrhs, a.data(), &lda, ipiv.data(), b.data(), &ldb, &info);
    return info;
}

// getrf: a := its LU factors with partial pivoting, row i swapped with ipiv[i] - 1 (1-based);
// info > 0 when a U diagonal element is exactly zero.
inline int getrf(Matrix& a, std::vector<int>& ipiv) {
    const int m = dim(a.rows()), n = dim(a.cols()), lda = lead(m);
    ipiv.assign(static_cast<std::size_t>(std::max(1, std::min(m, n))), 0);
    int info = 0;
    dgetrf_(&m, &n, a.data(), &lda, ipiv.data(), &info);
    return info;
}

// potrf: the lower Cholesky factor of a into a's lower triangle (the strict upper one is left as
// it was); info > 0 when a is not positive definite.
inline int potrf_lower(Matrix& a) {
    const char uplo = 'L';
    const int n = dim(a.rows()), lda = lead(n);
    int info = 0;
    dpotrf_(&uplo, &n, a.data(), &lda, &info, 1);
    return info;
}

// geqrf: a := R in its upper triangle, the Householder reflectors below it, their scales in tau.
inline int geqrf(Matrix& a, Vector& tau) {
    const int m = dim(a.rows()), n = dim(a.cols()), lda = lead(m);
    tau.resize(std::min(m, n));
    double size = 0;
    int lwork = -1, info = 0;
    dgeqrf_(&m, &n, a.data(), &lda, tau.data(), &size, &lwork, &info);
    if (info != 0) return info;
    lwork = queried(size, std::max(1, n));
    std::vector<double> work(static_cast<std::size_t>(lwork));
    dgeqrf_(&m, &n, a.data(), &lda, tau.data(), work.data(), &lwork, &info);
    return info;
}

// orgqr: q (m x q.cols(), the first tau.size() columns holding geqrf's reflectors) := the first
// q.cols() columns of the orthogonal matrix the reflectors make.
inline int orgqr(Matrix& q, const Vector& tau) {
    const int m = dim(q.rows()), n = dim(q.cols()), k = dim(tau.size()), lda = lead(m);
    double size = 0;
    int lwork = -1, info = 0;
    dorgqr_(&m, &n, &k, q.data(), &lda, tau.data(), &size, &lwork, &info);
    if (info != 0) return info;
    lwork = queried(size, std::max(1, n));
    std::vector<double> work(static_cast<std::size_t>(lwork));
    dorgqr_(&m, &n, &k, q.data(), &lda, tau.data(), work.data(), &lwork, &info);
    return info;
}

// gelsd: the minimum-norm least-squares solution of a x = b through the SVD (a m x n, destroyed;
// b max(m, n) x nrhs, its first n rows become x and, when m > n, rows n..m-1 the residual
// components). Singular values at or below rcond * s[0] count as zero (rcond < 0: machine
// precision); rank: the number above. info > 0: the SVD did not converge.
inline int gelsd(Matrix& a, Matrix& b, double rcond, Vector& s, int& rank) {
    const int m = dim(a.rows()), n = dim(a.cols()), nrhs = dim(b.cols()), lda = lead(m), ldb = lead(b.rows());
    s.resize(std::min(m, n));
    double size = 0;
    int isize = 0, lwork = -1, info = 0;
    dgelsd_(&m, &n, &nrhs, a.data(), &lda, b.data(), &ldb, s.data(), &rcond, &rank, &size, &lwork, &isize, &info);
    if (info != 0) return info;
    lwork = queried(size);
    std::vector<double> work(static_cast<std::size_t>(lwork));
    std::vector<int> iwork(static_cast<std::size_t>(std::max(1, isize)));
    dgelsd_(&m, &n, &nrhs, a.data(), &lda, b.data(), &ldb, s.data(), &rcond, &rank, work.data(), &lwork, iwork.data(), &info);
    return info;
}

}  // namespace py::lapack
