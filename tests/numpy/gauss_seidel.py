"""Gauss-Seidel and successive over-relaxation (SOR) for A x = b, sweeping the rows
in place with dot products of the already-updated and old parts of x, until the
residual norm is below a tolerance."""
#setup: import numpy as np; np.random.seed(9); n = 40; A = np.random.rand(n, n) + 2 * n * np.eye(n); b = np.random.rand(n)
#setup: A4 = np.array([[10.0, -1.0, 2.0, 0.0], [-1.0, 11.0, -1.0, 3.0], [2.0, -1.0, 10.0, -1.0], [0.0, 3.0, -1.0, 8.0]])
#setup: b4 = np.array([6.0, 25.0, -11.0, 15.0])
#run: gauss_seidel(A4, b4, 1e-12, 100)
#run: gauss_seidel(A, b, 1e-10, 500)
#run: sor(A4, b4, 1.1, 1e-12, 200)
#run: sor(A, b, 0.9, 1e-10, 500)
import numpy as np


def gauss_seidel(A, b, tol, maxiter):
    n = A.shape[0]
    x = np.zeros(n)
    it = 0
    res = np.linalg.norm(b - A @ x)
    while res > tol and it < maxiter:
        for i in range(n):
            s1 = np.dot(A[i, :i], x[:i])
            s2 = np.dot(A[i, i + 1:], x[i + 1:])
            x[i] = (b[i] - s1 - s2) / A[i, i]
        res = np.linalg.norm(b - A @ x)
        it += 1
    return x, it, res


def sor(A, b, omega, tol, maxiter):
    n = len(b)
    x = np.zeros(n)
    for it in range(1, maxiter + 1):
        for i in range(n):
            sigma = 0.0
            for j in range(n):
                if j != i:
                    sigma += A[i, j] * x[j]
            x[i] = (1.0 - omega) * x[i] + omega * (b[i] - sigma) / A[i, i]
        r = b - np.dot(A, x)
        if np.sqrt(np.dot(r, r)) < tol:
            return x, it
    return x, maxiter
