# Power iteration and Jacobi (np.diagflat, np.zeros_like, an optional x0), np.linalg.eigh, blocks
# made with hstack/vstack, einsum, outer, NumPy scalars' .round(), argsort and where.
import numpy as np

def power_iteration(A, iters=100, tol=1e-10):
    b = np.ones(A.shape[0])
    lam = 0.0
    for k in range(iters):
        Ab = A @ b
        new = np.linalg.norm(Ab)
        b = Ab / new
        if abs(new - lam) < tol:
            return new, b, k
        lam = new
    return lam, b, iters

def jacobi(A, b, x0=None, iters=50):
    x = np.zeros_like(b) if x0 is None else x0.copy()
    D = np.diag(A)
    R = A - np.diagflat(D)
    for _ in range(iters):
        x = (b - R @ x) / D
    return x

A = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
lam, v, k = power_iteration(A)
print(round(lam, 8), np.round(v, 6), k)
x = jacobi(A, np.array([1.0, 2.0, 3.0]))
print(np.round(x, 8), np.allclose(A @ x, np.array([1, 2, 3])))
w, V = np.linalg.eigh(A)
print(np.round(w, 8))
M = np.vstack([np.hstack([A, np.zeros((3, 1))]), np.hstack([np.zeros((1, 3)), np.ones((1, 1))])])
print(M.shape, np.trace(M), np.linalg.matrix_rank(M))
print(np.einsum("ij,j->i", A, x).round(6), np.outer(x, x).sum().round(6))
idx = np.argsort(x)[::-1]
print(idx, x[idx].round(4), np.where(x > 0.5, 1, 0))
