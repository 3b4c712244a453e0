"""Root finding: scalar bisection on x**3 + x - c with a sign test, vectorised bisection
solving Kepler's equation E - e sin E = M for a whole array of mean anomalies with
np.where, and Newton's method on the same equation with a convergence loop."""
#setup: import numpy as np; np.random.seed(23); M = np.random.rand(500) * np.pi; M1 = np.array([1.0])
#run: bisect_cubic(0.0, 3.0, 2.0, 1e-12)
#run: bisect_cubic(-5.0, 5.0, -7.5, 1e-10)
#run: kepler_bisect(M, 0.3, 1e-12)
#run: kepler_bisect(M1, 0.9, 1e-14)
#run: kepler_newton(M, 0.3, 1e-13)
#run: kepler_newton(M1, 0.9, 1e-14)
import numpy as np


def cubic(x: float, c: float) -> float:
    return x ** 3 + x - c


def bisect_cubic(a: float, b: float, c: float, tol: float):
    fa = cubic(a, c)
    n = 0
    while b - a > tol:
        m = 0.5 * (a + b)
        fm = cubic(m, c)
        if np.sign(fm) == np.sign(fa):
            a = m
            fa = fm
        else:
            b = m
        n += 1
    return 0.5 * (a + b), n


def kepler_bisect(M, e, tol):
    lo = np.zeros_like(M)
    hi = np.full(M.shape, np.pi)
    iters = 0
    while np.max(hi - lo) > tol:
        mid = 0.5 * (lo + hi)
        f = mid - e * np.sin(mid) - M
        lo = np.where(f < 0.0, mid, lo)
        hi = np.where(f < 0.0, hi, mid)
        iters += 1
    return 0.5 * (lo + hi), iters


def kepler_newton(M, e, tol):
    E = M.copy() if e < 0.8 else np.full_like(M, np.pi)
    it = 0
    delta = np.ones_like(M)
    while np.max(np.abs(delta)) > tol and it < 50:
        delta = (E - e * np.sin(E) - M) / (1.0 - e * np.cos(E))
        E = E - delta
        it += 1
    return E, it
