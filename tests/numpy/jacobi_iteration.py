"""Jacobi iteration for a diagonally dominant linear system A x = b, vectorised with the
splitting A = D + R, and the same method written with explicit loops; both iterate until
the change in x is below a tolerance."""
#setup: import numpy as np; np.random.seed(1); n = 50; A = np.random.rand(n, n) + n * np.eye(n); b = np.random.rand(n)
#setup: A2 = np.array([[4.0, -1.0, 0.0], [-1.0, 4.0, -1.0], [0.0, -1.0, 4.0]]); b2 = np.array([15.0, 10.0, 10.0])
#setup: A1 = np.array([[2.0]]); b1 = np.array([3.0])
#run: jacobi(A, b, 1e-10, 500)
#run: jacobi(A2, b2, 1e-12, 1000)
#run: jacobi_loop(A2, b2, 1e-12, 1000)
#run: jacobi_loop(A, b, 1e-10, 500)
#run: jacobi(A1, b1, 1e-12, 10)
import numpy as np


def jacobi(A, b, tol, maxiter):
    D = np.diag(A)
    R = A - np.diag(D)
    x = np.zeros_like(b)
    it = 0
    err = np.inf
    while err > tol and it < maxiter:
        x_new = (b - R @ x) / D
        err = np.linalg.norm(x_new - x, np.inf)
        x = x_new
        it += 1
    return x, it


def jacobi_loop(A, b, tol, maxiter):
    n = len(b)
    x = np.zeros(n)
    x_new = np.zeros(n)
    for it in range(maxiter):
        for i in range(n):
            s = 0.0
            for j in range(n):
                if j != i:
                    s += A[i, j] * x[j]
            x_new[i] = (b[i] - s) / A[i, i]
        diff = np.max(np.abs(x_new - x))
        x[:] = x_new
        if diff < tol:
            break
    residual = np.linalg.norm(A @ x - b)
    return x, residual
