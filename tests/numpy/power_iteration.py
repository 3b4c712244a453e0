"""Power iteration for the dominant eigenvalue and eigenvector of a symmetric matrix
(stopping when the Rayleigh quotient settles), deflation to get the second one, and
shifted inverse iteration with np.linalg.solve."""
#setup: import numpy as np; np.random.seed(12); Q, _ = np.linalg.qr(np.random.randn(60, 60))
#setup: lam = np.concatenate([np.array([10.0, 5.0, 2.5]), np.linspace(1.0, 0.1, 57)]); S = Q @ np.diag(lam) @ Q.T; S = 0.5 * (S + S.T)
#setup: v0 = np.ones(60); M2 = np.array([[2.0, 1.0], [1.0, 3.0]]); w2 = np.array([1.0, 0.0])
#run: power_iteration(S, v0, 1e-12, 1000)
#run: power_iteration(M2, w2, 1e-14, 1000)
#run: top_two(S, v0, 1e-12, 2000)
#run: inverse_iteration(S, v0, 4.8, 1e-12, 200)
import numpy as np


def power_iteration(A, v0, tol, maxiter):
    v = v0 / np.linalg.norm(v0)
    lam = 0.0
    it = 0
    while it < maxiter:
        w = A @ v
        lam_new = np.dot(v, w)
        v = w / np.linalg.norm(w)
        it += 1
        if abs(lam_new - lam) < tol * abs(lam_new):
            lam = lam_new
            break
        lam = lam_new
    return lam, v, it


def top_two(A, v0, tol, maxiter):
    lam1, v1, it1 = power_iteration(A, v0, tol, maxiter)
    B = A - lam1 * np.outer(v1, v1)
    lam2, v2, it2 = power_iteration(B, v0, tol, maxiter)
    return lam1, lam2, abs(np.dot(v1, v2))


def inverse_iteration(A, v0, shift, tol, maxiter):
    n = A.shape[0]
    M = A - shift * np.eye(n)
    v = v0 / np.linalg.norm(v0)
    mu = shift
    for k in range(maxiter):
        w = np.linalg.solve(M, v)
        v_new = w / np.linalg.norm(w)
        mu = v_new @ A @ v_new
        if np.linalg.norm(A @ v_new - mu * v_new) < tol * abs(mu):
            v = v_new
            break
        v = v_new
    return mu, v
