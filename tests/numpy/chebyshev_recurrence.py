"""Chebyshev polynomials of the first kind: the table T_0..T_n on a grid from the
three-term recurrence, the trigonometric definition cos(k arccos x) for comparison,
Clenshaw summation of a Chebyshev series, the Chebyshev nodes, and interpolation
coefficients of exp computed with explicit sums over the nodes."""
#setup: import numpy as np; xg = np.linspace(-1.0, 1.0, 501); coef = np.array([1.0, 0.5, -0.25, 0.125, 0.0625]); x1 = np.array([0.3])
#run: chebyshev_table(xg, 10)
#run: chebyshev_table(x1, 1)
#run: recurrence_vs_trig(xg, 12)
#run: clenshaw(coef, xg)
#run: clenshaw(coef, 0.3)
#run: chebyshev_nodes(16)
#run: exp_interpolation(12, xg)
import numpy as np


def chebyshev_table(x, n):
    T = np.empty((n + 1, len(x)))
    T[0] = np.ones_like(x)
    T[1] = x
    for k in range(2, n + 1):
        T[k] = 2.0 * x * T[k - 1] - T[k - 2]
    return T


def recurrence_vs_trig(x, n):
    T = chebyshev_table(x, n)
    k = np.arange(n + 1)
    T_trig = np.cos(k[:, np.newaxis] * np.arccos(x))
    return T, T_trig


def clenshaw(c, x):
    b1 = 0.0
    b2 = 0.0
    for k in range(len(c) - 1, 0, -1):
        b1, b2 = 2.0 * x * b1 - b2 + c[k], b1
    return x * b1 - b2 + c[0]


def chebyshev_nodes(n):
    j = np.arange(n)
    return np.cos(np.pi * (j + 0.5) / n)


def exp_interpolation(n, x):
    nodes = chebyshev_nodes(n)
    f = np.exp(nodes)
    c = np.zeros(n)
    for k in range(n):
        s = 0.0
        for j in range(n):
            s += f[j] * np.cos(np.pi * k * (j + 0.5) / n)
        c[k] = 2.0 * s / n
    c[0] = c[0] / 2
    err = np.max(np.abs(clenshaw(c, x) - np.exp(x)))
    return c, err
