"""Polynomial evaluation by Horner's rule (coefficients highest degree first, as in
np.polyval) for a scalar or an array argument, the value and derivative together, and
the ascending-order variant."""
#setup: import numpy as np; c = np.array([2.0, -6.0, 2.0, -1.0]); x = np.linspace(-2.0, 2.0, 2001); c1 = np.array([3.5]); c_asc = c[::-1].copy()
#run: horner(c, x)
#run: horner(c, 1.5)
#run: horner(c1, 0.25)
#run: horner_with_derivative(c, x)
#run: horner_with_derivative(c1, x)
#run: horner_ascending(c_asc, 0.25)
#run: newton_polish(c, 2.5, 50)
import numpy as np


def horner(c, x):
    result = c[0]
    for k in range(1, len(c)):
        result = result * x + c[k]
    return result


def horner_with_derivative(c, x):
    n = len(c)
    p = np.full(len(x), c[0])
    dp = np.zeros(len(x))
    for k in range(1, n):
        dp = dp * x + p
        p = p * x + c[k]
    return p, dp


def horner_ascending(a, x):
    """a[0] + a[1] x + ... + a[n-1] x^(n-1)."""
    n = a.shape[0]
    s = 0.0
    for k in range(n - 1, -1, -1):
        s = s * x + a[k]
    return s


def newton_polish(c, x0, maxiter):
    """Newton's method on the polynomial, using the derivative from the same recurrence."""
    x = x0
    for it in range(maxiter):
        p = c[0]
        dp = 0.0
        for k in range(1, len(c)):
            dp = dp * x + p
            p = p * x + c[k]
        step = p / dp
        x = x - step
        if abs(step) < 1e-14 * max(1.0, abs(x)):
            break
    return x, it
