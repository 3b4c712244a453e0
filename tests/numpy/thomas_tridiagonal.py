"""Tridiagonal systems by the Thomas algorithm (forward sweep and back substitution on
local copies of the diagonals), checked against np.linalg.solve on the assembled
matrix, and used for implicit (backward Euler) and Crank-Nicolson heat-equation steps."""
#setup: import numpy as np; np.random.seed(31); n = 200; a = np.random.rand(n - 1); b = 4.0 + np.random.rand(n); c = np.random.rand(n - 1); d = np.random.rand(n)
#setup: xg = np.linspace(0.0, 1.0, 51); u0 = np.sin(np.pi * xg)
#setup: a1 = np.zeros(0); b1 = np.array([2.0]); c1 = np.zeros(0); d1 = np.array([3.0])
#run: thomas(a, b, c, d)
#run: thomas(a1, b1, c1, d1)
#run: check_against_dense(a, b, c, d)
#run: implicit_heat(u0, 2.0, 40)
#run: crank_nicolson(u0, 2.0, 40)
import numpy as np


def thomas(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
    """a: sub-diagonal (n-1), b: diagonal (n), c: super-diagonal (n-1), d: right side."""
    n = len(b)
    cp = np.zeros(n)
    dp = np.zeros(n)
    cp[0] = c[0] / b[0] if n > 1 else 0.0
    dp[0] = d[0] / b[0]
    for i in range(1, n):
        denom = b[i] - a[i - 1] * cp[i - 1]
        if i < n - 1:
            cp[i] = c[i] / denom
        dp[i] = (d[i] - a[i - 1] * dp[i - 1]) / denom
    x = np.zeros(n)
    x[n - 1] = dp[n - 1]
    for i in range(n - 2, -1, -1):
        x[i] = dp[i] - cp[i] * x[i + 1]
    return x


def check_against_dense(a, b, c, d):
    A = np.diag(b) + np.diag(a, -1) + np.diag(c, 1)
    x_dense = np.linalg.solve(A, d)
    x = thomas(a, b, c, d)
    return x, x_dense


def implicit_heat(u0: np.ndarray, r: float, nsteps: int) -> np.ndarray:
    """Backward Euler: (1 + 2r) u_i - r u_{i-1} - r u_{i+1} = u_i^old on the interior."""
    m = len(u0) - 2
    a = np.full(m - 1, -r)
    c = np.full(m - 1, -r)
    b = np.full(m, 1.0 + 2.0 * r)
    u = u0.copy()
    for k in range(nsteps):
        rhs = u[1:-1].copy()
        rhs[0] += r * u[0]
        rhs[-1] += r * u[-1]
        u[1:-1] = thomas(a, b, c, rhs)
    return u


def crank_nicolson(u0, r, nsteps):
    m = u0.size - 2
    off = -0.5 * r * np.ones(m - 1)
    diag = (1.0 + r) * np.ones(m)
    u = u0.copy()
    for k in range(nsteps):
        rhs = 0.5 * r * u[:-2] + (1.0 - r) * u[1:-1] + 0.5 * r * u[2:]
        rhs[0] += 0.5 * r * u[0]
        rhs[-1] += 0.5 * r * u[-1]
        u[1:-1] = thomas(off, diag, off, rhs)
    decay = np.max(u) / np.max(u0)
    return u, decay
