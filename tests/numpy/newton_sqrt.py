"""Newton's method applied element-wise to whole arrays: square roots (Heron's rule)
and signed cube roots, iterated until the largest relative update is below a
tolerance, plus the scalar version for one number."""
#setup: import numpy as np; np.random.seed(3); a = np.random.rand(10000) * 100.0 + 0.01; s = np.array([2.0])
#setup: b = np.random.randn(2000) * 10.0
#run: newton_sqrt(a, 1e-12)
#run: newton_sqrt(s, 1e-14)
#run: newton_cbrt(b, 1e-13, 100)
#run: newton_sqrt_scalar(2.0, 1e-15)
#run: newton_sqrt_scalar(1e-6, 1e-15)
import numpy as np


def newton_sqrt(a, tol):
    x = np.where(a > 1.0, a / 2.0, 1.0)
    it = 0
    while True:
        x_new = 0.5 * (x + a / x)
        delta = np.max(np.abs(x_new - x) / x_new)
        x = x_new
        it += 1
        if delta < tol:
            break
    return x, it


def newton_cbrt(b, tol, maxiter):
    # start above the root in magnitude, so the iteration decreases monotonically
    x = np.where(np.abs(b) > 1.0, b, np.sign(b))
    it = 0
    delta = 1.0
    while delta > tol and it < maxiter:
        x_new = x - (x ** 3 - b) / (3.0 * x ** 2)
        delta = np.max(np.abs(x_new - x)) / np.max(np.abs(x_new))
        x = x_new
        it = it + 1
    return x, it


def newton_sqrt_scalar(a, tol):
    x = a if a > 1 else 1.0
    n = 0
    while abs(x * x - a) > tol * a:
        x = (x + a / x) / 2
        n += 1
    return x, n
