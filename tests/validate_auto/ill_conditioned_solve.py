"""A 300 x 300 linear solve with condition number 1e10, validated with the auto tolerance (no
#tolerance line): Eigen's LU and LAPACK's differ by about cond * eps relative, far beyond the fixed
default rtol 1e-12, and within a few times what Python's own result does when the inputs move by a
few ulps."""
import numpy as np

#setup: import numpy as np; rng = np.random.default_rng(7); n = 300
#setup: U, _ = np.linalg.qr(rng.standard_normal((n, n))); V, _ = np.linalg.qr(rng.standard_normal((n, n)))
#setup: A = (U * np.logspace(0, -10, n)) @ V.T; b = A @ rng.standard_normal(n)
#run: solve_and_residual(A, b)


def solve_and_residual(A, b):
    x = np.linalg.solve(A, b)
    residual = A @ x - b
    return x, np.linalg.norm(residual)
