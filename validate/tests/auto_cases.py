"""Ill-conditioned computations for the tests of the auto tolerance (test_auto_tolerance.py).

Each reference function has other translations beside it: `*_other` computes the same thing with
other rounding (another correct translation, as C++ on another BLAS would be), and the mutants
are deliberately wrong (an off-by-one index, float32 instead of float64, a sign error). The tests
run the harness with the fake py2cpp, whose "C++" runs the function that a `# FAKE: instead F G`
line names in the module under test.
"""
import math

import numpy as np


# ---- a 300 x 300 linear solve with condition number 1e10 ----------------------------------------

def solve(A, b):
    return np.linalg.solve(A, b)


def _lu_solve(A, b, dtype):
    """Gaussian elimination with partial pivoting, written out: another correct algorithm."""
    M = A.astype(dtype)
    y = b.astype(dtype)
    n = M.shape[0]
    for k in range(n - 1):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        if p != k:
            M[[k, p]] = M[[p, k]]
            y[[k, p]] = y[[p, k]]
        factors = M[k + 1:, k] / M[k, k]
        M[k + 1:, k:] -= np.outer(factors, M[k, k:])
        y[k + 1:] -= factors * y[k]
    x = np.zeros(n, dtype=dtype)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - M[i, i + 1:] @ x[i + 1:]) / M[i, i]
    return x.astype(np.float64)


def solve_other(A, b):
    return _lu_solve(A, b, np.float64)


def solve_float32(A, b):
    return _lu_solve(A, b, np.float32)


def solve_sign_error(A, b):
    return np.linalg.solve(A, -b)


# ---- LU without pivoting: cancellation in the factors -------------------------------------------

def lu_nopivot(A):
    """Doolittle's LU, row by row."""
    n = A.shape[0]
    L = np.eye(n)
    U = A.copy()
    for k in range(n - 1):
        for i in range(k + 1, n):
            L[i, k] = U[i, k] / U[k, k]
            U[i, k:] = U[i, k:] - L[i, k] * U[k, k:]
    return L, U


def lu_nopivot_other(A):
    """The same factorization as rank-one updates of the trailing block (other rounding order)."""
    n = A.shape[0]
    L = np.eye(n)
    U = A.copy()
    for k in range(n - 1):
        L[k + 1:, k] = U[k + 1:, k] / U[k, k]
        U[k + 1:, k:] -= np.outer(L[k + 1:, k], U[k, k:])
        U[k + 1:, k] = 0.0 * U[k + 1:, k]
    return L, U


def lu_nopivot_off_by_one(A):
    n = A.shape[0]
    L = np.eye(n)
    U = A.copy()
    for k in range(n - 1):
        for i in range(k + 1, n - 1):  # the last row is never eliminated
            L[i, k] = U[i, k] / U[k, k]
            U[i, k:] = U[i, k:] - L[i, k] * U[k, k:]
    return L, U


# ---- a convergence residual near 1e-16 ------------------------------------------------------------

def newton_sqrt(a, iterations):
    """Newton's iteration for sqrt(a); returns the root and the residual x*x - a (round-off)."""
    x = np.maximum(a, 1.0)
    for _ in range(iterations):
        x = 0.5 * (x + a / x)
    return x, x * x - a


def newton_sqrt_other(a, iterations):
    x = np.maximum(a, 1.0)
    for _ in range(iterations):
        x = x - (x * x - a) / (2.0 * x)
    return x, x * x - a


def newton_sqrt_sign_error(a, iterations):
    x = np.maximum(a, 1.0)
    for _ in range(iterations):
        x = 0.5 * (x - a / x)
    return x, x * x - a


# ---- Black-Scholes on worthless options (prices down to 1e-100) ----------------------------------

def _cdf(x):
    return 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))


def put_price(S, K, T, r, sigma):
    d1 = (np.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = d1 - sigma * np.sqrt(T)
    return K * np.exp(-r * T) * _cdf(-d2) - S * _cdf(-d1)


def put_price_other(S, K, T, r, sigma):
    """The same formula with other roundings (log S - log K, sigma*sigma/2, a shared sqrt(T)), as
    another compiler or libm would round it. (Not through erfc: that would be a *more* accurate
    algorithm in the tails, whose difference from this one is Python's own rounding error, which
    input perturbations do not reveal; see sensitivity.py.)"""
    sqrt_t = np.sqrt(T)
    d1 = (np.log(S) - np.log(K) + (r + sigma * sigma / 2.0) * T) / (sigma * sqrt_t)
    d2 = d1 - sigma * sqrt_t
    return K * np.exp(-r * T) * _cdf(-d2) - S * _cdf(-d1)


def put_price_float32(S, K, T, r, sigma):
    return put_price(S.astype(np.float32), K, T, r, sigma).astype(np.float64)


def put_price_sign_error(S, K, T, r, sigma):
    d1 = (np.log(S / K) + (r - 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = d1 - sigma * np.sqrt(T)
    return K * np.exp(-r * T) * _cdf(-d2) - S * _cdf(-d1)
