"""Loops written over arrays directly (`for x in a`, `for row in M`) instead of over indices."""
#setup: import numpy as np; np.random.seed(3); v = np.random.randn(500); M = np.random.rand(40, 6); e = np.zeros(0)
#run: sum_of_squares(v)
#run: sum_of_squares(e)
#run: last_and_count_positive(v)
#run: row_maxima(M)
import numpy as np


def sum_of_squares(a):
    s = 0.0
    for x in a:
        s += x * x
    return s


def last_and_count_positive(a):
    count = 0
    x = 0.0
    for x in a:
        if x > 0.0:
            count += 1
    return x, count


def row_maxima(M):
    out = np.empty(len(M))
    i = 0
    for row in M:
        out[i] = row.max()
        i += 1
    return out
