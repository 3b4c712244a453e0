"""Outputs of every kind a saved reference holds, for `PROGRAM --check DIR` (tests/check_reference_test.py):
float, int, bool, str and None scalars, float64/int64/bool arrays of rank 1 and 2, tuples, a raised
exception, and an ill-conditioned output validated with the auto tolerance."""
#setup: import numpy as np; rng = np.random.default_rng(4); x = rng.uniform(-2.0, 2.0, 300); M = rng.standard_normal((6, 5))
#setup: n = 40; H = 1.0 / (np.arange(1, n + 1)[:, None] + np.arange(n)[None, :]); b = H @ np.ones(n)
#run: summary(x)
#run: shapes(M, 3)
#run: label(2.5)
#run: label(-1.0)
#run: nothing(x)
#run: hilbert_solve(H, b)
import numpy as np


def summary(x):
    """A tuple of scalars of every kind."""
    total = float(np.sum(np.exp(x)))
    count = int(np.sum(x > 0.0))
    return total, count, count > 100


def shapes(M, k):
    """Arrays of three dtypes and two ranks."""
    scaled = np.tanh(M) * k
    flags = M > 0.0
    counts = np.cumsum(flags.astype(np.int64), axis=0)
    return scaled, flags, counts[-1]


def label(v):
    if v < 0.0:
        raise ValueError("negative value")
    return "large" if v > 1.0 else "small"


def nothing(x):
    y = x * 2.0
    y[0] = 0.0


def hilbert_solve(H, b):
    """Ill-conditioned (cond ~ 1e18): only the auto tolerance can judge it."""
    return np.linalg.solve(H, b)
