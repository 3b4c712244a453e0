"""Array code as the emitter writes it: fused element-wise expressions, lazy single-use
temporaries, slicing and views, element loops, in-place updates, reductions and products."""
import numpy as np
from scipy.stats import norm

#pythran export put_price(float64[:], float64[:], float64[:], float64[:], float64[:])
#pythran export smooth(float64[:], int)
#pythran export center_columns(float64[:,:])
#pythran export solve_normal(float64[:,:], float64[:])
#pythran export count_above(int64[:], int)


def put_price(S, K, T, r, sigma):
    d1 = (np.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = d1 - sigma * np.sqrt(T)
    return K * np.exp(-r * T) * norm.cdf(-d2) - S * norm.cdf(-d1)


def smooth(x, passes):
    y = x.copy()
    for _ in range(passes):
        # interior points only; the ends stay fixed
        y[1:-1] = 0.25 * y[:-2] + 0.5 * y[1:-1] + 0.25 * y[2:]
    y[0] += 0.0
    return y, np.max(np.abs(y - x))


def center_columns(A):
    n, m = A.shape
    mu = A.mean(axis=0)
    C = A - mu
    C /= np.sqrt(n)
    return C.T @ C, m


def solve_normal(A, b):
    x = np.linalg.solve(A.T @ A, A.T @ b)
    return x, np.linalg.norm(A @ x - b)


def count_above(values, threshold):
    hits = np.zeros(len(values), dtype=np.int64)
    total = 0
    for i in range(len(values)):
        if values[i] > threshold:
            hits[i] = 1
            total += values[i]
    return hits, np.where(values > threshold, values, 0).sum(), total
