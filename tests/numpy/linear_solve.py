"""Dense linear systems with numpy.linalg: solve versus multiplying by the inverse,
a Frobenius-norm condition number, several right-hand sides at once,
and the finite-difference Poisson problem -u'' = f assembled with np.diag."""
#setup: import numpy as np; np.random.seed(10); A = np.random.rand(30, 30) + 30 * np.eye(30); b = np.random.rand(30); B = np.random.rand(30, 3)
#run: solve_and_check(A, b)
#run: solve_many(A, B)
#run: poisson_1d(50, 1.0)
#run: poisson_1d(1, 2.0)
import numpy as np


def solve_and_check(A, b):
    x1 = np.linalg.solve(A, b)
    Ainv = np.linalg.inv(A)
    x2 = Ainv @ b
    cond = np.linalg.norm(A) * np.linalg.norm(Ainv)
    return x1, x2, cond


def solve_many(A, B):
    X = np.linalg.solve(A, B)
    col_sums = np.dot(A, X).sum(axis=0)
    return X, col_sums, np.trace(np.linalg.inv(A))


def poisson_1d(n, f):
    """-u'' = f on (0, 1), u(0) = u(1) = 0, n interior points; exact u = f x (1 - x) / 2."""
    h = 1.0 / (n + 1)
    main = 2.0 * np.ones(n)
    off = -np.ones(n - 1)
    A = np.diag(main) + np.diag(off, 1) + np.diag(off, -1)
    rhs = f * h ** 2 * np.ones(n)
    u = np.linalg.solve(A, rhs)
    x = np.linspace(h, 1.0 - h, n)
    exact = f * x * (1.0 - x) / 2.0
    return u, np.max(np.abs(u - exact))
