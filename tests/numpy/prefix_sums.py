"""Prefix-sum algorithms: an exclusive prefix sum of an int64 array written by hand,
range sums answered from it, suffix maxima through reversed views, the largest-sum
contiguous subarray (Kadane), and a 2-D summed-area table with box queries."""
#setup: import numpy as np; np.random.seed(18); a = np.random.randint(-10, 10, size=1000); single = np.array([7])
#setup: starts = np.arange(0, 900, 7); stops = starts + 50; f = np.random.rand(500); A = np.random.rand(40, 30)
#run: prefix_sum(a)
#run: prefix_sum(single)
#run: range_sums(a, starts, stops)
#run: suffix_max(f)
#run: kadane(a)
#run: kadane(single)
#run: summed_area_table(A)
#run: box_sum(A, 5, 7, 20, 25)
import numpy as np


def prefix_sum(a):
    n = len(a)
    out = np.zeros(n + 1, dtype=np.int64)
    for i in range(n):
        out[i + 1] = out[i] + a[i]
    return out


def range_sums(a, starts, stops):
    P = prefix_sum(a)
    check = np.cumsum(a)
    return P[stops] - P[starts], np.sum(np.abs(P[1:] - check))


def suffix_max(x):
    """out[i] = max(x[i:]), and the same running maximum from the front for comparison."""
    rev = x[::-1]
    n = rev.size
    run = np.empty(n)
    run[0] = rev[0]
    for i in range(1, n):
        run[i] = max(run[i - 1], rev[i])
    return run[::-1]


def kadane(a):
    best = a[0]
    cur = a[0]
    start = 0
    best_start = 0
    best_end = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur = a[i]
            start = i
        else:
            cur += a[i]
        if cur > best:
            best = cur
            best_start = start
            best_end = i
    return best, best_start, best_end


def summed_area_table(A):
    S = np.zeros((A.shape[0] + 1, A.shape[1] + 1))
    S[1:, 1:] = np.cumsum(np.cumsum(A, axis=0), axis=1)
    return S


def box_sum(A, r0, c0, r1, c1):
    """Sum of A[r0:r1, c0:c1] from four table lookups, with the direct sum as a check."""
    S = summed_area_table(A)
    fast = S[r1, c1] - S[r0, c1] - S[r1, c0] + S[r0, c0]
    return fast, A[r0:r1, c0:c1].sum()
