"""Composite trapezoid and Simpson rules on sampled data, Richardson extrapolation of
the trapezoid rule using every other sample, and an error table on integrands whose
integrals are known in closed form (arctan, arcsin, -log cos, x**2.5 / 2.5)."""
#setup: import numpy as np; xs = np.linspace(0.0, 1.0, 1001); ys = np.exp(-xs ** 2); hs = xs[1] - xs[0]
#setup: x3 = np.array([0.0, 0.5, 1.0]); y3 = x3 ** 2
#run: trapezoid(ys, xs)
#run: simpson(ys, hs)
#run: simpson(y3, 0.5)
#run: richardson_trapezoid(ys, hs)
#run: integrate_known(0.0, 1.0, 200)
#run: integrate_known(0.1, 0.5, 1)
import numpy as np
from numpy import exp, sqrt, tan, arctan, arcsin, log, cos, linspace


def trapezoid(y, x):
    dx = x[1:] - x[:-1]
    return np.sum(0.5 * dx * (y[1:] + y[:-1]))


def simpson(y, h):
    """Composite Simpson rule on an odd number of equally spaced samples."""
    n = len(y)
    if n % 2 == 0:
        raise ValueError("simpson needs an odd number of samples")
    return h / 3.0 * (y[0] + y[-1] + 4.0 * np.sum(y[1:-1:2]) + 2.0 * np.sum(y[2:-1:2]))


def trapezoid_uniform(y, h):
    return h * (np.sum(y) - 0.5 * (y[0] + y[-1]))


def richardson_trapezoid(y, h):
    t_h = trapezoid_uniform(y, h)
    t_2h = trapezoid_uniform(y[::2], 2 * h)
    return (4.0 * t_h - t_2h) / 3.0, t_h, t_2h


def integrate_known(a, b, n):
    """Absolute errors of (trapezoid, Simpson) with 2n intervals, one row per integrand."""
    x = linspace(a, b, 2 * n + 1)
    h = (b - a) / (2 * n)
    exact = np.array([arctan(b) - arctan(a),
                      2.0 * (arcsin(b / 2) - arcsin(a / 2)),
                      -log(cos(b)) + log(cos(a)),
                      (b ** 2.5 - a ** 2.5) / 2.5,
                      exp(b) - exp(a)])
    errors = np.zeros((5, 2))
    for k in range(5):
        if k == 0:
            f = 1.0 / (1.0 + x ** 2)
        elif k == 1:
            f = 1.0 / sqrt(1.0 - (x / 2) ** 2)
        elif k == 2:
            f = tan(x)
        elif k == 3:
            f = x ** 1.5
        else:
            f = exp(x)
        errors[k, 0] = abs(trapezoid(f, x) - exact[k])
        errors[k, 1] = abs(simpson(f, h) - exact[k])
    return errors
