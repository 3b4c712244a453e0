"""Gaussian elimination written by hand with row operations on a copy: solve A x = b
with partial pivoting and back substitution, the determinant from the pivots, and the
inverse by Gauss-Jordan elimination on [A | I]; the determinant also from numpy.linalg."""
#setup: import numpy as np; np.random.seed(25); A = np.random.rand(20, 20) + np.eye(20); b = np.random.rand(20)
#setup: P = np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 0.0, 3.0]]); q = np.array([3.0, 2.0, 5.0])
#setup: U = np.triu(A); y = np.arange(1.0, 21.0)
#run: gauss_solve(A, b)
#run: gauss_solve(P, q)
#run: back_substitution(U, y)
#run: determinant(A)
#run: determinant(P)
#run: gauss_jordan_inverse(A)
#run: gauss_jordan_inverse(P)
import numpy as np


def back_substitution(U, y):
    n = U.shape[0]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - np.dot(U[i, i + 1:], x[i + 1:])) / U[i, i]
    return x


def gauss_solve(A, b):
    n = len(b)
    M = np.hstack((A.astype(np.float64), b.reshape(-1, 1)))
    for i in range(n):
        p = i + np.argmax(np.abs(M[i:, i]))
        if p != i:
            tmp = M[i, :].copy()
            M[i, :] = M[p, :]
            M[p, :] = tmp
        for r in range(i + 1, n):
            factor = M[r, i] / M[i, i]
            M[r, i:] -= factor * M[i, i:]
    x = back_substitution(M[:, :n], M[:, n])
    return x


def determinant(A):
    U = A.copy()
    n = U.shape[0]
    sign = 1.0
    for k in range(n - 1):
        p = k + np.argmax(np.abs(U[k:, k]))
        if p != k:
            U[[k, p], :] = U[[p, k], :]
            sign = -sign
        U[k + 1:, k:] -= np.outer(U[k + 1:, k] / U[k, k], U[k, k:])
    det = sign * np.prod(np.diag(U))
    return det, np.linalg.det(A)


def gauss_jordan_inverse(A):
    n = A.shape[0]
    M = np.concatenate((A, np.eye(n)), axis=1)
    for i in range(n):
        p = i + np.argmax(np.abs(M[i:, i]))
        if p != i:
            row = M[p, :].copy()
            M[p, :] = M[i, :]
            M[i, :] = row
        M[i, :] = M[i, :] / M[i, i]
        for r in range(n):
            if r != i:
                M[r, :] = M[r, :] - M[r, i] * M[i, :]
    Ainv = M[:, n:]
    return Ainv
